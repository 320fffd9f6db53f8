import { describe, expect, it } from 'vitest';
import { at, forTarget, lintRule, safeSpec, v, wt } from './helpers';

describe('VER001 fields the target does not know', () => {
  it('podPriority on >= 4.0', () => {
    const m = [wt('t', forTarget('4.0', safeSpec({ podPriority: 10 })))];
    const f = lintRule('VER001', m, { argoVersion: v('4.0') });
    expect(at(f)).toEqual(['VER001@/spec/podPriority']);
    expect(f[0].severity).toBe('error');
    expect(lintRule('VER001', m, { argoVersion: v('3.7') })).toEqual([]);
  });
  it('plural locks before 3.6 and database locks before 3.7', () => {
    const spec = forTarget(
      '3.5',
      safeSpec({ synchronization: { mutexes: [{ name: 'a', database: true }] } }),
    );
    expect(at(lintRule('VER001', [wt('t', spec)], { argoVersion: v('3.5') }))).toEqual([
      'VER001@/spec/synchronization/mutexes',
      'VER001@/spec/synchronization/mutexes/0/database',
    ]);
    expect(at(lintRule('VER001', [wt('t', spec)], { argoVersion: v('3.6') }))).toEqual([
      'VER001@/spec/synchronization/mutexes/0/database',
    ]);
    expect(lintRule('VER001', [wt('t', spec)], { argoVersion: v('3.7') })).toEqual([]);
  });
  it('leaves the singular lock to SYNC004 (no double report)', () => {
    const spec = forTarget('4.0', safeSpec({ synchronization: { mutex: { name: 'a' } } }));
    expect(lintRule('VER001', [wt('t', spec)], { argoVersion: v('4.0') })).toEqual([]);
  });
});
