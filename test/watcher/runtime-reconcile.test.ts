/**
 * The runtime modes through the one reconcile path on the in-memory SnapshotSource: the action is
 * conditional and re-decided on a conflict, `--dry-run` writes nothing, report-only writes only
 * Events, Events carry the mode ID and are deduplicated, the gauge has one series per mode, and
 * sweep reports every mode and counts it as stuck.
 */
import { describe, expect, it } from 'vitest';
import { LABEL_ARCHIVING_STATUS } from '../../src/argo/metadata';
import { type ReconcileContext, reconcileOnce } from '../../src/watcher/reconcile';
import { RUNTIME_DEFAULTS, type RuntimeSettings } from '../../src/watcher/runtime';
import { sweep } from '../../src/watcher/sweep';
import type { Policy } from '../../src/watcher/types';
import { workflow } from './fixtures';
import { MemorySource } from './memory-source';
import { memoryController, reconcileContext, sweepOptions } from './unit-options';

const HOUR = 3600_000;
const RT: RuntimeSettings = { ...RUNTIME_DEFAULTS, resumeToStop: false };
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

/** A Workflow started 2 h ago with a 60 s deadline, still Running: RUN-04. */
const overdue = (name: string) => ({
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Workflow',
  metadata: { name, namespace: 'ns', uid: `uid-${name}`, creationTimestamp: ago(2 * HOUR) },
  spec: { activeDeadlineSeconds: 60 },
  status: { phase: 'Running', startedAt: ago(2 * HOUR) },
});
/** Created 2 h ago, no phase: RUN-05. */
const unstarted = (name: string, labels?: Record<string, string>) => ({
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Workflow',
  metadata: { name, namespace: 'ns', uid: `uid-${name}`, creationTimestamp: ago(2 * HOUR), labels },
  spec: {},
});

const ctx = (extra: Partial<ReconcileContext> = {}) => reconcileContext({ runtime: RT, ...extra });

