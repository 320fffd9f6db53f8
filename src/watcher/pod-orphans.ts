/**
 * RUN-06: Workflow pods stuck Terminating behind the controller's pod status finalizer
 * `workflows.argoproj.io/status` (argo-workflows#12413). The controller removes it once it has read
 * the pod's status; when the Workflow is deleted (or finished) while its pods terminate and the
 * controller never gets to them (a restart during `deleteDelayDuration`, argo-workflows#17024,
 * PR #14088; #15164 fixed part of it in 3.6.16 and 3.7.7), the pods stay Terminating forever.
 *
 * Removing the finalizer then loses nothing the controller still wants: its own delete handler
 * removes it the same way once the Workflow is done. The watcher does it only with
 * `--release-pod-finalizers` (it needs `patch` on pods), and only for a pod whose Workflow is gone
 * or final, `--grace` after both the pod's deletion and the Workflow's finish; otherwise it
 * reports (log, metric, sweep, and an Event on the Workflow when it still exists).
 *
 * The decision is pure (`decidePodOrphan`); `reconcilePodOrphan` reads, decides, acts and decides
 * again after a conflict; `scanPodOrphans` runs it over every terminating Workflow pod.
 */

import { FINAL_PHASES } from '../argo/enums';
import { isObject, type JsonValue } from '../argo/json';
import { LABEL_WORKFLOW, POD_STATUS_FINALIZER } from '../argo/metadata';
import type { ArgoVersion } from '../argo/versions';
import { ApiError } from './kube';
import type { Logger } from './log';
import type { Metrics } from './metrics';
import { RUNTIME_ACTION_EVENT_REASONS, RUNTIME_EVENT_REASONS, withKnownBugs } from './runtime';
import { ConflictError, GoneError, type WorkflowEvent } from './source';
import type { WorkflowRef } from './types';

/** What the source knows about a pod's Workflow. */
export type PodOwner =
  | {
      readonly state: 'present';
      readonly ref: WorkflowRef;
      readonly phase: string;
      readonly finishedAt?: string;
    }
  | { readonly state: 'gone' }
  /** Not readable (outside the watched namespaces or selector, no permission): never judged. */
  | { readonly state: 'unknown' };

export interface PodRef {
  readonly namespace: string;
  readonly name: string;
  readonly resourceVersion?: string;
}

export type PodOrphanDecision =
  | { readonly kind: 'none' }
  | { readonly kind: 'wait'; readonly dueInMs: number }
  | {
      readonly kind: 'orphan';
      /** One sentence, without clock readings (a repeat is recognised as the same report). */
      readonly reason: string;
      /** Remove the finalizer at this index of `metadata.finalizers` (only with the option on). */
      readonly releaseIndex?: number;
    };

export interface PodOrphanSettings {
  /** How long after both the pod's deletion and the Workflow's finish the finalizer may stay. */
  readonly graceMs: number;
  /** `--release-pod-finalizers`: remove it, not only report. */
  readonly release: boolean;
  /** The controller's version, for the known bugs named in the report. */
  readonly argoVersion?: ArgoVersion;
}

function timeOf(v: unknown): number | undefined {
  if (typeof v !== 'string' || v === '') return undefined;
  const t = Date.parse(v);
  return Number.isFinite(t) ? t : undefined;
}

/** A terminating pod of a Workflow that holds the status finalizer: the only pods RUN-06 looks at. */
export function isStatusFinalizerPod(pod: JsonValue): boolean {
  const m = pod?.metadata;
  return (
    isObject(m) &&
    !!m.deletionTimestamp &&
    typeof m.labels?.[LABEL_WORKFLOW] === 'string' &&
    Array.isArray(m.finalizers) &&
    m.finalizers.includes(POD_STATUS_FINALIZER)
  );
}

/** `namespace/workflow` of a Workflow pod. */
export function podOwnerKey(pod: JsonValue): string {
  return `${pod?.metadata?.namespace ?? ''}/${pod?.metadata?.labels?.[LABEL_WORKFLOW] ?? ''}`;
}

/**
 * RUN-06, pure. Safety: never an orphan while the Workflow exists and is not final, or while its
 * state is unknown, or before `graceMs` after the pod's deletion and the Workflow's finish.
 * Liveness: a terminating pod holding the finalizer whose Workflow is gone or final past that is
 * an orphan, and with `release` its finalizer is removed.
 */
