/**
 * Types and Argo names shared by the watcher: the snapshot `diagnose` reads, the verdict it returns,
 * and the plan that `act` applies. Names of labels, annotations and finalizers are Argo's own
 * (argo-workflows workflow/common/common.go, artifact_gc.go; docs/failure-modes.md §0).
 */
import type { RuntimeModeId } from './runtime';

/** The finalizer the Argo controller adds for artifact GC; the only one the watcher ever removes. */
export const ARTIFACT_GC_FINALIZER = 'workflows.argoproj.io/artifact-gc';
/** Argo CD (3.0+) hook finalizer: never touched (argo-cd#21804, GITOPS-02). */
export const ARGOCD_HOOK_FINALIZER = 'argocd.argoproj.io/hook-finalizer';
/**
 * The controller's opt-in pod finalizer (argo-workflows#12413): it keeps a Workflow pod until its
 * status was read. Orphaned when the Workflow is done or gone (RUN-06, #17024, PR #14088); the
 * watcher removes it only with `--release-pod-finalizers`.
 */
export const POD_STATUS_FINALIZER = 'workflows.argoproj.io/status';

export const LABEL_WORKFLOW = 'workflows.argoproj.io/workflow';
export const LABEL_COMPONENT = 'workflows.argoproj.io/component';
export const COMPONENT_ARTIFACT_GC = 'artifact-gc';
/** Label selector of the artifact-GC pods (of every Workflow). */
export const GC_POD_SELECTOR = `${LABEL_COMPONENT}=${COMPONENT_ARTIFACT_GC}`;
export const LABEL_COMPLETED = 'workflows.argoproj.io/completed';
/** The label the controller's pod informer selects on when an instance ID is configured. */
export const LABEL_INSTANCE_ID = 'workflows.argoproj.io/controller-instanceid';
/** The label key createArtifactGCPod sets by mistake (`common.EnvVarInstanceID`), AGC-06 (#10840 comment). */
export const LABEL_WRONG_INSTANCE_ID = 'ARGO_INSTANCE_ID';
/** Set by the controller on a final Workflow while archiving is on: `Pending`, then `Archived` (#13658). */
export const LABEL_ARCHIVING_STATUS = 'workflows.argoproj.io/workflow-archiving-status';
export const LABEL_ARTIFACT_GC_POD = 'workflows.argoproj.io/artifact-gc-pod';
export const ANNOTATION_GC_STRATEGY = 'workflows.argoproj.io/artifact-gc-strategy';
/** Set by the watcher with the relabel fix, so that it waits one resync before deciding again. */
export const ANNOTATION_RELABELED_AT = 'argo-guard.io/relabeled-at';

export const ARGO_GROUP = 'argoproj.io';
export const ARGO_VERSION = 'v1alpha1';

export type GCStrategy = 'OnWorkflowCompletion' | 'OnWorkflowDeletion' | 'Never';
export const DUE_STRATEGIES: readonly string[] = ['OnWorkflowCompletion', 'OnWorkflowDeletion'];

/** Phases a Workflow can have; `''` means the controller has not picked it up yet. */
export const KNOWN_PHASES = ['', 'Pending', 'Running', 'Succeeded', 'Failed', 'Error'] as const;
/** `Status.Fulfilled()`: GC only runs in these phases (docs/failure-modes.md §0.1). */
export const FINAL_PHASES: readonly string[] = ['Succeeded', 'Failed', 'Error'];

/**
 * Stuck-mode IDs as in docs/failure-modes.md. A verdict names every mode that matches.
 * AGC-01 no artifacts (#13499); AGC-02 force with zero pods (#16599); AGC-03 failed attempt never retried
 * (#16894); AGC-04 GC pod failed; AGC-05 GC pod never finishes; AGC-06 instance-id label; AGC-07 deleted
 * while running; AGC-08 offloaded/compressed nodes; AGC-11 controller never reached GC; GITOPS-02 Argo CD
 * hook finalizer also present.
 */
export type ModeId =
  | 'AGC-01'
  | 'AGC-02'
  | 'AGC-03'
  | 'AGC-04'
  | 'AGC-05'
  | 'AGC-06'
  | 'AGC-07'
  | 'AGC-08'
  | 'AGC-11'
  | 'GITOPS-02'
  /** Runtime modes (runtime.ts), not about the finalizer. */
  | RuntimeModeId;

/** What the watcher knows about the Argo controller; given as config, never guessed. */
export interface ControllerFacts {
  /** The controller's `instanceID`, when it has one (`--instance-id`). Enables the AGC-06 relabel fix. */
  readonly instanceId?: string;
  /**
   * Whether node-status offload (`persistence.nodeStatusOffLoad`) is on (`--offload`). When on, a Workflow
   * without nodes in its status cannot be judged from the object alone.
   */
  readonly offload?: boolean;
  /** The strategy `workflowDefaults` injects (`--default-gc-strategy`), @default Never (upstream default). */
  readonly defaultGCStrategy?: GCStrategy;
}

