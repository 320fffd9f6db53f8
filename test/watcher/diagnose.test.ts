import { describe, expect, it } from 'vitest';
import { ARGOCD_HOOK_FINALIZER, ARTIFACT_GC_FINALIZER } from '../../src/argo/metadata';
import { diagnose } from '../../src/watcher/diagnose';
import { decompressNodes, MalformedError } from '../../src/watcher/nodes';
import { trimPod, trimTask, trimWorkflow } from '../../src/watcher/trim';
import type { DiagnoseOptions, Policy, Snapshot } from '../../src/watcher/types';
import { gcPod, gcPodName, gcTask, workflow } from './fixtures';

const NOW = Date.parse('2026-11-28T12:00:00Z');
const LONG_AGO = '2026-11-28T11:00:00Z'; // an hour before NOW
const JUST_NOW = '2026-11-28T11:59:30Z'; // 30 s before NOW
const opts = (policy: Policy = { kind: 'safe' }): DiagnoseOptions => ({ now: NOW, graceMs: 120_000, policy });
const snap = (wf: any, pods: any[] = [], tasks: any[] = [], facts = {}): Snapshot => ({
  workflow: wf,
  pods,
  tasks,
  facts,
});
const art = (node: string, name: string, strategy = 'OnWorkflowDeletion', deleted?: boolean) => ({
  node,
  name,
  strategy,
  deleted,
});

