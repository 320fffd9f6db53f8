/**
 * The runtime modes end to end (issue 15): the real `argo-guard watch` and `argo-guard sweep`
 * processes against the real kube-apiserver + etcd, as the ServiceAccount bound to exactly the
 * watcher's generated rules. The tests play the Argo controller's part (the Workflow status it
 * would have written); every wait polls a condition.
 */
import type { KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LABEL_INSTANCE_ID, LABEL_WORKFLOW } from '../../src/argo/metadata';
import { type KubeApi, paths } from '../../src/watcher/kube';
import { e2eSkipReason, freshNamespace } from './cluster';
import { hoursAgo, kubeconfigFile, runCli, startWatch, workflow } from './runtime-helpers';
import {
  adminApi,
  createWorkflow,
  E2E_LEASES,
  events,
  getWorkflow,
  waitFor,
  watcherKubeConfig,
} from './watcher-helpers';

/** Running for two hours under a 60 s deadline: an exit handler Pending past it (RUN-04). */
const overdue = (name: string, ns: string) =>
  workflow(name, ns, { phase: 'Running', startedAt: hoursAgo(2) }, { spec: { activeDeadlineSeconds: 60 } });
/** No status at all: no controller picked it up (RUN-05); labelled for a controller instance "blue". */
const unstarted = (name: string, ns: string) =>
  workflow(name, ns, undefined, { labels: { [LABEL_INSTANCE_ID]: 'blue' } });

