/**
 * `argo-guard doctor` end to end: the real CLI against the real kube-apiserver + etcd. Each case
 * plays the controller's part (the Workflow status it would have written) and checks the verdict,
 * the check that found it, the exit code, and that doctor wrote nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACT_GC_FINALIZER, LABEL_WORKFLOW, POD_STATUS_FINALIZER } from '../../src/argo/metadata';
import { type KubeApi, paths } from '../../src/watcher/kube';
import { e2eKubeConfigPath, e2eSkipReason, freshNamespace, serviceAccountKubeConfig } from './cluster';
import { type CliRun, hoursAgo, kubeconfigFile, runCli, workflow } from './runtime-helpers';
import { adminApi, createWorkflow, deleteWorkflow, events, getWorkflow, waitFor } from './watcher-helpers';

function doctor(kubeconfig: string, ...args: string[]): Promise<CliRun> {
  return runCli('doctor', ['--kubeconfig', kubeconfig, '--log-format', 'json', ...args]);
}

const check = (report: any, id: string) => report.checks.find((c: any) => c.id === id);

describe.skipIf(e2eSkipReason())('argo-guard doctor (real CLI, real API server)', () => {
  let admin: KubeApi;
  let kubeconfig: string;

  beforeAll(() => {
    admin = adminApi();
    kubeconfig = e2eKubeConfigPath();
  });

  afterAll(() => admin?.close());

  it('healthy: exit 0, every check ok or waiting', async () => {
    const ns = await freshNamespace('dr');
    await createWorkflow(
      admin,
      workflow(
        'fine',
        ns,
        { phase: 'Running', startedAt: new Date().toISOString() },
        { spec: { activeDeadlineSeconds: 3600 } },
      ),
    );
    const r = await doctor(kubeconfig, '-n', ns, 'fine');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Workflow ${ns}/fine: HEALTHY\\n`));
    expect(r.stdout).toMatch(/RUN-04\s+waiting \d+s: not yet/);
    expect(r.stdout).toMatch(/evidence:\n {2}uid: /);
  }, 60_000);

  it('stuck: RUN-04 and SYNC-04 with the known bugs of --argo-version, as JSON; doctor wrote nothing', async () => {
    const ns = await freshNamespace('dr');
    await createWorkflow(
      admin,
      workflow(
        'late',
        ns,
        {
          phase: 'Running',
          startedAt: hoursAgo(2),
          synchronization: {
            mutex: { waiting: [{ mutex: `${ns}/Mutex/deploy`, holder: `${ns}/gone-holder` }] },
          },
        },
        { spec: { activeDeadlineSeconds: 60 } },
      ),
    );
    const r = await doctor(kubeconfig, '--format', 'json', '--argo-version', '4.0.8', `${ns}/late`);
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.verdict).toBe('stuck');
    expect(report.workflow).toEqual({ namespace: ns, name: 'late', exists: true });
    expect(check(report, 'RUN-04')).toMatchObject({
      status: 'stuck',
      action: 'terminate',
      modes: ['RUN-04'],
    });
    expect(check(report, 'SYNC-04')).toMatchObject({ status: 'stuck', action: 'report' });
    expect(check(report, 'SYNC-04').reason).toMatch(
      /held by .*gone-holder \(gone\).*Argo Workflows 4\.0\.8 has #16567/,
    );
    expect(check(report, 'artifact-gc').status).toBe('ok');
    expect(report.evidence.locksWaited[0].holders[0]).toEqual({ holder: `${ns}/gone-holder`, state: 'gone' });
    expect(report.evidence.activeDeadlineSeconds).toBe(60);
    // read only: no shutdown set, no Event
    expect((await getWorkflow(admin, ns, 'late')).spec.shutdown).toBeUndefined();
    expect(await events(admin, ns)).toEqual([]);
  }, 60_000);

  it('deleted on the artifact-gc finalizer with nothing to collect: the finalizer check says release (AGC)', async () => {
    const ns = await freshNamespace('dr');
    await createWorkflow(
      admin,
      workflow(
        'held',
        ns,
        { phase: 'Failed', startedAt: hoursAgo(2), finishedAt: hoursAgo(1), nodes: {} },
        { finalizers: [ARTIFACT_GC_FINALIZER] },
      ),
    );
    await deleteWorkflow(admin, ns, 'held');
    await waitFor(
      'deletionTimestamp',
      async () => !!(await getWorkflow(admin, ns, 'held'))?.metadata?.deletionTimestamp,
    );
    const r = await doctor(kubeconfig, '--format', 'json', '--grace', '0s', '-n', ns, 'held');
    expect(r.code, r.stderr).toBe(1);
    const gc = check(JSON.parse(r.stdout), 'artifact-gc');
    expect(gc).toMatchObject({ status: 'stuck', action: 'release' });
    expect(gc.modes.some((m: string) => m.startsWith('AGC-'))).toBe(true);
    // within the grace: waiting, not stuck
    const early = await doctor(kubeconfig, '--format', 'json', '--grace', '1h', '-n', ns, 'held');
    expect(early.code, early.stderr).toBe(0);
    expect(check(JSON.parse(early.stdout), 'artifact-gc').status).toBe('waiting');
    await admin.mergePatch(paths.workflow(ns, 'held'), { metadata: { finalizers: null } });
  }, 60_000);

  it('a deleted Workflow whose pod is stuck behind the status finalizer: RUN-06', async () => {
    const ns = await freshNamespace('dr');
    await admin.post(paths.pods(ns), {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: 'gone-main',
        namespace: ns,
        labels: { [LABEL_WORKFLOW]: 'gone' },
        finalizers: [POD_STATUS_FINALIZER],
      },
      spec: { containers: [{ name: 'main', image: 'busybox' }] },
    });
    await admin.request('DELETE', paths.pod(ns, 'gone-main'));
    const r = await doctor(kubeconfig, '--grace', '0s', '-n', ns, 'gone');
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^Workflow ${ns}/gone \\(does not exist\\): STUCK`));
    expect(r.stdout).toMatch(/RUN-06\s+stuck \(watcher: report\): pod gone-main is stuck Terminating/);
    await admin.mergePatch(paths.pod(ns, 'gone-main'), { metadata: { finalizers: null } });
  }, 60_000);

  it('errors: not found and no access are one line each, exit 2, no stack', async () => {
    const ns = await freshNamespace('dr');
    const missing = await doctor(kubeconfig, '-n', ns, 'nope');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(new RegExp(`^argo-guard: Workflow ${ns}/nope not found\\n`));
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    const nobody = await serviceAccountKubeConfig(ns, 'nobody');
    const denied = await doctor(kubeconfigFile(nobody, 'argo-guard-dr-', 'nobody'), '-n', ns, 'x');
    expect(denied.code).toBe(2);
    expect(denied.stderr).toMatch(new RegExp(`^argo-guard: no access to Workflow ${ns}/x: `));
    expect(denied.stderr).not.toMatch(/\n\s+at /);
    const bad = await doctor(kubeconfig, 'a', 'b');
    expect(bad.code).toBe(2);
  }, 60_000);
});
