/**
 * Runtime detectors (issue 15): Workflows that cannot make progress for reasons other than the
 * artifact-gc finalizer. One pure function per mode over the Workflow as the informer cache keeps
 * it (trim.ts keeps every field read here); `detectRuntime` runs them all. Each detector answers a
 * finding (what is wrong, the Event reason, the one lossless action if there is one), or when the
 * Workflow will be due (so the work queue looks again then), or nothing.
 *
 * Modes (docs/failure-modes.md; docs/watcher.md "Runtime modes"):
 * - RUN-01 a pod Pending for a reason that does not resolve itself (Unschedulable, image pull,
 *   container config), with `--pending-timeout` -> report; with `--terminate-pending` Terminate;
 * - RUN-04 past its deadline but still Running (an exit handler or hook pod Pending: onExit pods are
 *   exempt from activeDeadlineSeconds, argo-workflows#14641) -> `shutdown: Terminate`;
 * - RUN-05 never started (phase empty: no controller picks it up, e.g. an instanceID label no
 *   controller watches, argo-workflows#16863) -> report;
 * - RUN-07 a stop that does nothing (`shutdown` set while `suspend: true`, argo-workflows#17041)
 *   -> report, and with `--resume-to-stop` resume it so that the shutdown takes effect;
 * - SYNC-04 waiting on a lock whose holders are all final or gone (leaked by a controller bug)
 *   -> report; the controller owns its locks;
 * - ARCHIVE-01 a final Workflow whose archiving stays Pending (argo-workflows#13658, #16771): TTL
 *   GC waits on it, so finished Workflows pile up -> report;
 * - RUN-06 (pods, not Workflows) lives in pod-orphans.ts.
 */

import { FINAL_PHASES } from '../argo/enums';
import { isObject, type JsonValue } from '../argo/json';
import { LABEL_ARCHIVING_STATUS, LABEL_INSTANCE_ID, LABEL_WORKFLOW } from '../argo/metadata';
import { RUNTIME_DEFAULT_MINUTES } from '../argo/runtime-defaults';
import { type ArgoVersion, knownBugsText } from '../argo/versions';
import type { WorkflowRef } from './types';

export type RuntimeModeId = 'RUN-01' | 'RUN-04' | 'RUN-05' | 'RUN-06' | 'RUN-07' | 'SYNC-04' | 'ARCHIVE-01';
export const RUNTIME_MODES: readonly RuntimeModeId[] = [
  'RUN-01',
  'RUN-04',
  'RUN-05',
  'RUN-06',
  'RUN-07',
  'SYNC-04',
  'ARCHIVE-01',
];

/**
 * Kubernetes Event reason of a mode's report: one Event per Workflow and reason (its name is
 * stable), so a repeat raises its count and carries the latest text.
 */
export const RUNTIME_EVENT_REASONS: Record<RuntimeModeId, string> = {
  'RUN-01': 'WorkflowPodPendingTooLong',
  'RUN-04': 'WorkflowPastDeadline',
  'RUN-05': 'WorkflowNeverStarted',
  'RUN-06': 'WorkflowPodStuckOnStatusFinalizer',
  'RUN-07': 'WorkflowStopIgnoredWhileSuspended',
  'SYNC-04': 'WorkflowLockHeldByFinishedHolder',
  'ARCHIVE-01': 'WorkflowArchivingPending',
};

/**
 * Kubernetes Event reason of what argo-guard did about a mode, one per mode that can act. Apart
 * from the report's reason because Events are deduplicated by Workflow and reason: under one
 * reason, the report that follows the action (RUN-04's "although shutdown is Terminate" while the
 * controller winds the run down) would rewrite the message that says argo-guard terminated it.
 */
export const RUNTIME_ACTION_EVENT_REASONS = {
  'RUN-01': 'WorkflowTerminatedPodPendingTooLong',
  'RUN-04': 'WorkflowTerminatedPastDeadline',
  'RUN-06': 'WorkflowPodStatusFinalizerReleased',
  'RUN-07': 'WorkflowResumedToStop',
} as const satisfies Partial<Record<RuntimeModeId, string>>;

/** The modes that can act (the others only report): each has an action Event reason of its own. */
export type ActingModeId = keyof typeof RUNTIME_ACTION_EVENT_REASONS;

