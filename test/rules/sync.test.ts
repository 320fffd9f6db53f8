import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/rules';
import { at, hookWf, lintRule, podTemplate, safeSpec, v, wt } from './helpers';

const mutex = (name: string) => ({ mutexes: [{ name }] });

describe('SYNC001 same lock at workflow and template level', () => {
  it('fires at the template lock', () => {
    const spec = safeSpec({ synchronization: mutex('db') });
    (spec.templates as any)[1].synchronization = mutex('db');
    const f = lintRule('SYNC001', [wt('t', spec)]);
    expect(at(f)).toEqual(['SYNC001@/spec/templates/1/synchronization/mutexes/0']);
    expect(f[0].severity).toBe('error');
  });
  it('follows templateRef into another WorkflowTemplate (pointing at the call)', () => {
    const lib = wt('lib', safeSpec({ templates: [podTemplate('locked', { synchronization: mutex('db') })] }));
    const spec = safeSpec({
      synchronization: mutex('db'),
      templates: [
        { name: 'main', steps: [[{ name: 's', templateRef: { name: 'lib', template: 'locked' } }]] },
      ],
    });
    const f = lintRule('SYNC001', [lib, wt('t', spec)]);
    expect(at(f)).toEqual(['SYNC001@/spec/templates/0/steps/0/0']);
    expect(f[0].index).toBe(1);
  });
  it('sees the templates a Workflow runs through workflowTemplateRef (pointing at the reference)', () => {
    const lib = wt('lib', safeSpec({ templates: [podTemplate('main', { synchronization: mutex('db') })] }));
    const wf = hookWf({
      workflowTemplateRef: { name: 'lib' },
      synchronization: mutex('db'),
      activeDeadlineSeconds: 60,
    });
    const f = lintRule('SYNC001', [lib, wf]);
    expect(f.map((x) => `${x.index}${x.path}`)).toEqual(['1/spec/workflowTemplateRef']);
  });
  it('treats a semaphore as exclusive only when its ConfigMap limit is 1', () => {
    const sem = { semaphores: [{ configMapKeyRef: { name: 'limits', key: 'db' } }] };
    const spec = safeSpec({ synchronization: sem });
    (spec.templates as any)[1].synchronization = sem;
    const cm = (n: string): Manifest => ({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'limits' },
      data: { db: n },
    });
    expect(lintRule('SYNC001', [wt('t', spec), cm('1')])).toHaveLength(1);
    expect(lintRule('SYNC001', [wt('t', spec), cm('2')])).toEqual([]);
    expect(lintRule('SYNC001', [wt('t', spec)])).toEqual([]);
  });
  it('passes with different locks', () => {
    const spec = safeSpec({ synchronization: mutex('a') });
    (spec.templates as any)[1].synchronization = mutex('b');
    expect(lintRule('SYNC001', [wt('t', spec)])).toEqual([]);
  });
});

describe('SYNC002 nested template locks', () => {
  it('fires when a locked DAG template calls a template taking the same lock', () => {
    const spec = safeSpec();
    (spec.templates as any)[0].synchronization = mutex('m');
    (spec.templates as any)[1].synchronization = mutex('m');
    const f = lintRule('SYNC002', [wt('t', spec)]);
    expect(at(f)).toEqual(['SYNC002@/spec/templates/0/synchronization/mutexes/0']);
    expect(f[0].message).toContain('"step"');
  });
  it('fires across templateRef (the callee in another WorkflowTemplate), singular form included', () => {
    const lib = wt(
      'lib',
      safeSpec({ templates: [podTemplate('locked', { synchronization: { mutex: { name: 'm' } } })] }),
    );
    const spec = safeSpec({
      templates: [
        {
          name: 'main',
          synchronization: mutex('m'),
          steps: [[{ name: 's', templateRef: { name: 'lib', template: 'locked' } }]],
        },
      ],
    });
    const f = lintRule('SYNC002', [lib, wt('t', spec)], { argoVersion: v('3.7') });
    expect(at(f)).toEqual(['SYNC002@/spec/templates/0/synchronization/mutexes/0']);
  });
  it('passes when only the caller locks', () => {
    const spec = safeSpec();
    (spec.templates as any)[0].synchronization = mutex('m');
    expect(lintRule('SYNC002', [wt('t', spec)])).toEqual([]);
  });
});

describe('SYNC003 lock-order inversion', () => {
  function nested(name: string, outer: string, inner: string) {
    return wt(
      name,
      safeSpec({
        templates: [
          { name: 'main', synchronization: mutex(outer), steps: [[{ name: 's', template: 'inner' }]] },
          podTemplate('inner', { synchronization: mutex(inner) }),
        ],
      }),
    );
  }
  it('fires on both sides when two WorkflowTemplates nest the same two locks in opposite orders', () => {
    const f = lintRule('SYNC003', [nested('a', 'x', 'y'), nested('b', 'y', 'x')]);
    expect(f.map((x) => `${x.index}${x.path}`)).toEqual([
      '0/spec/templates/0/synchronization/mutexes/0',
      '1/spec/templates/0/synchronization/mutexes/0',
    ]);
    expect(f[0].severity).toBe('warning');
  });
  it('passes with the same order everywhere', () => {
    expect(lintRule('SYNC003', [nested('a', 'x', 'y'), nested('b', 'x', 'y')])).toEqual([]);
  });
});

describe('SYNC004 singular mutex/semaphore on >= 4.0', () => {
  it('fires on 4.0 with an autofix to the plural form', () => {
    const spec = safeSpec({ synchronization: { mutex: { name: 'm' } } });
    (spec.templates as any)[1].synchronization = {
      semaphore: { configMapKeyRef: { name: 'c', key: 'k' } },
      semaphores: [{ configMapKeyRef: { name: 'c', key: 'j' } }],
    };
    const f = lintRule('SYNC004', [wt('t', spec)], { argoVersion: v('4.0') });
    expect(at(f)).toEqual([
      'SYNC004@/spec/synchronization/mutex',
      'SYNC004@/spec/templates/1/synchronization/semaphore',
    ]);
    expect(f[0].severity).toBe('error');
    expect(f[0].autofix).toEqual([
      { op: 'remove', path: '/spec/synchronization/mutex' },
      { op: 'add', path: '/spec/synchronization/mutexes', value: [{ name: 'm' }] },
    ]);
    expect(f[1].autofix).toEqual([
      { op: 'remove', path: '/spec/templates/1/synchronization/semaphore' },
      {
        op: 'add',
        path: '/spec/templates/1/synchronization/semaphores/-',
        value: { configMapKeyRef: { name: 'c', key: 'k' } },
      },
    ]);
  });
  it('does not fire on 3.7', () => {
    const spec = safeSpec({ synchronization: { mutex: { name: 'm' } } });
    expect(lintRule('SYNC004', [wt('t', spec)], { argoVersion: v('3.7') })).toEqual([]);
  });
});
