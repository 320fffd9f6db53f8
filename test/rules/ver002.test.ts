/**
 * VER002 and the known-bug table it reads (src/argo/versions.ts KNOWN_BUGS): the stuck bugs of an
 * exact controller version with the first version without them, once per run, only for X.Y.Z.
 */
import { describe, expect, it } from 'vitest';
import {
  firstFixedAfter,
  firstVersionWithout,
  hasBug,
  KNOWN_BUGS,
  knownBugsText,
  SUPPORTED_ARGO_MINORS,
} from '../../src/argo/versions';
import { at, lintRule, safeSpec, v, wt } from './helpers';

const locked = safeSpec({ synchronization: { mutexes: [{ name: 'deploy' }] } });

describe('the known-bug table', () => {
  it('4.0.0-4.0.8 postpone Running Workflows (#16569), fixed in 4.0.9; 4.1.0 has the fix', () => {
    for (const p of [0, 5, 8]) expect(hasBug(v(`4.0.${p}`), 'argo-workflows#16569')).toBe(true);
    expect(hasBug(v('4.0.9'), 'argo-workflows#16569')).toBe(false);
    expect(hasBug(v('4.1.0'), 'argo-workflows#16569')).toBe(false);
    expect(hasBug(v('3.7.18'), 'argo-workflows#16569')).toBe(false); // a 4.0 regression
    expect(firstFixedAfter(v('4.0.8'), 'argo-workflows#16569')).toBe('4.0.9');
  });

  it('terminated while waiting on a lock ends Succeeded (#16776) before 4.0.10, in 4.1.0-4.1.1, on all of 3.x', () => {
    expect(hasBug(v('4.0.9'), 'argo-workflows#16776')).toBe(true);
    expect(hasBug(v('4.0.10'), 'argo-workflows#16776')).toBe(false);
    expect(hasBug(v('4.1.1'), 'argo-workflows#16776')).toBe(true);
    expect(hasBug(v('4.1.2'), 'argo-workflows#16776')).toBe(false);
    expect(hasBug(v('3.7.18'), 'argo-workflows#16776')).toBe(true);
    expect(firstFixedAfter(v('3.7.18'), 'argo-workflows#16776')).toBe('4.0.10');
  });

  it('a backport counts for its own line only: 3.6 has #15609 and the first fix after it is 3.7.11', () => {
    expect(hasBug(v('3.6.9'), 'argo-workflows#15609')).toBe(true);
    expect(hasBug(v('3.7.11'), 'argo-workflows#15609')).toBe(false);
    expect(firstFixedAfter(v('3.6.9'), 'argo-workflows#15609')).toBe('3.7.11');
  });

  it('the first version without a set of bugs has none of them (and is later than the target)', () => {
    const ids = Object.values(KNOWN_BUGS).map((b) => b.id);
    for (const minor of SUPPORTED_ARGO_MINORS)
      for (let p = 0; p <= 20; p++) {
        const t = v(`${minor}.${p}`);
        const has = ids.filter((id) => hasBug(t, id));
        const next = firstVersionWithout(t, has);
        if (next === undefined) {
          for (const id of has) expect(firstFixedAfter(t, id)).toBeUndefined();
          continue;
        }
        for (const id of has)
          if (firstFixedAfter(t, id)) expect(hasBug(v(next), id), `${minor}.${p} ${id} ${next}`).toBe(false);
      }
    expect(firstVersionWithout(v('4.0.8'), ['argo-workflows#16569', 'argo-workflows#16776'])).toBe('4.0.10');
  });

  it('the watcher text names the bugs the configured version has, their fixes and the upgrade', () => {
    const t = knownBugsText('SYNC-04', v('4.0.8'));
    expect(t).toMatch(/^Argo Workflows 4\.0\.8 has /);
    expect(t).toContain('#16567');
    expect(t).toContain('fixed in 4.0.9');
    expect(t).toContain('#16776');
    expect(t).toContain('fixed in 4.0.10');
    expect(t).toContain('#7633'); // open: named, with no fix released
    expect(t).toContain('First version without the fixed ones: 4.0.10');
    expect(t).not.toContain('#15609'); // fixed in 4.0.2
    expect(knownBugsText('SYNC-04')).toMatch(/^Known controller bugs: #15609 \(fixed 3\.7\.11, 4\.0\.2\)/);
    expect(knownBugsText('RUN-06', v('3.5.3'))).toMatch(
      /has none of the known controller bugs behind RUN-06/,
    );
  });
});

describe('VER002 stuck bugs of the exact target version', () => {
  it('4.0.8: the general bugs once, on the first Workflow-like; the lock bugs on the first one with a lock', () => {
    const m = [wt('a', safeSpec()), wt('b', locked), wt('c', locked)];
    const f = lintRule('VER002', m, { argoVersion: v('4.0.8') });
    expect(f.map((x) => `${x.object.name}${x.path}`)).toEqual(['a/spec', 'b/spec/synchronization']);
    expect(f[0].severity).toBe('warning');
    expect(f[0].message).toMatch(
      /^Argo Workflows 4\.0\.8 has known controller bugs that leave Workflows stuck: .*#16569/,
    );
    expect(f[0].fix).toMatch(/Upgrade the controller to 4\.0\.9 or later/);
    expect(f[1].message).toMatch(/#16567 .*fixed in 4\.0\.9.*#16776 .*fixed in 4\.0\.10/);
    expect(f[1].fix).toMatch(/Upgrade the controller to 4\.0\.10 or later/);
  });

  it('nothing for a minor-only target, for the newest version, or for the default target', () => {
    const m = [wt('a', locked)];
    expect(lintRule('VER002', m, { argoVersion: v('4.0') })).toEqual([]);
    expect(lintRule('VER002', m, { argoVersion: v('4.1.2') })).toEqual([]);
    expect(lintRule('VER002', m)).toEqual([]);
  });

  it('no lock in the input: no lock bugs; #13499 is left to AGC001', () => {
    const f = lintRule('VER002', [wt('a', safeSpec())], { argoVersion: v('3.5.3') });
    expect(at(f)).toEqual(['VER002@/spec']);
    expect(f[0].message).not.toContain('#13499');
    expect(f[0].message).not.toContain('#16776');
  });
});
