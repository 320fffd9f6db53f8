import { describe, expect, it } from 'vitest';
import { at, hookWf, lintRule, podTemplate, safeSpec, v, wt } from './helpers';

/** A safe spec with artifact GC on (one artifact), plus overrides of spec.artifactGC. */
function gcSpec(artifactGC: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  return safeSpec({
    artifactGC: { strategy: 'OnWorkflowDeletion', serviceAccountName: 'artifact-gc', ...artifactGC },
    templates: [
      { name: 'main', steps: [[{ name: 's', template: 'produce' }]] },
      podTemplate('produce', { outputs: { artifacts: [{ name: 'out', path: '/tmp/out' }] } }),
    ],
    ...extra,
  });
}

describe('AGC001 artifact GC on a target with argo-workflows#13499', () => {
  it('fires below 3.5.11 without the watcher, at the workflow strategy', () => {
    const f = lintRule('AGC001', [wt('t', gcSpec())], { argoVersion: v('3.5.10') });
    expect(at(f)).toEqual(['AGC001@/spec/artifactGC/strategy']);
    expect(f[0].severity).toBe('error');
    expect(f[0].message).toContain('#13499');
  });
  it('treats a minor-only 3.5 target as 3.5.0', () => {
    expect(lintRule('AGC001', [wt('t', gcSpec())], { argoVersion: v('3.5') })).toHaveLength(1);
  });
  it('does not fire from 3.5.11, on 3.6, or with the watcher', () => {
    expect(lintRule('AGC001', [wt('t', gcSpec())], { argoVersion: v('3.5.11') })).toEqual([]);
    expect(lintRule('AGC001', [wt('t', gcSpec())], { argoVersion: v('3.6.0') })).toEqual([]);
    expect(lintRule('AGC001', [wt('t', gcSpec())], { argoVersion: v('3.5.2'), watcher: true })).toEqual([]);
  });
  it('does not fire with strategy Never or without output artifacts', () => {
    expect(lintRule('AGC001', [wt('t', gcSpec({ strategy: 'Never' }))], { argoVersion: v('3.5.0') })).toEqual(
      [],
    );
    const noArtifacts = safeSpec({
      artifactGC: { strategy: 'OnWorkflowCompletion', serviceAccountName: 'gc' },
    });
    expect(lintRule('AGC001', [wt('t', noArtifacts)], { argoVersion: v('3.5.0') })).toEqual([]);
  });
  it('sees an artifact-level strategy and points at it', () => {
    const spec = safeSpec({
      artifactGC: { serviceAccountName: 'gc' },
      templates: [
        { name: 'main', steps: [[{ name: 's', template: 'produce' }]] },
        podTemplate('produce', {
          outputs: {
            artifacts: [{ name: 'o', path: '/o', artifactGC: { strategy: 'OnWorkflowCompletion' } }],
          },
        }),
      ],
    });
    const f = lintRule('AGC001', [wt('t', spec)], { argoVersion: v('3.5.0') });
    expect(at(f)).toEqual(['AGC001@/spec/templates/1/outputs/artifacts/0/artifactGC/strategy']);
  });
  it('sees GC injected by controller workflowDefaults', () => {
    const spec = gcSpec();
    delete (spec as any).artifactGC;
    const options = {
      argoVersion: v('3.5.0'),
      controllerConfig: { workflowDefaults: { spec: { artifactGC: { strategy: 'OnWorkflowCompletion' } } } },
    };
    expect(lintRule('AGC001', [wt('t', spec)], options)).toHaveLength(1);
    expect(lintRule('AGC001', [wt('t', spec)], { argoVersion: v('3.5.0') })).toEqual([]);
  });
});

