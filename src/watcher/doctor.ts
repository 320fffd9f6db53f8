/**
 * `argo-guard doctor`: every check on one Workflow, for the person on call. It reads through the
 * same snapshot source as `sweep` and runs the same pure decisions (`diagnose` for the artifact-gc
 * finalizer, `runtimeDetections` for the Workflow-level runtime modes, `decidePodOrphan` for its
 * pods, RUN-06): there is no second definition of a mode here, only a presentation of each answer
 * with its evidence. It never writes.
 */

import { isObject, type JsonValue } from '../argo/json';
import { LABEL_ARCHIVING_STATUS, LABEL_INSTANCE_ID, POD_STATUS_FINALIZER } from '../argo/metadata';
import { diagnose } from './diagnose';
import { decidePodOrphan, isStatusFinalizerPod, type PodOwner } from './pod-orphans';
import { isStuck } from './reconcile';
import {
  holderKey,
  pendingReason,
  type RuntimeSettings,
  runtimeDetections,
  WORKFLOW_RUNTIME_MODES,
  waitedLocks,
} from './runtime';
import type { SourceSnapshot } from './source';
import { needsDetail } from './trim';
import type { ControllerFacts, Policy } from './types';

/** What doctor reads: the Workflow's snapshot (as `sweep` reads it) and its pods. */
export interface DoctorReader {
  /** `undefined`: the Workflow does not exist. */
  snapshot(key: string): Promise<SourceSnapshot | undefined>;
  /** Every pod labelled with this Workflow's name (RUN-06 looks at the terminating ones). */
  workflowPods(namespace: string, name: string): Promise<JsonValue[]>;
}

export interface DoctorSettings {
  readonly graceMs: number;
  readonly policy: Policy;
  readonly facts: ControllerFacts;
  readonly stopWaitMs?: number;
  readonly runtime: RuntimeSettings;
}

export type CheckStatus = 'ok' | 'waiting' | 'stuck';

export interface DoctorCheck {
  /** The check: `artifact-gc` (modes AGC-*), or a runtime mode ID. */
  readonly id: string;
  readonly status: CheckStatus;
  /** The failure modes this check found (AGC-*, RUN-*, SYNC-04, ARCHIVE-01). */
  readonly modes: readonly string[];
  /** One sentence: the decision's own reason. */
  readonly reason: string;
  /** What the watcher would do (`terminate`, `release`, `resume`, `release-pod-finalizer`, `report`). */
  readonly action?: string;
  /** `waiting`: seconds until the check would find the mode. */
  readonly dueInSeconds?: number;
}

export interface DoctorReport {
  readonly workflow: { readonly namespace: string; readonly name: string; readonly exists: boolean };
  /** `stuck` when any check is. */
  readonly verdict: 'healthy' | 'stuck';
  readonly checks: readonly DoctorCheck[];
  /** The fields the checks read, as read. */
  readonly evidence: Record<string, unknown>;
}

const OK = (id: string, reason: string): DoctorCheck => ({ id, status: 'ok', modes: [], reason });

/** Runs every check on `namespace/name`; `undefined` when neither the Workflow nor a pod of it exists. */
export async function doctor(
  reader: DoctorReader,
  namespace: string,
  name: string,
  s: DoctorSettings,
  now: number,
): Promise<DoctorReport | undefined> {
  const snap = await reader.snapshot(`${namespace}/${name}`);
  const pods = await reader.workflowPods(namespace, name);
  if (snap === undefined && pods.length === 0) return undefined;
  const wf = snap?.workflow;
  const checks: DoctorCheck[] = [];

  // The artifact-gc finalizer (AGC-*): diagnose, as the watcher decides it.
  if (wf === undefined) checks.push(OK('artifact-gc', 'the Workflow does not exist'));
  else if (!needsDetail(wf))
    checks.push(OK('artifact-gc', 'not being deleted with the artifact-gc finalizer'));
  else {
    const v = diagnose(
      { workflow: wf, pods: snap?.pods ?? [], tasks: snap?.tasks ?? [], facts: s.facts },
      { now, graceMs: s.graceMs, policy: s.policy, stopWaitMs: s.stopWaitMs },
    );
    const stuck = isStuck(v, 'dry-run');
    checks.push({
      id: 'artifact-gc',
      status: stuck ? 'stuck' : v.kind === 'wait' ? 'waiting' : 'ok',
      modes: v.modes,
      reason: v.reason,
      action: v.kind,
      ...(!stuck && v.requeueAfterMs !== undefined
        ? { dueInSeconds: Math.ceil(v.requeueAfterMs / 1000) }
        : {}),
    });
  }

  // The Workflow-level runtime modes, one line each.
  if (wf !== undefined) {
    const byMode = runtimeDetections(wf, snap?.holders ?? {}, now, s.runtime, snap?.pendingPods ?? []);
    for (const mode of WORKFLOW_RUNTIME_MODES) {
      const d = byMode[mode];
      if (d.finding)
        checks.push({
          id: mode,
          status: 'stuck',
          modes: [mode],
          reason: d.finding.reason,
          action: d.finding.action?.type ?? 'report',
        });
      else if (d.dueInMs !== undefined)
        checks.push({
          id: mode,
          status: 'waiting',
          modes: [],
          reason: 'not yet: the timeout has not passed',
          dueInSeconds: Math.ceil(d.dueInMs / 1000),
        });
      else checks.push(OK(mode, 'no finding'));
    }
  }

  // RUN-06: its pods behind the status finalizer.
  const owner: PodOwner =
    wf === undefined
      ? { state: 'gone' }
      : {
          state: 'present',
          ref: {
            namespace,
            name,
            uid: wf.metadata?.uid ?? '',
            resourceVersion: wf.metadata?.resourceVersion,
          },
          phase: wf.status?.phase ?? '',
          finishedAt: wf.status?.finishedAt,
        };
  const orphans: string[] = [];
  let earliest: number | undefined;
  let action: string | undefined;
  for (const pod of pods.filter(isStatusFinalizerPod)) {
    const d = decidePodOrphan(pod, owner, now, {
      graceMs: s.graceMs,
      release: s.runtime.releasePodFinalizers === true,
      argoVersion: s.runtime.argoVersion,
    });
    if (d.kind === 'orphan') {
      orphans.push(d.reason);
      action = d.releaseIndex !== undefined ? 'release-pod-finalizer' : 'report';
    } else if (d.kind === 'wait') earliest = Math.min(earliest ?? d.dueInMs, d.dueInMs);
  }
  if (orphans.length > 0)
    checks.push({ id: 'RUN-06', status: 'stuck', modes: ['RUN-06'], reason: orphans.join('; '), action });
  else if (earliest !== undefined)
    checks.push({
      id: 'RUN-06',
      status: 'waiting',
      modes: [],
      reason: `a pod is Terminating behind the ${POD_STATUS_FINALIZER} finalizer, within --grace`,
      dueInSeconds: Math.ceil(earliest / 1000),
    });
  else checks.push(OK('RUN-06', `no pod stuck behind the ${POD_STATUS_FINALIZER} finalizer`));

  return {
    workflow: { namespace, name, exists: wf !== undefined },
    verdict: checks.some((c) => c.status === 'stuck') ? 'stuck' : 'healthy',
    checks,
    evidence: evidenceOf(wf, snap, pods),
  };
}

