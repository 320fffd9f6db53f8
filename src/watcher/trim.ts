/**
 * Transforms applied to objects as they arrive from list/watch, so that the informer caches hold only
 * what decisions read (docs/architecture.md "Performance goals": 10,000 Workflows in about 100 MB). A Workflow that is not
 * being deleted with our finalizer keeps only its identity and phase; one that is keeps the artifact
 * bits of its status too, so most decisions need no extra GET.
 */

import { FINAL_PHASES } from '../argo/enums';
import { isObject, type JsonValue } from '../argo/json';
import {
  ANNOTATION_GC_STRATEGY,
  ARTIFACT_GC_FINALIZER,
  LABEL_ARCHIVING_STATUS,
  LABEL_COMPLETED,
  LABEL_COMPONENT,
  LABEL_INSTANCE_ID,
  LABEL_WORKFLOW,
  LABEL_WRONG_INSTANCE_ID,
} from '../argo/metadata';
import { LOCATION_KINDS } from './nodes';
import { ANNOTATION_RELABELED_AT } from './types';

const KEPT_LABELS = [
  LABEL_WORKFLOW,
  LABEL_COMPONENT,
  LABEL_COMPLETED,
  LABEL_INSTANCE_ID,
  LABEL_WRONG_INSTANCE_ID,
  LABEL_ARCHIVING_STATUS, // ARCHIVE-01
];
const KEPT_ANNOTATIONS = [ANNOTATION_RELABELED_AT, ANNOTATION_GC_STRATEGY];

function pick(obj: JsonValue, keys: readonly string[]): Record<string, JsonValue> | undefined {
  if (!isObject(obj)) return undefined;
  let out: Record<string, JsonValue> | undefined;
  for (const k of keys) {
    if (obj[k] !== undefined) {
      out ??= {};
      out[k] = obj[k];
    }
  }
  return out;
}

export function trimMetadata(m: JsonValue): JsonValue {
  if (!isObject(m)) return m;
  const out: JsonValue = {
    name: m.name,
    namespace: m.namespace,
    uid: m.uid,
    resourceVersion: m.resourceVersion,
  };
  if (m.creationTimestamp) out.creationTimestamp = m.creationTimestamp; // RUN-05
  if (m.deletionTimestamp) out.deletionTimestamp = m.deletionTimestamp;
  if (m.finalizers !== undefined) out.finalizers = m.finalizers;
  const labels = pick(m.labels, KEPT_LABELS);
  if (labels) out.labels = labels;
  const annotations = pick(m.annotations, KEPT_ANNOTATIONS);
  if (annotations) out.annotations = annotations;
  if (Array.isArray(m.ownerReferences)) {
    out.ownerReferences = m.ownerReferences.map((r: JsonValue) =>
      isObject(r) ? { kind: r.kind, name: r.name, uid: r.uid } : r,
    );
  }
  return out;
}

/** Whether the decision will need the Workflow's status details (deleted and holding our finalizer). */
export function needsDetail(wf: JsonValue): boolean {
  const m = wf?.metadata;
  return (
    isObject(m) &&
    !!m.deletionTimestamp &&
    Array.isArray(m.finalizers) &&
    m.finalizers.includes(ARTIFACT_GC_FINALIZER)
  );
}

export function trimWorkflow(wf: JsonValue): JsonValue {
  if (!isObject(wf)) return wf;
  const out: JsonValue = { apiVersion: wf.apiVersion, kind: wf.kind, metadata: trimMetadata(wf.metadata) };
  const status = wf.status;
  if (!needsDetail(wf)) return trimForRuntime(wf, out);
  out.spec = isObject(wf.spec) ? (pick(wf.spec, ['shutdown']) ?? {}) : wf.spec;
  if (isObject(wf.spec?.artifactGC))
    out.spec.artifactGC = pick(wf.spec.artifactGC, ['strategy', 'forceFinalizerRemoval']);
  if (!isObject(status)) {
    out.status = status;
    return out;
  }
  const s: JsonValue =
    pick(status, [
      'phase',
      'offloadNodeStatusVersion',
      'compressedNodes',
      'artifactGCStatus',
      'taskResultsCompletionStatus',
    ]) ?? {};
  if (Array.isArray(status.conditions))
    s.conditions = status.conditions.filter((c: JsonValue) => isObject(c) && c.type === 'ArtifactGCError');
  else if (status.conditions !== undefined) s.conditions = status.conditions;
  if (isObject(status.artifactRepositoryRef))
    s.artifactRepositoryRef = { artifactRepository: status.artifactRepositoryRef.artifactRepository };
  const stored = status.storedWorkflowTemplateSpec;
  if (isObject(stored))
    s.storedWorkflowTemplateSpec = {
      artifactGC: pick(stored.artifactGC, ['strategy', 'forceFinalizerRemoval']),
    };
  if (isObject(status.nodes)) {
    const nodes: JsonValue = {};
    for (const [id, n] of Object.entries(status.nodes as Record<string, JsonValue>)) {
      if (!isObject(n)) {
        nodes[id] = n; // malformed: keep it so that diagnose reports it
        continue;
      }
      if (n.type !== 'Pod' || n.outputs?.artifacts === undefined) {
        nodes[id] = { type: n.type }; // kept as a stub: "status has nodes" matters with offload on
        continue;
      }
      const arts = n.outputs.artifacts;
      nodes[id] = {
        type: n.type,
        outputs: {
          artifacts: Array.isArray(arts)
            ? arts.map((a: JsonValue) =>
                isObject(a) ? (pick(a, ['name', 'deleted', 'artifactGC', ...LOCATION_KINDS]) ?? {}) : a,
              )
            : arts,
        },
      };
    }
    s.nodes = nodes;
  } else if (status.nodes !== undefined) s.nodes = status.nodes;
  out.status = s;
  return out;
}

