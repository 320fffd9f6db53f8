/**
 * `diagnose(snapshot, options) -> verdict`: the watcher's whole decision, with no I/O.
 * It follows docs/failure-modes.md §6 step by step; every case of docs/watcher.md is a branch here.
 * The one invariant (tested with fast-check): a release that is not forced never leaves a pending
 * artifact without proof of deletion.
 */

import { FINAL_PHASES, KNOWN_PHASES } from '../argo/enums';
import { isObject, type JsonValue } from '../argo/json';
import {
  ARGOCD_HOOK_FINALIZER,
  ARTIFACT_GC_FINALIZER,
  COMPONENT_ARTIFACT_GC,
  LABEL_COMPONENT,
  LABEL_INSTANCE_ID,
  LABEL_WORKFLOW,
} from '../argo/metadata';
import {
  anyTaskFailure,
  execSpec,
  MalformedError,
  ownedBy,
  pendingArtifacts,
  proofKey,
  provenDeleted,
  readNodes,
} from './nodes';
import {
  ANNOTATION_RELABELED_AT,
  type DiagnoseOptions,
  type ModeId,
  type PendingArtifact,
  type Snapshot,
  type Verdict,
  type WorkflowRef,
} from './types';

/** After a relabel, wait this long for the controller to recoup the pod before deciding again. */
export const DEFAULT_RELABEL_WAIT_MS = 30_000;
/** While a terminated Workflow winds down, look again this often even if no event arrives. */
export const TERMINATING_RECHECK_MS = 60_000;
/**
 * How long a Workflow deleted under the user's `shutdown: Stop` may wind down (Stop runs the exit
 * handlers, Terminate skips them) before the watcher escalates to Terminate, counted from the end
 * of the grace period (when the Stop was set is not recorded anywhere).
 */
export const DEFAULT_STOP_WAIT_MS = 10 * 60_000;

