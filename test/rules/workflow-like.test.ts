import { describe, expect, it } from 'vitest';
import { pinnedArchitectures } from '../../src/platform/scheduling';
import { resolveOptions } from '../../src/rules/engine';
import { InputIndex } from '../../src/rules/input-index';
import type { Manifest, RuleOptions } from '../../src/rules/types';
import { effectiveScheduling, mergeUnder } from '../../src/rules/workflow-like';
import { hookWf, podTemplate, safeSpec, wt } from './helpers';

function index(ms: Manifest[], o: RuleOptions = {}) {
  return new InputIndex(ms, resolveOptions(o));
}

describe('effective spec (Argo merge order)', () => {
  it('workflow > WorkflowTemplate > controller workflowDefaults', () => {
    const defaults = {
      spec: {
        activeDeadlineSeconds: 1,
        podGC: { strategy: 'OnPodSuccess' },
        serviceAccountName: 'd',
        nodeSelector: { a: 'd', b: 'd' },
      },
    };
    const lib = wt('lib', { activeDeadlineSeconds: 2, serviceAccountName: 't', nodeSelector: { b: 't' } });
    const wf = hookWf({ workflowTemplateRef: { name: 'lib' }, serviceAccountName: 'w' });
    const idx = index([lib, wf], { controllerConfig: { workflowDefaults: defaults } });
    const e = idx.workflowLike(1)!.effective;
    expect(e.serviceAccountName).toBe('w');
    expect(e.activeDeadlineSeconds).toBe(2);
    expect(e.podGC).toEqual({ strategy: 'OnPodSuccess' });
    expect(e.nodeSelector).toEqual({ a: 'd', b: 't' });
  });
  it('does not copy a spec with nothing to merge', () => {
    const m = wt('x', safeSpec());
    expect(index([m]).workflowLike(0)!.effective).toBe(m.spec);
  });
  it('resolves workflowTemplateRef templates by name, own templates first', () => {
    const lib = wt('lib', safeSpec());
    const wf = hookWf({ workflowTemplateRef: { name: 'lib' }, templates: [podTemplate('step', { x: 1 })] });
    const wl = index([lib, wf]).workflowLike(1)!;
    expect(wl.byName.get('step')!.tmpl.x).toBe(1);
    expect(wl.byName.get('main')!.owner.index).toBe(0);
    expect(wl.complete).toBe(true);
    expect(index([wf]).workflowLike(0)!.complete).toBe(false);
  });
  it('survives a workflowTemplateRef cycle', () => {
    const a = wt('a', { workflowTemplateRef: { name: 'b' } });
    const b = wt('b', { workflowTemplateRef: { name: 'a' } });
    const idx = index([a, b]);
    const [x, y] = [idx.workflowLike(0)!, idx.workflowLike(1)!];
    expect([x.name, y.name]).toEqual(['a', 'b']);
    // A cycle cannot resolve to the end: one side is left incomplete instead of recursing forever.
    expect([x.complete, y.complete]).toContain(false);
  });
  it('mergeUnder replaces arrays and scalars, merges maps', () => {
    expect(mergeUnder({ a: [1], m: { x: 1 } }, { a: [2, 3], m: { y: 2 }, z: 0 })).toEqual({
      a: [1],
      m: { x: 1, y: 2 },
      z: 0,
    });
  });
});

describe('scheduling (template replaces workflow, no merge)', () => {
  it('a template nodeSelector replaces the workflow one; templateDefaults fills in', () => {
    const spec = safeSpec({ templateDefaults: { tolerations: [{ operator: 'Exists' }] } });
    (spec.templates as any)[1].nodeSelector = { pool: 'x' };
    const wl = index([wt('t', spec)]).workflowLike(0)!;
    const s = effectiveScheduling(wl, wl.byName.get('step')!);
    expect(s.nodeSelector).toEqual({ pool: 'x' });
    expect(s.nodeSelectorFrom).toBe('template');
    expect(s.tolerations).toEqual([{ operator: 'Exists' }]);
  });
  it('pinnedArchitectures reads nodeSelector and required affinity', () => {
    expect(pinnedArchitectures({ 'kubernetes.io/arch': 'arm64' }, undefined)).toEqual(['arm64']);
    expect(pinnedArchitectures(undefined, undefined)).toBeUndefined();
    const aff = (values: string[]) => ({
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/arch', operator: 'In', values }] }],
        },
      },
    });
    expect(pinnedArchitectures(undefined, aff(['arm64', 'amd64']))).toEqual(['amd64', 'arm64']);
    expect(pinnedArchitectures({ 'kubernetes.io/arch': 'arm64' }, aff(['amd64']))).toEqual([]);
  });
});
