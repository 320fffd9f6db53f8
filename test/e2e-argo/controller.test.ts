/**
 * The watcher's claims about the Argo controller, against the real workflow-controller v4.0.5 on
 * kwok nodes (test/control-plane, `--with-argo`). Each test names the upstream behaviour it proves.
 * What the tests write instead of argoexec: argoexec.ts; the rest is real (test/e2e/README.md).
 */
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/watcher/kube';
import { ledgerName } from '../../src/watcher/ledger';
import { e2eSkipReason } from '../e2e/cluster';
import { deleteWorkflow, events, reasonsOnceSeen } from '../e2e/watcher-helpers';
import {
  ARTIFACT_GC_FINALIZER,
  argoSuite,
  createWorkflow,
  gcWorkflow,
  getWorkflow,
  INSTANCE_ID,
  waitFor,
  waitForPhase,
  waitGone,
} from './helpers';

const EXEC_FORMAT_ERROR = 'exec format error';
/** The watcher's grace in the founding case. */
const GRACE_S = 120;

describe.skipIf(e2eSkipReason())('the real Argo controller v4.0.5 and argo-guard watch', () => {
  const suite = argoSuite('argo-wf');

  const reasons = async (ns: string, name: string) =>
    (await events(suite.admin, ns, name)).map((e) => e.reason);

  it('founding case (#13499 shape): failed before producing artifacts, deleted → v4.0.5 releases it itself; the watcher does not act first', async () => {
    const ns = await suite.workflowNamespace();
    // A grace far above what the controller needs, so that a loaded machine cannot make the watcher
    // act first; the claim is only that the controller released it within the watcher's grace.
    const w = await suite.watcher(['--namespace', ns, '--grace', `${GRACE_S}s`]);
    await createWorkflow(suite.admin, gcWorkflow('early-fail', ns, { fail: true }));
    const failed = await waitForPhase(suite.admin, ns, 'early-fail', ['Failed', 'Error']);
    expect(failed.metadata.finalizers).toContain(ARTIFACT_GC_FINALIZER);
    const pod = Object.values<any>(failed.status.nodes).find((n) => n.type === 'Pod');
    expect(pod.message).toContain(EXEC_FORMAT_ERROR);
    // The pod ran on the node of its pinned architecture (the real scheduler bound it).
    expect(pod.hostNodeName).toBe('kwok-amd64-0');
    const deletedAt = Date.now();
    await deleteWorkflow(suite.admin, ns, 'early-fail');
    await waitGone(suite.admin, ns, 'early-fail', GRACE_S * 1000 - 5_000);
    // Gone inside the watcher's grace: the controller released it, not the watcher.
    expect(Date.now() - deletedAt).toBeLessThan(GRACE_S * 1000);
    // Stopped first: it finishes what it is doing, so every line and Event it would write is there.
    await w.stop();
    expect(await reasons(ns, 'early-fail')).not.toContain('ArtifactGCFinalizerReleased');
    expect(w.said('finalizer released')).toEqual([]);
  }, 300_000);

  it('#16599: forceFinalizerRemoval with zero GC pods stays stuck under the controller; the watcher releases it (AGC-02) with an Event', async () => {
    const ns = await suite.workflowNamespace();
    await createWorkflow(suite.admin, gcWorkflow('forced', ns, { fail: true, forceFinalizerRemoval: true }));
    await waitForPhase(suite.admin, ns, 'forced', ['Failed', 'Error']);
    await deleteWorkflow(suite.admin, ns, 'forced');
    // The controller has processed the deletion strategy, created no GC pod, and kept the finalizer.
    const stuck = await waitFor(
      'the controller to process OnWorkflowDeletion',
      async () => {
        const wf = await getWorkflow(suite.admin, ns, 'forced');
        return wf?.status?.artifactGCStatus?.strategiesProcessed?.OnWorkflowDeletion === true && wf;
      },
      60_000,
    );
    expect(stuck.metadata.finalizers).toContain(ARTIFACT_GC_FINALIZER);
    const gcPods = await suite.admin.list(paths.pods(ns), {
      labelSelector: 'workflows.argoproj.io/component=artifact-gc',
    });
    expect(gcPods.items).toEqual([]);
    // Its next reconciliation (the deletion update) changes nothing: still there after the watcher would have to act.
    const w = await suite.watcher(['--namespace', ns, '--grace', '0s']);
    await waitGone(suite.admin, ns, 'forced', 60_000);
    await reasonsOnceSeen(suite.admin, ns, 'forced', 'ArtifactGCFinalizerReleased');
    const released = await waitFor('the release log line', async () => w.said('finalizer released')[0]);
    expect(JSON.stringify(released)).toContain('AGC-02');
  }, 360_000);

  it('#16894: a GC pod that fails once is never retried; the watcher refuses under safe and releases under force-after with a ledger entry naming the location', async () => {
    const ns = await suite.workflowNamespace();
    await createWorkflow(
      suite.admin,
      gcWorkflow('gc-fails', ns, { gcFailure: 'AccessDenied: s3:DeleteObject' }),
    );
    const done = await waitForPhase(suite.admin, ns, 'gc-fails', ['Succeeded']);
    const node = Object.values<any>(done.status.nodes).find((n) => n.type === 'Pod');
    const key = node.outputs.artifacts[0].s3.key;
    await deleteWorkflow(suite.admin, ns, 'gc-fails');
    const recouped = await waitFor(
      'the failed GC pod to be recouped',
      async () => {
        const wf = await getWorkflow(suite.admin, ns, 'gc-fails');
        const pods = wf?.status?.artifactGCStatus?.podsRecouped ?? {};
        return Object.keys(pods).length > 0 && wf;
      },
      90_000,
    );
    expect(recouped.metadata.finalizers).toContain(ARTIFACT_GC_FINALIZER);
    expect(JSON.stringify(recouped.status.conditions)).toContain('AccessDenied');
    const safe = await suite.watcher(['--namespace', ns, '--grace', '0s']);
    await reasonsOnceSeen(suite.admin, ns, 'gc-fails', 'ArtifactGCReleaseRefused', 60_000);
    // Never retried: still exactly one GC pod, and the Workflow is still there.
    const gcPods = await suite.admin.list(paths.pods(ns), {
      labelSelector: 'workflows.argoproj.io/component=artifact-gc',
    });
    expect(gcPods.items).toHaveLength(1);
    expect(gcPods.items[0].status.phase).toBe('Failed');
    expect(await getWorkflow(suite.admin, ns, 'gc-fails')).toBeDefined();
    await safe.stop();
    await suite.watcher(['--namespace', ns, '--grace', '0s', '--policy', 'force-after=1s']);
    await waitGone(suite.admin, ns, 'gc-fails', 60_000);
    await reasonsOnceSeen(suite.admin, ns, 'gc-fails', 'ArtifactGCFinalizerForceReleased');
    const ledger = await suite.admin.get(paths.configmap(suite.own, ledgerName(ns)));
    const entry = JSON.parse(Object.values<string>(ledger.data)[0]);
    expect(entry.workflow.name).toBe('gc-fails');
    expect(entry.artifacts.map((a: any) => a.location.url)).toEqual([`s3://argo-guard-e2e/${key}`]);
  }, 420_000);

  it('AGC-06: under a controller with an instanceID the GC pod lacks the label it selects; the watcher relabels it and the controller finishes GC itself', async () => {
    const ns = await suite.workflowNamespace();
    const wf = gcWorkflow('iid', ns, { instanceID: INSTANCE_ID });
    await createWorkflow(suite.admin, wf);
    await waitForPhase(suite.admin, ns, 'iid', ['Succeeded']);
    await deleteWorkflow(suite.admin, ns, 'iid');
    const gcPod = await waitFor(
      'the GC pod to finish',
      async () => {
        const pods = await suite.admin.list(paths.pods(ns), {
          labelSelector: 'workflows.argoproj.io/component=artifact-gc',
        });
        const p = pods.items?.[0];
        return p?.status?.phase === 'Succeeded' && p;
      },
      90_000,
    );
    // createArtifactGCPod labels it ARGO_INSTANCE_ID instead of the label the controller's informer selects.
    expect(gcPod.metadata.labels.ARGO_INSTANCE_ID).toBe(INSTANCE_ID);
    expect(gcPod.metadata.labels['workflows.argoproj.io/controller-instanceid']).toBeUndefined();
    expect((await getWorkflow(suite.admin, ns, 'iid'))?.metadata.finalizers).toContain(ARTIFACT_GC_FINALIZER);
    const w = await suite.watcher(['--namespace', ns, '--grace', '0s', '--instance-id', INSTANCE_ID]);
    await waitGone(suite.admin, ns, 'iid', 120_000);
    await reasonsOnceSeen(suite.admin, ns, 'iid', 'ArtifactGCPodRelabeled');
    // The controller removed the finalizer after recording the deletion; the watcher never did.
    // Stopped first: it finishes what it is doing, so every line and Event it would write is there.
    await w.stop();
    expect(w.said('finalizer released')).toEqual([]);
    expect(await reasons(ns, 'iid')).not.toContain('ArtifactGCFinalizerReleased');
  }, 420_000);

  it('deleted while Running (AGC-07): the watcher sets shutdown: Terminate, the controller stops the run, and the release loses nothing', async () => {
    const ns = await suite.workflowNamespace();
    await createWorkflow(suite.admin, gcWorkflow('running', ns, { hold: true }));
    await waitFor(
      'the pod to run',
      async () => {
        const wf = await getWorkflow(suite.admin, ns, 'running');
        return Object.values<any>(wf?.status?.nodes ?? {}).some(
          (n) => n.type === 'Pod' && n.phase === 'Running',
        );
      },
      90_000,
    );
    const w = await suite.watcher(['--namespace', ns, '--grace', '0s']);
    await deleteWorkflow(suite.admin, ns, 'running');
    await waitGone(suite.admin, ns, 'running', 90_000);
    // Both Events follow the writes they report, so they may land after the Workflow is gone.
    await reasonsOnceSeen(suite.admin, ns, 'running', 'WorkflowTerminatedForDeletion');
    await reasonsOnceSeen(suite.admin, ns, 'running', 'WorkflowFailed', 60_000);
    const evs = await events(suite.admin, ns, 'running');
    // The controller itself stopped the run (its Event), with the pod still Running under kwok.
    expect(evs.find((e) => e.reason === 'WorkflowFailed')?.message).toBe("Stopped with strategy 'Terminate'");
    // Observed on v4.0.5: once the run is stopped nothing was produced, and at grace 0 the
    // watcher may remove the finalizer before the controller does; only ever as a safe AGC-01.
    // Stopped first, so that its last log lines are read too.
    await w.stop();
    for (const line of w.said('finalizer released')) expect(line.modes).toBe('AGC-01');
    expect(w.said('finalizer force-released; leaked artifacts written to the ledger')).toEqual([]);
  }, 300_000);

  it('the watcher racing the controller: 200 Workflows deleted at once; the watcher never removes a finalizer the controller would have removed after running GC pods', async () => {
    const ns = await suite.workflowNamespace();
    const n = Number(process.env.ARGO_GUARD_E2E_RACE ?? 200);
    const names = Array.from({ length: n }, (_, i) => `race-${i}`);
    for (let i = 0; i < n; i += 20)
      await Promise.all(
        names.slice(i, i + 20).map((name) => createWorkflow(suite.admin, gcWorkflow(name, ns))),
      );
    await waitFor(
      `${n} Workflows Succeeded`,
      async () => {
        const list = await suite.admin.list(paths.workflows(ns), {});
        return list.items.filter((wf: any) => wf.status?.phase === 'Succeeded').length === n;
      },
      600_000,
    );
    const w = await suite.watcher(['--namespace', ns, '--grace', '0s']);
    await Promise.all(names.map((name) => deleteWorkflow(suite.admin, ns, name)));
    await waitFor(
      'every Workflow gone',
      async () => (await suite.admin.list(paths.workflows(ns), {})).items.length === 0,
      600_000,
    );
    // Stopped first, so that its last log lines are read too.
    await w.stop();
    // Safety: every Workflow's artifact was deleted by a GC pod the controller ran (the stand-in
    // reported success for it) before the Workflow went, and the watcher forced nothing. A safe
    // release by the watcher is allowed only after that GC pod had reported (nothing left to lose).
    // The stand-in records a report once the API server answered it, and the controller can act on
    // the report before that answer arrives: wait for the records, a missing one still fails.
    const gcReported = () =>
      new Map(
        [...suite.argoexec.handled.values()]
          .filter((h) => h.namespace === ns && h.kind === 'gc-task-status')
          .map((h) => [h.workflow, h.at]),
      );
    await waitFor('a GC report recorded for every Workflow', async () =>
      names.every((name) => gcReported().has(name)),
    ).catch(() => undefined);
    const collectedAt = gcReported();
    expect(names.filter((name) => !collectedAt.has(name))).toEqual([]);
    expect(w.said('finalizer force-released; leaked artifacts written to the ledger')).toEqual([]);
    for (const line of w.said('finalizer released'))
      expect(Date.parse(line.time), line.workflow).toBeGreaterThanOrEqual(
        collectedAt.get(line.workflow) ?? Infinity,
      );
  }, 1_200_000);
});
