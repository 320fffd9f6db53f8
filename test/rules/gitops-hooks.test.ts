/**
 * GITOPS008-010: what an Argo CD hook Workflow needs must exist when it runs and until it is done;
 * a named hook must not use BeforeHookCreation; an artifact repository must be shipped.
 */
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/rules';
import { at, hookWf, lintRule, safeSpec, wt } from './helpers';

const hook = (
  phase: string,
  extra: Record<string, string> = {},
  spec = safeSpec({ serviceAccountName: 'runner' }),
) =>
  hookWf(spec, {
    'argocd.argoproj.io/hook': phase,
    'argocd.argoproj.io/hook-delete-policy': 'HookSucceeded',
    ...extra,
  });

const meta = (name: string, annotations?: Record<string, string>) => ({ name, namespace: 'ci', annotations });

/** The executor RBAC of `runner`, as plain resources or as hooks with `annotations`. */
function rbac(annotations?: Record<string, string>): Manifest[] {
  return [
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta('runner', annotations) },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: meta('runner-role', annotations),
      rules: [],
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: meta('runner-binding', annotations),
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'runner-role' },
      subjects: [{ kind: 'ServiceAccount', name: 'runner', namespace: 'ci' }],
    },
  ];
}

const inCi = (m: Manifest): Manifest => ({ ...m, metadata: { ...m.metadata, namespace: 'ci' } });
const messages = (ms: Manifest[]) => lintRule('GITOPS008', ms).map((f) => f.message.split(' (')[0]);

describe('GITOPS008 a hook needs what Argo CD creates later or removes earlier', () => {
  it('flags a PreSync hook whose ServiceAccount, Role and RoleBinding are plain resources', () => {
    const f = lintRule('GITOPS008', [inCi(hook('PreSync')), ...rbac()]);
    expect(at(f)).toEqual(Array(3).fill('GITOPS008@/spec/serviceAccountName'));
    expect(messages([inCi(hook('PreSync')), ...rbac()]).sort()).toEqual([
      'Role "runner-role"',
      'RoleBinding "runner-binding"',
      'ServiceAccount "runner"',
    ]);
    expect(f[0].severity).toBe('error');
    expect(f[0].message).toContain('is a plain resource (Sync phase) in wave 0');
  });

  it('passes when they are PreSync hooks one wave earlier that are kept (BeforeHookCreation)', () => {
    const placed = { 'argocd.argoproj.io/hook': 'PreSync', 'argocd.argoproj.io/sync-wave': '-1' };
    expect(lintRule('GITOPS008', [inCi(hook('PreSync')), ...rbac(placed)])).toEqual([]);
    expect(
      lintRule('GITOPS008', [
        inCi(hook('PreSync')),
        ...rbac({ ...placed, 'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation' }),
      ]),
    ).toEqual([]);
  });

  it('flags hook dependencies removed with the hook (HookSucceeded) or in the same wave and kind rank', () => {
    const placed = { 'argocd.argoproj.io/hook': 'PreSync', 'argocd.argoproj.io/sync-wave': '-1' };
    const f = lintRule('GITOPS008', [
      inCi(hook('PreSync')),
      ...rbac({ ...placed, 'argocd.argoproj.io/hook-delete-policy': 'HookSucceeded' }),
    ]);
    expect(f).toHaveLength(3);
    expect(f[0].message).toContain('its delete policy HookSucceeded removes it when the operation ends');
    // Same phase and wave: the ServiceAccount's kind group is created before the Workflow's.
    expect(
      lintRule('GITOPS008', [inCi(hook('PreSync')), ...rbac({ 'argocd.argoproj.io/hook': 'PreSync' })]),
    ).toEqual([]);
  });

  it('passes a PostSync hook on plain resources; flags a Sync hook in a wave below them', () => {
    expect(lintRule('GITOPS008', [inCi(hook('PostSync')), ...rbac()])).toEqual([]);
    expect(lintRule('GITOPS008', [inCi(hook('Sync')), ...rbac()])).toEqual([]);
    expect(
      lintRule('GITOPS008', [inCi(hook('Sync', { 'argocd.argoproj.io/sync-wave': '-1' })), ...rbac()]),
    ).toHaveLength(3);
  });

  it('SyncFail needs SyncFail hooks; PostDelete needs PostDelete hooks that are not deleted with it', () => {
    expect(lintRule('GITOPS008', [inCi(hook('SyncFail')), ...rbac()])).toHaveLength(3);
    expect(
      lintRule('GITOPS008', [
        inCi(hook('SyncFail')),
        ...rbac({ 'argocd.argoproj.io/hook': 'PreSync', 'argocd.argoproj.io/sync-wave': '-1' }),
      ]),
    ).toHaveLength(3);
    expect(
      lintRule('GITOPS008', [
        inCi(hook('SyncFail')),
        ...rbac({ 'argocd.argoproj.io/hook': 'SyncFail', 'argocd.argoproj.io/sync-wave': '-1' }),
      ]),
    ).toEqual([]);
    const pd = lintRule('GITOPS008', [inCi(hook('PostDelete')), ...rbac()]);
    expect(pd).toHaveLength(3);
    expect(pd[0].message).toContain('is deleted with the Application before PostDelete hooks run');
    expect(
      lintRule('GITOPS008', [inCi(hook('PostDelete')), ...rbac({ 'argocd.argoproj.io/hook': 'PostDelete' })]),
    ).toEqual([]);
    expect(
      lintRule('GITOPS008', [
        inCi(hook('PostDelete')),
        ...rbac({
          'argocd.argoproj.io/hook': 'PostDelete',
          'argocd.argoproj.io/hook-delete-policy': 'HookSucceeded',
        }),
      ]),
    ).toHaveLength(3);
  });

  it('covers the referenced WorkflowTemplate and ConfigMaps; ignores what is not in the input', () => {
    const spec = {
      workflowTemplateRef: { name: 'build' },
      artifactRepositoryRef: { configMap: 'repos', key: 'k' },
      volumes: [{ name: 'cfg', configMap: { name: 'settings' } }],
    };
    const cm = (name: string): Manifest => ({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: meta(name),
      data: { k: 's3: {}' },
    });
    const ms = [inCi(hook('PreSync', {}, spec)), inCi(wt('build', safeSpec())), cm('repos'), cm('settings')];
    expect(at(lintRule('GITOPS008', ms)).sort()).toEqual([
      'GITOPS008@/spec/artifactRepositoryRef',
      'GITOPS008@/spec/volumes/0',
      'GITOPS008@/spec/workflowTemplateRef',
    ]);
    expect(lintRule('GITOPS008', [inCi(hook('PreSync', {}, spec))])).toEqual([]);
    expect(
      lintRule('GITOPS008', [
        inCi(hook('PostSync', {}, spec)),
        inCi(wt('build', safeSpec())),
        cm('repos'),
        cm('settings'),
      ]),
    ).toEqual([]);
  });
});