describe.skipIf(e2eSkipReason())('runtime modes end to end (real CLI, exactly the generated rules)', () => {
  let admin: KubeApi;
  let own: string;
  let saKc: KubeConfig;

  beforeAll(async () => {
    admin = adminApi();
    own = await freshNamespace('argo-guard');
    saKc = await watcherKubeConfig(own);
  });

  afterAll(() => admin?.close());

  it('watch: RUN-04 past its deadline is terminated, RUN-05 never started and RUN-01 pod Pending get Events; gauges per mode', async () => {
    const ns = await freshNamespace('wf');
    const kubeconfig = kubeconfigFile(saKc, 'argo-guard-rt-');
    await createWorkflow(admin, unstarted('never', ns));
    const w = await startWatch([
      ...['--kubeconfig', kubeconfig, '--namespace', ns, '--watcher-namespace', own],
      ...['--lease-name', E2E_LEASES.cli],
      ...[
        '--deadline-grace',
        '0s',
        '--start-timeout',
        '1s',
        '--instance-id',
        'green',
        '--log-format',
        'json',
      ],
      ...['--pending-timeout', '1m'],
    ]);
    try {
      await createWorkflow(admin, overdue('late', ns));
      // RUN-01: a Running Workflow whose pod has been Unschedulable for two hours (no scheduler
      // here: the test writes the condition the scheduler would).
      await createWorkflow(admin, { ...overdue('stalled', ns), spec: { entrypoint: 'main', templates: [] } });
      await admin.post(paths.pods(ns), {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'stalled-main', namespace: ns, labels: { [LABEL_WORKFLOW]: 'stalled' } },
        spec: { containers: [{ name: 'main', image: 'busybox' }] },
      });
      await admin.mergePatch(`${paths.pod(ns, 'stalled-main')}/status`, {
        status: {
          phase: 'Pending',
          conditions: [
            {
              type: 'PodScheduled',
              status: 'False',
              reason: 'Unschedulable',
              lastTransitionTime: hoursAgo(2),
            },
          ],
        },
      });
      const late = await waitFor(
        'RUN-04 terminate',
        async () => {
          const wf = await getWorkflow(admin, ns, 'late');
          return wf?.spec?.shutdown === 'Terminate' && wf;
        },
        60_000,
      );
      expect(late.status.phase).toBe('Running'); // only the shutdown was set
      // The watch shows the shutdown it set while the run is still Running: a report follows
      // ("although shutdown is Terminate"). Events are deduplicated by Workflow and reason, so the
      // terminate has a reason of its own, and the report does not rewrite what argo-guard did.
      const lateReport = await waitFor('RUN-04 report after the terminate', async () =>
        (await events(admin, ns, 'late')).find(
          (e) => e.reason === 'WorkflowPastDeadline' && /although shutdown is Terminate/.test(e.message),
        ),
      );
      expect(lateReport.message).toMatch(/^RUN-04: still Running /);
      const lateAction = (await events(admin, ns, 'late')).find(
        (e) => e.reason === 'WorkflowTerminatedPastDeadline',
      );
      expect(lateAction?.message).toMatch(
        /^RUN-04: argo-guard set spec\.shutdown=Terminate: still Running more than 0s past its activeDeadlineSeconds \(60\); /,
      );
      expect(lateAction?.count ?? 1).toBe(1);
      const neverEvent = await waitFor(
        'RUN-05 Event',
        async () => (await events(admin, ns, 'never')).find((e) => e.reason === 'WorkflowNeverStarted'),
        60_000,
      );
      expect(neverEvent.message).toMatch(
        /^RUN-05: .*label is "blue", but the controller runs with instanceID "green"/,
      );
      // Reported, not changed.
      const never = await getWorkflow(admin, ns, 'never');
      expect(never.spec.shutdown).toBeUndefined();
      expect(never.status).toBeUndefined();
      const metrics = await waitFor('gauges', async () => {
        const m = await fetch(`http://127.0.0.1:${w.port}/metrics`).then((r) => r.text());
        return /argo_guard_stuck_workflows\{mode="RUN-05"\} 1/.test(m) && m;
      });
      expect(metrics).toMatch(/argo_guard_stuck_workflows\{mode="RUN-04"\} 1/);
      const stalled = await waitFor('RUN-01 Event', async () =>
        (await events(admin, ns, 'stalled')).find((e) => e.reason === 'WorkflowPodPendingTooLong'),
      );
      expect(stalled.message).toMatch(/^RUN-01: pod stalled-main \(Unschedulable\) Pending for more than 1m/);
      expect((await getWorkflow(admin, ns, 'stalled')).spec.shutdown).toBeUndefined(); // no --terminate-pending
      expect(metrics).toMatch(/argo_guard_actions_total\{action="terminate",outcome="ok"\} 1/);
      expect(await w.stop()).toBe(0);
      const msgs = w
        .stderr()
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).msg as string);
      expect(msgs.some((m) => m.startsWith('RUN-04: '))).toBe(true);
      expect(msgs.some((m) => m.startsWith('RUN-05: '))).toBe(true);
    } finally {
      await w.stop();
    }
  }, 180_000);

  it('sweep: every mode in the report, exit 1 while stuck; --dry-run changes nothing', async () => {
    const ns = await freshNamespace('wf');
    const kubeconfig = kubeconfigFile(saKc, 'argo-guard-rt-');
    await createWorkflow(admin, overdue('late', ns));
    await createWorkflow(admin, unstarted('never', ns));
    const run = (...args: string[]) =>
      runCli('sweep', [
        ...['--kubeconfig', kubeconfig, '--namespace', ns, '--watcher-namespace', own],
        ...['--deadline-grace', '0s', '--start-timeout', '0s', '--output', 'json', '--log-format', 'json'],
        ...args,
      ]);
    const dry = await run('--dry-run');
    expect(dry.code).toBe(1);
    expect((await getWorkflow(admin, ns, 'late')).spec.shutdown).toBeUndefined();
    expect(await events(admin, ns)).toEqual([]);
    const real = await run();
    expect(real.code).toBe(1);
    const s = JSON.parse(real.stdout);
    expect(
      s.stuck.map((i: { name: string; modes: string[]; outcome: string }) => [i.name, i.modes, i.outcome]),
    ).toEqual([
      ['late', ['RUN-04'], 'terminated'],
      ['never', ['RUN-05'], 'reported'],
    ]);
    expect(s.modes).toEqual({
      'ARCHIVE-01': 0,
      'RUN-01': 0,
      'RUN-04': 1,
      'RUN-05': 1,
      'RUN-06': 0,
      'RUN-07': 0,
      'SYNC-04': 0,
    });
    expect((await getWorkflow(admin, ns, 'late')).spec.shutdown).toBe('Terminate');
  }, 180_000);
});
