/**
 * RUN-06 (src/watcher/pod-orphans.ts): the pure decision, with a property test (safety: never
 * released while the Workflow exists and is not final, or is unknown, or before the grace after
 * both the pod's deletion and the Workflow's finish; liveness: past that, with the option on, it
 * is released), and the reconcile/scan/sweep/watch paths on the in-memory source: conditional
 * patch re-decided on a conflict, dry-run and report-only, Events on the Workflow naming RUN-06.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FINAL_PHASES } from '../../src/argo/enums';
import { LABEL_WORKFLOW, POD_STATUS_FINALIZER } from '../../src/argo/metadata';
import { WatcherController } from '../../src/watcher/controller';
import { silentLogger } from '../../src/watcher/log';
import {
  decidePodOrphan,
  type PodOrphanContext,
  type PodOwner,
  reconcilePodOrphan,
  scanPodOrphans,
} from '../../src/watcher/pod-orphans';
import { RUNTIME_DEFAULTS } from '../../src/watcher/runtime';
import { sweep } from '../../src/watcher/sweep';
import { MemorySource } from './memory-source';

const T0 = Date.parse('2026-01-01T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
const MIN = 60_000;

function pod(o: { name?: string; wf?: string; deleted?: number; finalizers?: string[]; rv?: string } = {}) {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: o.name ?? 'w-main-1',
      namespace: 'ns',
      uid: `uid-${o.name ?? 'w-main-1'}`,
      resourceVersion: o.rv ?? '5',
      labels: { [LABEL_WORKFLOW]: o.wf ?? 'w' },
      finalizers: o.finalizers ?? [POD_STATUS_FINALIZER],
      ...(o.deleted !== undefined ? { deletionTimestamp: iso(o.deleted) } : {}),
    },
    status: { phase: 'Running' },
  };
}

const owner = (phase: string, finished?: number): PodOwner => ({
  state: 'present',
  ref: { namespace: 'ns', name: 'w', uid: 'uid-w', resourceVersion: '9' },
  phase,
  ...(finished !== undefined ? { finishedAt: iso(finished) } : {}),
});

const workflow = (name: string, phase: string, finishedAgoMs?: number) => ({
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Workflow',
  metadata: {
    name,
    namespace: 'ns',
    uid: `uid-${name}`,
    creationTimestamp: new Date(Date.now() - 3 * 3600_000).toISOString(),
  },
  spec: {},
  status: {
    phase,
    ...(finishedAgoMs !== undefined
      ? { finishedAt: new Date(Date.now() - finishedAgoMs).toISOString() }
      : {}),
  },
});

describe('decidePodOrphan (RUN-06)', () => {
  const S = { graceMs: 2 * MIN, release: true };

  it('Workflow gone, pod terminating past the grace: release the status finalizer at its index', () => {
    const p = pod({ deleted: T0, finalizers: ['example.com/keep', POD_STATUS_FINALIZER] });
    const d = decidePodOrphan(p, { state: 'gone' }, T0 + 3 * MIN, S);
    expect(d).toMatchObject({ kind: 'orphan', releaseIndex: 1 });
    if (d.kind === 'orphan') expect(d.reason).toMatch(/its Workflow w is gone.*#17024/);
  });

  it('without the option: an orphan to report, no release', () => {
    const d = decidePodOrphan(pod({ deleted: T0 }), owner('Succeeded', T0), T0 + 3 * MIN, {
      ...S,
      release: false,
    });
    expect(d.kind).toBe('orphan');
    expect(d).not.toHaveProperty('releaseIndex');
    if (d.kind === 'orphan') expect(d.reason).toMatch(/--release-pod-finalizers/);
  });

  it('the grace counts from the later of the deletion and the finish', () => {
    const p = pod({ deleted: T0 });
    expect(decidePodOrphan(p, owner('Failed', T0 + 10 * MIN), T0 + 11 * MIN, S)).toEqual({
      kind: 'wait',
      dueInMs: MIN,
    });
    expect(decidePodOrphan(p, owner('Failed', T0 + 10 * MIN), T0 + 12 * MIN, S).kind).toBe('orphan');
  });

  it('nothing for a running Workflow, an unknown one, a pod not terminating, or without the finalizer', () => {
    const late = T0 + 60 * MIN;
    expect(decidePodOrphan(pod({ deleted: T0 }), owner('Running'), late, S).kind).toBe('none');
    expect(decidePodOrphan(pod({ deleted: T0 }), owner(''), late, S).kind).toBe('none');
    expect(decidePodOrphan(pod({ deleted: T0 }), { state: 'unknown' }, late, S).kind).toBe('none');
    expect(decidePodOrphan(pod(), { state: 'gone' }, late, S).kind).toBe('none');
    expect(decidePodOrphan(pod({ deleted: T0, finalizers: ['x/y'] }), { state: 'gone' }, late, S).kind).toBe(
      'none',
    );
  });

  const phaseArb = fc.constantFrom('', 'Pending', 'Running', 'Succeeded', 'Failed', 'Error');
  const ownerArb: fc.Arbitrary<PodOwner> = fc.oneof(
    fc.constant({ state: 'gone' } as PodOwner),
    fc.constant({ state: 'unknown' } as PodOwner),
    fc
      .tuple(phaseArb, fc.option(fc.integer({ min: -60 * MIN, max: 60 * MIN }), { nil: undefined }))
      .map(([phase, f]) => owner(phase, f === undefined ? undefined : T0 + f)),
  );
  const caseArb = fc.record({
    owner: ownerArb,
    deletedAt: fc.option(fc.integer({ min: -60 * MIN, max: 60 * MIN }), { nil: undefined }),
    finalizers: fc.shuffledSubarray([POD_STATUS_FINALIZER, 'a.io/x', 'b.io/y']),
    grace: fc.integer({ min: 0, max: 30 * MIN }),
    at: fc.integer({ min: -60 * MIN, max: 180 * MIN }),
  });

  it('property, safety: a release only for a gone or final Workflow, past the grace, and names the finalizer index', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const p = pod({
          ...(c.deletedAt !== undefined ? { deleted: T0 + c.deletedAt } : {}),
          finalizers: c.finalizers,
        });
        const d = decidePodOrphan(p, c.owner, T0 + c.at, { graceMs: c.grace, release: true });
        if (d.kind !== 'orphan') return;
        expect(c.owner.state).not.toBe('unknown');
        if (c.owner.state === 'present') expect(FINAL_PHASES).toContain(c.owner.phase);
        expect(c.deletedAt).toBeDefined();
        const deleted = T0 + (c.deletedAt as number);
        const finished =
          c.owner.state === 'present' && c.owner.finishedAt ? Date.parse(c.owner.finishedAt) : deleted;
        expect(T0 + c.at).toBeGreaterThanOrEqual(Math.max(deleted, finished) + c.grace);
        expect(c.finalizers[d.releaseIndex as number]).toBe(POD_STATUS_FINALIZER);
      }),
      { numRuns: 2000 },
    );
  });

  it('property, liveness: gone or final, terminating with the finalizer, past the grace -> released', () => {
    const finalOwner = fc.oneof(
      fc.constant({ state: 'gone' } as PodOwner),
      fc
        .tuple(fc.constantFrom('Succeeded', 'Failed', 'Error'), fc.integer({ min: -60 * MIN, max: 60 * MIN }))
        .map(([phase, f]) => owner(phase, T0 + f)),
    );
    fc.assert(
      fc.property(
        finalOwner,
        fc.integer({ min: -60 * MIN, max: 60 * MIN }),
        fc.integer({ min: 0, max: 30 * MIN }),
        fc.integer({ min: 0, max: 60 * MIN }),
        (o, deletedAt, grace, extra) => {
          const deleted = T0 + deletedAt;
          const finished = o.state === 'present' && o.finishedAt ? Date.parse(o.finishedAt) : deleted;
          const now = Math.max(deleted, finished) + grace + extra;
          const d = decidePodOrphan(pod({ deleted }), o, now, { graceMs: grace, release: true });
          expect(d).toMatchObject({ kind: 'orphan', releaseIndex: 0 });
        },
      ),
      { numRuns: 1000 },
    );
  });
});

const podCtx = (extra: Partial<PodOrphanContext> = {}): PodOrphanContext => ({
  settings: { graceMs: 0, release: true },
  dryRun: false,
  reportOnly: false,
  log: silentLogger,
  identity: 'unit',
  now: Date.now,
  ...extra,
});

/** A pod of `wf` deleted an hour ago and still held by the status finalizer. */
const orphan = (name: string, wf: string) => pod({ name, wf, deleted: Date.now() - 3600_000 });