/** The fields the checks read, in a stable order, absent ones left out. */
function evidenceOf(
  wf: JsonValue,
  snap: SourceSnapshot | undefined,
  pods: readonly JsonValue[],
): Record<string, unknown> {
  const e: Record<string, unknown> = {};
  const put = (k: string, v: unknown) => {
    if (v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)) e[k] = v;
  };
  if (wf !== undefined) {
    const m = isObject(wf.metadata) ? wf.metadata : {};
    put('uid', m.uid);
    put('phase', wf.status?.phase ?? '');
    put('creationTimestamp', m.creationTimestamp);
    put('startedAt', wf.status?.startedAt);
    put('finishedAt', wf.status?.finishedAt);
    put('deletionTimestamp', m.deletionTimestamp);
    put('finalizers', m.finalizers);
    put('activeDeadlineSeconds', wf.spec?.activeDeadlineSeconds);
    put('shutdown', wf.spec?.shutdown);
    put('suspend', wf.spec?.suspend);
    put('instanceIdLabel', m.labels?.[LABEL_INSTANCE_ID]);
    put('archivingStatus', m.labels?.[LABEL_ARCHIVING_STATUS]);
    put(
      'locksWaited',
      waitedLocks(wf).map((l) => ({
        kind: l.kind,
        name: l.name,
        holders: l.holders.map((h) => {
          const state = snap?.holders?.[holderKey(h, m.namespace ?? '').key];
          return { holder: h, state: state === undefined ? 'unknown' : state };
        }),
      })),
    );
    put(
      'pendingPods',
      (snap?.pendingPods ?? []).map((p) => {
        const r = pendingReason(p);
        return {
          name: p.metadata?.name,
          reason: r?.reason,
          since: r ? new Date(r.since).toISOString() : undefined,
        };
      }),
    );
    put(
      'artifactGCPods',
      (snap?.pods ?? []).map((p) => ({ name: p.metadata?.name, phase: p.status?.phase })),
    );
    put(
      'artifactGCTasks',
      (snap?.tasks ?? []).map((t) => t.metadata?.name),
    );
  }
  put(
    'statusFinalizerPods',
    pods
      .filter(isStatusFinalizerPod)
      .map((p) => ({ name: p.metadata?.name, deletionTimestamp: p.metadata?.deletionTimestamp })),
  );
  return e;
}

/** The report as text: the verdict, one line per check, then the evidence. */
export function formatDoctor(r: DoctorReport): string {
  const lines = [
    `Workflow ${r.workflow.namespace}/${r.workflow.name}${r.workflow.exists ? '' : ' (does not exist)'}: ${r.verdict.toUpperCase()}`,
    '',
    'checks:',
  ];
  const width = Math.max(...r.checks.map((c) => c.id.length));
  for (const c of r.checks) {
    const status =
      c.status === 'waiting' && c.dueInSeconds !== undefined ? `waiting ${c.dueInSeconds}s` : c.status;
    const modes =
      c.modes.length > 0 && !(c.modes.length === 1 && c.modes[0] === c.id) ? ` [${c.modes.join(',')}]` : '';
    const action = c.status === 'stuck' && c.action ? ` (watcher: ${c.action})` : '';
    lines.push(`  ${c.id.padEnd(width)}  ${status}${modes}${action}: ${c.reason}`);
  }
  lines.push('', 'evidence:');
  for (const [k, v] of Object.entries(r.evidence))
    lines.push(
      `  ${k}: ${typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : JSON.stringify(v)}`,
    );
  return `${lines.join('\n')}\n`;
}
