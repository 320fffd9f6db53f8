/**
 * `reconcileOnce(source, key, context) -> outcome`: the one decide-act loop that `watch` and `sweep`
 * share. Read a snapshot, `diagnose` it, `act` on the verdict; when a write's precondition fails
 * (the Workflow changed after the read), read it fresh and decide again, a few times. The result
 * says what the work queue does next, the way controller-runtime maps a reconcile result: an error
 * is retried with backoff (rate limited), `rateLimited` likewise, `requeueAfterMs` comes back after
 * that long, nothing: forget the key until something changes.
 */
import { type ActContext, act, actRuntime, type Outcome } from './act';
import { diagnose } from './diagnose';
import type { Logger } from './log';
import type { Metrics } from './metrics';
import type { ReleaseOptions } from './options';
import { detectRuntime, type Finding, type RuntimeSettings } from './runtime';
import type { SnapshotSource } from './source';
import { needsDetail } from './trim';
import type { ControllerFacts, Policy, Verdict } from './types';

/** What a decision depends on besides the snapshot (the flags). */
export interface DecideSettings {
  readonly graceMs: number;
  readonly policy: Policy;
  readonly facts: ControllerFacts;
  /** How long to wait after the AGC-06 relabel before deciding again. */
  readonly relabelWaitMs?: number;
  /** How long a user's `shutdown: Stop` may wind down before the watcher escalates to Terminate. */
  readonly stopWaitMs?: number;
  /** The runtime detectors' settings (runtime.ts); absent: only the finalizer is judged. */
  readonly runtime?: RuntimeSettings;
}

export interface ReconcileContext extends DecideSettings {
  readonly dryRun: boolean;
  /** The policy as the user wrote it, for the ledger. */
  readonly policyText: string;
  readonly log: Logger;
  readonly metrics?: Metrics;
  /** This replica's identity (Events' reportingInstance). */
  readonly identity: string;
  readonly now: () => number;
  /**
   * Whether a refusal (or malformed report) for this verdict should be written as an Event. The
   * controller reports a verdict once per process and not on every resync; @default always.
   */
  readonly shouldReport?: (v: Verdict) => boolean;
  /** The same for a runtime finding of the Workflow with this uid. @default always */
  readonly shouldReportFinding?: (uid: string, f: Finding) => boolean;
}

/**
 * The context `watch` and `sweep` give every reconcile: the shared flags as parsed (options.ts),
 * and what each sets itself (`identity`; the controller's metrics and report-once filters; sweep's
 * report-only dry run) in `own`.
 */
export function reconcileContext(
  o: ReleaseOptions,
  own: Partial<ReconcileContext> & Pick<ReconcileContext, 'identity'>,
): ReconcileContext {
  return {
    graceMs: o.graceMs,
    policy: o.policy,
    facts: o.facts,
    relabelWaitMs: o.relabelWaitMs,
    stopWaitMs: o.stopWaitMs,
    runtime: o.runtime,
    dryRun: o.dryRun,
    policyText: o.policyText,
    log: o.log,
    metrics: o.metrics,
    now: Date.now,
    ...own,
  };
}

/** What the work queue does with the key next (controller-runtime's `Result`). */
export interface QueueResult {
  /** Retry with the queue's per-key exponential backoff. */
  readonly rateLimited?: boolean;
  /** Look again after this long (and reset the key's backoff). */
  readonly requeueAfterMs?: number;
}

export interface Reconciled {
  readonly key: string;
  /** The last verdict (absent when the Workflow was gone or not a candidate). */
  readonly verdict?: Verdict;
  /** Runtime findings (RUN-04, RUN-05, RUN-07, SYNC-04) of a Workflow that is not being deleted. */
  readonly findings?: readonly Finding[];
  /** The Workflow's uid when a runtime verdict was made. */
  readonly uid?: string;
  readonly outcome: Outcome;
  readonly detail?: string;
  /** Whether the Workflow is still stuck on the finalizer after this (one definition: `isStuck`). */
  readonly stuck: boolean;
  /** Whether something was written to the cluster (release, terminate, relabel). */
  readonly wrote: boolean;
  readonly result: QueueResult;
}

