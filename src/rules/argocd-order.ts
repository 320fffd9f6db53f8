/**
 * How Argo CD orders what it creates and when it removes hooks, as gitops-engine implements it
 * (pkg/sync/sync_tasks.go `syncTasks.Less`, pkg/sync/sync_context.go `runTasks`, and argo-cd
 * controller/hook.go for PostDelete). One place for these facts: the GITOPS008 rule and the
 * constructs that place a hook's dependencies both read them.
 *
 * - A sync operation runs its tasks sorted by phase (PreSync, Sync, PostSync; SyncFail only when
 *   the sync fails), then wave, then kind (the order below; unknown kinds, i.e. custom resources,
 *   last), then name. Within one phase and wave, objects are created kind group by kind group,
 *   each group after the previous one finished; objects of the same kind are created at once.
 * - Plain (non-hook) resources belong to the Sync phase.
 * - A hook with `HookSucceeded`/`HookFailed` is deleted when the whole operation ends (with every
 *   other such hook); `BeforeHookCreation` (the default when no policy is set) deletes it only
 *   right before the next sync creates it again.
 * - PostDelete hooks are created after every resource of the Application is gone, all in one
 *   pass (no waves), and are deleted by `HookSucceeded`/`HookFailed` once all of them finished.
 */

import { int, metaValue, obj, str } from '../argo/json';
import { HOOK_ANNOTATION, HOOK_DELETE_POLICY_ANNOTATION, SYNC_WAVE_ANNOTATION } from '../argo/metadata';
import type { Manifest } from './types';

/** The phases of a sync operation, in the order Argo CD runs them (SyncFail only on failure). */
const SYNC_PHASE_ORDER: Readonly<Record<string, number>> = { PreSync: -1, Sync: 0, PostSync: 1, SyncFail: 2 };

/** gitops-engine's kind order (from Helm's kind_sorter); anything else sorts after all of them. */
const KIND_ORDER = [
  'Namespace',
  'NetworkPolicy',
  'ResourceQuota',
  'LimitRange',
  'PodSecurityPolicy',
  'PodDisruptionBudget',
  'ServiceAccount',
  'Secret',
  'SecretList',
  'ConfigMap',
  'StorageClass',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'CustomResourceDefinition',
  'ClusterRole',
  'ClusterRoleList',
  'ClusterRoleBinding',
  'ClusterRoleBindingList',
  'Role',
  'RoleList',
  'RoleBinding',
  'RoleBindingList',
  'Service',
  'DaemonSet',
  'Pod',
  'ReplicationController',
  'ReplicaSet',
  'Deployment',
  'HorizontalPodAutoscaler',
  'StatefulSet',
  'Job',
  'CronJob',
  'IngressClass',
  'Ingress',
  'APIService',
];
const KIND_RANK = new Map(KIND_ORDER.map((k, i) => [k, i - KIND_ORDER.length]));

/** The rank gitops-engine gives a kind (negative for the known kinds, 0 for custom resources). */
export function kindRank(kind: string | undefined): number {
  return KIND_RANK.get(kind ?? '') ?? 0;
}

/** `argocd.argoproj.io/sync-wave` (0 when unset or not an integer). */
export function syncWave(m: unknown): number {
  return int(metaValue(obj(m)?.metadata, 'annotations', SYNC_WAVE_ANNOTATION)) ?? 0;
}

/** The hook phases of an object (`argocd.argoproj.io/hook`, comma-separated), or undefined for a plain resource. */
export function hookPhases(m: unknown): string[] | undefined {
  const v = metaValue(obj(m)?.metadata, 'annotations', HOOK_ANNOTATION);
  if (v === undefined) return undefined;
  const phases = v
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return phases.length ? phases : undefined;
}

/** A hook's delete policies; Argo CD reads an unset policy as `BeforeHookCreation`. */
export function deletePolicies(m: unknown): string[] {
  const v = metaValue(obj(m)?.metadata, 'annotations', HOOK_DELETE_POLICY_ANNOTATION);
  const list = (v ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return list.length ? list : ['BeforeHookCreation'];
}

/** Whether the phase belongs to a sync operation (as opposed to app deletion, or Skip). */
export function isSyncPhase(phase: string): boolean {
  return SYNC_PHASE_ORDER[phase] !== undefined;
}

/** One object's place in a sync operation. */
export interface SyncStep {
  readonly phase: string;
  readonly wave: number;
  readonly kind: string;
  readonly name: string;
}

/** gitops-engine's order of two tasks (negative: `a` first). */
export function compareSyncSteps(a: SyncStep, b: SyncStep): number {
  return (
    SYNC_PHASE_ORDER[a.phase] - SYNC_PHASE_ORDER[b.phase] ||
    a.wave - b.wave ||
    kindRank(a.kind) - kindRank(b.kind) ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  );
}

/**
 * Whether Argo CD has finished creating `dep` before it creates `later`: an earlier phase or
 * wave, or the same phase and wave and an earlier kind group (kinds of equal rank, e.g. two
 * custom resources, are not ordered reliably: they interleave by name).
 */
export function createdBefore(dep: SyncStep, later: SyncStep): boolean {
  const d = SYNC_PHASE_ORDER[dep.phase] - SYNC_PHASE_ORDER[later.phase] || dep.wave - later.wave;
  if (d !== 0) return d < 0;
  return kindRank(dep.kind) < kindRank(later.kind);
}

/** The steps at which a manifest is created in a sync operation (plain resources: the Sync phase). */
export function syncSteps(m: Manifest): SyncStep[] {
  const md = obj(m.metadata);
  const name = str(md?.name) ?? str(md?.generateName) ?? '';
  const kind = str(m.kind) ?? '';
  const phases = hookPhases(m) ?? ['Sync'];
  return phases.filter(isSyncPhase).map((phase) => ({ phase, wave: syncWave(m), kind, name }));
}

/**
 * Why `dep` may not exist while the hook `hook` runs in `phase` (and until Argo CD is done with
 * it), or undefined when it does.
 */
export function dependencyGap(dep: Manifest, hook: Manifest, phase: string): string | undefined {
  const depPhases = hookPhases(dep);
  const removedWithHook = depPhases
    ? deletePolicies(dep).filter((p) => p === 'HookSucceeded' || p === 'HookFailed')
    : [];
  const removal =
    removedWithHook.length > 0
      ? `its delete policy ${removedWithHook.join(',')} removes it when the operation ends, together with the hook (whose artifact GC may still need it)`
      : undefined;
  if (phase === 'PostDelete') {
    if (!depPhases) return 'is deleted with the Application before PostDelete hooks run';
    if (!depPhases.includes('PostDelete'))
      return `is a ${depPhases.join(',')} hook: Argo CD creates only PostDelete hooks when the Application is deleted`;
    return removal;
  }
  if (!isSyncPhase(phase)) return undefined;
  const hookStep: SyncStep = {
    phase,
    wave: syncWave(hook),
    kind: str(hook.kind) ?? '',
    name: str(hook.metadata?.name) ?? str(hook.metadata?.generateName) ?? '',
  };
  // A SyncFail hook runs when any earlier step failed: only SyncFail objects are sure to exist.
  const candidates = syncSteps(dep).filter((s) => phase !== 'SyncFail' || s.phase === 'SyncFail');
  if (!candidates.some((s) => createdBefore(s, hookStep))) {
    const where = depPhases ? `a ${depPhases.join(',')} hook` : 'a plain resource (Sync phase)';
    return `is ${where} in wave ${syncWave(dep)}: Argo CD does not create it before this ${phase} hook (wave ${hookStep.wave})`;
  }
  return removal;
}
