/**
 * Applies a verdict's plan (controller-runtime's "act" step) through a `SnapshotSource`: removal of
 * Argo's finalizer only, conditional on the resourceVersion the decision read; `spec.shutdown:
 * Terminate`, equally conditional; the AGC-06 relabel; the leak ledger before a forced release; and
 * a Kubernetes Event on the Workflow for every action and every refusal.
 * Conflict-aware: a failed precondition returns `conflict`, and the caller re-reads and re-decides.
 */

import { ARTIFACT_GC_FINALIZER } from '../argo/metadata';
import { ApiError } from './kube';
import { entryFor, ledgerName } from './ledger';
import type { Logger } from './log';
import type { Metrics } from './metrics';
import {
  type Finding,
  RUNTIME_ACTION_EVENT_REASONS,
  RUNTIME_EVENT_REASONS,
  type RuntimeVerdict,
} from './runtime';
import { ConflictError, GoneError, LedgerFullError, type SnapshotSource } from './source';
import type { Verdict } from './types';

export const EVENT_REASONS = {
  released: 'ArtifactGCFinalizerReleased',
  forced: 'ArtifactGCFinalizerForceReleased',
  refused: 'ArtifactGCReleaseRefused',
  terminated: 'WorkflowTerminatedForDeletion',
  relabeled: 'ArtifactGCPodRelabeled',
  invalid: 'ArtifactGCWorkflowMalformed',
  ledgerFull: 'ArtifactGCLeakLedgerFull',
} as const;

export type Outcome =
  | 'released'
  | 'force-released'
  | 'terminated'
  | 'relabeled'
  /** RUN-07: `spec.suspend: false` so that a set shutdown takes effect. */
  | 'resumed'
  /** RUN-06: the status finalizer of an orphaned pod removed (`--release-pod-finalizers`). */
  | 'pod-finalizer-released'
  /** A runtime finding was reported (Event, metric, log); nothing changed. */
  | 'reported'
  | 'refused'
  | 'invalid'
  | 'waiting'
  | 'ignored'
  | 'conflict'
  | 'gone'
  | 'dry-run'
  /** A forced release was due, but the leak ledger could not take the entry: the finalizer stays. */
  | 'ledger-full';

export interface ActContext {
  readonly source: SnapshotSource;
  readonly dryRun: boolean;
  /** The policy as the user wrote it, for the ledger. */
  readonly policyText: string;
  readonly log: Logger;
  readonly metrics?: Metrics;
  /** This replica's identity (Event reportingInstance). */
  readonly identity: string;
  readonly now?: () => number;
}

export interface ActResult {
  readonly outcome: Outcome;
  readonly detail?: string;
}

/**
 * Applies `v`. `emitRefusal` says whether a refusal/invalid Event should be written (the controller
 * writes one per distinct verdict, not one per resync).
 */