/** Outcomes that changed something (and emitted an Event). */
export const WRITES: readonly Outcome[] = [
  'released',
  'force-released',
  'terminated',
  'relabeled',
  'resumed',
];
/** A Workflow with a runtime finding is looked at again this often (its holders, its phase may move). */
export const RUNTIME_RECHECK_MS = 5 * 60_000;
/** After a write, look again this long later even if the watch never shows it (a lost event). */
export const WRITE_RECHECK_MS = 30_000;
/** A full leak ledger: look again this often (an operator may archive shards meanwhile). */
export const LEDGER_FULL_RECHECK_MS = 5 * 60_000;
/** Reads and decisions per reconcile when writes keep conflicting. */
export const MAX_ATTEMPTS = 4;

/** Outcomes after which the Workflow no longer holds our finalizer (or is gone). */
const CLEARED: readonly Outcome[] = ['released', 'force-released', 'gone', 'ignored'];

/**
 * The one definition of "stuck": after this reconcile the Workflow still holds our finalizer past
 * the grace period. A release that was only reported (dry run, report-only) leaves it stuck; a
 * deletion younger than the grace period does not count yet.
 */
export function isStuck(verdict: Verdict | undefined, outcome: Outcome | 'error'): boolean {
  if (outcome !== 'error' && CLEARED.includes(outcome)) return false;
  if (verdict === undefined) return outcome === 'error' || outcome === 'conflict';
  const withinGrace = verdict.kind === 'wait' && verdict.modes.every((m) => m === 'GITOPS-02');
  return !withinGrace;
}

export async function reconcileOnce(
  source: SnapshotSource,
  key: string,
  ctx: ReconcileContext,
): Promise<Reconciled> {
  let verdict: Verdict | undefined;
  const actContext: ActContext = {
    source,
    dryRun: ctx.dryRun,
    policyText: ctx.policyText,
    log: ctx.log,
    metrics: ctx.metrics,
    identity: ctx.identity,
    now: ctx.now,
  };
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const snap = await source.snapshot(key, attempt > 0);
    if (snap === undefined) return done(key, verdict, 'gone');
    if (!needsDetail(snap.workflow)) {
      if (!ctx.runtime) return done(key, verdict, 'ignored');
      const rt = detectRuntime(snap.workflow, snap.holders ?? {}, ctx.now(), ctx.runtime, snap.pendingPods);
      const r = await actRuntime(rt, actContext, {
        reportOnly: ctx.policy.kind === 'report-only',
        emit: (f) => ctx.shouldReportFinding?.(rt.workflow.uid, f) ?? true,
      });
      if (r.outcome === 'conflict') continue;
      if (r.outcome === 'gone') return done(key, undefined, 'gone');
      const waits: number[] = [];
      if (rt.requeueAfterMs !== undefined) waits.push(rt.requeueAfterMs);
      if (rt.findings.length > 0) waits.push(RUNTIME_RECHECK_MS);
      if (WRITES.includes(r.outcome)) waits.push(WRITE_RECHECK_MS);
      return {
        key,
        findings: rt.findings,
        uid: rt.workflow.uid,
        outcome: r.outcome,
        detail: r.detail,
        stuck: rt.findings.length > 0,
        wrote: WRITES.includes(r.outcome),
        result: waits.length > 0 ? { requeueAfterMs: Math.min(...waits) } : {},
      };
    }
    verdict = diagnose(
      { ...snap, facts: ctx.facts },
      {
        now: ctx.now(),
        graceMs: ctx.graceMs,
        policy: ctx.policy,
        relabelWaitMs: ctx.relabelWaitMs,
        stopWaitMs: ctx.stopWaitMs,
      },
    );
    const r = await act(verdict, actContext, { emitRefusal: ctx.shouldReport?.(verdict) ?? true });
    if (r.outcome !== 'conflict') return done(key, verdict, r.outcome, r.detail);
  }
  return { ...done(key, verdict, 'conflict', 'kept changing'), result: { rateLimited: true } };
}

function done(key: string, verdict: Verdict | undefined, outcome: Outcome, detail?: string): Reconciled {
  const wrote = WRITES.includes(outcome);
  const waits: number[] = [];
  if (verdict?.requeueAfterMs !== undefined && !CLEARED.includes(outcome)) waits.push(verdict.requeueAfterMs);
  if (wrote) waits.push(WRITE_RECHECK_MS);
  if (outcome === 'ledger-full') waits.push(LEDGER_FULL_RECHECK_MS);
  return {
    key,
    verdict,
    outcome,
    detail,
    stuck: isStuck(verdict, outcome),
    wrote,
    result: waits.length > 0 ? { requeueAfterMs: Math.min(...waits) } : {},
  };
}