describe('reconcileOnce with the runtime detectors', () => {
  it('RUN-04: terminates, conditional on the version read, with an Event naming the mode', async () => {
    const source = new MemorySource();
    source.putWorkflow(overdue('w'));
    const r = await reconcileOnce(source, 'ns/w', ctx());
    expect(r).toMatchObject({ outcome: 'terminated', stuck: true, wrote: true });
    expect(source.writes).toEqual(['terminate ns/w']);
    const [e] = source.eventsFor('w');
    expect(e).toMatchObject({ reason: 'WorkflowTerminatedPastDeadline', type: 'Warning' });
    expect(e.message).toMatch(/^RUN-04: argo-guard set spec.shutdown=Terminate: /);
  });

  it.each([
    {
      mode: 'RUN-04',
      wf: overdue('w'),
      runtime: RT,
      acted: ['WorkflowTerminatedPastDeadline', /^RUN-04: argo-guard set spec\.shutdown=Terminate: /],
      report: ['WorkflowPastDeadline', /^RUN-04: .*although shutdown is Terminate/],
    },
    {
      mode: 'RUN-07',
      // The controller has not yet acted on the resume: a user suspends it again.
      wf: { ...overdue('w'), spec: { shutdown: 'Stop', suspend: true } },
      runtime: { ...RT, resumeToStop: true },
      resuspend: true,
      acted: ['WorkflowResumedToStop', /^RUN-07: argo-guard set spec\.suspend=false: /],
      report: ['WorkflowStopIgnoredWhileSuspended', /^RUN-07: shutdown Stop has no effect/],
    },
  ] as const)(
    '$mode: the action keeps its own Event when reports follow (not rewritten by them)',
    async (c) => {
      const source = new MemorySource();
      source.putWorkflow(c.wf);
      expect((await reconcileOnce(source, 'ns/w', ctx({ runtime: c.runtime }))).wrote).toBe(true);
      if ('resuspend' in c) source.update('ns/w', (wf) => Object.assign(wf.spec, { suspend: true }));
      const again = await reconcileOnce(source, 'ns/w', ctx({ runtime: 'resuspend' in c ? RT : c.runtime }));
      expect(again.outcome).toBe('reported');
      await reconcileOnce(source, 'ns/w', ctx({ runtime: 'resuspend' in c ? RT : c.runtime }));
      const byReason = new Map(source.eventsFor('w').map((e) => [e.reason, e]));
      expect([...byReason.keys()].sort()).toEqual([c.acted[0], c.report[0]].sort());
      expect(byReason.get(c.acted[0])).toMatchObject({
        count: 1,
        message: expect.stringMatching(c.acted[1]),
      });
      expect(byReason.get(c.report[0])).toMatchObject({
        count: 2,
        message: expect.stringMatching(c.report[1]),
      });
    },
  );

  it('RUN-04: a user who set shutdown: Terminate after the read is not patched again (conflict, re-decide)', async () => {
    const source = new MemorySource();
    source.putWorkflow(overdue('w'));
    source.interleave(() => source.update('ns/w', (wf) => Object.assign(wf.spec, { shutdown: 'Terminate' })));
    const r = await reconcileOnce(source, 'ns/w', ctx());
    expect(r.outcome).toBe('reported');
    expect(source.writes).toEqual([]);
    expect(r.findings?.map((f) => f.mode)).toEqual(['RUN-04']);
  });

  it('--dry-run writes nothing, not even an Event; report-only writes only the Event', async () => {
    const source = new MemorySource();
    source.putWorkflow(overdue('w'));
    const dry = await reconcileOnce(source, 'ns/w', ctx({ dryRun: true }));
    expect(dry).toMatchObject({ outcome: 'dry-run', stuck: true, wrote: false });
    expect(source.writes).toEqual([]);
    expect(source.events.size).toBe(0);
    const reportOnly = await reconcileOnce(source, 'ns/w', ctx({ policy: { kind: 'report-only' } }));
    expect(reportOnly).toMatchObject({ outcome: 'reported', stuck: true, wrote: false });
    expect(source.writes).toEqual([]);
    expect(source.eventsFor('w').map((e) => e.reason)).toEqual(['WorkflowPastDeadline']);
  });

  it('RUN-05: an Event naming the instanceID mismatch, and no write', async () => {
    const source = new MemorySource();
    source.putWorkflow(unstarted('w', { 'workflows.argoproj.io/controller-instanceid': 'blue' }));
    const r = await reconcileOnce(source, 'ns/w', ctx({ runtime: { ...RT, instanceId: 'green' } }));
    expect(r).toMatchObject({ outcome: 'reported', stuck: true, wrote: false });
    expect(source.writes).toEqual([]);
    const [e] = source.eventsFor('w');
    expect(e.reason).toBe('WorkflowNeverStarted');
    expect(e.message).toMatch(/^RUN-05: .*label is "blue".*instanceID "green"/);
  });

  it('RUN-07: resumes only with --resume-to-stop, conditionally', async () => {
    const source = new MemorySource();
    const w = { ...overdue('w'), spec: { shutdown: 'Stop', suspend: true } };
    source.putWorkflow(w);
    const report = await reconcileOnce(source, 'ns/w', ctx());
    expect(report.outcome).toBe('reported');
    expect(source.writes).toEqual([]);
    const r = await reconcileOnce(source, 'ns/w', ctx({ runtime: { ...RT, resumeToStop: true } }));
    expect(r.outcome).toBe('resumed');
    expect(source.writes).toEqual(['resume ns/w']);
    expect(source.workflows.get('ns/w').spec.suspend).toBe(false);
  });

  it('SYNC-04: a mutex waiter behind a gone holder is reported with the lock and the holder', async () => {
    const source = new MemorySource();
    const waiter = {
      ...overdue('waiter'),
      spec: {},
      status: {
        phase: 'Running',
        startedAt: ago(HOUR),
        synchronization: { mutex: { waiting: [{ mutex: 'ns/Mutex/db', holder: 'ns/holder' }] } },
      },
    };
    source.putWorkflow(waiter);
    const r = await reconcileOnce(source, 'ns/waiter', ctx());
    expect(r.findings?.map((f) => f.mode)).toEqual(['SYNC-04']);
    expect(source.eventsFor('waiter')[0].message).toMatch(
      /^SYNC-04: .*mutex "ns\/Mutex\/db" held by ns\/holder \(gone\)/,
    );
    expect(source.writes).toEqual([]);
  });

  it('RUN-01: a pod Unschedulable past --pending-timeout is reported; terminated with --terminate-pending', async () => {
    const source = new MemorySource();
    source.putWorkflow({ ...overdue('w'), spec: {} });
    source.putPod({
      metadata: {
        name: 'w-1',
        namespace: 'ns',
        creationTimestamp: ago(HOUR),
        labels: { 'workflows.argoproj.io/workflow': 'w' },
      },
      status: {
        phase: 'Pending',
        conditions: [
          { type: 'PodScheduled', status: 'False', reason: 'Unschedulable', lastTransitionTime: ago(HOUR) },
        ],
      },
    });
    const off = await reconcileOnce(source, 'ns/w', ctx());
    expect(off.outcome).toBe('ignored');
    const report = await reconcileOnce(
      source,
      'ns/w',
      ctx({ runtime: { ...RT, pendingTimeoutMs: 15 * 60_000 } }),
    );
    expect(report.outcome).toBe('reported');
    expect(source.eventsFor('w')[0].message).toMatch(/^RUN-01: pod w-1 \(Unschedulable\)/);
    expect(source.writes).toEqual([]);
    const r = await reconcileOnce(
      source,
      'ns/w',
      ctx({ runtime: { ...RT, pendingTimeoutMs: 15 * 60_000, terminatePending: true } }),
    );
    expect(r.outcome).toBe('terminated');
    expect(source.writes).toEqual(['terminate ns/w']);
    // The terminate's own Event beside the report's; the report after it does not rewrite it.
    await reconcileOnce(
      source,
      'ns/w',
      ctx({ runtime: { ...RT, pendingTimeoutMs: 15 * 60_000, terminatePending: true } }),
    );
    const byReason = new Map(source.eventsFor('w').map((e) => [e.reason, e.message]));
    expect(byReason.get('WorkflowTerminatedPodPendingTooLong')).toMatch(
      /^RUN-01: argo-guard set spec\.shutdown=Terminate: pod w-1 \(Unschedulable\)/,
    );
    expect(byReason.get('WorkflowPodPendingTooLong')).toMatch(/^RUN-01: pod w-1 \(Unschedulable\)/);
  });

  it('a healthy Running Workflow is ignored and looked at again when its deadline falls due', async () => {
    const source = new MemorySource();
    source.putWorkflow({
      ...overdue('w'),
      status: { phase: 'Running', startedAt: new Date().toISOString() },
    });
    const r = await reconcileOnce(source, 'ns/w', ctx());
    expect(r).toMatchObject({ outcome: 'ignored', stuck: false });
    expect(r.result.requeueAfterMs).toBeGreaterThan(60_000 + RT.deadlineGraceMs - 5_000);
    expect(r.result.requeueAfterMs).toBeLessThanOrEqual(60_000 + RT.deadlineGraceMs);
  });

  it('without runtime settings (--no-runtime) nothing but the finalizer is judged', async () => {
    const source = new MemorySource();
    source.putWorkflow(overdue('w'));
    const r = await reconcileOnce(source, 'ns/w', ctx({ runtime: undefined }));
    expect(r.outcome).toBe('ignored');
    expect(source.writes).toEqual([]);
  });
});