export interface RuntimeSettings {
  /** How long past `startedAt + activeDeadlineSeconds` a Workflow may still run (RUN-04). */
  readonly deadlineGraceMs: number;
  /** How long a Workflow may stay without a phase (RUN-05). */
  readonly startTimeoutMs: number;
  /** How long a Workflow may wait on a lock whose holders are all final or gone (SYNC-04). */
  readonly lockTimeoutMs: number;
  /** Resume a suspended Workflow whose shutdown is set, so the shutdown takes effect (RUN-07). */
  readonly resumeToStop: boolean;
  /**
   * How long a Workflow pod may stay Pending for a reason that does not resolve itself (RUN-01);
   * absent: RUN-01 is off (it caches the Pending pods of every Workflow).
   */
  readonly pendingTimeoutMs?: number;
  /** RUN-01: terminate the Workflow, not only report it. */
  readonly terminatePending?: boolean;
  /** The controller's instanceID (`--instance-id`), to name the likely cause of RUN-05. */
  readonly instanceId?: string;
  /** RUN-06: remove the pod status finalizer of orphaned pods (`--release-pod-finalizers`). */
  readonly releasePodFinalizers?: boolean;
  /** ARCHIVE-01: how long a final Workflow's archiving may stay Pending after it finished. */
  readonly archiveTimeoutMs?: number;
  /**
   * The controller's version (`--argo-version`): the Events name the known bugs it has and their
   * fixes (src/argo/versions.ts KNOWN_BUGS); absent, they name every known bug of the mode.
   */
  readonly argoVersion?: ArgoVersion;
}

/** The known-bug sentence appended to a mode's reason, from the one version table. */
export function withKnownBugs(reason: string, mode: RuntimeModeId, v?: ArgoVersion): string {
  const bugs = knownBugsText(mode, v);
  return bugs ? `${reason}. ${bugs}` : reason;
}

/** The flags' defaults (src/argo/runtime-defaults.ts) in milliseconds; RUN-01 is off by default. */
export const RUNTIME_DEFAULTS = {
  deadlineGraceMs: RUNTIME_DEFAULT_MINUTES.deadlineGrace * 60_000,
  startTimeoutMs: RUNTIME_DEFAULT_MINUTES.startTimeout * 60_000,
  lockTimeoutMs: RUNTIME_DEFAULT_MINUTES.lockTimeout * 60_000,
  archiveTimeoutMs: RUNTIME_DEFAULT_MINUTES.archiveTimeout * 60_000,
} as const;

/** What the source knows about a lock holder's Workflow: its phase and finish time, or gone. */
export type HolderState = { readonly phase: string; readonly finishedAt?: string } | 'gone';

export type RuntimeAction =
  /** `spec.shutdown: Terminate`, conditional on the resourceVersion decided on. */
  | { readonly type: 'terminate' }
  /** `spec.suspend: false`, conditional on the resourceVersion decided on. */
  | { readonly type: 'resume' };

/** What a detector found; only a mode with an action Event reason can carry an action. */
export type Finding =
  | {
      readonly mode: ActingModeId;
      /** One sentence; deterministic (no clock reading), so a repeat is recognised as the same report. */
      readonly reason: string;
      readonly action?: RuntimeAction;
    }
  | {
      readonly mode: Exclude<RuntimeModeId, ActingModeId>;
      readonly reason: string;
      readonly action?: undefined;
    };

/** A detector's answer: a finding now, or the time from now at which it would become one. */
export interface Detection {
  readonly finding?: Finding;
  readonly dueInMs?: number;
}

export interface RuntimeVerdict {
  readonly workflow: WorkflowRef;
  readonly findings: readonly Finding[];
  /** Decide again after this long (the earliest timeout still ahead). */
  readonly requeueAfterMs?: number;
}

const NOTHING: Detection = {};

function phaseOf(wf: JsonValue): string {
  const p = wf?.status?.phase;
  return typeof p === 'string' ? p : '';
}

export function isFinal(wf: JsonValue): boolean {
  return FINAL_PHASES.includes(phaseOf(wf));
}

/** Milliseconds since the epoch, or undefined for anything that is not a timestamp. */
function timeOf(v: unknown): number | undefined {
  if (typeof v !== 'string' || v === '') return undefined;
  const t = Date.parse(v);
  return Number.isFinite(t) ? t : undefined;
}

function fmt(ms: number): string {
  if (ms === 0) return '0s';
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  return `${Math.round(ms / 1000)}s`;
}

