/**
 * Argo CD: the Application construct, and the hook-Workflow helper (`Workflow` with
 * `argoCdHook`) in the Argo CD context: generateName, delete policy, deadline, no TTL, and artifact
 * GC that never blocks the next sync (AGC006; docs/argocd.md, docs/failure-modes.md GITOPS-01/02/03).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Duration, Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { addWatcher } from '../../charts/watcher';
import { ARGOCD_RESOURCES_FINALIZER } from '../../src/argo/metadata';
import { ArgoCdApplication, type ArgoCdApplicationProps } from '../../src/deploy';
import { UserError } from '../../src/errors';
import { lintManifests } from '../../src/rules';
import { type ArgoCdHookPhase, ArtifactLocation, GuardedChart, optOut, Workflow } from '../../src/workflows';
import { assertValidAgainstCrds } from '../helpers/crd-schema';

const REPO = 'https://github.com/acme/platform.git';
const ROOT = join(__dirname, '..', '..');

function application(props: Partial<ArgoCdApplicationProps> = {}) {
  const chart = new GuardedChart(Testing.app(), 'test', { namespace: 'workloads' });
  new ArgoCdApplication(chart, 'app', { source: { repoURL: REPO }, ...props });
  const [m] = Testing.synth(chart);
  return m;
}

describe('ArgoCdApplication', () => {
  it('defaults: rendered manifests in dist/ (top level only), automated prune + self-heal, cascade delete, SSA', () => {
    expect(application()).toEqual({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name: 'argo-guard', namespace: 'argocd', finalizers: [ARGOCD_RESOURCES_FINALIZER] },
      spec: {
        project: 'default',
        source: {
          repoURL: REPO,
          targetRevision: 'HEAD',
          path: 'dist',
          directory: { recurse: false, include: '*.k8s.yaml' },
        },
        destination: { server: 'https://kubernetes.default.svc' },
        syncPolicy: {
          automated: { prune: true, selfHeal: true },
          syncOptions: ['ServerSideApply=true', 'CreateNamespace=true'],
        },
      },
    });
  });

  it('config-management plugin: the source names the plugin of docs/argocd.md, whose generate command works', () => {
    const m = application({ plugin: {}, source: { repoURL: REPO, path: 'platform' } });
    expect(m.spec.source).toEqual({
      repoURL: REPO,
      targetRevision: 'HEAD',
      path: 'platform',
      plugin: { name: 'cdk8s-typescript' },
    });
    // The ConfigManagementPlugin in the docs has that name.
    const markdown = readFileSync(join(ROOT, 'docs', 'argocd.md'), 'utf8');
    const blocks = [...markdown.matchAll(/```yaml\n([\s\S]*?)```/g)].map((b) => parse(b[1]));
    const cmp = blocks.find((b) => b?.kind === 'ConfigManagementPlugin');
    expect(cmp?.metadata.name).toBe('cdk8s-typescript');
    // The plugin's generate command works: run it here, the way the repo-server does (in the
    // repository, sh -c). Every document must parse and hold an object: exactly dist/'s top level.
    expect(cmp.spec.generate.command).toEqual(['sh', '-c']);
    const out = execFileSync('sh', ['-c', cmp.spec.generate.args[0]], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    const docs = parseAllDocuments(out);
    expect(docs.filter((d) => d.errors.length > 0).map((d) => d.errors[0].message)).toEqual([]);
    const objects = docs.map((d) => d.toJS()).filter(Boolean);
    expect(objects.some((o) => o.kind === 'Deployment' && o.metadata.name === 'argo-guard-watcher')).toBe(
      true,
    );
    expect(objects.some((o) => o.kind === 'WorkflowTemplate')).toBe(true);
    expect(objects.some((o) => o.kind === 'Application')).toBe(false);
  });

  it('source hydrator: drySource and syncSource, no source', () => {
    const m = application({ hydrator: { targetBranch: 'env/prod', plugin: {} } });
    expect(m.spec.source).toBeUndefined();
    expect(m.spec.sourceHydrator).toEqual({
      drySource: {
        repoURL: REPO,
        targetRevision: 'HEAD',
        path: 'dist',
        plugin: { name: 'cdk8s-typescript' },
      },
      syncSource: { targetBranch: 'env/prod', path: 'dist' },
    });
  });

  it('automated: false and cascadeDelete: false drop the policy and the finalizer', () => {
    const m = application({ automated: false, cascadeDelete: false });
    expect(m.spec.syncPolicy.automated).toBeUndefined();
    expect(m.metadata.finalizers).toBeUndefined();
  });

  it('rejects a repoURL that is not a Git URL, naming the construct', () => {
    expect(() => application({ source: { repoURL: 'acme/platform' } })).toThrow(UserError);
    expect(() => application({ source: { repoURL: 'acme/platform' } })).toThrow(
      /test\/app: source.repoURL "acme\/platform"/,
    );
  });

  it('this repo writes its Application outside the directory Argo CD syncs (charts/watcher.ts)', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'argocd-app-'));
    const app = new App({ outdir });
    addWatcher(app);
    app.synth();
    expect(readdirSync(outdir).sort()).toEqual(['argo-guard.k8s.yaml', 'argocd']);
    const m = parse(readFileSync(join(outdir, 'argocd', 'argo-guard-application.k8s.yaml'), 'utf8'));
    expect(m.kind).toBe('Application');
    expect(m.spec.source.path).toBe('dist');
    expect(m.spec.source.directory.recurse).toBe(false);
  });
});

describe('hook Workflows (Workflow argoCdHook) under Argo CD', () => {
  function hook(phase: ArgoCdHookPhase, extra: Record<string, unknown> = {}) {
    const chart = new GuardedChart(Testing.app(), 'test', {
      namespace: 'ci',
      argoGuard: { argoVersion: '4.1' },
    });
    const wf = new Workflow(chart, 'hook', { argoCdHook: { phase }, ...extra });
    wf.entrypoint = wf.addContainer('main', {
      image: 'busybox:1.36',
      command: ['sh', '-c', 'echo ok > /tmp/out'],
      outputs: {
        artifacts: [{ name: 'out', path: '/tmp/out', location: ArtifactLocation.s3({ key: 'hooks/out' }) }],
      },
    });
    const manifests = Testing.synth(chart);
    assertValidAgainstCrds(manifests);
    return { manifests, wf: manifests.find((m: any) => m.kind === 'Workflow') };
  }

  for (const phase of ['PreSync', 'Sync', 'PostSync', 'SyncFail'] as const) {
    it(`${phase}: generateName, HookSucceeded, a deadline, no TTL, GC on completion (never on deletion)`, () => {
      const { manifests, wf } = hook(phase);
      expect(wf.metadata.annotations['argocd.argoproj.io/hook']).toBe(phase);
      // Unset, Argo CD assumes BeforeHookCreation, which waits for a stuck predecessor forever (GITOPS-02).
      expect(wf.metadata.annotations['argocd.argoproj.io/hook-delete-policy']).toBe('HookSucceeded');
      expect(wf.metadata.name).toBeUndefined();
      expect(wf.metadata.generateName).toMatch(/^test-hook-[0-9a-f]{8}-$/);
      // Argo CD's Workflow health reads only status.phase: no deadline = the sync can wait forever (GITOPS-01).
      expect(wf.spec.activeDeadlineSeconds).toBe(3600);
      // A TTL can delete the hook before Argo CD sees it finish (GITOPS-03).
      expect(wf.spec.ttlStrategy).toBeUndefined();
      expect(wf.spec.artifactGC?.strategy).not.toBe('OnWorkflowDeletion');
      const findings = lintManifests(manifests, { argoVersion: undefined });
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(findings.filter((f) => /^GITOPS|^AGC006/.test(f.rule))).toEqual([]);
    });
  }

  it('takes a shorter deadline and several delete policies', () => {
    const { wf } = hook('PostSync', {
      activeDeadline: Duration.minutes(5),
      argoCdHook: { phase: 'PostSync', deletePolicy: ['HookSucceeded', 'HookFailed'] },
    });
    expect(wf.spec.activeDeadlineSeconds).toBe(300);
    expect(wf.metadata.annotations['argocd.argoproj.io/hook-delete-policy']).toBe('HookSucceeded,HookFailed');
  });

  it('refuses OnWorkflowDeletion GC on a hook (AGC006) and an opted-out deadline (GITOPS003)', () => {
    expect(() => hook('Sync', { artifactGC: { strategy: 'OnWorkflowDeletion' } })).toThrow(/AGC006/);
    expect(() => hook('Sync', { activeDeadline: optOut('long') })).toThrow(/GITOPS003/);
  });
});