describe('watch with the runtime detectors', () => {
  it('acts on every mode, reports each once per process, and exposes one gauge series per mode', async () => {
    const source = new MemorySource();
    const c = memoryController(source, { runtime: RT });
    source.putWorkflow(unstarted('never'));
    await c.start();
    source.putWorkflow(overdue('late'));
    await waitUntil(() => source.writes.includes('terminate ns/late'));
    // A change that does not change the finding: no second report.
    source.update('ns/never', (wf) => {
      wf.metadata.annotations = { touched: 'yes' };
    });
    await c.idle();
    expect(source.eventsFor('never').map((e) => [e.reason, e.count])).toEqual([['WorkflowNeverStarted', 1]]);
    expect(c.stuckKeys()).toEqual(['ns/late', 'ns/never']);
    const gauge = await c.metrics.stuck.get();
    expect(Object.fromEntries(gauge.values.map((v) => [v.labels.mode, v.value]))).toEqual({
      'RUN-04': 1,
      'RUN-05': 1,
    });
    // It starts: no longer stuck, the series drops.
    source.update('ns/never', (wf) => {
      wf.status = { phase: 'Running', startedAt: new Date().toISOString() };
    });
    await waitUntil(() => !c.stuckKeys().includes('ns/never'));
    await c.stop();
  });

  it('looks only at Workflows a detector may concern: not at a final one with nothing pending', async () => {
    const source = new MemorySource();
    const c = memoryController(source, { runtime: RT });
    await c.start();
    const reconciles = async () => {
      await c.idle();
      const h = await c.metrics.reconcileDuration.get();
      return h.values.find((v) => v.metricName?.endsWith('_count'))?.value ?? 0;
    };
    const finished = (name: string, labels?: Record<string, string>) => ({
      ...unstarted(name, labels),
      status: { phase: 'Succeeded', startedAt: ago(2 * HOUR), finishedAt: ago(HOUR) },
    });
    for (let i = 0; i < 20; i++) source.putWorkflow(finished(`done-${i}`));
    expect(await reconciles()).toBe(0);
    source.putWorkflow(unstarted('never'));
    expect(await reconciles()).toBe(1);
    expect(c.stuckKeys()).toEqual(['ns/never']);
    // A stuck one that finishes is looked at once more, so that it stops counting as stuck.
    source.update('ns/never', (wf) => {
      wf.status = { phase: 'Succeeded', startedAt: ago(HOUR), finishedAt: ago(0) };
    });
    expect(await reconciles()).toBe(2);
    expect(c.stuckKeys()).toEqual([]);
    // ARCHIVE-01 concerns a final Workflow whose archiving is Pending.
    source.putWorkflow(finished('archiving', { [LABEL_ARCHIVING_STATUS]: 'Pending' }));
    expect(await reconciles()).toBe(3);
    // Gone: looked at, so that what the controller kept about it goes too.
    source.removeWorkflow('ns/never');
    expect(await reconciles()).toBe(4);
    await c.stop();
  });

  it('a deleted Workflow holding the finalizer is looked at before the runtime keys queued earlier', async () => {
    const source = new MemorySource();
    for (let i = 0; i < 30; i++)
      source.putWorkflow({ ...unstarted(`live-${i}`), status: { phase: 'Running', startedAt: ago(0) } });
    // The first reconcile waits until the deletion has arrived, so that 29 runtime keys are queued.
    const order: string[] = [];
    let open!: () => void;
    const gate = new Promise<void>((r) => {
      open = r;
    });
    const snapshot = source.snapshot.bind(source);
    source.snapshot = async (key) => {
      order.push(key);
      if (order.length === 1) await gate;
      return snapshot(key);
    };
    const c = memoryController(source, { runtime: RT, concurrency: 1 });
    await c.start();
    source.putWorkflow(
      workflow({
        name: 'deleted',
        namespace: 'ns',
        phase: 'Failed',
        strategy: 'OnWorkflowDeletion',
        deletedAt: ago(0),
      }),
    );
    open();
    await waitUntil(() => source.writes.includes('release ns/deleted'));
    expect(order.indexOf('ns/deleted')).toBe(1);
    // Liveness: the runtime keys are still each looked at.
    await c.idle();
    expect(new Set(order).size).toBe(31);
    await c.stop();
  });

  it('a follower neither writes nor reports', async () => {
    const source = new MemorySource();
    source.putWorkflow(overdue('late'));
    const c = memoryController(source, {
      leadership: {
        isLeader: false,
        run: (s) => new Promise((r) => s.addEventListener('abort', () => r())),
        release: async () => {},
      },
      runtime: RT,
    });
    await c.start();
    await c.idle();
    expect(source.writes).toEqual([]);
    expect(source.events.size).toBe(0);
    await c.stop();
  });
});

describe('sweep with the runtime detectors', () => {
  const options = (source: MemorySource, policy: Policy = { kind: 'safe' }) => ({
    ...sweepOptions(source),
    policy,
    policyText: policy.kind,
    leaderElection: false,
    runtime: RT,
  });

  it('reports every mode per Workflow, counts by mode, and leaves healthy and final ones out', async () => {
    const source = new MemorySource();
    source.putWorkflow(overdue('late'));
    source.putWorkflow(unstarted('never'));
    source.putWorkflow({ ...overdue('done'), status: { phase: 'Succeeded', startedAt: ago(2 * HOUR) } });
    source.putWorkflow({
      ...overdue('fresh'),
      status: { phase: 'Running', startedAt: new Date().toISOString() },
    });
    const s = await sweep(options(source));
    expect(s.stuck.map((i) => [i.name, i.modes.join(','), i.outcome])).toEqual([
      ['late', 'RUN-04', 'terminated'],
      ['never', 'RUN-05', 'reported'],
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
    expect(s.outcomes).toEqual({ terminated: 1, reported: 1 });
    expect(source.writes).toEqual(['terminate ns/late']);
  });
});

async function waitUntil(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not reached in 5 s');
    await new Promise((r) => setTimeout(r, 10));
  }
}