/** A Workflow the running-Workflow detectors concern: not final, not being deleted. */
export function liveCandidate(wf: JsonValue): boolean {
  return isObject(wf?.metadata) && !wf.metadata.deletionTimestamp && !isFinal(wf);
}

/** A final Workflow, not being deleted, whose archiving is Pending (ARCHIVE-01). */
export function archivePending(wf: JsonValue): boolean {
  return (
    isObject(wf?.metadata) &&
    !wf.metadata.deletionTimestamp &&
    isFinal(wf) &&
    wf.metadata.labels?.[LABEL_ARCHIVING_STATUS] === 'Pending'
  );
}

/** Whether any runtime detector can concern this Workflow (the sources' and sweep's filter). */
export function runtimeCandidate(wf: JsonValue): boolean {
  return liveCandidate(wf) || archivePending(wf);
}

/** RUN-04: `startedAt + activeDeadlineSeconds + grace` has passed and the Workflow is not final. */
export function detectPastDeadline(wf: JsonValue, now: number, s: RuntimeSettings): Detection {
  if (!liveCandidate(wf) || phaseOf(wf) === '') return NOTHING;
  const deadline = wf.spec?.activeDeadlineSeconds;
  const started = timeOf(wf.status?.startedAt);
  if (typeof deadline !== 'number' || !Number.isFinite(deadline) || deadline < 0 || started === undefined)
    return NOTHING;
  const due = started + deadline * 1000 + s.deadlineGraceMs;
  if (now < due) return { dueInMs: due - now };
  const already = wf.spec?.shutdown === 'Terminate';
  return {
    finding: {
      mode: 'RUN-04',
      reason: already
        ? `still ${phaseOf(wf)} more than ${fmt(s.deadlineGraceMs)} past its activeDeadlineSeconds (${deadline}) although shutdown is Terminate; an exit handler or hook pod is likely Pending (argo-workflows#14641)`
        : `still ${phaseOf(wf)} more than ${fmt(s.deadlineGraceMs)} past its activeDeadlineSeconds (${deadline}); an exit handler or hook pod is likely Pending, and those are exempt from the deadline (argo-workflows#14641)`,
      ...(already ? {} : { action: { type: 'terminate' } as const }),
    },
  };
}

/** RUN-05: no phase `startTimeout` after creation: no controller has picked the Workflow up. */
export function detectNeverStarted(wf: JsonValue, now: number, s: RuntimeSettings): Detection {
  if (!liveCandidate(wf) || phaseOf(wf) !== '') return NOTHING;
  const created = timeOf(wf.metadata?.creationTimestamp);
  if (created === undefined) return NOTHING;
  const due = created + s.startTimeoutMs;
  if (now < due) return { dueInMs: due - now };
  const label = wf.metadata?.labels?.[LABEL_INSTANCE_ID];
  const ns = wf.metadata?.namespace;
  let cause: string;
  if (s.instanceId !== undefined && label !== s.instanceId)
    cause =
      label === undefined
        ? `it has no ${LABEL_INSTANCE_ID} label, but the controller runs with instanceID "${s.instanceId}" and only picks up Workflows with that label (argo-workflows#16863)`
        : `its ${LABEL_INSTANCE_ID} label is "${label}", but the controller runs with instanceID "${s.instanceId}" (argo-workflows#16863)`;
  else if (s.instanceId === undefined && label !== undefined)
    cause = `its ${LABEL_INSTANCE_ID} label is "${label}": only a controller with that instanceID picks it up (argo-workflows#16863); is one running?`;
  else cause = `no Argo controller picked it up: is one running, and does it manage namespace "${ns}"?`;
  return {
    finding: {
      mode: 'RUN-05',
      reason: `no phase ${fmt(s.startTimeoutMs)} after creation: ${cause}`,
    },
  };
}

/** RUN-07: `shutdown` is set while `suspend: true`, which makes the shutdown a no-op (#17041). */
export function detectStopIgnored(wf: JsonValue, _now: number, s: RuntimeSettings): Detection {
  if (!liveCandidate(wf)) return NOTHING;
  const shutdown = wf.spec?.shutdown;
  if (typeof shutdown !== 'string' || shutdown === '' || wf.spec?.suspend !== true) return NOTHING;
  return {
    finding: {
      mode: 'RUN-07',
      reason: withKnownBugs(
        `shutdown ${shutdown} has no effect while spec.suspend is true${s.resumeToStop ? '' : '; resume it (argo resume) or run the watcher with --resume-to-stop'}`,
        'RUN-07',
        s.argoVersion,
      ),
      ...(s.resumeToStop ? { action: { type: 'resume' } as const } : {}),
    },
  };
}

