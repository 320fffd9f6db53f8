/**
 * The founding scenario: an image built only for amd64, clusters whose nodes are arm64 (chart
 * default arm64, tainted), output artifacts with GC, target Argo 4.1 (which has #16599).
 * Without argo-guard, the pod lands on arm64, fails with `exec format error` before producing
 * an artifact, and the Workflow hangs on the artifact-gc finalizer (#13499 / #16599).
 */
import { describe, expect, it } from 'vitest';
import { hasBug, parseArgoVersion } from '../../src/argo/versions';
import { ArtifactLocation, WorkflowTemplate } from '../../src/workflows';
import { byKind, chart, one, synth, template } from './util';

describe('founding scenario: amd64-only image, arm64 nodes, artifact GC', () => {
  const c = chart({ argoVersion: '4.1', architectures: ['arm64'], taintedArchitectures: ['arm64'] });
  const wt = new WorkflowTemplate(c, 'pipeline');
  const build = wt.addContainer('build', {
    image: 'registry.example/builder:1',
    architectures: ['amd64'], // the image exists for amd64 only
    outputs: {
      artifacts: [{ name: 'dist', path: '/out', location: ArtifactLocation.s3({ key: 'dist.tgz' }) }],
    },
  });
  const report = wt.addContainer('report', { image: 'registry.example/multi:1' });
  const dag = wt.addDag('main');
  const b = dag.addTask('build', { template: build });
  dag.addTask('report', { template: report }).dependsOn(b);
  wt.entrypoint = dag;
  const out = synth(c);
  const spec = one(out, 'WorkflowTemplate').spec;

  it('pins every pod template', () => {
    expect(template(spec, 'build').nodeSelector).toEqual({
      'kubernetes.io/arch': 'amd64',
      'kubernetes.io/os': 'linux',
    });
    expect(template(spec, 'report').nodeSelector).toEqual({
      'kubernetes.io/arch': 'arm64',
      'kubernetes.io/os': 'linux',
    });
    // only the arm64 template tolerates the arm64 taint; the amd64 one must not land there
    expect(template(spec, 'report').tolerations).toEqual([
      { key: 'kubernetes.io/arch', operator: 'Equal', value: 'arm64', effect: 'NoSchedule' },
    ]);
    expect(template(spec, 'build').tolerations).toBeUndefined();
    expect(spec.nodeSelector).toEqual({ 'kubernetes.io/arch': 'arm64', 'kubernetes.io/os': 'linux' });
  });

  it('sets a deadline', () => {
    expect(spec.activeDeadlineSeconds).toBe(3600);
  });

  it('emits the GC service account and its least-privilege RBAC', () => {
    const gcSa = spec.artifactGC.serviceAccountName;
    expect(byKind(out, 'ServiceAccount').map((s) => s.metadata.name)).toContain(gcSa);
    const binding = byKind(out, 'RoleBinding').find((rb) => rb.subjects[0].name === gcSa);
    const role = byKind(out, 'Role').find((r) => r.metadata.name === binding.roleRef.name);
    expect(role.rules).toEqual([
      { apiGroups: ['argoproj.io'], resources: ['workflowartifactgctasks'], verbs: ['list', 'watch'] },
      { apiGroups: ['argoproj.io'], resources: ['workflowartifactgctasks/status'], verbs: ['patch'] },
    ]);
    expect(binding.metadata.namespace).toBe('ci');
  });

  it('carries the pin and the toleration into the GC pod through podSpecPatch', () => {
    expect(JSON.parse(spec.artifactGC.podSpecPatch)).toEqual({
      nodeSelector: { 'kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'arm64' },
      tolerations: [{ key: 'kubernetes.io/arch', operator: 'Equal', value: 'arm64', effect: 'NoSchedule' }],
    });
  });

  it('does not set forceFinalizerRemoval on a #16599 version', () => {
    expect(hasBug(parseArgoVersion('4.1'), 'argo-workflows#16599')).toBe(true);
    expect(spec.artifactGC).not.toHaveProperty('forceFinalizerRemoval');
    expect(spec.artifactGC.strategy).toBe('OnWorkflowDeletion');
  });

  it('emits the executor RBAC and uses it', () => {
    const binding = byKind(out, 'RoleBinding').find((rb) => rb.subjects[0].name === spec.serviceAccountName);
    const role = byKind(out, 'Role').find((r) => r.metadata.name === binding.roleRef.name);
    expect(role.rules).toEqual([
      { apiGroups: ['argoproj.io'], resources: ['workflowtaskresults'], verbs: ['create', 'patch'] },
    ]);
  });

  it('has no lint errors', () => {
    expect(wt.findings().filter((f) => f.severity === 'error')).toEqual([]);
  });
});
