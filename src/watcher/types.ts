/**
 * Types shared by the watcher: the snapshot `diagnose` reads, the verdict it returns, and the plan
 * that `act` applies. Argo's labels, annotations and finalizers are in src/argo/metadata.ts.
 */
import type { GCStrategy } from '../argo/enums';
import type { JsonValue } from '../argo/json';
import type { RuntimeModeId } from './runtime';

/** Set by the watcher with the relabel fix, so that it waits one resync before deciding again. */
export const ANNOTATION_RELABELED_AT = 'argo-guard.io/relabeled-at';

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

/** Everything one decision reads. */
export interface Snapshot {
  /** The Workflow (full, or trimmed by `trimWorkflow`, which keeps every field diagnose reads). */
  readonly workflow: JsonValue;
  /** Its artifact-GC pods (`workflows.argoproj.io/workflow=<name>`, component artifact-gc). */
  readonly pods: readonly JsonValue[];
  /** WorkflowArtifactGCTasks in its namespace (those not owned by this Workflow are ignored). */
  readonly tasks: readonly JsonValue[];
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