describe('AGC002 forceFinalizerRemoval is no safety net (argo-workflows#16599)', () => {
  it('is an error without the watcher, a warning with it', () => {
    const m = [wt('t', gcSpec({ forceFinalizerRemoval: true }))];
    const e = lintRule('AGC002', m, { argoVersion: v('4.1.2') });
    expect(at(e)).toEqual(['AGC002@/spec/artifactGC/forceFinalizerRemoval']);
    expect(e[0].severity).toBe('error');
    const w = lintRule('AGC002', m, { argoVersion: v('4.1.2'), watcher: true });
    expect(w[0].severity).toBe('warning');
    expect(w[0].autofix).toBeUndefined();
  });
  it('does not fire without force, or with force: false', () => {
    expect(lintRule('AGC002', [wt('t', gcSpec())])).toEqual([]);
    expect(lintRule('AGC002', [wt('t', gcSpec({ forceFinalizerRemoval: false }))])).toEqual([]);
  });
});

describe('AGC003 GC without a service account', () => {
  it('fires when spec.artifactGC.serviceAccountName is missing', () => {
    const f = lintRule('AGC003', [wt('t', gcSpec({ serviceAccountName: undefined }))]);
    expect(at(f)).toEqual(['AGC003@/spec/artifactGC']);
    expect(f[0].severity).toBe('error');
  });
  it('passes with a workflow-level or per-artifact service account', () => {
    expect(lintRule('AGC003', [wt('t', gcSpec())])).toEqual([]);
    const spec = gcSpec({ serviceAccountName: undefined });
    (spec.templates as any)[1].outputs.artifacts[0].artifactGC = { serviceAccountName: 'gc' };
    expect(lintRule('AGC003', [wt('t', spec)])).toEqual([]);
  });
});

describe('AGC004 scheduling constraints the GC pod does not inherit', () => {
  it('fires when the workflow pins nodes and podSpecPatch does not carry it', () => {
    const f = lintRule('AGC004', [wt('t', gcSpec())]);
    expect(at(f)).toEqual(['AGC004@/spec/artifactGC']);
    expect(f[0].severity).toBe('warning');
    expect(f[0].message).toContain('nodeSelector');
  });
  it('asks for tolerations when the patch places the GC pod on an arch the workflow tolerates a taint for', () => {
    const spec = gcSpec({ podSpecPatch: 'nodeSelector:\n  kubernetes.io/arch: arm64\n' });
    (spec.templates as any)[1].tolerations = [
      { key: 'kubernetes.io/arch', operator: 'Equal', value: 'arm64' },
    ];
    const f = lintRule('AGC004', [wt('t', spec)]);
    expect(at(f)).toEqual(['AGC004@/spec/artifactGC/podSpecPatch']);
    expect(f[0].message).toContain('tolerations');
    expect(f[0].message).not.toContain('nodeSelector');
  });
  it('asks for tolerations when the patch does not place the GC pod at all', () => {
    const spec = gcSpec({ nodeSelector: undefined, podSpecPatch: '{}' });
    (spec.templates as any)[1].tolerations = [{ key: 'dedicated', operator: 'Exists' }];
    (spec.templates as any)[1].nodeSelector = { 'kubernetes.io/arch': 'amd64' };
    const f = lintRule('AGC004', [wt('t', spec)]);
    expect(f[0].message).toContain('nodeSelector, tolerations');
  });
  it('does not ask for an arm64 toleration when the patch pins the GC pod to amd64 (dist/ of this repo)', () => {
    const spec = gcSpec({ podSpecPatch: '{"nodeSelector":{"kubernetes.io/arch":"amd64"}}' });
    (spec.templates as any)[1].tolerations = [
      { key: 'kubernetes.io/arch', operator: 'Equal', value: 'arm64' },
    ];
    (spec.templates as any)[1].nodeSelector = { 'kubernetes.io/arch': 'arm64' };
    expect(lintRule('AGC004', [wt('t', spec)])).toEqual([]);
    // ... unless the app declares amd64 nodes tainted
    expect(lintRule('AGC004', [wt('t', spec)], { taintedArchitectures: ['amd64'] })).toHaveLength(1);
  });
  it('passes when podSpecPatch carries the constraints (YAML or JSON)', () => {
    expect(
      lintRule('AGC004', [
        wt('t', gcSpec({ podSpecPatch: '{"nodeSelector":{"kubernetes.io/arch":"amd64"}}' })),
      ]),
    ).toEqual([]);
  });
});