export function diagnose(snapshot: Snapshot, options: DiagnoseOptions): Verdict {
  const wf = snapshot.workflow;
  const ref = workflowRef(wf);
  const base = {
    workflow: ref,
    modes: [] as ModeId[],
    unproven: [] as PendingArtifact[],
    proven: 0,
    plan: [],
  };
  if (!isObject(wf) || !isObject(wf.metadata) || !ref.name || !ref.namespace) {
    return { ...base, kind: 'invalid', reason: 'not a Workflow object: metadata.name/namespace missing' };
  }
  const finalizers = wf.metadata.finalizers ?? [];
  if (!Array.isArray(finalizers))
    return { ...base, kind: 'invalid', reason: 'metadata.finalizers is not a list' };
  const index = finalizers.indexOf(ARTIFACT_GC_FINALIZER);
  if (index < 0) return { ...base, kind: 'ignore', reason: 'no artifact-gc finalizer' };
  const stamp = wf.metadata.deletionTimestamp;
  if (stamp === undefined || stamp === null) return { ...base, kind: 'ignore', reason: 'not being deleted' };
  const deletedAt = typeof stamp === 'string' ? Date.parse(stamp) : Number.NaN;
  if (Number.isNaN(deletedAt))
    return { ...base, kind: 'invalid', reason: `metadata.deletionTimestamp "${stamp}" is not a time` };

  const modes: ModeId[] = [];
  // GITOPS-02: Argo CD waits for this deletion; its own finalizer stays, only ours may go.
  if (finalizers.includes(ARGOCD_HOOK_FINALIZER)) modes.push('GITOPS-02');
  const at = { ...base, modes, deletedAt };

  const age = options.now - deletedAt;
  if (age < options.graceMs) {
    return {
      ...at,
      kind: 'wait',
      reason: 'deletion is younger than the grace period',
      requeueAfterMs: options.graceMs - age,
    };
  }

  const status = wf.status;
  if (!isObject(status))
    return { ...at, kind: 'invalid', reason: 'deleted with the artifact-gc finalizer but has no status' };
  const phase = status.phase ?? '';
  if (typeof phase !== 'string' || !(KNOWN_PHASES as readonly string[]).includes(phase)) {
    return { ...at, kind: 'invalid', reason: `unknown phase ${JSON.stringify(phase)}` };
  }
  const reportOnly = options.policy.kind === 'report-only';

  // §6.1 / AGC-07: GC never runs before a final phase, and deletion does not stop a run.
  if (!FINAL_PHASES.includes(phase)) {
    modes.push('AGC-07');
    const state = phase || 'not started';
    if (wf.spec?.shutdown === 'Terminate') {
      return {
        ...at,
        kind: 'wait',
        reason: `deleted while ${state}; terminating, release once final`,
        requeueAfterMs: TERMINATING_RECHECK_MS,
      };
    }
    // The user asked for Stop: its exit handlers run. Respect it for a bounded time, then escalate.
    let escalated = '';
    if (wf.spec?.shutdown === 'Stop') {
      const stopWait = options.stopWaitMs ?? DEFAULT_STOP_WAIT_MS;
      const stopping = age - options.graceMs;
      if (stopping < stopWait)
        return {
          ...at,
          kind: 'wait',
          reason: `deleted while ${state}; shutdown: Stop is winding down (exit handlers run), escalated to Terminate after ${Math.round(stopWait / 1000)} s`,
          requeueAfterMs: Math.min(stopWait - stopping, TERMINATING_RECHECK_MS),
        };
      escalated = `shutdown: Stop did not finish within ${Math.round(stopWait / 1000)} s, escalated to Terminate`;
    }
    if (reportOnly)
      return {
        ...at,
        kind: 'refuse',
        reason: `deleted while ${state}; ${escalated ? `${escalated}; ` : ''}would terminate (report-only)`,
      };
    return {
      ...at,
      kind: 'terminate',
      reason: escalated
        ? `deleted while ${state}: ${escalated} (loses nothing; skips the remaining exit handlers), release once final`
        : `deleted while ${state}: terminate (loses nothing), release once final`,
      plan: [{ type: 'terminate' }],
    };
  }

  // §6.2: the nodes. Offloaded: the object cannot show what is pending.
  if (typeof status.offloadNodeStatusVersion === 'string' && status.offloadNodeStatusVersion !== '') {
    modes.push('AGC-08');
    return {
      ...at,
      kind: 'refuse',
      safety: 'unknown',
      reason: 'node status is offloaded to the database: pending artifacts cannot be seen, not released',
    };
  }
  // Outputs still only in a WorkflowTaskResult are not in the node status yet (argo-workflows
  // taskResultsCompletionStatus): what is pending cannot be known until the controller reconciles them.
  const completion = status.taskResultsCompletionStatus;
  if (completion !== undefined && completion !== null) {
    const incomplete = isObject(completion)
      ? Object.entries(completion)
          .filter(([, done]) => done !== true)
          .map(([node]) => node)
      : ['(malformed)'];
    if (incomplete.length > 0)
      return {
        ...at,
        kind: 'refuse',
        safety: 'unknown',
        reason: `outputs of node ${incomplete.sort().join(', ')} are not yet in the status (taskResultsCompletionStatus false): pending artifacts cannot be known yet, not released`,
        requeueAfterMs: TERMINATING_RECHECK_MS,
      };
  }
  let pending: PendingArtifact[];
  try {
    const nodes = readNodes(status);
    if (snapshot.facts.offload && Object.keys(nodes).length === 0) {
      modes.push('AGC-08');
      return {
        ...at,
        kind: 'refuse',
        safety: 'unknown',
        reason: 'offload is on and status holds no nodes: pending artifacts cannot be seen, not released',
      };
    }
    pending = pendingArtifacts(wf, nodes, snapshot.facts);
  } catch (err) {
    if (err instanceof MalformedError) return { ...at, kind: 'invalid', reason: err.message };
    throw err;
  }

  const proof = provenDeleted(snapshot.tasks, ref.uid, ref.name);
  const unproven = pending.filter((p) => !proof.has(proofKey(p.nodeId, p.name, p.location)));
  const proven = pending.length - unproven.length;
  const force = execSpec(wf).artifactGC?.forceFinalizerRemoval === true;
  const pods = snapshot.pods.filter(
    (p) =>
      isObject(p) &&
      p.metadata?.labels?.[LABEL_WORKFLOW] === ref.name &&
      p.metadata?.labels?.[LABEL_COMPONENT] === COMPONENT_ARTIFACT_GC &&
      (!ref.uid || !p.metadata?.ownerReferences || ownedByTaskOrWorkflow(p, snapshot.tasks, ref)),
  );
  const recouped = isObject(status.artifactGCStatus?.podsRecouped)
    ? status.artifactGCStatus.podsRecouped
    : {};
  const finished = (p: JsonValue) => p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed';
  const instanceId = snapshot.facts.instanceId;
  // AGC-06: a finished GC pod the controller cannot see because createArtifactGCPod labels it ARGO_INSTANCE_ID.
  const invisible = instanceId
    ? pods.filter(
        (p) =>
          finished(p) &&
          p.metadata?.labels?.[LABEL_INSTANCE_ID] !== instanceId &&
          recouped[p.metadata?.name] !== true,
      )
    : [];
  const relabelWait = options.relabelWaitMs ?? DEFAULT_RELABEL_WAIT_MS;
  const recentlyRelabeled = pods.some((p) => {
    const t = Date.parse(p.metadata?.annotations?.[ANNOTATION_RELABELED_AT] ?? '');
    return !Number.isNaN(t) && options.now - t < relabelWait && recouped[p.metadata?.name] !== true;
  });

  const release = (forced: boolean, leaked: PendingArtifact[]) => [
    { type: 'release' as const, finalizerIndex: index, forced, leaked },
  ];

  // §6.5 SAFE: nothing pending (AGC-01/02 and the no-artifact cases of AGC-03/11).
  if (pending.length === 0) {
    modes.push(force ? 'AGC-02' : 'AGC-01');
    const reason = force
      ? 'nothing pending; forceFinalizerRemoval cannot release it with zero GC pods (argo-workflows#16599)'
      : 'nothing pending: no output artifact awaits deletion';
    if (reportOnly)
      return { ...at, kind: 'refuse', safety: 'safe', reason: `${reason}; would release (report-only)` };
    return { ...at, kind: 'release', safety: 'safe', reason, plan: release(false, []) };
  }

  // §6.4: lossless fixes first, then wait one resync.
  if (invisible.length > 0) {
    modes.push('AGC-06');
    if (reportOnly)
      return {
        ...at,
        kind: 'refuse',
        unproven,
        proven,
        reason: 'finished GC pod lacks the instance-id label; would relabel (report-only)',
      };
    return {
      ...at,
      kind: 'relabel',
      unproven,
      proven,
      reason: `finished GC pod${invisible.length > 1 ? 's' : ''} ${invisible.map((p) => p.metadata.name).join(', ')} lack the ${LABEL_INSTANCE_ID} label (ARGO_INSTANCE_ID bug): relabel so the controller recoups them`,
      plan: invisible.map((p) => ({
        type: 'relabel' as const,
        pod: String(p.metadata.name),
        label: LABEL_INSTANCE_ID,
        value: instanceId as string,
      })),
      requeueAfterMs: relabelWait,
    };
  }
  if (recentlyRelabeled) {
    modes.push('AGC-06');
    return {
      ...at,
      kind: 'wait',
      unproven,
      proven,
      reason: 'GC pod relabeled; waiting one resync for the controller',
      requeueAfterMs: relabelWait,
    };
  }

  // Which GC failure this is, for the Event and the metrics.
  const conditions: JsonValue[] = Array.isArray(status.conditions) ? status.conditions : [];
  const gcError = conditions.some((c) => isObject(c) && c.type === 'ArtifactGCError');
  const failed =
    gcError ||
    pods.some((p) => p.status?.phase === 'Failed') ||
    anyTaskFailure(snapshot.tasks, ref.uid, ref.name);
  const running = pods.some((p) => !finished(p));
  const processed =
    isObject(status.artifactGCStatus?.strategiesProcessed) &&
    Object.values(status.artifactGCStatus.strategiesProcessed).some((v) => v === true);
  if (failed) modes.push('AGC-04');
  if (running) modes.push('AGC-05');
  if (!failed && !running && pods.length === 0) modes.push(processed ? 'AGC-03' : 'AGC-11');
  if (!failed && !running && pods.length > 0 && unproven.length > 0) modes.push('AGC-04');

  // §6.5 SAFE: every pending artifact's deletion is proven by a remaining task (done but not recorded).
  if (unproven.length === 0) {
    const reason = `${pending.length} pending artifact${pending.length > 1 ? 's' : ''}, each deleted per a WorkflowArtifactGCTask`;
    if (reportOnly)
      return {
        ...at,
        kind: 'refuse',
        safety: 'safe',
        proven,
        reason: `${reason}; would release (report-only)`,
      };
    return { ...at, kind: 'release', safety: 'safe', proven, reason, plan: release(false, []) };
  }

  // §6.5 UNSAFE.
  const what = failed
    ? 'GC failed'
    : running
      ? 'the GC pod has not finished'
      : pods.length === 0
        ? processed
          ? 'GC was marked processed but no GC pod exists (argo-workflows#16894)'
          : 'GC never ran'
        : 'GC finished without recording the deletions';
  const reason = `${unproven.length} artifact${unproven.length > 1 ? 's' : ''} pending without proof of deletion; ${what}`;
  const unsafe = { ...at, safety: 'unsafe' as const, unproven, proven };
  if (options.policy.kind === 'force-after') {
    if (age >= options.policy.afterMs) {
      return {
        ...unsafe,
        kind: 'release',
        reason: `${reason}; forced after ${Math.round(age / 1000)} s, locations written to the leak ledger`,
        plan: release(true, unproven),
      };
    }
    return {
      ...unsafe,
      kind: 'refuse',
      reason: `${reason}; force-after not reached yet`,
      requeueAfterMs: options.policy.afterMs - age,
    };
  }
  return { ...unsafe, kind: 'refuse', reason: `${reason}; not released` };
}