export function decidePodOrphan(
  pod: JsonValue,
  owner: PodOwner,
  now: number,
  s: PodOrphanSettings,
): PodOrphanDecision {
  if (!isStatusFinalizerPod(pod)) return { kind: 'none' };
  if (owner.state === 'unknown') return { kind: 'none' };
  if (owner.state === 'present' && !FINAL_PHASES.includes(owner.phase)) return { kind: 'none' };
  const deleted = timeOf(pod.metadata.deletionTimestamp);
  if (deleted === undefined) return { kind: 'none' };
  // A pod's deletionTimestamp is the end of its termination grace period; the Workflow's finish
  // may come later (a pod deleted by pod GC while the Workflow still ran its exit handler).
  const finished = owner.state === 'present' ? (timeOf(owner.finishedAt) ?? deleted) : deleted;
  const due = Math.max(deleted, finished) + s.graceMs;
  if (now < due) return { kind: 'wait', dueInMs: due - now };
  const wf = pod.metadata.labels[LABEL_WORKFLOW];
  const whose =
    owner.state === 'gone' ? `its Workflow ${wf} is gone` : `its Workflow ${wf} is ${owner.phase}`;
  return {
    kind: 'orphan',
    reason: withKnownBugs(
      `pod ${pod.metadata.name} is stuck Terminating (deletion ${pod.metadata.deletionTimestamp}) behind the ${POD_STATUS_FINALIZER} finalizer while ${whose}; the controller will not remove it${s.release ? '' : '; remove that finalizer, or run the watcher with --release-pod-finalizers'}`,
      'RUN-06',
      s.argoVersion,
    ),
    ...(s.release ? { releaseIndex: pod.metadata.finalizers.indexOf(POD_STATUS_FINALIZER) } : {}),
  };
}

/** What RUN-06 reads and writes (the Kubernetes sources and the in-memory test source implement it). */
export interface PodOrphanSource {
  /** Pages of the terminating Workflow pods holding the status finalizer (`isStatusFinalizerPod`). */
  statusFinalizerPods(): AsyncIterable<readonly JsonValue[]>;
  /** The pod as it is now (`undefined`: gone). */
  readPod(namespace: string, name: string): Promise<JsonValue | undefined>;
  /** The pod's Workflow; `fresh`: bypass any cache. */
  podOwner(pod: JsonValue, fresh: boolean): Promise<PodOwner>;
  /**
   * Removes the status finalizer at `index`, if the pod is still at `ref.resourceVersion` and the
   * finalizer is still at that index (JSON patch test + test + remove); ConflictError otherwise,
   * GoneError when the pod is gone.
   */
  releasePodFinalizer(ref: PodRef, index: number): Promise<void>;
  event(e: WorkflowEvent): Promise<void>;
}

export interface PodOrphanContext {
  readonly settings: PodOrphanSettings;
  /** Decide and report, change nothing, write no Event. */
  readonly dryRun: boolean;
  /** `--policy report-only`: Events, no patch. */
  readonly reportOnly: boolean;
  readonly log: Logger;
  readonly metrics?: Metrics;
  readonly identity: string;
  readonly now: () => number;
  /** Whether to write the Event for this report (watch: once per text per process). @default always */
  readonly shouldReport?: (podKey: string, reason: string) => boolean;
}

export type PodOrphanOutcome =
  | 'none'
  | 'waiting'
  | 'reported'
  | 'released'
  | 'dry-run'
  | 'gone'
  | 'conflict'
  /** The read or the patch failed (e.g. 403: the option is on but the RBAC lacks pod patch). */
  | 'error';

export interface PodOrphanResult {
  readonly pod: string;
  /** `namespace/workflow`. */
  readonly workflow: string;
  readonly outcome: PodOrphanOutcome;
  readonly reason?: string;
  readonly dueInMs?: number;
}

const MAX_ATTEMPTS = 4;

