/**
 * The runtime detectors (src/watcher/runtime.ts): one table per mode, and property tests with a
 * safety side (never a finding on a final Workflow, never before the timeout) and a liveness side
 * (a finding once past it).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LABEL_ARCHIVING_STATUS } from '../../src/argo/metadata';
import { parseArgoVersion } from '../../src/argo/versions';
import {
  detectArchiveBacklog,
  detectNeverStarted,
  detectPastDeadline,
  detectPendingPods,
  detectRuntime,
  detectStaleLock,
  detectStopIgnored,
  type HolderState,
  lockHolderKeys,
  RUNTIME_DEFAULTS,
  type RuntimeSettings,
} from '../../src/watcher/runtime';
import { trimPendingPod, trimWorkflow } from '../../src/watcher/trim';

const T0 = Date.parse('2026-01-01T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
const MIN = 60_000;
const S: RuntimeSettings = { ...RUNTIME_DEFAULTS, resumeToStop: false };

function wf(o: {
  name?: string;
  phase?: string;
  created?: number;
  started?: number;
  finished?: number;
  deadline?: number;
  shutdown?: string;
  suspend?: boolean;
  labels?: Record<string, string>;
  deleted?: boolean;
  sync?: object;
}) {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Workflow',
    metadata: {
      name: o.name ?? 'w',
      namespace: 'ns',
      uid: `uid-${o.name ?? 'w'}`,
      resourceVersion: '7',
      creationTimestamp: iso(o.created ?? T0),
      ...(o.labels ? { labels: o.labels } : {}),
      ...(o.deleted ? { deletionTimestamp: iso(T0) } : {}),
    },
    spec: {
      ...(o.deadline !== undefined ? { activeDeadlineSeconds: o.deadline } : {}),
      ...(o.shutdown ? { shutdown: o.shutdown } : {}),
      ...(o.suspend !== undefined ? { suspend: o.suspend } : {}),
    },
    status: {
      ...(o.phase !== undefined ? { phase: o.phase } : {}),
      ...(o.started !== undefined ? { startedAt: iso(o.started) } : {}),
      ...(o.finished !== undefined ? { finishedAt: iso(o.finished) } : {}),
      ...(o.sync ? { synchronization: o.sync } : {}),
    },
  };
}

describe('RUN-04 past its deadline but still Running', () => {
  const due = T0 + 600_000 + S.deadlineGraceMs; // started T0, activeDeadlineSeconds 600
  it.each([
    ['Running, one ms before deadline + grace', { phase: 'Running' }, due - 1, undefined],
    ['Running, at deadline + grace', { phase: 'Running' }, due, 'terminate'],
    ['Running, long past', { phase: 'Running' }, due + 3600_000, 'terminate'],
    ['Pending (started), past', { phase: 'Pending' }, due, 'terminate'],
    ['Succeeded, past', { phase: 'Succeeded' }, due, undefined],
    ['Failed, past', { phase: 'Failed' }, due, undefined],
    ['Error, past', { phase: 'Error' }, due, undefined],
    ['no phase (RUN-05, not RUN-04)', { phase: '' }, due, undefined],
    [
      'being deleted (the finalizer path owns it, AGC-07)',
      { phase: 'Running', deleted: true },
      due,
      undefined,
    ],
  ])('%s', (_name, o, now, action) => {
    const d = detectPastDeadline(wf({ ...o, started: T0, deadline: 600 }), now, S);
    expect(d.finding?.action?.type).toBe(action);
    if (action) expect(d.finding?.mode).toBe('RUN-04');
  });

  it('is due exactly at startedAt + activeDeadlineSeconds + grace', () => {
    expect(detectPastDeadline(wf({ phase: 'Running', started: T0, deadline: 600 }), T0, S).dueInMs).toBe(
      600_000 + S.deadlineGraceMs,
    );
  });

  it('says a zero grace as 0s (regression: it read "0h")', () => {
    const d = detectPastDeadline(wf({ phase: 'Running', started: T0, deadline: 1 }), T0 + 1e9, {
      ...S,
      deadlineGraceMs: 0,
    });
    expect(d.finding?.reason).toContain('more than 0s past');
  });

  it('without a deadline or a start time there is nothing to judge', () => {
    expect(detectPastDeadline(wf({ phase: 'Running', started: T0 }), T0 + 1e9, S)).toEqual({});
    expect(detectPastDeadline(wf({ phase: 'Running', deadline: 1 }), T0 + 1e9, S)).toEqual({});
  });

  it('already under shutdown: Terminate it is reported, not patched again', () => {
    const d = detectPastDeadline(
      wf({ phase: 'Running', started: T0, deadline: 1, shutdown: 'Terminate' }),
      due,
      S,
    );
    expect(d.finding?.mode).toBe('RUN-04');
    expect(d.finding?.action).toBeUndefined();
  });
});

describe('RUN-05 never started', () => {
  it.each([
    ['no phase, before the timeout', { phase: '' }, T0 + S.startTimeoutMs - 1, false],
    ['no phase, at the timeout', { phase: '' }, T0 + S.startTimeoutMs, true],
    ['status absent, past', {}, T0 + S.startTimeoutMs, true],
    ['Pending, past', { phase: 'Pending' }, T0 + 1e9, false],
    ['Running, past', { phase: 'Running' }, T0 + 1e9, false],
    ['being deleted, past', { phase: '', deleted: true }, T0 + 1e9, false],
  ])('%s', (_n, o, now, found) => {
    expect(detectNeverStarted(wf(o), now, S).finding?.mode).toBe(found ? 'RUN-05' : undefined);
  });

  it('names an instanceID label that does not match --instance-id', () => {
    const d = detectNeverStarted(
      wf({ labels: { 'workflows.argoproj.io/controller-instanceid': 'blue' } }),
      T0 + S.startTimeoutMs,
      { ...S, instanceId: 'green' },
    );
    expect(d.finding?.reason).toContain('label is "blue", but the controller runs with instanceID "green"');
  });

  it('names a missing label when the controller has an instanceID', () => {
    const d = detectNeverStarted(wf({}), T0 + S.startTimeoutMs, { ...S, instanceId: 'green' });
    expect(d.finding?.reason).toContain('has no workflows.argoproj.io/controller-instanceid label');
  });

  it('without an instanceID mismatch it asks whether a controller runs for the namespace', () => {
    const d = detectNeverStarted(wf({}), T0 + S.startTimeoutMs, S);
    expect(d.finding?.reason).toContain('is one running, and does it manage namespace "ns"');
  });
});

describe('RUN-07 a stop that does nothing while suspended', () => {
  it.each([
    ['Stop + suspend', { phase: 'Running', shutdown: 'Stop', suspend: true }, true],
    ['Terminate + suspend', { phase: 'Running', shutdown: 'Terminate', suspend: true }, true],
    ['suspend only', { phase: 'Running', suspend: true }, false],
    ['shutdown only', { phase: 'Running', shutdown: 'Stop' }, false],
    ['final', { phase: 'Failed', shutdown: 'Stop', suspend: true }, false],
  ])('%s', (_n, o, found) => {
    expect(detectStopIgnored(wf(o), T0, S).finding?.mode).toBe(found ? 'RUN-07' : undefined);
  });

  it('resumes only with --resume-to-stop', () => {
    const w = wf({ phase: 'Running', shutdown: 'Stop', suspend: true });
    expect(detectStopIgnored(w, T0, S).finding?.action).toBeUndefined();
    expect(detectStopIgnored(w, T0, { ...S, resumeToStop: true }).finding?.action).toEqual({
      type: 'resume',
    });
  });
});

describe('SYNC-04 a lock held by a finished holder', () => {
  const mutexWait = (holder: string) => ({ mutex: { waiting: [{ mutex: 'ns/Mutex/m', holder }] } });
  const semWait = (holders: string[]) => ({
    semaphore: { waiting: [{ semaphore: 'ns/ConfigMap/cm/k', holders }] },
  });
  const waiter = (sync: object) => wf({ phase: 'Running', started: T0, sync });
  const done = (finished: number): HolderState => ({ phase: 'Succeeded', finishedAt: iso(finished) });

  it.each([
    [
      'mutex holder final for the timeout',
      mutexWait('ns/h'),
      { 'ns/h': done(T0) },
      T0 + S.lockTimeoutMs,
      true,
    ],
    [
      'mutex holder final, just under',
      mutexWait('ns/h'),
      { 'ns/h': done(T0) },
      T0 + S.lockTimeoutMs - 1,
      false,
    ],
    ['mutex holder Running', mutexWait('ns/h'), { 'ns/h': { phase: 'Running' } }, T0 + 1e9, false],
    ['mutex holder gone', mutexWait('ns/h'), { 'ns/h': 'gone' as const }, T0 + S.lockTimeoutMs, true],
    ['template-level holder key ns/name/node', mutexWait('ns/h/h-123'), { 'ns/h': done(T0) }, T0 + 1e9, true],
    [
      'unqualified holder not found (may be a node ID)',
      mutexWait('h-123'),
      { 'ns/h-123': 'gone' as const },
      T0 + 1e9,
      false,
    ],
    ['holder unknown to the source', mutexWait('ns/h'), {}, T0 + 1e9, false],
    [
      'semaphore, all holders final',
      semWait(['ns/a', 'ns/b']),
      { 'ns/a': done(T0), 'ns/b': 'gone' as const },
      T0 + 1e9,
      true,
    ],
    [
      'semaphore, one holder alive',
      semWait(['ns/a', 'ns/b']),
      { 'ns/a': done(T0), 'ns/b': { phase: 'Running' } },
      T0 + 1e9,
      false,
    ],
    ['semaphore waiting for a free slot (no holders)', semWait([]), {}, T0 + 1e9, false],
  ])('%s', (_n, sync, holders, now, found) => {
    const d = detectStaleLock(waiter(sync), now, S, holders as Record<string, HolderState>);
    expect(d.finding?.mode).toBe(found ? 'SYNC-04' : undefined);
    expect(d.finding?.action).toBeUndefined(); // the controller owns its locks
  });

  it('names the lock, the stale holders and the fix', () => {
    const d = detectStaleLock(waiter(mutexWait('ns/h')), T0 + 1e9, S, { 'ns/h': done(T0) });
    expect(d.finding?.reason).toContain('mutex "ns/Mutex/m" held by ns/h (Succeeded)');
    expect(d.finding?.reason).toMatch(/restart/);
  });

  it('counts from the latest holder finish', () => {
    const holders = { 'ns/a': done(T0), 'ns/b': done(T0 + 5 * MIN) };
    const w = waiter(semWait(['ns/a', 'ns/b']));
    expect(detectStaleLock(w, T0 + 5 * MIN + S.lockTimeoutMs - 1, S, holders).finding).toBeUndefined();
    expect(detectStaleLock(w, T0 + 5 * MIN + S.lockTimeoutMs, S, holders).finding?.mode).toBe('SYNC-04');
  });

  it('with a live holder, looks again one lock timeout later (a holder finishing emits no event for the waiter)', () => {
    const d = detectStaleLock(waiter(mutexWait('ns/h')), T0, S, { 'ns/h': { phase: 'Running' } });
    expect(d).toEqual({ dueInMs: S.lockTimeoutMs });
  });

  it('lockHolderKeys names the Workflows the source must look up', () => {
    expect(lockHolderKeys(waiter({ ...mutexWait('ns/h/node'), ...semWait(['x', 'other/y']) }))).toEqual([
      'ns/h',
      'ns/x',
      'other/y',
    ]);
  });
});

describe('the informer cache keeps what the detectors read', () => {
  it('trimWorkflow of a running Workflow gives the same findings as the full object', () => {
    const full = {
      ...wf({ phase: 'Running', started: T0, deadline: 60, shutdown: 'Stop', suspend: true }),
    };
    (full.status as Record<string, unknown>).synchronization = {
      mutex: { waiting: [{ mutex: 'ns/Mutex/m', holder: 'ns/h' }], holding: [] },
    };
    (full.status as Record<string, unknown>).nodes = { a: { type: 'Pod' } };
    const holders = { 'ns/h': 'gone' as const };
    const now = T0 + 1e9;
    expect(detectRuntime(trimWorkflow(full), holders, now, S)).toEqual(detectRuntime(full, holders, now, S));
    expect(detectRuntime(full, holders, now, S).findings.map((f) => f.mode)).toEqual([
      'RUN-04',
      'RUN-07',
      'SYNC-04',
    ]);
  });

  it('keeps creationTimestamp for RUN-05', () => {
    expect(detectRuntime(trimWorkflow(wf({})), {}, T0 + 1e9, S).findings.map((f) => f.mode)).toEqual([
      'RUN-05',
    ]);
  });
});

describe('RUN-01 pods Pending forever (only with --pending-timeout)', () => {
  const P: RuntimeSettings = { ...S, pendingTimeoutMs: 15 * MIN };
  const pod = (name: string, status: object, created = T0) => ({
    metadata: {
      name,
      namespace: 'ns',
      creationTimestamp: iso(created),
      labels: { 'workflows.argoproj.io/workflow': 'w' },
    },
    status: { phase: 'Pending', ...status },
  });
  const unschedulable = (since: number) => ({
    conditions: [
      { type: 'PodScheduled', status: 'False', reason: 'Unschedulable', lastTransitionTime: iso(since) },
    ],
  });
  const waiting = (reason: string) => ({
    containerStatuses: [{ name: 'main', state: { waiting: { reason } } }],
  });
  const running = wf({ phase: 'Running', started: T0 });

  it.each([
    ['Unschedulable for the timeout', [pod('p', unschedulable(T0))], T0 + 15 * MIN, 'Unschedulable'],
    ['Unschedulable, just under', [pod('p', unschedulable(T0))], T0 + 15 * MIN - 1, undefined],
    ['ImagePullBackOff', [pod('p', waiting('ImagePullBackOff'))], T0 + 15 * MIN, 'ImagePullBackOff'],
    ['ErrImagePull', [pod('p', waiting('ErrImagePull'))], T0 + 15 * MIN, 'ErrImagePull'],
    [
      'CreateContainerConfigError',
      [pod('p', waiting('CreateContainerConfigError'))],
      T0 + 15 * MIN,
      'CreateContainerConfigError',
    ],
    ['ContainerCreating resolves itself', [pod('p', waiting('ContainerCreating'))], T0 + 1e9, undefined],
    ['Pending without a reason', [pod('p', {})], T0 + 1e9, undefined],
    [
      'a Running pod',
      [{ ...pod('p', unschedulable(T0)), status: { phase: 'Running' } }],
      T0 + 1e9,
      undefined,
    ],
  ])('%s', (_n, pods, now, reason) => {
    const d = detectPendingPods(running, pods, now, P);
    expect(d.finding?.mode).toBe(reason ? 'RUN-01' : undefined);
    if (reason) expect(d.finding?.reason).toContain(`p (${reason})`);
    expect(d.finding?.action).toBeUndefined();
  });

  it('is off without --pending-timeout, quiet on a final Workflow, and terminates only with --terminate-pending', () => {
    const pods = [pod('p', unschedulable(T0))];
    expect(detectPendingPods(running, pods, T0 + 1e9, S)).toEqual({});
    expect(detectPendingPods(wf({ phase: 'Failed' }), pods, T0 + 1e9, P)).toEqual({});
    expect(
      detectPendingPods(running, pods, T0 + 1e9, { ...P, terminatePending: true }).finding?.action,
    ).toEqual({
      type: 'terminate',
    });
  });

  it('trimPendingPod keeps what it reads', () => {
    const full = pod('p', {
      ...unschedulable(T0),
      containerStatuses: [
        { name: 'main', image: 'x', state: { waiting: { reason: 'ErrImagePull', message: 'long text' } } },
      ],
      hostIP: '10.0.0.1',
    });
    expect(detectPendingPods(running, [trimPendingPod(full)], T0 + 1e9, P)).toEqual(
      detectPendingPods(running, [full], T0 + 1e9, P),
    );
    expect(JSON.stringify(trimPendingPod(full))).not.toContain('long text');
  });
});

describe('properties', () => {
  const phaseArb = fc.constantFrom('', 'Pending', 'Running', 'Succeeded', 'Failed', 'Error');
  const finalArb = fc.constantFrom('Succeeded', 'Failed', 'Error');
  const holderArb: fc.Arbitrary<HolderState> = fc.oneof(
    fc.constant('gone' as const),
    fc.record({
      phase: phaseArb,
      finishedAt: fc.integer({ min: 0, max: 3600 }).map((s) => iso(T0 + s * 1000)),
    }),
  );
  const settingsArb = fc.record({
    deadlineGraceMs: fc.integer({ min: 0, max: 3600_000 }),
    startTimeoutMs: fc.integer({ min: 0, max: 3600_000 }),
    lockTimeoutMs: fc.integer({ min: 0, max: 3600_000 }),
    resumeToStop: fc.boolean(),
  });
  const wfArb = fc.record({
    phase: phaseArb,
    started: fc.integer({ min: 0, max: 3600 }).map((s) => T0 + s * 1000),
    deadline: fc.integer({ min: 0, max: 7200 }),
    shutdown: fc.constantFrom(undefined, 'Stop', 'Terminate'),
    suspend: fc.boolean(),
    holders: fc.array(fc.constantFrom('ns/a', 'ns/b', 'ns/c'), { maxLength: 3 }),
  });

  it('safety: no finding and no action on a final or deleted Workflow, whatever the clock', () => {
    fc.assert(
      fc.property(
        wfArb,
        finalArb,
        fc.boolean(),
        settingsArb,
        fc.integer({ min: 0, max: 1e10 }),
        fc.dictionary(fc.constantFrom('ns/a', 'ns/b', 'ns/c'), holderArb),
        (o, phase, deleted, s, dt, holders) => {
          const w = wf({
            ...o,
            phase: deleted ? o.phase : phase,
            deleted,
            sync: { semaphore: { waiting: [{ semaphore: 'l', holders: o.holders }] } },
          });
          expect(detectRuntime(w, holders, T0 + dt, s).findings).toEqual([]);
        },
      ),
    );
  });

  it('safety: nothing timed is found before its timeout; liveness: it is found from then on', () => {
    fc.assert(
      fc.property(wfArb, settingsArb, fc.integer({ min: 0, max: 1e8 }), (o, s, dt) => {
        const running = wf({ ...o, phase: 'Running', shutdown: undefined });
        const due = o.started + o.deadline * 1000 + s.deadlineGraceMs;
        const d = detectPastDeadline(running, due + dt, s);
        expect(d.finding?.action).toEqual({ type: 'terminate' });
        expect(detectPastDeadline(running, due - 1 - dt, s).finding).toBeUndefined();

        const unstarted = wf({ created: o.started });
        expect(detectNeverStarted(unstarted, o.started + s.startTimeoutMs + dt, s).finding?.mode).toBe(
          'RUN-05',
        );
        expect(
          detectNeverStarted(unstarted, o.started + s.startTimeoutMs - 1 - dt, s).finding,
        ).toBeUndefined();
      }),
    );
  });

  it('SYNC-04: found iff every holder is final or gone for the lock timeout (never when one lives)', () => {
    fc.assert(
      fc.property(
        fc.array(holderArb, { minLength: 1, maxLength: 3 }),
        settingsArb,
        fc.integer({ min: 0, max: 1e8 }),
        (states, s, dt) => {
          const keys = states.map((_, i) => `ns/h${i}`);
          const holders = Object.fromEntries(keys.map((k, i) => [k, states[i]]));
          const w = wf({
            phase: 'Running',
            started: T0,
            sync: { semaphore: { waiting: [{ semaphore: 'l', holders: keys }] } },
          });
          const stale = states.every(
            (h) => h === 'gone' || ['Succeeded', 'Failed', 'Error'].includes(h.phase),
          );
          const since = Math.max(...states.map((h) => (h === 'gone' ? T0 : Date.parse(h.finishedAt ?? ''))));
          const after = detectStaleLock(w, since + s.lockTimeoutMs + dt, s, holders);
          expect(after.finding?.mode).toBe(stale ? 'SYNC-04' : undefined);
          if (stale)
            expect(detectStaleLock(w, since + s.lockTimeoutMs - 1 - dt, s, holders).finding).toBeUndefined();
        },
      ),
    );
  });
});

describe('ARCHIVE-01 archiving stays Pending (#13658, #16771)', () => {
  const timeout = RUNTIME_DEFAULTS.archiveTimeoutMs;
  const pending = { [LABEL_ARCHIVING_STATUS]: 'Pending' };
  it.each([
    ['Succeeded, Pending, one ms before', { phase: 'Succeeded', labels: pending }, timeout - 1, undefined],
    ['Succeeded, Pending, at the timeout', { phase: 'Succeeded', labels: pending }, timeout, 'ARCHIVE-01'],
    ['Failed, Pending, long past', { phase: 'Failed', labels: pending }, 10 * timeout, 'ARCHIVE-01'],
    [
      'Succeeded, Archived',
      { phase: 'Succeeded', labels: { [LABEL_ARCHIVING_STATUS]: 'Archived' } },
      10 * timeout,
      undefined,
    ],
    ['Succeeded, no label (archiving off)', { phase: 'Succeeded' }, 10 * timeout, undefined],
    ['Running, Pending label', { phase: 'Running', labels: pending }, 10 * timeout, undefined],
    ['deleted, Pending', { phase: 'Succeeded', labels: pending, deleted: true }, 10 * timeout, undefined],
  ])('%s', (_name, o, after, mode) => {
    const w = wf({ ...o, started: T0, finished: T0 });
    const d = detectArchiveBacklog(w, T0 + after, S);
    expect(d.finding?.mode).toBe(mode);
    if (mode)
      expect(d.finding?.reason).toMatch(/label is still Pending more than 30m after it finished.*TTL/);
    // the trimmed cache keeps what the detector reads
    expect(detectArchiveBacklog(trimWorkflow(w), T0 + after, S).finding?.mode).toBe(mode);
    // and detectRuntime runs it
    expect(detectRuntime(w, {}, T0 + after, S).findings.map((f) => f.mode)).toEqual(mode ? [mode] : []);
  });

  it('property: found iff final, not deleted, Pending, and the timeout has passed since finishedAt', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', 'Running', 'Succeeded', 'Failed', 'Error'),
        fc.constantFrom(undefined, 'Pending', 'Archived', 'Persisted'),
        fc.boolean(),
        fc.integer({ min: 0, max: 3_600_000 }),
        fc.integer({ min: -3_600_000, max: 3_600_000 }),
        (phase, label, deleted, timeoutMs, dt) => {
          const w = wf({
            phase,
            finished: T0,
            deleted,
            ...(label ? { labels: { [LABEL_ARCHIVING_STATUS]: label } } : {}),
          });
          const found = detectArchiveBacklog(w, T0 + timeoutMs + dt, {
            ...S,
            archiveTimeoutMs: timeoutMs,
          }).finding;
          const expected =
            ['Succeeded', 'Failed', 'Error'].includes(phase) && label === 'Pending' && !deleted && dt >= 0;
          expect(found?.mode).toBe(expected ? 'ARCHIVE-01' : undefined);
        },
      ),
    );
  });
});

describe('Event texts name the known controller bugs from the version table (--argo-version)', () => {
  const stale = wf({
    phase: 'Running',
    started: T0,
    sync: { mutex: { waiting: [{ mutex: 'ns/Mutex/m', holder: 'ns/h' }] } },
  });
  const holders: Record<string, HolderState> = { 'ns/h': 'gone' };
  const at = T0 + S.lockTimeoutMs;

  it('SYNC-04 on 4.0.8: the lock bugs 4.0.8 has, each with its fix, and the first version without them', () => {
    const r = detectStaleLock(stale, at, { ...S, argoVersion: parseArgoVersion('4.0.8') }, holders).finding
      ?.reason;
    expect(r).toMatch(/^waiting more than 10m on mutex "ns\/Mutex\/m" held by ns\/h \(gone\)/);
    expect(r).toContain('Argo Workflows 4.0.8 has #16567');
    expect(r).toContain('fixed in 4.0.9');
    expect(r).toContain('#16776 a Workflow terminated while waiting on a lock ends Succeeded');
    expect(r).toContain('fixed in 4.0.10');
    expect(r).toContain('First version without the fixed ones: 4.0.10');
    expect(r).not.toContain('#15609'); // fixed in 4.0.2
  });

  it('SYNC-04 without a version: every known lock bug with its fixed versions', () => {
    const r = detectStaleLock(stale, at, S, holders).finding?.reason;
    expect(r).toContain('Known controller bugs: #15609 (fixed 3.7.11, 4.0.2)');
    expect(r).toContain('#16776 (fixed 4.0.10, 4.1.2)');
    expect(r).toContain('#7633 (no fix released)');
  });

  it('RUN-07 and ARCHIVE-01 name theirs too', () => {
    const stop = detectStopIgnored(wf({ phase: 'Running', shutdown: 'Stop', suspend: true }), T0, {
      ...S,
      argoVersion: parseArgoVersion('3.7.10'),
    }).finding?.reason;
    expect(stop).toMatch(/#16488 .*fixed in 3\.7\.17.*#17041 .*no fix released/);
    const archive = detectArchiveBacklog(
      wf({ phase: 'Succeeded', finished: T0, labels: { [LABEL_ARCHIVING_STATUS]: 'Pending' } }),
      T0 + 3_600_000,
      { ...S, argoVersion: parseArgoVersion('4.0.5') },
    ).finding?.reason;
    expect(archive).toMatch(/Argo Workflows 4\.0\.5 has #16575 .*fixed in 4\.0\.9/);
  });
});
