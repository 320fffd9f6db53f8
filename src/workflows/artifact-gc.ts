/**
 * The `spec.artifactGC` block of a Workflow-like object, per target version: the strategy, the GC
 * pod's service account, its scheduling (podSpecPatch) and forceFinalizerRemoval. Pure: the
 * caller passes what it knows about the object and a function that yields the service account
 * (creating its RBAC is the construct's business).
 */
import type { Json } from '../argo/json';
import { type ArgoVersion, hasBug, hasField } from '../argo/versions';
import { type Scheduling, schedulingPodSpecPatch } from '../platform/scheduling';
import { isOptOut, type OptOut } from './opt-out';
import type { ArtifactGcSettings } from './settings';

/** What the artifact-GC block depends on. */
export interface ArtifactGcInput {
  readonly settings: ArtifactGcSettings | OptOut;
  /** The construct's own props set artifactGC (an Argo CD hook then keeps the given strategy). */
  readonly explicit: boolean;
  readonly argoCdHook: boolean;
  readonly version: ArgoVersion;
  /** Artifact GC applies: explicit settings, or a reachable template with output artifacts. */
  readonly hasWork: boolean;
  /** The per-artifact strategies of the reachable templates' output artifacts. */
  readonly artifactStrategies: readonly string[];
  /** The workflow-level pin, which the GC pod does not inherit. */
  readonly pin: Scheduling | undefined;
}

/** Whether a GC pod runs: the workflow strategy is not Never, or some artifact's is not. */
export function gcPodNeeded(strategy: string | undefined, artifactStrategies: readonly string[]): boolean {
  return (strategy ?? 'OnWorkflowDeletion') !== 'Never' || artifactStrategies.some((x) => x !== 'Never');
}

/** The block, or undefined; the opt-out reason when artifact GC is opted out of. */
export function renderArtifactGc(
  input: ArtifactGcInput,
  serviceAccount: (name: string | undefined) => string,
): { field?: Json; optOut?: string } {
  const gc = input.settings;
  if (isOptOut(gc)) return { optOut: gc.reason };
  if (!input.hasWork) return {};
  const v = input.version;
  // AGC006: OnWorkflowDeletion on an Argo CD hook blocks the next sync forever.
  const strategy =
    input.argoCdHook && !input.explicit ? 'OnWorkflowCompletion' : (gc.strategy ?? 'OnWorkflowDeletion');
  if (!gcPodNeeded(strategy, input.artifactStrategies)) return { field: { strategy } };
  const serviceAccountName = serviceAccount(gc.serviceAccountName);
  // The GC pod inherits none of the workflow's scheduling (artifact_gc.go createArtifactGCPod);
  // only podSpecPatch can carry the pin, or it may never schedule (AGC-05).
  const podSpecPatch =
    input.pin && hasField(v, 'artifactGC.podSpecPatch') ? schedulingPodSpecPatch(input.pin) : undefined;
  // argo-workflows#16599: force never releases a Workflow for which no GC pod ran, so on those
  // versions it is no safety net; set only where fixed, or when the user asks for it.
  let force = gc.forceFinalizerRemoval;
  if (
    force === undefined &&
    hasField(v, 'artifactGC.forceFinalizerRemoval') &&
    !hasBug(v, 'argo-workflows#16599')
  )
    force = true;
  return { field: { strategy, serviceAccountName, podSpecPatch, forceFinalizerRemoval: force } };
}

/**
 * After the escape hatches changed the spec: scheduling constraints added through them reach the
 * GC pod too, unless the user wrote the podSpecPatch (it is no longer the generated one).
 */
export function refreshGcPodSpecPatch(spec: Json, generatedPatch: unknown): Json {
  if (generatedPatch === undefined || spec.artifactGC?.podSpecPatch !== generatedPatch) return spec;
  const { nodeSelector, affinity, tolerations } = spec;
  return {
    ...spec,
    artifactGC: {
      ...spec.artifactGC,
      podSpecPatch: schedulingPodSpecPatch({ nodeSelector, affinity, tolerations }),
    },
  };
}