/**
 * What the runtime detectors (runtime.ts) read of a Workflow that is not being deleted: the phase
 * and finish time (also as a lock holder), and while it is not final its deadline, shutdown,
 * suspend, start time and the locks it waits on.
 */
function trimForRuntime(wf: JsonValue, out: JsonValue): JsonValue {
  const status = wf.status;
  if (!isObject(status)) return out;
  const s: JsonValue = pick(status, ['phase', 'finishedAt']) ?? {};
  const final = FINAL_PHASES.includes(status.phase);
  if (!final) {
    if (status.startedAt !== undefined) s.startedAt = status.startedAt;
    const sync = status.synchronization;
    if (isObject(sync)) {
      const waits: JsonValue = {};
      for (const kind of ['mutex', 'semaphore'])
        if (Array.isArray(sync[kind]?.waiting)) waits[kind] = { waiting: sync[kind].waiting };
      if (Object.keys(waits).length > 0) s.synchronization = waits;
    }
  }
  if (Object.keys(s).length > 0) out.status = s;
  if (!final && isObject(wf.spec)) {
    const spec = pick(wf.spec, ['activeDeadlineSeconds', 'shutdown', 'suspend']);
    if (spec) out.spec = spec;
  }
  return out;
}

export function trimPod(pod: JsonValue): JsonValue {
  if (!isObject(pod)) return pod;
  return {
    metadata: trimMetadata(pod.metadata),
    status: isObject(pod.status) ? { phase: pod.status.phase } : {},
  };
}

/** A Pending Workflow pod as RUN-01 reads it (runtime.ts `pendingReason`). */
export function trimPendingPod(pod: JsonValue): JsonValue {
  if (!isObject(pod)) return pod;
  const st = isObject(pod.status) ? pod.status : {};
  const waiting = (list: JsonValue) =>
    Array.isArray(list)
      ? list.map((c: JsonValue) => ({ state: { waiting: { reason: c?.state?.waiting?.reason } } }))
      : undefined;
  return {
    metadata: trimMetadata(pod.metadata),
    status: {
      phase: st.phase,
      conditions: Array.isArray(st.conditions)
        ? st.conditions.filter((c: JsonValue) => isObject(c) && c.type === 'PodScheduled')
        : undefined,
      initContainerStatuses: waiting(st.initContainerStatuses),
      containerStatuses: waiting(st.containerStatuses),
    },
  };
}

export function trimTask(task: JsonValue): JsonValue {
  if (!isObject(task)) return task;
  const out: JsonValue = { metadata: trimMetadata(task.metadata) };
  // Where each artifact the task deletes lives: proof of deletion matches on the full location.
  const specByNode = task.spec?.artifactsByNode;
  if (isObject(specByNode)) {
    const nodes: JsonValue = {};
    for (const [id, n] of Object.entries(specByNode as Record<string, JsonValue>)) {
      if (!isObject(n)) continue;
      const artifacts: JsonValue = {};
      if (isObject(n.artifacts))
        for (const [name, a] of Object.entries(n.artifacts as Record<string, JsonValue>))
          if (isObject(a)) artifacts[name] = pick(a, LOCATION_KINDS) ?? {};
      nodes[id] = { archiveLocation: pick(n.archiveLocation, LOCATION_KINDS), artifacts };
    }
    out.spec = { artifactsByNode: nodes };
  }
  const byNode = task.status?.artifactResultsByNode;
  if (isObject(byNode)) {
    const nodes: JsonValue = {};
    for (const [id, n] of Object.entries(byNode as Record<string, JsonValue>)) {
      const results = n?.artifactResults;
      if (!isObject(results)) continue;
      const r: JsonValue = {};
      for (const [name, v] of Object.entries(results as Record<string, JsonValue>))
        r[name] = isObject(v) ? { success: v.success } : v;
      nodes[id] = { artifactResults: r };
    }
    out.status = { artifactResultsByNode: nodes };
  }
  return out;
}