export function workflowRef(wf: JsonValue): WorkflowRef {
  const m = isObject(wf) && isObject(wf.metadata) ? wf.metadata : {};
  return {
    namespace: typeof m.namespace === 'string' ? m.namespace : '',
    name: typeof m.name === 'string' ? m.name : '',
    uid: typeof m.uid === 'string' ? m.uid : '',
    resourceVersion: typeof m.resourceVersion === 'string' ? m.resourceVersion : undefined,
  };
}

/** GC pods are owned by their tasks, which are owned by the Workflow (§0.4). A pod of a previous Workflow with the same name is not ours. */
function ownedByTaskOrWorkflow(pod: JsonValue, tasks: readonly JsonValue[], ref: WorkflowRef): boolean {
  if (ownedBy(pod, ref.uid, ref.name)) return true;
  const refs: JsonValue[] = pod.metadata.ownerReferences;
  const ownTaskUids = new Set(tasks.filter((t) => ownedBy(t, ref.uid, ref.name)).map((t) => t.metadata?.uid));
  const taskRefs = refs.filter((r) => isObject(r) && r.kind === 'WorkflowArtifactGCTask');
  // Unknown tasks (not in the snapshot) do not disprove ownership: the pod carries the Workflow's name label.
  return (
    taskRefs.length === 0 ||
    taskRefs.some((r) => ownTaskUids.has(r.uid) || !tasks.some((t) => t.metadata?.uid === r.uid))
  );
}
