/**
 * RUN-06 and ARCHIVE-01 end to end: the real `argo-guard sweep` against the real kube-apiserver +
 * etcd, as ServiceAccounts bound to exactly the rules the install emits for the options used.
 * A pod holding `workflows.argoproj.io/status` is deleted (the API server sets its
 * deletionTimestamp and keeps it for the finalizer) and its Workflow is deleted: without
 * `--release-pod-finalizers` sweep reports it and changes nothing; with it the finalizer goes and
 * the API server removes the pod; a pod of a Running Workflow is never touched.
 */
import type { KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LABEL_ARCHIVING_STATUS, LABEL_WORKFLOW, POD_STATUS_FINALIZER } from '../../src/argo/metadata';
import { ApiError, type KubeApi, paths } from '../../src/watcher/kube';
import { e2eSkipReason, freshNamespace } from './cluster';
import { hoursAgo, kubeconfigFile, runCli, startWatch, workflow } from './runtime-helpers';
import {
  adminApi,
  createWorkflow,
  deleteWorkflow,
  events,
  getWorkflow,
  waitFor,
  watcherKubeConfig,
} from './watcher-helpers';

/** A Workflow pod holding the status finalizer, then deleted: Terminating until the finalizer goes. */
async function terminatingPod(admin: KubeApi, ns: string, name: string, wf: string): Promise<void> {
  await admin.post(paths.pods(ns), {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: ns,
      labels: { [LABEL_WORKFLOW]: wf },
      finalizers: ['example.com/keep-first', POD_STATUS_FINALIZER],
    },
    spec: { containers: [{ name: 'main', image: 'busybox' }] },
  });
  await admin.request('DELETE', paths.pod(ns, name));
}

async function getPod(admin: KubeApi, ns: string, name: string): Promise<any> {
  return admin.get(paths.pod(ns, name)).catch((e) => {
    if (e instanceof ApiError && e.status === 404) return undefined;
    throw e;
  });
}