/** Read (fresh after a conflict), decide, act; a failed precondition reads and decides again. */
export async function reconcilePodOrphan(
  source: PodOrphanSource,
  pod: JsonValue,
  ctx: PodOrphanContext,
): Promise<PodOrphanResult> {
  const namespace = pod.metadata.namespace;
  const podKey = `${namespace}/${pod.metadata.name}`;
  const workflow = podOwnerKey(pod);
  let current: JsonValue | undefined = pod;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (attempt > 0) current = await source.readPod(namespace, pod.metadata.name);
    if (current === undefined) return { pod: podKey, workflow, outcome: 'gone' };
    // A release reads the Workflow from the API, not a cache that may lag (a retried Workflow
    // is Running again); a report may use the cache.
    const releasing = ctx.settings.release && !ctx.reportOnly && !ctx.dryRun;
    const owner = await source.podOwner(current, attempt > 0 || releasing);
    const d = decidePodOrphan(current, owner, ctx.now(), ctx.settings);
    if (d.kind === 'none') return { pod: podKey, workflow, outcome: 'none' };
    if (d.kind === 'wait') return { pod: podKey, workflow, outcome: 'waiting', dueInMs: d.dueInMs };
    const log = ctx.log.child({ namespace, pod: current.metadata.name, workflow: workflow, mode: 'RUN-06' });
    const release = ctx.reportOnly ? undefined : d.releaseIndex;
    if (ctx.dryRun) {
      log.info(`RUN-06: dry run: would ${release !== undefined ? 'remove the finalizer' : 'report'}`, {
        reason: d.reason,
      });
      return { pod: podKey, workflow, outcome: 'dry-run', reason: d.reason };
    }
    const ref = owner.state === 'present' ? owner.ref : undefined;
    if (release !== undefined) {
      try {
        await source.releasePodFinalizer(
          { namespace, name: current.metadata.name, resourceVersion: current.metadata.resourceVersion },
          release,
        );
      } catch (err) {
        if (err instanceof GoneError) return { pod: podKey, workflow, outcome: 'gone' };
        if (err instanceof ConflictError) {
          log.info('RUN-06: the pod changed between read and patch; deciding again', { error: err.message });
          continue;
        }
        ctx.metrics?.apiErrors.inc({
          operation: 'release-pod-finalizer',
          code: err instanceof ApiError ? String(err.status) : 'network',
        });
        ctx.metrics?.actions.inc({ action: 'release-pod-finalizer', outcome: 'failed' });
        throw err;
      }
      ctx.metrics?.actions.inc({ action: 'release-pod-finalizer', outcome: 'ok' });
      log.info(`RUN-06: removed the ${POD_STATUS_FINALIZER} finalizer`, { reason: d.reason });
      if (ref)
        await event(
          ctx,
          source,
          ref,
          RUNTIME_ACTION_EVENT_REASONS['RUN-06'],
          `RUN-06: argo-guard removed the ${POD_STATUS_FINALIZER} finalizer: ${d.reason}`,
        );
      return { pod: podKey, workflow, outcome: 'released', reason: d.reason };
    }
    log.warn(`RUN-06: ${d.reason}`);
    if (ref && (ctx.shouldReport?.(podKey, d.reason) ?? true))
      await event(ctx, source, ref, RUNTIME_EVENT_REASONS['RUN-06'], `RUN-06: ${d.reason}`);
    return { pod: podKey, workflow, outcome: 'reported', reason: d.reason };
  }
  return { pod: podKey, workflow, outcome: 'conflict', reason: 'kept changing' };
}

/**
 * Writes the Event on the pod's Workflow, under `reason`: the release has a reason of its own
 * (RUNTIME_ACTION_EVENT_REASONS), so a later report of another pod of the Workflow does not
 * rewrite it.
 */
async function event(
  ctx: PodOrphanContext,
  source: PodOrphanSource,
  ref: WorkflowRef,
  reason: string,
  message: string,
) {
  try {
    await source.event({
      workflow: ref,
      type: 'Warning',
      reason,
      message,
      identity: ctx.identity,
      at: new Date(ctx.now()).toISOString(),
    });
  } catch (err) {
    ctx.log.warn('could not write the Event', { reason, error: err as Error });
  }
}

export interface PodOrphanScan {
  /** Pods stuck now (reported, or released in this scan), in the order found. */
  readonly results: readonly PodOrphanResult[];
  /** The earliest time from now a pod waiting out its grace becomes due. */
  readonly nextDueMs?: number;
}

/** One pass over every terminating Workflow pod holding the status finalizer. */
export async function scanPodOrphans(source: PodOrphanSource, ctx: PodOrphanContext): Promise<PodOrphanScan> {
  const results: PodOrphanResult[] = [];
  let nextDueMs: number | undefined;
  for await (const page of source.statusFinalizerPods())
    for (const pod of page) {
      const r = await reconcilePodOrphan(source, pod, ctx).catch((err): PodOrphanResult => {
        ctx.log.error(`RUN-06: could not handle pod ${pod.metadata?.name}`, {
          namespace: pod.metadata?.namespace,
          pod: pod.metadata?.name,
          mode: 'RUN-06',
          error: err as Error,
        });
        return {
          pod: `${pod.metadata?.namespace}/${pod.metadata?.name}`,
          workflow: podOwnerKey(pod),
          outcome: 'error',
          reason: `could not handle pod ${pod.metadata?.name}: ${(err as Error).message}`,
        };
      });
      if (r.outcome === 'waiting' && r.dueInMs !== undefined)
        nextDueMs = Math.min(nextDueMs ?? r.dueInMs, r.dueInMs);
      else if (r.outcome !== 'none' && r.outcome !== 'gone') results.push(r);
    }
  return { results, ...(nextDueMs !== undefined ? { nextDueMs } : {}) };
}