describe('reconcilePodOrphan / scanPodOrphans (RUN-06) on the in-memory source', () => {
  it('Workflow gone: the finalizer is removed (the pod goes); no Workflow, so no Event', async () => {
    const src = new MemorySource();
    src.putPod(orphan('gone-main', 'gone'));
    const scan = await scanPodOrphans(src, podCtx());
    expect(scan.results.map((r) => [r.pod, r.outcome])).toEqual([['ns/gone-main', 'released']]);
    expect(src.writes).toEqual(['release-pod ns/gone-main']);
    expect(src.pods.has('ns/gone-main')).toBe(false);
    expect(src.events.size).toBe(0);
  });

  it('Workflow final: released with an Event on the Workflow naming RUN-06; another finalizer stays', async () => {
    const src = new MemorySource();
    src.putWorkflow(workflow('done', 'Succeeded', 3600_000));
    src.putPod({
      ...orphan('done-main', 'done'),
      metadata: { ...orphan('done-main', 'done').metadata, finalizers: ['x.io/keep', POD_STATUS_FINALIZER] },
    });
    await scanPodOrphans(src, podCtx());
    expect(src.pods.get('ns/done-main').metadata.finalizers).toEqual(['x.io/keep']);
    const [e] = src.eventsFor('done');
    expect(e.reason).toBe('WorkflowPodStatusFinalizerReleased');
    expect(e.message).toMatch(/^RUN-06: argo-guard removed the workflows\.argoproj\.io\/status finalizer: /);
  });

  it('Workflow Running: nothing, whatever the age', async () => {
    const src = new MemorySource();
    src.putWorkflow(workflow('live', 'Running'));
    src.putPod(orphan('live-main', 'live'));
    const scan = await scanPodOrphans(src, podCtx());
    expect(scan.results).toEqual([]);
    expect(src.writes).toEqual([]);
  });

  it('conflict: the pod changed after the read (finalizers reordered) -> read again, decide again, remove at the new index', async () => {
    const src = new MemorySource();
    src.putPod(orphan('p', 'gone'));
    src.interleave(() => {
      const p = src.pods.get('ns/p');
      p.metadata.finalizers = ['x.io/new', POD_STATUS_FINALIZER];
      p.metadata.resourceVersion = '99999';
    });
    const read = await src.readPod('ns', 'p');
    const r = await reconcilePodOrphan(src, read, podCtx());
    expect(r.outcome).toBe('released');
    expect(src.pods.get('ns/p').metadata.finalizers).toEqual(['x.io/new']);
  });

  it('conflict: the Workflow came back Running (a retry) between the scan and the release -> not released', async () => {
    const src = new MemorySource();
    src.putWorkflow(workflow('retried', 'Failed', 3600_000));
    src.putPod(orphan('retried-main', 'retried'));
    const read = await src.readPod('ns', 'retried-main');
    src.update('ns/retried', (wf) => {
      wf.status.phase = 'Running';
    });
    const r = await reconcilePodOrphan(src, read, podCtx());
    expect(r.outcome).toBe('none');
    expect(src.writes).toEqual([]);
  });

  it('--dry-run writes nothing; report-only writes the Event only; the option off reports', async () => {
    for (const [extra, writes, events] of [
      [{ dryRun: true }, 0, 0],
      [{ reportOnly: true }, 0, 1],
      [{ settings: { graceMs: 0, release: false } }, 0, 1],
    ] as const) {
      const src = new MemorySource();
      src.putWorkflow(workflow('done', 'Error', 3600_000));
      src.putPod(orphan('done-main', 'done'));
      const scan = await scanPodOrphans(src, podCtx(extra));
      expect(scan.results).toHaveLength(1);
      expect(src.writes).toHaveLength(writes);
      expect(src.events.size).toBe(events);
      if (events)
        expect([...src.events.values()][0].message).toMatch(/^RUN-06: pod done-main is stuck Terminating/);
    }
  });

  it('within the grace: waiting, with the time it becomes due', async () => {
    const src = new MemorySource();
    src.putPod(pod({ name: 'fresh', wf: 'gone', deleted: Date.now() }));
    const scan = await scanPodOrphans(src, podCtx({ settings: { graceMs: 10 * MIN, release: true } }));
    expect(scan.results).toEqual([]);
    expect(scan.nextDueMs).toBeGreaterThan(9 * MIN);
    expect(src.writes).toEqual([]);
  });
});

