/**
 * Issue 11 item 8: a hook Workflow's ServiceAccounts, Roles and RoleBindings must exist before the
 * hook runs and until it is done. The synthesized output is run through a model of what Argo CD
 * does with it, written here from gitops-engine (pkg/sync/sync_tasks.go, sync_context.go) and
 * argo-cd (controller/hook.go) independently of src/rules/argocd-order.ts:
 *
 * - a sync operation sorts its tasks by phase (PreSync, Sync, PostSync), wave, kind (gitops-engine's
 *   list; custom resources last), name; runs one (phase, wave) step at a time; inside a step it
 *   creates kind group after kind group; hooks run until the step ends;
 * - when the operation succeeds, hooks with HookSucceeded are deleted; hooks with
 *   BeforeHookCreation are deleted only when the next operation is about to create them again;
 * - when it fails (here: in PreSync, before any plain resource exists), the SyncFail hooks are created (sorted, kind group by kind group) and run;
 * - on app deletion every plain resource is deleted, then the PostDelete hooks are created in one
 *   pass and run; HookSucceeded ones are deleted once all of them succeeded.
 *
 * Time is a counter: every create or delete is one tick.
 */
import { Duration, Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { Workflow, type WorkflowProps } from '../../src/workflows';
import { chart, synth } from './util';

type M = any;

const KIND_ORDER = [
  'Namespace',
  'NetworkPolicy',
  'ResourceQuota',
  'LimitRange',
  'PodSecurityPolicy',
  'PodDisruptionBudget',
  'ServiceAccount',
  'Secret',
  'SecretList',
  'ConfigMap',
  'StorageClass',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'CustomResourceDefinition',
  'ClusterRole',
  'ClusterRoleList',
  'ClusterRoleBinding',
  'ClusterRoleBindingList',
  'Role',
  'RoleList',
  'RoleBinding',
  'RoleBindingList',
  'Service',
  'DaemonSet',
  'Pod',
  'ReplicationController',
  'ReplicaSet',
  'Deployment',
  'HorizontalPodAutoscaler',
  'StatefulSet',
  'Job',
  'CronJob',
  'IngressClass',
  'Ingress',
  'APIService',
];
const PHASE_ORDER = ['PreSync', 'Sync', 'PostSync'];

const ann = (m: M, k: string): string | undefined => m.metadata?.annotations?.[`argocd.argoproj.io/${k}`];
const phasesOf = (m: M): string[] | undefined => ann(m, 'hook')?.split(',');
const waveOf = (m: M): number => Number(ann(m, 'sync-wave') ?? 0);
const policiesOf = (m: M): string[] => ann(m, 'hook-delete-policy')?.split(',') ?? ['BeforeHookCreation'];
const kindRank = (k: string): number =>
  KIND_ORDER.includes(k) ? KIND_ORDER.indexOf(k) - KIND_ORDER.length : 0;
const key = (m: M): string => `${m.kind}/${m.metadata.name ?? m.metadata.generateName}`;

interface Lifetime {
  created: number;
  deleted: number;
}

/** What happened to each object: created/deleted ticks, and when each hook Workflow ran. */
class Cluster {
  tick = 0;
  live = new Map<string, Lifetime>();
  history: { key: string; created: number; deleted: number }[] = [];
  runs: { key: string; start: number; end: number; phase: string }[] = [];

  create(m: M): void {
    this.live.set(key(m), { created: ++this.tick, deleted: Number.POSITIVE_INFINITY });
  }
  delete(k: string): void {
    const l = this.live.get(k);
    if (!l) return;
    l.deleted = ++this.tick;
    this.history.push({ key: k, ...l });
    this.live.delete(k);
  }
  /** Every lifetime of `k` so far, the current one included. */
  lifetimes(k: string): Lifetime[] {
    const cur = this.live.get(k);
    return [...this.history.filter((h) => h.key === k), ...(cur ? [cur] : [])];
  }
}

/** Creates `tasks` kind group by kind group in sort order; returns the Workflows created. */
function createInKindGroups(cluster: Cluster, tasks: M[], secondSync: boolean): M[] {
  const workflows: M[] = [];
  let lastKind: string | undefined;
  for (const m of tasks) {
    // A new kind group starts after the previous one finished; objects of one group are created at once.
    if (m.kind !== lastKind) cluster.tick++;
    lastKind = m.kind;
    const k = key(m);
    if (secondSync && cluster.live.has(k) && policiesOf(m).includes('BeforeHookCreation')) cluster.delete(k);
    if (!cluster.live.has(k)) cluster.create(m);
    if (m.kind === 'Workflow' && phasesOf(m)) workflows.push(m);
  }
  return workflows;
}

function sortTasks(tasks: { m: M; phase: string }[]): { m: M; phase: string }[] {
  return tasks.sort(
    (a, b) =>
      PHASE_ORDER.indexOf(a.phase) - PHASE_ORDER.indexOf(b.phase) ||
      waveOf(a.m) - waveOf(b.m) ||
      kindRank(a.m.kind) - kindRank(b.m.kind) ||
      (key(a.m) < key(b.m) ? -1 : key(a.m) > key(b.m) ? 1 : 0),
  );
}

/** One sync operation that succeeds (or, with `fail`, fails in PreSync: e.g. a PreSync hook failed). */
function syncOperation(
  cluster: Cluster,
  manifests: M[],
  opts: { second?: boolean; fail?: boolean } = {},
): void {
  const tasks = sortTasks(
    manifests.flatMap((m) =>
      (phasesOf(m) ?? ['Sync']).filter((p) => PHASE_ORDER.includes(p)).map((phase) => ({ m, phase })),
    ),
  );
  const steps: { m: M; phase: string }[][] = [];
  for (const t of tasks) {
    const last = steps[steps.length - 1];
    if (last && last[0].phase === t.phase && waveOf(last[0].m) === waveOf(t.m)) last.push(t);
    else steps.push([t]);
  }
  const ranHooks: M[] = [];
  for (const step of opts.fail ? steps.filter((st) => st[0].phase === 'PreSync') : steps) {
    const phase = step[0].phase;
    const started = createInKindGroups(
      cluster,
      step.map((t) => t.m),
      !!opts.second,
    );
    cluster.tick++;
    for (const wf of started) {
      cluster.runs.push({
        key: key(wf),
        start: cluster.live.get(key(wf))!.created + 0.5,
        end: cluster.tick,
        phase,
      });
      ranHooks.push(wf);
    }
  }
  if (opts.fail) {
    const syncFail = sortTasks(
      manifests.filter((m) => phasesOf(m)?.includes('SyncFail')).map((m) => ({ m, phase: 'SyncFail' })),
    );
    const started = createInKindGroups(
      cluster,
      syncFail.map((t) => t.m),
      !!opts.second,
    );
    cluster.tick++;
    for (const wf of started)
      cluster.runs.push({
        key: key(wf),
        start: cluster.live.get(key(wf))!.created + 0.5,
        end: cluster.tick,
        phase: 'SyncFail',
      });
    return;
  }
  // The operation succeeded: every hook with HookSucceeded goes (hooks of all phases at once).
  cluster.tick++;
  for (const m of manifests)
    if (phasesOf(m) && policiesOf(m).includes('HookSucceeded') && cluster.live.has(key(m))) {
      cluster.live.get(key(m))!.deleted = cluster.tick;
      cluster.history.push({ key: key(m), ...cluster.live.get(key(m))! });
      cluster.live.delete(key(m));
    }
}

/** Application deletion: plain resources go, then PostDelete hooks are created in one pass and run. */
function appDeletion(cluster: Cluster, manifests: M[]): void {
  for (const m of manifests.filter((x) => !phasesOf(x)).sort((a, b) => waveOf(b) - waveOf(a)))
    cluster.delete(key(m));
  const hooks = manifests.filter((m) => phasesOf(m)?.includes('PostDelete'));
  cluster.tick++;
  for (const m of hooks)
    if (!cluster.live.has(key(m)))
      cluster.live.set(key(m), { created: cluster.tick, deleted: Number.POSITIVE_INFINITY });
  cluster.tick++;
  for (const m of hooks)
    if (m.kind === 'Workflow')
      cluster.runs.push({ key: key(m), start: cluster.tick, end: cluster.tick + 1, phase: 'PostDelete' });
  cluster.tick += 2;
  for (const m of hooks)
    if (policiesOf(m).some((p) => p === 'HookSucceeded')) {
      const l = cluster.live.get(key(m));
      if (l) {
        l.deleted = cluster.tick;
        cluster.history.push({ key: key(m), ...l });
        cluster.live.delete(key(m));
      }
    }
}

/** The objects a hook Workflow's pods need: its service accounts, their RoleBindings and Roles. */
function dependencies(wf: M, manifests: M[]): string[] {
  const sas = [wf.spec.serviceAccountName, wf.spec.artifactGC?.serviceAccountName].filter(Boolean);
  const deps: string[] = [];
  for (const sa of sas) {
    const saObj = manifests.find((m) => m.kind === 'ServiceAccount' && m.metadata.name === sa);
    expect(saObj, `ServiceAccount ${sa} of ${key(wf)} is in the output`).toBeDefined();
    deps.push(key(saObj));
    const bindings = manifests.filter(
      (m) =>
        m.kind === 'RoleBinding' && m.subjects.some((s: M) => s.kind === 'ServiceAccount' && s.name === sa),
    );
    expect(bindings.length, `a RoleBinding for ${sa}`).toBeGreaterThan(0);
    for (const b of bindings) {
      deps.push(key(b));
      const role = manifests.find((m) => m.kind === 'Role' && m.metadata.name === b.roleRef.name);
      expect(role, `Role ${b.roleRef.name}`).toBeDefined();
      deps.push(key(role));
    }
  }
  return deps;
}

/** Every run of every hook Workflow had each dependency alive from before it started until after it ended. */
function assertDependenciesCoverRuns(cluster: Cluster, manifests: M[]): number {
  let checked = 0;
  for (const run of cluster.runs) {
    const wf = manifests.find((m) => key(m) === run.key);
    const wfLife = cluster.lifetimes(run.key).find((l) => l.created <= run.start && l.deleted >= run.end)!;
    for (const dep of dependencies(wf, manifests)) {
      // PostDelete hooks are created in one pass (no order among them): what counts is that the
      // dependency exists before the hook's pods start. Sync hooks: before the hook itself.
      const covering = cluster
        .lifetimes(dep)
        .find(
          (l) =>
            l.created < run.start &&
            (run.phase === 'PostDelete' || l.created < wfLife.created) &&
            l.deleted > run.end &&
            (l.deleted > wfLife.deleted || l.deleted === Number.POSITIVE_INFINITY),
        );
      expect(
        covering,
        `${dep} must be created before ${run.phase} hook ${run.key} (created at ${wfLife.created}, runs ${run.start}..${run.end}) and removed only after it; lifetimes: ${JSON.stringify(cluster.lifetimes(dep))}`,
      ).toBeDefined();
      checked++;
    }
  }
  return checked;
}

/** A hook Workflow with an output artifact (so it also needs the artifact-GC RBAC), beside a plain CronWorkflow-free chart. */
function hookApp(hook: NonNullable<WorkflowProps['argoCdHook']>): M[] {
  const c = chart({ argoVersion: '4.1', watcher: true });
  const wf = new Workflow(c, 'migrate', { argoCdHook: hook, activeDeadline: Duration.minutes(10) });
  wf.entrypoint = wf.addContainer('m', {
    image: 'x',
    outputs: { artifacts: [{ name: 'log', path: '/log' }] },
  });
  return synth(c);
}

describe('a hook Workflow and what its pods need, in the order Argo CD creates and removes them', () => {
  it('PreSync: first sync and the next one', () => {
    const out = hookApp({ phase: 'PreSync' });
    const cluster = new Cluster();
    syncOperation(cluster, out);
    syncOperation(cluster, out, { second: true });
    expect(cluster.runs.map((r) => r.phase)).toEqual(['PreSync', 'PreSync']);
    // executor SA + Role + RoleBinding, artifact-GC SA + Role + RoleBinding, for each of two runs
    expect(assertDependenciesCoverRuns(cluster, out)).toBe(12);
  });

  it('Sync below wave 0, and PostSync (plain resources are enough)', () => {
    for (const hook of [{ phase: 'Sync', syncWave: -2 }, { phase: 'PostSync' }] as const) {
      const out = hookApp(hook);
      const cluster = new Cluster();
      syncOperation(cluster, out);
      syncOperation(cluster, out, { second: true });
      expect(assertDependenciesCoverRuns(cluster, out)).toBe(12);
    }
    // PostSync keeps using the chart's shared plain RBAC: no hook annotations on it.
    const out = hookApp({ phase: 'PostSync' });
    expect(out.filter((m) => m.kind === 'ServiceAccount').every((m) => !phasesOf(m))).toBe(true);
  });

  it('SyncFail: a sync that fails before the Sync phase', () => {
    const out = hookApp({ phase: 'SyncFail' });
    const cluster = new Cluster();
    syncOperation(cluster, out, { fail: true });
    expect(cluster.runs.map((r) => r.phase)).toEqual(['SyncFail']);
    expect(assertDependenciesCoverRuns(cluster, out)).toBe(6);
  });

  it('PostDelete: the RBAC outlives the plain resources and the hook', () => {
    const out = hookApp({ phase: 'PostDelete' });
    const cluster = new Cluster();
    syncOperation(cluster, out);
    appDeletion(cluster, out);
    expect(cluster.runs.map((r) => r.phase)).toEqual(['PostDelete']);
    expect(assertDependenciesCoverRuns(cluster, out)).toBe(6);
  });

  it('the rule agrees: no GITOPS008 finding at synth for any phase', () => {
    for (const phase of ['PreSync', 'Sync', 'PostSync', 'SyncFail', 'PostDelete'] as const) {
      const c = chart({ argoVersion: '4.1', watcher: true });
      const wf = new Workflow(c, 'migrate', { argoCdHook: { phase } });
      wf.entrypoint = wf.addContainer('m', { image: 'x' });
      expect(() => Testing.synth(c)).not.toThrow();
      expect(wf.findings().filter((f) => f.rule === 'GITOPS008')).toEqual([]);
    }
  });
});