describe('GITOPS009 named hook Workflow with BeforeHookCreation', () => {
  const named = (annotations: Record<string, string>): Manifest => ({
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Workflow',
    metadata: { name: 'migrate', annotations: { 'argocd.argoproj.io/hook': 'PreSync', ...annotations } },
    spec: safeSpec(),
  });
  it('flags the explicit and the default policy on a named hook', () => {
    const explicit = lintRule('GITOPS009', [
      named({ 'argocd.argoproj.io/hook-delete-policy': 'HookSucceeded,BeforeHookCreation' }),
    ]);
    expect(at(explicit)).toEqual(['GITOPS009@/metadata/annotations/argocd.argoproj.io~1hook-delete-policy']);
    expect(explicit[0].severity).toBe('error');
    expect(at(lintRule('GITOPS009', [named({})]))).toEqual(['GITOPS009@/metadata/name']);
  });
  it('passes HookSucceeded, a generateName hook, and a plain Workflow', () => {
    expect(
      lintRule('GITOPS009', [named({ 'argocd.argoproj.io/hook-delete-policy': 'HookSucceeded' })]),
    ).toEqual([]);
    expect(
      lintRule('GITOPS009', [
        hook('PreSync', { 'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation' }),
      ]),
    ).toEqual([]);
  });
});

describe('GITOPS010 artifact repository ConfigMap not in the input', () => {
  const withArtifacts = (ref: Record<string, string>) =>
    inCi(
      wt(
        'build',
        safeSpec({
          artifactRepositoryRef: ref,
          templates: [
            { name: 'main', container: { image: 'x' }, outputs: { artifacts: [{ name: 'o', path: '/o' }] } },
          ],
        }),
      ),
    );
  const cm = (data: Record<string, string>): Manifest => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: meta('artifact-repositories'),
    data,
  });
  it('warns when the ConfigMap or its key is missing', () => {
    const f = lintRule('GITOPS010', [
      withArtifacts({ configMap: 'artifact-repositories', key: 'default-v1' }),
    ]);
    expect(at(f)).toEqual(['GITOPS010@/spec/artifactRepositoryRef']);
    expect(f[0].severity).toBe('warning');
    expect(f[0].message).toContain('failed to find any artifact repository');
    expect(
      lintRule('GITOPS010', [withArtifacts({ key: 'default-v1' }), cm({ other: 's3: {}' })]),
    ).toHaveLength(1);
  });
  it('passes with the ConfigMap and key, and without artifacts', () => {
    expect(
      lintRule('GITOPS010', [withArtifacts({ key: 'default-v1' }), cm({ 'default-v1': 's3: {}' })]),
    ).toEqual([]);
    expect(lintRule('GITOPS010', [inCi(wt('x', safeSpec({ artifactRepositoryRef: { key: 'k' } })))])).toEqual(
      [],
    );
  });
});