describe('diagnose: every case of docs/watcher.md', () => {
  it('ignores a Workflow that is not being deleted', () => {
    const v = diagnose(snap(workflow({ name: 'w', phase: 'Failed' })), opts());
    expect(v.kind).toBe('ignore');
    expect(v.plan).toEqual([]);
  });

  it('ignores a deleted Workflow without the artifact-gc finalizer', () => {
    const v = diagnose(
      snap(workflow({ name: 'w', deletedAt: LONG_AGO, finalizers: [ARGOCD_HOOK_FINALIZER] })),
      opts(),
    );
    expect(v.kind).toBe('ignore');
  });

  it('waits while the deletion is younger than the grace period, and says when to look again', () => {
    const v = diagnose(snap(workflow({ name: 'w', deletedAt: JUST_NOW })), opts());
    expect(v.kind).toBe('wait');
    expect(v.requeueAfterMs).toBe(90_000);
  });

  it.each(['Running', 'Pending', ''])('terminates a Workflow deleted while %j (AGC-07)', (phase) => {
    const v = diagnose(snap(workflow({ name: 'w', phase, deletedAt: LONG_AGO })), opts());
    expect(v.kind).toBe('terminate');
    expect(v.modes).toContain('AGC-07');
    expect(v.plan).toEqual([{ type: 'terminate' }]);
  });

  it('waits for a terminating Workflow to become final', () => {
    const v = diagnose(
      snap(workflow({ name: 'w', phase: 'Running', deletedAt: LONG_AGO, shutdown: 'Terminate' })),
      opts(),
    );
    expect(v.kind).toBe('wait');
    expect(v.plan).toEqual([]);
  });

  it('releases the founding case: failed before producing artifacts (AGC-01, #13499)', () => {
    const wf = workflow({
      name: 'w',
      phase: 'Failed',
      deletedAt: LONG_AGO,
      strategy: 'OnWorkflowDeletion',
      strategiesProcessed: { OnWorkflowDeletion: true },
    });
    const v = diagnose(snap(wf), opts());
    expect(v).toMatchObject({ kind: 'release', safety: 'safe', modes: ['AGC-01'] });
    expect(v.plan).toEqual([{ type: 'release', finalizerIndex: 0, forced: false, leaked: [] }]);
  });

  it('releases forceFinalizerRemoval with zero GC pods (AGC-02, #16599)', () => {
    const wf = workflow({
      name: 'w',
      phase: 'Error',
      deletedAt: LONG_AGO,
      strategy: 'OnWorkflowCompletion',
      force: true,
    });
    const v = diagnose(snap(wf), opts());
    expect(v).toMatchObject({ kind: 'release', safety: 'safe', modes: ['AGC-02'] });
  });

  it('releases when every output artifact is marked deleted', () => {
    const wf = workflow({
      name: 'w',
      phase: 'Succeeded',
      deletedAt: LONG_AGO,
      artifacts: [art('a', 'out', 'OnWorkflowDeletion', true), art('b', 'log', 'OnWorkflowCompletion', true)],
    });
    expect(diagnose(snap(wf), opts()).kind).toBe('release');
  });

  it('does not count Never-strategy artifacts as pending, but counts the workflow-level strategy', () => {
    const never = workflow({
      name: 'w',
      phase: 'Succeeded',
      deletedAt: LONG_AGO,
      artifacts: [{ node: 'a', name: 'out', strategy: 'Never' }],
    });
    expect(diagnose(snap(never), opts()).kind).toBe('release');
    const inherited = workflow({
      name: 'w',
      phase: 'Succeeded',
      deletedAt: LONG_AGO,
      strategy: 'OnWorkflowDeletion',
      artifacts: [{ node: 'a', name: 'out' }],
    });
    const v = diagnose(snap(inherited), opts());
    expect(v.kind).toBe('refuse');
    expect(v.unproven.map((p) => p.strategy)).toEqual(['OnWorkflowDeletion']);
    const unset = workflow({
      name: 'w',
      phase: 'Succeeded',
      deletedAt: LONG_AGO,
      artifacts: [{ node: 'a', name: 'out' }],
    });
    expect(diagnose(snap(unset), opts()).kind).toBe('release');
    // ...unless the controller's workflowDefaults inject a strategy.
    expect(diagnose(snap(unset, [], [], { defaultGCStrategy: 'OnWorkflowCompletion' }), opts()).kind).toBe(
      'refuse',
    );
  });

  it('reads the strategy from status.storedWorkflowTemplateSpec when present', () => {
    const wf = workflow({
      name: 'w',
      phase: 'Succeeded',
      deletedAt: LONG_AGO,
      artifacts: [{ node: 'a', name: 'out' }],
    });
    wf.status.storedWorkflowTemplateSpec = { artifactGC: { strategy: 'OnWorkflowDeletion' } };
    expect(diagnose(snap(wf), opts()).kind).toBe('refuse');
  });

  it('releases pending artifacts that a remaining WorkflowArtifactGCTask proves deleted', () => {
    const wf = workflow({
      name: 'w',
      phase: 'Succeeded',
      deletedAt: LONG_AGO,
      artifacts: [art('a', 'out'), art('b', 'log')],
    });
    const pod = gcPodName('w', 'OnWorkflowDeletion');
    const v = diagnose(
      snap(
        wf,
        [gcPod(wf, 'OnWorkflowDeletion', 'Succeeded')],
        [gcTask(wf, pod, { a: { out: true }, b: { log: true } })],
      ),
      opts(),
    );
    expect(v).toMatchObject({ kind: 'release', safety: 'safe', proven: 2, unproven: [] });
  });

  it('refuses when only some pending artifacts are proven, naming the unproven ones', () => {
    const wf = workflow({
      name: 'w',
      phase: 'Succeeded',
      deletedAt: LONG_AGO,
      artifacts: [art('a', 'out'), art('b', 'log')],
    });
    const pod = gcPodName('w', 'OnWorkflowDeletion');
    const v = diagnose(
      snap(
        wf,
        [gcPod(wf, 'OnWorkflowDeletion', 'Failed')],
        [gcTask(wf, pod, { a: { out: true }, b: { log: false } })],
      ),
      opts(),
    );
    expect(v).toMatchObject({ kind: 'refuse', safety: 'unsafe', proven: 1 });
    expect(v.modes).toContain('AGC-04');
    expect(v.unproven).toEqual([
      {
        nodeId: 'w-b',
        name: 'log',
        strategy: 'OnWorkflowDeletion',
        location: { kind: 's3', url: 's3://my-bucket/w/b/log.tgz', source: 'artifact' },
      },
    ]);
  });

  it('does not take proof from a task owned by another Workflow (same name, new uid)', () => {
    const wf = workflow({ name: 'w', phase: 'Succeeded', deletedAt: LONG_AGO, artifacts: [art('a', 'out')] });
    const old = workflow({ name: 'w', uid: 'older-uid' });
    const v = diagnose(
      snap(wf, [], [gcTask(old, gcPodName('w', 'OnWorkflowDeletion'), { a: { out: true } })]),
      opts(),
    );
    expect(v.kind).toBe('refuse');
  });

  it('refuses GC failed (ArtifactGCError) under safe; force-after releases after the duration with the leaked locations', () => {
    const wf = workflow({
      name: 'w',
      phase: 'Failed',
      deletedAt: LONG_AGO,
      gcError: true,
      artifacts: [art('a', 'out')],
    });
    const safe = diagnose(snap(wf), opts());
    expect(safe).toMatchObject({ kind: 'refuse', safety: 'unsafe' });
    expect(safe.modes).toContain('AGC-04');
    const early = diagnose(snap(wf), opts({ kind: 'force-after', afterMs: 2 * 3600_000 }));
    expect(early).toMatchObject({ kind: 'refuse', requeueAfterMs: 3600_000 });
    const late = diagnose(snap(wf), opts({ kind: 'force-after', afterMs: 1800_000 }));
    expect(late.kind).toBe('release');
    expect(late.plan).toEqual([{ type: 'release', finalizerIndex: 0, forced: true, leaked: late.unproven }]);
    expect(late.unproven.map((p) => p.location.url)).toEqual(['s3://my-bucket/w/a/out.tgz']);
  });

  it('refuses a GC pod that never finishes (AGC-05)', () => {
    const wf = workflow({ name: 'w', phase: 'Failed', deletedAt: LONG_AGO, artifacts: [art('a', 'out')] });
    const v = diagnose(snap(wf, [gcPod(wf, 'OnWorkflowDeletion', 'Pending')]), opts());
    expect(v.kind).toBe('refuse');
    expect(v.modes).toContain('AGC-05');
  });

  it('refuses a failed attempt marked processed with no pod (AGC-03, #16894)', () => {
    const wf = workflow({
      name: 'w',
      phase: 'Failed',
      deletedAt: LONG_AGO,
      artifacts: [art('a', 'out')],
      strategiesProcessed: { OnWorkflowDeletion: true },
    });
    const v = diagnose(snap(wf), opts());
    expect(v.kind).toBe('refuse');
    expect(v.modes).toContain('AGC-03');
  });

  it('reports offloaded node status as unknown and never releases it (AGC-08)', () => {
    const wf = workflow({ name: 'w', phase: 'Failed', deletedAt: LONG_AGO, offloaded: true });
    const v = diagnose(snap(wf), opts({ kind: 'force-after', afterMs: 0 }));
    expect(v).toMatchObject({ kind: 'refuse', safety: 'unknown', modes: ['AGC-08'] });
    // With offload on, a status without nodes cannot be trusted either.
    const bare = workflow({ name: 'w', phase: 'Failed', deletedAt: LONG_AGO });
    bare.status.nodes = {};
    expect(diagnose(snap(bare, [], [], { offload: true }), opts()).safety).toBe('unknown');
  });

  it('decompresses status.compressedNodes before deciding', () => {
    const clean = workflow({
      name: 'w',
      phase: 'Failed',
      deletedAt: LONG_AGO,
      compress: true,
      artifacts: [art('a', 'out', 'OnWorkflowDeletion', true)],
    });
    expect(clean.status.nodes).toBeUndefined();
    expect(diagnose(snap(clean), opts()).kind).toBe('release');
    const dirty = workflow({
      name: 'w',
      phase: 'Failed',
      deletedAt: LONG_AGO,
      compress: true,
      artifacts: [art('a', 'out')],
    });
    expect(diagnose(snap(dirty), opts())).toMatchObject({ kind: 'refuse', unproven: [{ name: 'out' }] });
  });

  it.each([
    ['not base64', '%%%'],
    ['not gzip', Buffer.from('hello').toString('base64')],
    ['gzip of non-JSON', require('node:zlib').gzipSync('nope').toString('base64')],
    ['a number', 42],
  ])('reports garbage in compressedNodes (%s) as invalid', (_what, value) => {
    const wf = workflow({ name: 'w', phase: 'Failed', deletedAt: LONG_AGO });
    wf.status.compressedNodes = value;
    expect(diagnose(snap(wf), opts()).kind).toBe('invalid');
    expect(() => decompressNodes(value)).toThrow(MalformedError);
  });

  it('reports a missing status and an unknown phase as invalid', () => {
    const noStatus = workflow({ name: 'w', deletedAt: LONG_AGO });
    delete noStatus.status;
    expect(diagnose(snap(noStatus), opts())).toMatchObject({
      kind: 'invalid',
      reason: expect.stringContaining('no status'),
    });
    const odd = workflow({ name: 'w', phase: 'Exploded', deletedAt: LONG_AGO });
    expect(diagnose(snap(odd), opts())).toMatchObject({
      kind: 'invalid',
      reason: expect.stringContaining('Exploded'),
    });
    expect(diagnose(snap(null), opts()).kind).toBe('invalid');
    const badStamp = workflow({ name: 'w', deletedAt: 'yesterday' });
    expect(diagnose(snap(badStamp), opts()).kind).toBe('invalid');
  });

  it('relabels a finished GC pod that carries ARGO_INSTANCE_ID instead of the instance-id label (AGC-06), then waits one resync', () => {
    const wf = workflow({
      name: 'w',
      phase: 'Succeeded',
      deletedAt: LONG_AGO,
      artifacts: [art('a', 'out')],
      instanceId: 'prod',
    });
    const pod = gcPod(wf, 'OnWorkflowDeletion', 'Succeeded', { instanceId: 'prod' });
    const task = gcTask(wf, pod.metadata.name, { a: { out: true } });
    const facts = { instanceId: 'prod' };
    const v = diagnose(snap(wf, [pod], [task], facts), opts());
    expect(v.kind).toBe('relabel');
    expect(v.plan).toEqual([
      {
        type: 'relabel',
        pod: pod.metadata.name,
        label: 'workflows.argoproj.io/controller-instanceid',
        value: 'prod',
      },
    ]);
    // After the relabel: wait one resync for the controller...
    pod.metadata.labels['workflows.argoproj.io/controller-instanceid'] = 'prod';
    pod.metadata.annotations['argo-guard.io/relabeled-at'] = new Date(NOW - 5_000).toISOString();
    expect(diagnose(snap(wf, [pod], [task], facts), opts()).kind).toBe('wait');
    // ...then, if it still did not act, the task's proof releases it.
    pod.metadata.annotations['argo-guard.io/relabeled-at'] = new Date(NOW - 60_000).toISOString();
    expect(diagnose(snap(wf, [pod], [task], facts), opts()).kind).toBe('release');
    // Without an instance ID configured there is nothing to relabel.
    const plain = gcPod(wf, 'OnWorkflowDeletion', 'Succeeded', { instanceId: 'prod' });
    expect(diagnose(snap(wf, [plain], [task]), opts()).kind).toBe('release');
  });

  it('keeps the Argo CD hook finalizer: the release targets our index only (GITOPS-02)', () => {
    const wf = workflow({
      name: 'w',
      phase: 'Failed',
      deletedAt: LONG_AGO,
      finalizers: [ARGOCD_HOOK_FINALIZER, ARTIFACT_GC_FINALIZER],
    });
    const v = diagnose(snap(wf), opts());
    expect(v.modes).toEqual(['GITOPS-02', 'AGC-01']);
    expect(v.plan).toEqual([{ type: 'release', finalizerIndex: 1, forced: false, leaked: [] }]);
  });

  it('under report-only plans nothing, but still classifies', () => {
    const wf = workflow({ name: 'w', phase: 'Failed', deletedAt: LONG_AGO });
    expect(diagnose(snap(wf), opts({ kind: 'report-only' }))).toMatchObject({
      kind: 'refuse',
      safety: 'safe',
      plan: [],
    });
    const running = workflow({ name: 'w', phase: 'Running', deletedAt: LONG_AGO });
    expect(diagnose(snap(running), opts({ kind: 'report-only' }))).toMatchObject({
      kind: 'refuse',
      plan: [],
    });
  });

  it('decides the same on trimmed objects as on full ones', () => {
    const cases = [
      snap(
        workflow({
          name: 'w',
          phase: 'Failed',
          deletedAt: LONG_AGO,
          gcError: true,
          artifacts: [art('a', 'out'), art('b', 'x', 'Never')],
        }),
      ),
      snap(
        workflow({
          name: 'w',
          phase: 'Failed',
          deletedAt: LONG_AGO,
          compress: true,
          artifacts: [art('a', 'out', 'OnWorkflowDeletion', true)],
        }),
      ),
      (() => {
        const wf = workflow({
          name: 'w',
          phase: 'Succeeded',
          deletedAt: LONG_AGO,
          artifacts: [art('a', 'out')],
        });
        return snap(
          wf,
          [gcPod(wf, 'OnWorkflowDeletion', 'Succeeded', { instanceId: 'p' })],
          [gcTask(wf, gcPodName('w', 'OnWorkflowDeletion'), { a: { out: true } })],
          { instanceId: 'p' },
        );
      })(),
    ];
    cases[0].workflow.status.nodes = {};
    cases.push({ ...cases[0], facts: { offload: true } });
    for (const s of cases) {
      const trimmed = {
        ...s,
        workflow: trimWorkflow(s.workflow),
        pods: s.pods.map(trimPod),
        tasks: s.tasks.map(trimTask),
      };
      expect(diagnose(trimmed, opts({ kind: 'force-after', afterMs: 0 }))).toEqual(
        diagnose(s, opts({ kind: 'force-after', afterMs: 0 })),
      );
    }
  });

  it("respects a user's shutdown: Stop for a bounded wait, then escalates to Terminate and says so (#11 item 13)", () => {
    const stopped = (deletedAt: string) =>
      workflow({ name: 'w', phase: 'Running', deletedAt, shutdown: 'Stop' });
    // One hour after deletion, 2 min grace, a 2 h Stop wait: still winding down, nothing planned.
    const early = diagnose(snap(stopped(LONG_AGO)), { ...opts(), stopWaitMs: 2 * 3600_000 });
    expect(early.kind).toBe('wait');
    expect(early.plan).toEqual([]);
    expect(early.reason).toMatch(/shutdown: Stop is winding down/);
    expect(early.requeueAfterMs).toBeGreaterThan(0);
    // Past grace + the Stop wait: terminate, and the reason records the escalation.
    const late = diagnose(snap(stopped(LONG_AGO)), { ...opts(), stopWaitMs: 10 * 60_000 });
    expect(late.kind).toBe('terminate');
    expect(late.plan).toEqual([{ type: 'terminate' }]);
    expect(late.reason).toMatch(/shutdown: Stop did not finish within 600 s, escalated to Terminate/);
    // The default wait is bounded (10 min): an hour-old deletion is escalated.
    expect(diagnose(snap(stopped(LONG_AGO)), opts()).kind).toBe('terminate');
    // Under report-only, nothing is planned either way.
    expect(diagnose(snap(stopped(LONG_AGO)), opts({ kind: 'report-only' })).plan).toEqual([]);
  });

  it('does not release while taskResultsCompletionStatus has a false entry (#11 item 6), on full and trimmed objects', () => {
    // Nothing in the node status yet: without the completion status this is the founding case, released.
    const wf = workflow({ name: 'w', phase: 'Failed', deletedAt: LONG_AGO });
    wf.status.taskResultsCompletionStatus = { 'w-a': true, 'w-b': false };
    for (const w of [wf, trimWorkflow(wf)]) {
      for (const policy of [{ kind: 'safe' }, { kind: 'force-after', afterMs: 0 }] as Policy[]) {
        const v = diagnose(snap(w), opts(policy));
        expect(v).toMatchObject({ kind: 'refuse', safety: 'unknown', plan: [] });
        expect(v.reason).toMatch(/w-b/);
        expect(v.requeueAfterMs).toBeGreaterThan(0);
      }
    }
    wf.status.taskResultsCompletionStatus = { 'w-a': true, 'w-b': true };
    expect(diagnose(snap(wf), opts()).kind).toBe('release');
  });

  it('takes proof of deletion only for the same location: a task for an older key proves nothing (#11 item 5)', () => {
    const wf = workflow({
      name: 'w',
      phase: 'Succeeded',
      deletedAt: LONG_AGO,
      artifacts: [art('a', 'out')],
    });
    const pod = gcPodName('w', 'OnWorkflowDeletion');
    // Same node ID and artifact name, but the task deleted the key of an earlier attempt (argo retry).
    const stale = gcTask(wf, pod, { a: { out: true } }, () => 'w/a/out-attempt-1.tgz');
    for (const tasks of [[stale], [trimTask(stale)]]) {
      const v = diagnose(snap(wf, [], tasks), opts());
      expect(v).toMatchObject({ kind: 'refuse', safety: 'unsafe', proven: 0 });
      expect(v.unproven.map((p) => p.location.url)).toEqual(['s3://my-bucket/w/a/out.tgz']);
    }
    // A result for an artifact the task's spec does not name proves nothing either.
    const unnamed = gcTask(wf, pod, { a: { out: true } });
    unnamed.spec.artifactsByNode = {};
    expect(diagnose(snap(wf, [], [unnamed]), opts()).kind).toBe('refuse');
    // The same location (the bucket filled from archiveLocation) is proof.
    const same = gcTask(wf, pod, { a: { out: true } });
    expect(diagnose(snap(wf, [], [trimTask(same)]), opts())).toMatchObject({ kind: 'release', proven: 1 });
  });
});