export async function act(
  v: Verdict,
  ctx: ActContext,
  options: { emitRefusal?: boolean } = {},
): Promise<ActResult> {
  const ref = v.workflow;
  const now = ctx.now ?? Date.now;
  const log = ctx.log.child({
    namespace: ref.namespace,
    workflow: ref.name,
    uid: ref.uid,
    verdict: v.kind,
    modes: v.modes.join(','),
  });
  const modeLabel = v.modes.filter((m) => m !== 'GITOPS-02').join(',') || 'none';

  switch (v.kind) {
    case 'ignore':
      return { outcome: 'ignored' };
    case 'wait':
      log.debug('waiting', { reason: v.reason, requeueAfterMs: v.requeueAfterMs });
      return { outcome: 'waiting' };
    case 'invalid':
      ctx.metrics?.invalid.inc();
      log.warn('malformed Workflow skipped', { reason: v.reason });
      if (ctx.dryRun) return { outcome: 'dry-run', detail: `would report malformed: ${v.reason}` };
      if (options.emitRefusal !== false && ref.name && ref.namespace)
        await event(
          ctx,
          v,
          'Warning',
          EVENT_REASONS.invalid,
          `argo-guard skipped this Workflow: ${v.reason}`,
        );
      return { outcome: 'invalid' };
    case 'refuse':
      ctx.metrics?.refusals.inc({ mode: modeLabel, safety: v.safety ?? 'n/a' });
      log.warn('release refused', {
        reason: v.reason,
        safety: v.safety,
        unproven: v.unproven.map((p) => p.location.url),
      });
      if (ctx.dryRun) return { outcome: 'dry-run', detail: `would refuse: ${v.reason}` };
      if (options.emitRefusal !== false)
        await event(ctx, v, 'Warning', EVENT_REASONS.refused, `${v.modes.join(',')}: ${v.reason}`);
      return { outcome: 'refused' };
    default:
      break;
  }

  let result: ActResult = { outcome: 'ignored' };
  for (const action of v.plan) {
    if (ctx.dryRun) {
      log.info(`dry run: would ${action.type}`, {
        reason: v.reason,
        ...(action.type === 'release'
          ? { forced: action.forced, leaked: action.leaked.map((l) => l.location.url) }
          : {}),
      });
      result = { outcome: 'dry-run', detail: `would ${action.type}: ${v.reason}` };
      continue;
    }
    try {
      if (action.type === 'terminate') {
        await ctx.source.terminate(ref);
        ctx.metrics?.actions.inc({ action: 'terminate', outcome: 'ok' });
        log.info('terminated a Workflow deleted before it finished', { reason: v.reason });
        await event(
          ctx,
          v,
          'Normal',
          EVENT_REASONS.terminated,
          `argo-guard set spec.shutdown=Terminate: ${v.reason}`,
        );
        result = { outcome: 'terminated' };
      } else if (action.type === 'relabel') {
        await ctx.source.relabelPod(
          ref.namespace,
          action.pod,
          action.label,
          action.value,
          new Date(now()).toISOString(),
        );
        ctx.metrics?.actions.inc({ action: 'relabel', outcome: 'ok' });
        log.info('relabeled a GC pod the controller could not see', { pod: action.pod, label: action.label });
        await event(
          ctx,
          v,
          'Normal',
          EVENT_REASONS.relabeled,
          `argo-guard labeled pod ${action.pod} ${action.label}=${action.value} (AGC-06) so the controller recoups it`,
        );
        result = { outcome: 'relabeled' };
      } else {
        if (action.forced) {
          // Durable first: if the ledger cannot be written, the finalizer stays.
          try {
            await ctx.source.recordLeak(
              entryFor(ref, v.deletedAt, ctx.policyText, v.modes, v.reason, action.leaked, now()),
            );
          } catch (err) {
            if (!(err instanceof LedgerFullError)) throw err;
            ctx.metrics?.ledgerFull.inc({ namespace: ref.namespace });
            ctx.metrics?.releases.inc({ mode: modeLabel, outcome: 'ledger-full' });
            log.error('leak ledger full: not force-released', { reason: v.reason, error: err });
            await event(
              ctx,
              v,
              'Warning',
              EVENT_REASONS.ledgerFull,
              `argo-guard did not force-release this Workflow: ${err.message}. The finalizer stays until the ledger has room.`,
            );
            return { outcome: 'ledger-full', detail: err.message };
          }
        }
        await ctx.source.releaseFinalizer(ref, action.finalizerIndex);
        const outcome = action.forced ? 'forced' : 'safe';
        ctx.metrics?.releases.inc({ mode: modeLabel, outcome });
        if (v.deletedAt !== undefined)
          ctx.metrics?.deletionToRelease.observe(Math.max(0, (now() - v.deletedAt) / 1000));
        log.info(
          action.forced
            ? 'finalizer force-released; leaked artifacts written to the ledger'
            : 'finalizer released',
          {
            reason: v.reason,
            leaked: action.forced ? action.leaked.map((l) => l.location.url) : undefined,
          },
        );
        const message = action.forced
          ? `argo-guard removed ${ARTIFACT_GC_FINALIZER} under ${ctx.policyText}: ${v.reason}. Leaked: ${action.leaked.map((l) => l.location.url).join(', ')} (see ConfigMap ${ledgerName(ref.namespace)}[-N] in the watcher's namespace)`
          : `argo-guard removed ${ARTIFACT_GC_FINALIZER}: ${v.reason}`;
        await event(
          ctx,
          v,
          action.forced ? 'Warning' : 'Normal',
          action.forced ? EVENT_REASONS.forced : EVENT_REASONS.released,
          message,
        );
        result = { outcome: action.forced ? 'force-released' : 'released' };
      }
    } catch (err) {
      return writeFailed(err, ctx, log, '', action.type, () => {
        if (action.type === 'release') ctx.metrics?.releases.inc({ mode: modeLabel, outcome: 'failed' });
        else ctx.metrics?.actions.inc({ action: action.type, outcome: 'failed' });
      });
    }
  }
  return result;
}