/** `safe` (default): release only what loses nothing. `force-after`: also release unsafe ones after `afterMs` since deletion. `report-only`: change nothing but Events. */
export type Policy =
  | { readonly kind: 'safe' }
  | { readonly kind: 'report-only' }
  | { readonly kind: 'force-after'; readonly afterMs: number };

/** Plain JSON as read from the API server; `diagnose` validates everything it touches. */
export type Json = any;

/** Everything one decision reads. */
export interface Snapshot {
  /** The Workflow (full, or trimmed by `trimWorkflow`, which keeps every field diagnose reads). */
  readonly workflow: Json;
  /** Its artifact-GC pods (`workflows.argoproj.io/workflow=<name>`, component artifact-gc). */
  readonly pods: readonly Json[];
  /** WorkflowArtifactGCTasks in its namespace (those not owned by this Workflow are ignored). */
  readonly tasks: readonly Json[];
  readonly facts: ControllerFacts;
}

export interface DiagnoseOptions {
  /** Milliseconds since the epoch. */
  readonly now: number;
  /** How long a deletion must be pending before the watcher acts. */
  readonly graceMs: number;
  readonly policy: Policy;
  /** How long to wait after the relabel fix before deciding again ("one resync"). @default 30 s */
  readonly relabelWaitMs?: number;
  /** How long a deleted Workflow under `shutdown: Stop` may wind down before escalating to Terminate. @default 10 min */
  readonly stopWaitMs?: number;
}

/** Where a pending artifact lives, for the leak ledger. */
export interface StoredArtifactLocation {
  /** Storage kind: s3, gcs, azure, oss, hdfs, artifactory, http, git, raw, hf, plugin, or `unknown`. */
  readonly kind: string;
  /** `s3://bucket/key`-like text; `?` marks a part taken from nowhere. */
  readonly url: string;
  /** Where the location came from: the artifact itself, or the Workflow's artifact repository. */
  readonly source: 'artifact' | 'repository' | 'none';
}

export interface PendingArtifact {
  readonly nodeId: string;
  readonly name: string;
  readonly strategy: GCStrategy;
  readonly location: StoredArtifactLocation;
}

export interface WorkflowRef {
  readonly namespace: string;
  readonly name: string;
  readonly uid: string;
  readonly resourceVersion?: string;
}

export type Action =
  /** `spec.shutdown: Terminate` (AGC-07): never loses data. */
  | { readonly type: 'terminate' }
  /** Add the instance-id label to a finished GC pod (AGC-06): lossless. */
  | { readonly type: 'relabel'; readonly pod: string; readonly label: string; readonly value: string }
  /** Remove `workflows.argoproj.io/artifact-gc` at this index, JSON patch test+remove. */
  | {
      readonly type: 'release';
      readonly finalizerIndex: number;
      readonly forced: boolean;
      readonly leaked: readonly PendingArtifact[];
    };

export type VerdictKind =
  /** Not stuck on our finalizer (no finalizer, not deleted). */
  | 'ignore'
  /** Deleted, but inside the grace period, or waiting for a lossless fix to take effect. */
  | 'wait'
  /** Not final yet: terminate it, release later. */
  | 'terminate'
  /** A lossless fix first (AGC-06). */
  | 'relabel'
  /** Remove the finalizer (safe, or forced under `force-after`). */
  | 'release'
  /** Stuck, and the watcher may not release it (unsafe, unknown, or report-only). */
  | 'refuse'
  /** The object is malformed: reported and skipped. */
  | 'invalid';

export type Safety = 'safe' | 'unsafe' | 'unknown';

export interface Verdict {
  readonly kind: VerdictKind;
  readonly workflow: WorkflowRef;
  readonly modes: readonly ModeId[];
  /** Whether releasing now loses nothing; absent when the question does not arise. */
  readonly safety?: Safety;
  /** One sentence for the Event, the log and the summary. */
  readonly reason: string;
  /** Pending artifacts with no proof of deletion (what a release would leak). */
  readonly unproven: readonly PendingArtifact[];
  /** Pending artifacts whose deletion a WorkflowArtifactGCTask proves. */
  readonly proven: number;
  /** What to do now (empty for ignore/wait/refuse/invalid). */
  readonly plan: readonly Action[];
  /** Decide again after this long (grace expiry, force-after expiry, resync after a fix). */
  readonly requeueAfterMs?: number;
  /** When the deletion was requested (ms since epoch), for the deletion-to-release histogram. */
  readonly deletedAt?: number;
}