export interface WaitedLock {
  readonly kind: 'mutex' | 'semaphore';
  readonly name: string;
  /** Holder keys as written by the controller (`namespace/name`, a name, or a node ID). */
  readonly holders: readonly string[];
}

/** The locks this Workflow waits on, with their current holders (`status.synchronization.*.waiting`). */
export function waitedLocks(wf: JsonValue): WaitedLock[] {
  const sync = wf?.status?.synchronization;
  if (!isObject(sync)) return [];
  const out: WaitedLock[] = [];
  const mutexWaiting = (sync as JsonValue).mutex?.waiting;
  if (Array.isArray(mutexWaiting))
    for (const w of mutexWaiting)
      if (isObject(w) && typeof (w as JsonValue).mutex === 'string')
        out.push({
          kind: 'mutex',
          name: (w as JsonValue).mutex,
          holders:
            typeof (w as JsonValue).holder === 'string' && (w as JsonValue).holder
              ? [(w as JsonValue).holder]
              : [],
        });
  const semWaiting = (sync as JsonValue).semaphore?.waiting;
  if (Array.isArray(semWaiting))
    for (const w of semWaiting)
      if (isObject(w) && typeof (w as JsonValue).semaphore === 'string')
        out.push({
          kind: 'semaphore',
          name: (w as JsonValue).semaphore,
          holders: Array.isArray((w as JsonValue).holders)
            ? (w as JsonValue).holders.filter((h: unknown) => typeof h === 'string' && h !== '')
            : [],
        });
  return out;
}

/**
 * The Workflow key of a holder: `namespace/name[/node]` names its Workflow; a single segment is
 * a Workflow name in the waiter's namespace (or a node ID, which then reads as not found: unknown).
 */
export function holderKey(holder: string, waiterNamespace: string): { key: string; qualified: boolean } {
  const parts = holder.split('/');
  if (parts.length >= 2) return { key: `${parts[0]}/${parts[1]}`, qualified: true };
  return { key: `${waiterNamespace}/${holder}`, qualified: false };
}

/** Keys of the Workflows whose state SYNC-04 needs for this Workflow (the source looks them up). */
export function lockHolderKeys(wf: JsonValue): string[] {
  if (!liveCandidate(wf)) return [];
  const ns = wf.metadata?.namespace ?? '';
  const keys = new Set<string>();
  for (const l of waitedLocks(wf)) for (const h of l.holders) keys.add(holderKey(h, ns).key);
  return [...keys].sort();
}

/**
 * SYNC-04: every holder of a lock this Workflow waits on is final or gone, for longer than the
 * lock timeout. Since when: a final holder's `finishedAt`; a gone holder's deletion time is not
 * known, so the waiter's own start (or creation) stands in: the waiter cannot have waited on it
 * for longer than that. A holder the source could not look up, or an unqualified holder that is
 * not found (it may be a node ID), is unknown: then the lock is not judged.
 */