describe('sweep and watch report RUN-06', () => {
  const base = {
    graceMs: 0,
    policy: { kind: 'safe' } as const,
    policyText: 'safe',
    facts: {},
    ownNamespace: 'argo-guard',
    log: silentLogger,
    identity: 'unit',
    leaderElection: false,
  };

  it('sweep: an orphan is stuck (exit 1) with the option off; released and not stuck with it on', async () => {
    const off = new MemorySource();
    off.putPod(orphan('a-main', 'a'));
    const s1 = await sweep({
      ...base,
      dryRun: false,
      source: off,
      runtime: { ...RUNTIME_DEFAULTS, resumeToStop: false },
    });
    expect(s1.stuck.map((i) => [i.name, i.modes, i.outcome])).toEqual([['a', ['RUN-06'], 'reported']]);
    expect(s1.modes?.['RUN-06']).toBe(1);
    expect(off.writes).toEqual([]);

    const on = new MemorySource();
    on.putPod(orphan('a-main', 'a'));
    const s2 = await sweep({
      ...base,
      dryRun: false,
      source: on,
      runtime: { ...RUNTIME_DEFAULTS, resumeToStop: false, releasePodFinalizers: true },
    });
    expect(s2.stuck).toEqual([]);
    expect(s2.outcomes['pod-finalizer-released']).toBe(1);
    expect(on.writes).toEqual(['release-pod ns/a-main']);
  });

  it('sweep --no-runtime does not look at pods', async () => {
    const src = new MemorySource();
    src.putPod(orphan('a-main', 'a'));
    const s = await sweep({ ...base, dryRun: false, source: src });
    expect(s.stuck).toEqual([]);
  });

  it('watch: the leader releases at start, records the action and keeps the RUN-06 gauge', async () => {
    const src = new MemorySource();
    src.putWorkflow(workflow('done', 'Succeeded', 3600_000));
    src.putPod(orphan('done-main', 'done'));
    src.putPod(orphan('gone-main', 'gone'));
    const c = new WatcherController({
      ...base,
      dryRun: false,
      source: src,
      runtime: { ...RUNTIME_DEFAULTS, resumeToStop: false, releasePodFinalizers: false },
    });
    await c.start();
    const gauge = async () =>
      (await c.metrics.registry.getSingleMetric('argo_guard_stuck_workflows')?.get())?.values.find(
        (v) => v.labels.mode === 'RUN-06',
      )?.value;
    for (let i = 0; i < 200 && (await gauge()) !== 2; i++) await new Promise((r) => setTimeout(r, 10));
    expect(await gauge()).toBe(2);
    expect(src.eventsFor('done').map((e) => e.reason)).toEqual(['WorkflowPodStuckOnStatusFinalizer']);
    await c.stop();
  });
});

describe('sweep when the pod list fails', () => {
  it('keeps the Workflow results and adds one RUN-06 error row (exit 1), no crash', async () => {
    const src = new MemorySource();
    src.putWorkflow({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Workflow',
      metadata: {
        name: 'never',
        namespace: 'ns',
        uid: 'u',
        creationTimestamp: new Date(Date.now() - 3600_000).toISOString(),
      },
      spec: {},
    });
    src.statusFinalizerPods = async function* () {
      yield* [];
      throw new Error('connection reset');
    };
    const s = await sweep({
      graceMs: 0,
      policy: { kind: 'safe' },
      policyText: 'safe',
      facts: {},
      ownNamespace: 'argo-guard',
      log: silentLogger,
      identity: 'unit',
      leaderElection: false,
      dryRun: false,
      source: src,
      runtime: { ...RUNTIME_DEFAULTS, resumeToStop: false },
    });
    expect(s.stuck.map((i) => [i.name, i.modes, i.outcome])).toEqual([
      ['never', ['RUN-05'], 'reported'],
      ['', ['RUN-06'], 'error'],
    ]);
    expect(s.stuck[1].reason).toMatch(/could not list the Workflow pods: connection reset/);
  });
});