describe.skipIf(e2eSkipReason())(
  'RUN-06 and ARCHIVE-01 end to end (real CLI, exactly the generated rules)',
  () => {
    let admin: KubeApi;
    let own: string;
    let reportKc: KubeConfig;
    let releaseKc: KubeConfig;

    beforeAll(async () => {
      admin = adminApi();
      own = await freshNamespace('argo-guard');
      // Two accounts: the default install (no pod patch) and the one with --release-pod-finalizers.
      reportKc = await watcherKubeConfig(own, {}, 'argo-guard-report');
      releaseKc = await watcherKubeConfig(own, { releasePodFinalizers: true }, 'argo-guard-release');
    });

    afterAll(() => admin?.close());

    const sweep = (kc: KubeConfig, ns: string, ...args: string[]) =>
      runCli('sweep', [
        ...['--kubeconfig', kubeconfigFile(kc, 'argo-guard-run06-'), '--namespace', ns],
        ...['--watcher-namespace', own],
        ...['--grace', '0s', '--no-leader-elect', '--output', 'json', '--log-format', 'json'],
        ...args,
      ]);

    it('RUN-06: reported without the option (nothing changed), released with it; a Running Workflow’s pod is kept', async () => {
      const ns = await freshNamespace('wf');
      await createWorkflow(admin, workflow('gone', ns, { phase: 'Running', startedAt: hoursAgo(1) }));
      await createWorkflow(
        admin,
        workflow('done', ns, { phase: 'Succeeded', startedAt: hoursAgo(2), finishedAt: hoursAgo(1) }),
      );
      await createWorkflow(admin, workflow('live', ns, { phase: 'Running', startedAt: hoursAgo(1) }));
      await terminatingPod(admin, ns, 'gone-main', 'gone');
      await terminatingPod(admin, ns, 'done-main', 'done');
      await terminatingPod(admin, ns, 'live-main', 'live');
      await deleteWorkflow(admin, ns, 'gone');
      await waitFor('Workflow gone', async () => (await getWorkflow(admin, ns, 'gone')) === undefined);
      const before = await getPod(admin, ns, 'gone-main');
      expect(before.metadata.deletionTimestamp).toBeTruthy(); // Terminating, held by the finalizers

      const report = await sweep(reportKc, ns);
      expect(report.stderr).not.toMatch(/forbidden/i);
      expect(report.code).toBe(1);
      const r = JSON.parse(report.stdout);
      expect(r.stuck.map((i: any) => [i.name, i.modes, i.outcome])).toEqual([
        ['done', ['RUN-06'], 'reported'],
        ['gone', ['RUN-06'], 'reported'],
      ]);
      expect(r.modes['RUN-06']).toBe(2);
      expect((await getPod(admin, ns, 'gone-main')).metadata.finalizers).toContain(POD_STATUS_FINALIZER);
      const ev = (await events(admin, ns, 'done')).find(
        (e) => e.reason === 'WorkflowPodStuckOnStatusFinalizer',
      );
      expect(ev.message).toMatch(/^RUN-06: pod done-main is stuck Terminating .* --release-pod-finalizers/);

      const release = await sweep(releaseKc, ns, '--release-pod-finalizers');
      expect(release.stderr).not.toMatch(/forbidden/i);
      expect(release.code).toBe(0);
      expect(JSON.parse(release.stdout).outcomes['pod-finalizer-released']).toBe(2);
      for (const name of ['gone-main', 'done-main']) {
        const p = await getPod(admin, ns, name);
        // only the status finalizer went; the other one keeps the pod (the API server deletes it once it goes too)
        expect(p.metadata.finalizers).toEqual(['example.com/keep-first']);
      }
      const live = await getPod(admin, ns, 'live-main');
      expect(live.metadata.finalizers).toEqual(['example.com/keep-first', POD_STATUS_FINALIZER]);
      const released = await waitFor('RUN-06 release Event', async () =>
        (await events(admin, ns, 'done')).find((e) => /argo-guard removed/.test(e.message)),
      );
      expect(released.message).toMatch(
        /^RUN-06: argo-guard removed the workflows\.argoproj\.io\/status finalizer/,
      );
      // The release has its own Event reason: the report before it keeps its text beside it.
      expect(released.reason).toBe('WorkflowPodStatusFinalizerReleased');
      const reported = (await events(admin, ns, 'done')).find(
        (e) => e.reason === 'WorkflowPodStuckOnStatusFinalizer',
      );
      expect(reported?.message).toMatch(/^RUN-06: pod done-main is stuck Terminating/);
      // clean up: drop the test's own finalizer, the API server removes the pods
      for (const name of ['gone-main', 'done-main', 'live-main'])
        await admin.mergePatch(paths.pod(ns, name), { metadata: { finalizers: null } });
    }, 180_000);

    it('watch: the pod scan releases an orphan at start; a Running Workflow’s pod is kept', async () => {
      const ns = await freshNamespace('wf');
      await createWorkflow(admin, workflow('gone', ns, { phase: 'Running', startedAt: hoursAgo(1) }));
      await createWorkflow(admin, workflow('live', ns, { phase: 'Running', startedAt: hoursAgo(1) }));
      await terminatingPod(admin, ns, 'gone-main', 'gone');
      await terminatingPod(admin, ns, 'live-main', 'live');
      await deleteWorkflow(admin, ns, 'gone');
      await waitFor('Workflow gone', async () => (await getWorkflow(admin, ns, 'gone')) === undefined);
      const kubeconfig = kubeconfigFile(releaseKc, 'argo-guard-run06w-');
      const w = await startWatch([
        ...['--kubeconfig', kubeconfig, '--namespace', ns, '--watcher-namespace', own, '--no-leader-elect'],
        ...['--grace', '0s', '--release-pod-finalizers', '--log-format', 'json'],
      ]);
      try {
        await waitFor(
          'RUN-06 release by watch',
          async () =>
            !(await getPod(admin, ns, 'gone-main')).metadata.finalizers.includes(POD_STATUS_FINALIZER),
          60_000,
        );
        expect((await getPod(admin, ns, 'gone-main')).metadata.finalizers).toEqual([
          'example.com/keep-first',
        ]);
        expect((await getPod(admin, ns, 'live-main')).metadata.finalizers).toContain(POD_STATUS_FINALIZER);
        expect(w.stderr()).toMatch(/"msg":"RUN-06: removed the workflows\.argoproj\.io\/status finalizer"/);
        expect(w.stderr()).not.toMatch(/forbidden/i);
      } finally {
        await w.stop();
        for (const name of ['gone-main', 'live-main'])
          await admin.mergePatch(paths.pod(ns, name), { metadata: { finalizers: null } });
      }
    }, 120_000);

    it('RUN-06: the default install’s account cannot patch pods (the option is what grants it)', async () => {
      const ns = await freshNamespace('wf');
      await terminatingPod(admin, ns, 'x-main', 'x');
      const denied = await sweep(reportKc, ns, '--release-pod-finalizers');
      expect(denied.code).toBe(1); // stuck, not a crash
      expect(denied.stderr).toMatch(/forbidden|403/i);
      expect((await getPod(admin, ns, 'x-main')).metadata.finalizers).toContain(POD_STATUS_FINALIZER);
      await admin.mergePatch(paths.pod(ns, 'x-main'), { metadata: { finalizers: null } });
    }, 120_000);

    it('ARCHIVE-01: a final Workflow whose archiving stays Pending past --archive-timeout is reported', async () => {
      const ns = await freshNamespace('wf');
      const done = { phase: 'Succeeded', startedAt: hoursAgo(3), finishedAt: hoursAgo(2) };
      await createWorkflow(
        admin,
        workflow('stuck-archive', ns, done, { labels: { [LABEL_ARCHIVING_STATUS]: 'Pending' } }),
      );
      await createWorkflow(
        admin,
        workflow('archived', ns, done, { labels: { [LABEL_ARCHIVING_STATUS]: 'Archived' } }),
      );
      const s = await sweep(reportKc, ns, '--archive-timeout', '1h');
      expect(s.code).toBe(1);
      const out = JSON.parse(s.stdout);
      expect(out.stuck.map((i: any) => [i.name, i.modes, i.outcome])).toEqual([
        ['stuck-archive', ['ARCHIVE-01'], 'reported'],
      ]);
      const ev = (await events(admin, ns, 'stuck-archive')).find(
        (e) => e.reason === 'WorkflowArchivingPending',
      );
      expect(ev.message).toMatch(
        /^ARCHIVE-01: Succeeded but its workflows\.argoproj\.io\/workflow-archiving-status label is still Pending/,
      );
      // Not past the timeout: nothing
      const early = await sweep(reportKc, ns, '--archive-timeout', '3h');
      expect(early.code).toBe(0);
    }, 120_000);
  },
);