export function detectStaleLock(
  wf: JsonValue,
  now: number,
  s: RuntimeSettings,
  holders: Readonly<Record<string, HolderState>>,
): Detection {
  if (!liveCandidate(wf)) return NOTHING;
  const ns = wf.metadata?.namespace ?? '';
  const self = `${ns}/${wf.metadata?.name ?? ''}`;
  const waiterSince = timeOf(wf.status?.startedAt) ?? timeOf(wf.metadata?.creationTimestamp);
  const stale: string[] = [];
  let earliestDue: number | undefined;
  for (const lock of waitedLocks(wf)) {
    if (lock.holders.length === 0) continue; // waiting for a free slot, not behind a holder
    let since = Number.NEGATIVE_INFINITY;
    const described: string[] = [];
    let judged = true;
    for (const h of lock.holders) {
      const { key, qualified } = holderKey(h, ns);
      const state = key === self ? undefined : holders[key];
      if (state === undefined || (state === 'gone' && !qualified)) {
        judged = false;
        break;
      }
      if (state === 'gone') {
        if (waiterSince === undefined) {
          judged = false;
          break;
        }
        since = Math.max(since, waiterSince);
        described.push(`${key} (gone)`);
      } else if (FINAL_PHASES.includes(state.phase)) {
        const finished = timeOf(state.finishedAt) ?? waiterSince;
        if (finished === undefined) {
          judged = false;
          break;
        }
        since = Math.max(since, finished);
        described.push(`${key} (${state.phase})`);
      } else {
        judged = false; // a live holder: the wait is legitimate
        break;
      }
    }
    if (!judged) {
      // A live or unknown holder may finish and leave the lock leaked without this Workflow changing
      // (no watch event): look again one lock timeout from now.
      earliestDue = Math.min(earliestDue ?? now + s.lockTimeoutMs, now + s.lockTimeoutMs);
      continue;
    }
    const due = since + s.lockTimeoutMs;
    if (now < due) {
      earliestDue = Math.min(earliestDue ?? due, due);
      continue;
    }
    stale.push(`${lock.kind} "${lock.name}" held by ${described.join(', ')}`);
  }
  if (stale.length === 0) return earliestDue === undefined ? NOTHING : { dueInMs: earliestDue - now };
  return {
    finding: {
      mode: 'SYNC-04',
      reason: withKnownBugs(
        `waiting more than ${fmt(s.lockTimeoutMs)} on ${stale.join('; ')}, all final or gone: the controller leaked the lock; fix: upgrade the controller to a version with the fix, or restart it so it rebuilds its lock state (the watcher does not touch locks)`,
        'SYNC-04',
        s.argoVersion,
      ),
    },
  };
}

/** Waiting reasons of a container that a Pending pod does not get over by itself (RUN-01). */
export const STUCK_WAITING_REASONS: readonly string[] = [
  'ImagePullBackOff',
  'ErrImagePull',
  'CreateContainerConfigError',
];

/** Why a Pending pod is stuck, and since when (ms), or undefined when it is not (or not yet known). */
export function pendingReason(pod: JsonValue): { reason: string; since: number } | undefined {
  const st = pod?.status;
  if (!isObject(st) || (st as JsonValue).phase !== 'Pending') return undefined;
  const created = timeOf(pod.metadata?.creationTimestamp);
  const conditions = Array.isArray((st as JsonValue).conditions) ? (st as JsonValue).conditions : [];
  const unschedulable = conditions.find(
    (c: JsonValue) =>
      isObject(c) && c.type === 'PodScheduled' && c.status === 'False' && c.reason === 'Unschedulable',
  );
  if (unschedulable) {
    const since = timeOf(unschedulable.lastTransitionTime) ?? created;
    return since === undefined ? undefined : { reason: 'Unschedulable', since };
  }
  const statuses = [
    ...(Array.isArray((st as JsonValue).initContainerStatuses)
      ? (st as JsonValue).initContainerStatuses
      : []),
    ...(Array.isArray((st as JsonValue).containerStatuses) ? (st as JsonValue).containerStatuses : []),
  ];
  for (const cs of statuses) {
    const reason = cs?.state?.waiting?.reason;
    if (typeof reason === 'string' && STUCK_WAITING_REASONS.includes(reason))
      return created === undefined ? undefined : { reason, since: created };
  }
  return undefined;
}

/**
 * RUN-01: a pod of this Workflow Pending (Unschedulable, image pull, container config) for longer
 * than the pending timeout (before 4.1 there is no `pendingTimeout`). `pods`: its Pending pods.
 */
export function detectPendingPods(
  wf: JsonValue,
  pods: readonly JsonValue[],
  now: number,
  s: RuntimeSettings,
): Detection {
  if (s.pendingTimeoutMs === undefined || !liveCandidate(wf)) return NOTHING;
  const stuck: string[] = [];
  let earliestDue: number | undefined;
  for (const pod of [...pods].sort((a, b) =>
    String(a?.metadata?.name).localeCompare(String(b?.metadata?.name)),
  )) {
    const p = pendingReason(pod);
    if (!p) continue;
    const due = p.since + s.pendingTimeoutMs;
    if (now < due) earliestDue = Math.min(earliestDue ?? due, due);
    else stuck.push(`${pod.metadata?.name} (${p.reason})`);
  }
  if (stuck.length === 0) return earliestDue === undefined ? NOTHING : { dueInMs: earliestDue - now };
  return {
    finding: {
      mode: 'RUN-01',
      reason: `pod ${stuck.join(', ')} Pending for more than ${fmt(s.pendingTimeoutMs)}; it will not start by itself${s.terminatePending ? '' : ' (terminate it, or run the watcher with --terminate-pending)'}`,
      ...(s.terminatePending && wf.spec?.shutdown !== 'Terminate'
        ? { action: { type: 'terminate' } as const }
        : {}),
    },
  };
}