describe('AGC005 mixed strategies with force', () => {
  function mixed(force: boolean) {
    const spec = gcSpec({ strategy: 'OnWorkflowCompletion', forceFinalizerRemoval: force });
    (spec.templates as any)[1].outputs.artifacts.push({
      name: 'keep',
      path: '/k',
      artifactGC: { strategy: 'OnWorkflowDeletion' },
    });
    return wt('t', spec);
  }
  it('fires with both strategies and force', () => {
    const f = lintRule('AGC005', [mixed(true)]);
    expect(at(f)).toEqual(['AGC005@/spec/artifactGC/forceFinalizerRemoval']);
    expect(f[0].severity).toBe('warning');
  });
  it('passes without force', () => {
    expect(lintRule('AGC005', [mixed(false)])).toEqual([]);
  });
});

describe('AGC006 hook Workflow with OnWorkflowDeletion GC', () => {
  it('fires on a hook', () => {
    const f = lintRule('AGC006', [hookWf(gcSpec())]);
    expect(at(f)).toEqual(['AGC006@/spec/artifactGC/strategy']);
    expect(f[0].severity).toBe('error');
  });
  it('passes with OnWorkflowCompletion, or on a WorkflowTemplate', () => {
    expect(lintRule('AGC006', [hookWf(gcSpec({ strategy: 'OnWorkflowCompletion' }))])).toEqual([]);
    expect(lintRule('AGC006', [wt('t', gcSpec())])).toEqual([]);
  });
});

describe('AGC007 GC fields unknown to the target', () => {
  const old = { major: 3, minor: 4, patch: 0, minorOnly: false };
  it('fires below 3.5 for forceFinalizerRemoval and podSpecPatch', () => {
    const f = lintRule('AGC007', [wt('t', gcSpec({ forceFinalizerRemoval: true, podSpecPatch: '{}' }))], {
      argoVersion: old,
    });
    expect(at(f)).toEqual([
      'AGC007@/spec/artifactGC/forceFinalizerRemoval',
      'AGC007@/spec/artifactGC/podSpecPatch',
    ]);
    expect(f[0].severity).toBe('warning');
  });
  it('passes from 3.5.0', () => {
    const m = [wt('t', gcSpec({ forceFinalizerRemoval: true, podSpecPatch: '{}' }))];
    expect(lintRule('AGC007', m, { argoVersion: v('3.5.0') })).toEqual([]);
  });
});

describe('GC through workflowTemplateRef', () => {
  it('a Workflow inherits GC and the artifacts of its WorkflowTemplate', () => {
    const wf = hookWf({ workflowTemplateRef: { name: 'lib' }, activeDeadlineSeconds: 60 });
    const f = lintRule('AGC006', [wt('lib', gcSpec()), wf]);
    expect(f.map((x) => x.index)).toEqual([1]);
  });
  it('sees artifacts of templates called through templateRef (they end up in storedTemplates)', () => {
    const lib = wt('lib', {
      templates: [podTemplate('produce', { outputs: { artifacts: [{ name: 'o', path: '/o' }] } })],
    });
    const spec = safeSpec({
      artifactGC: { strategy: 'OnWorkflowCompletion' },
      templates: [
        { name: 'main', steps: [[{ name: 's', templateRef: { name: 'lib', template: 'produce' } }]] },
      ],
    });
    expect(at(lintRule('AGC003', [lib, wt('t', spec)]))).toEqual(['AGC003@/spec/artifactGC']);
    // without the library in the input its artifacts are unknown: the explicit strategy counts
    expect(at(lintRule('AGC003', [wt('t', spec)]))).toEqual(['AGC003@/spec/artifactGC']);
    // ... but a workflow whose templates are all known and produce nothing has no GC
    const local = safeSpec({ artifactGC: { strategy: 'OnWorkflowCompletion' } });
    expect(lintRule('AGC003', [wt('t', local)])).toEqual([]);
  });
});