/**
 * Applies a runtime verdict (runtime.ts): per finding, the one lossless action unless the run is a
 * dry run or report-only, then an Event named by the mode (`emit` says whether this finding is new
 * to this process; the Event itself is deduplicated by its stable name). A dry run writes nothing,
 * not even Events, like the finalizer path.
 */
export async function actRuntime(
  v: RuntimeVerdict,
  ctx: ActContext,
  options: { reportOnly: boolean; emit: (f: Finding) => boolean },
): Promise<ActResult> {
  const ref = v.workflow;
  if (v.findings.length === 0) return { outcome: 'ignored' };
  let result: ActResult = { outcome: 'reported' };
  for (const f of v.findings) {
    const log = ctx.log.child({ namespace: ref.namespace, workflow: ref.name, uid: ref.uid, mode: f.mode });
    const action = options.reportOnly ? undefined : f.action;
    if (ctx.dryRun) {
      log.info(`${f.mode}: dry run: would ${action ? action.type : 'report'}`, { reason: f.reason });
      result = {
        outcome: 'dry-run',
        detail: `${f.mode}: would ${action ? action.type : 'report'}: ${f.reason}`,
      };
      continue;
    }
    if (!options.reportOnly && f.action) {
      const action = f.action;
      try {
        if (action.type === 'terminate') await ctx.source.terminate(ref);
        else await ctx.source.resume(ref);
      } catch (err) {
        return writeFailed(err, ctx, log, `${f.mode}: `, action.type, () =>
          ctx.metrics?.actions.inc({ action: action.type, outcome: 'failed' }),
        );
      }
      ctx.metrics?.actions.inc({ action: action.type, outcome: 'ok' });
      const done = action.type === 'terminate' ? 'set spec.shutdown=Terminate' : 'set spec.suspend=false';
      log.info(`${f.mode}: ${done}`, { reason: f.reason });
      // Its own reason, so the reports that follow (count up, latest text) do not hide that it acted.
      await event(
        ctx,
        { workflow: ref },
        'Warning',
        RUNTIME_ACTION_EVENT_REASONS[f.mode],
        `${f.mode}: argo-guard ${done}: ${f.reason}`,
      );
      result = { outcome: action.type === 'terminate' ? 'terminated' : 'resumed' };
      continue;
    }
    log.warn(`${f.mode}: ${f.reason}`);
    if (options.emit(f))
      await event(ctx, { workflow: ref }, 'Warning', RUNTIME_EVENT_REASONS[f.mode], `${f.mode}: ${f.reason}`);
  }
  return result;
}

/**
 * A write that failed. The Workflow gone, or changed since the read (a failed precondition), is an
 * outcome: the caller stops, or reads again and decides again. Anything else is counted (the API
 * error, and the action's own failure by `countFailed`) and thrown: the work queue retries it.
 */
function writeFailed(
  err: unknown,
  ctx: ActContext,
  log: Logger,
  logPrefix: string,
  operation: string,
  countFailed: () => void,
): ActResult {
  if (err instanceof GoneError) return { outcome: 'gone' };
  if (err instanceof ConflictError) {
    log.info(`${logPrefix}the Workflow changed between read and patch; deciding again`, {
      action: operation,
      error: err.message,
    });
    return { outcome: 'conflict', detail: err.message };
  }
  ctx.metrics?.apiErrors.inc({
    operation,
    code: err instanceof ApiError ? String(err.status) : 'network',
  });
  countFailed();
  throw err;
}

/** Writes the Event on the Workflow. Best effort: a lost Event must not undo or block an action. */
async function event(
  ctx: ActContext,
  v: Pick<Verdict, 'workflow'>,
  type: 'Normal' | 'Warning',
  reason: string,
  message: string,
): Promise<void> {
  try {
    await ctx.source.event({
      workflow: v.workflow,
      type,
      reason,
      message,
      identity: ctx.identity,
      at: new Date((ctx.now ?? Date.now)()).toISOString(),
    });
  } catch (err) {
    ctx.log.warn('could not write the Event', { reason, error: err as Error });
  }
}