/**
 * ARCHIVE-01: a final Workflow whose `workflow-archiving-status` label is still `Pending` longer
 * than the archive timeout after it finished: the archive (a database) is not taking it, and TTL
 * GC waits for archiving, so finished Workflows pile up (argo-workflows#13658, #16771, #16575
 * fixed 4.0.9). Report only: the controller retries; the database is the operator's to fix.
 */
export function detectArchiveBacklog(wf: JsonValue, now: number, s: RuntimeSettings): Detection {
  if (!archivePending(wf)) return NOTHING;
  const timeout = s.archiveTimeoutMs ?? RUNTIME_DEFAULTS.archiveTimeoutMs;
  const finished = timeOf(wf.status?.finishedAt) ?? timeOf(wf.metadata?.creationTimestamp);
  if (finished === undefined) return NOTHING;
  const due = finished + timeout;
  if (now < due) return { dueInMs: due - now };
  return {
    finding: {
      mode: 'ARCHIVE-01',
      reason: withKnownBugs(
        `${phaseOf(wf)} but its ${LABEL_ARCHIVING_STATUS} label is still Pending more than ${fmt(timeout)} after it finished: the controller cannot write it to the workflow archive (is the database reachable? argo-workflows#13658, #16771), and TTL garbage collection waits for archiving, so it is never deleted`,
        'ARCHIVE-01',
        s.argoVersion,
      ),
    },
  };
}

/** The Workflow key of a Workflow pod (`workflows.argoproj.io/workflow` label). */
export function podWorkflowKey(pod: JsonValue): string | undefined {
  const name = pod?.metadata?.labels?.[LABEL_WORKFLOW];
  return typeof name === 'string' && name ? `${pod.metadata.namespace}/${name}` : undefined;
}

/** The Workflow-level modes, in the order the detectors run (RUN-06 is about pods: pod-orphans.ts). */
export const WORKFLOW_RUNTIME_MODES = [
  'RUN-01',
  'RUN-04',
  'RUN-05',
  'RUN-07',
  'SYNC-04',
  'ARCHIVE-01',
] as const;

/** Every detector on one Workflow, each answer under its mode (`doctor` shows them one by one). */
export function runtimeDetections(
  wf: JsonValue,
  holders: Readonly<Record<string, HolderState>>,
  now: number,
  s: RuntimeSettings,
  pendingPods: readonly JsonValue[] = [],
): Record<(typeof WORKFLOW_RUNTIME_MODES)[number], Detection> {
  return {
    'RUN-01': detectPendingPods(wf, pendingPods, now, s),
    'RUN-04': detectPastDeadline(wf, now, s),
    'RUN-05': detectNeverStarted(wf, now, s),
    'RUN-07': detectStopIgnored(wf, now, s),
    'SYNC-04': detectStaleLock(wf, now, s, holders),
    'ARCHIVE-01': detectArchiveBacklog(wf, now, s),
  };
}

/** Every detector on one Workflow. `holders`: what the source knows about the lock holders. */
export function detectRuntime(
  wf: JsonValue,
  holders: Readonly<Record<string, HolderState>>,
  now: number,
  s: RuntimeSettings,
  pendingPods: readonly JsonValue[] = [],
): RuntimeVerdict {
  const ref: WorkflowRef = {
    namespace: wf?.metadata?.namespace ?? '',
    name: wf?.metadata?.name ?? '',
    uid: wf?.metadata?.uid ?? '',
    resourceVersion: wf?.metadata?.resourceVersion,
  };
  const byMode = runtimeDetections(wf, holders, now, s, pendingPods);
  const detections = WORKFLOW_RUNTIME_MODES.map((m) => byMode[m]);
  const findings = detections.flatMap((d) => (d.finding ? [d.finding] : []));
  const dues = detections.flatMap((d) => (d.dueInMs !== undefined ? [Math.max(1, d.dueInMs)] : []));
  return {
    workflow: ref,
    findings,
    ...(dues.length > 0 ? { requeueAfterMs: Math.min(...dues) } : {}),
  };
}
