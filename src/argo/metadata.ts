/**
 * The names on objects that argo-guard reads or writes: Argo's API group, and the labels,
 * annotations and finalizers of Argo Workflows (argo-workflows workflow/common/common.go,
 * artifact_gc.go; docs/failure-modes.md §0) and of Argo CD (gitops-engine pkg/sync/common;
 * docs/argocd.md). One place for each name: the constructs, the rules, the watcher and its install
 * all import them from here.
 */

// ---------------------------------------------------------------------------------------------
// API group
// ---------------------------------------------------------------------------------------------

export const ARGO_GROUP = 'argoproj.io';
export const ARGO_VERSION = 'v1alpha1';
/** The apiVersion of every Argo Workflows and Argo Events object, and of Argo CD's Application. */
export const ARGO_API_VERSION = `${ARGO_GROUP}/${ARGO_VERSION}`;

// ---------------------------------------------------------------------------------------------
// Argo Workflows
// ---------------------------------------------------------------------------------------------

/** The finalizer the Argo controller adds for artifact GC; the only one the watcher ever removes. */
export const ARTIFACT_GC_FINALIZER = 'workflows.argoproj.io/artifact-gc';

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
/**
 * The controller's opt-in pod finalizer (argo-workflows#12413): it keeps a Workflow pod until its
 * status was read. Orphaned when the Workflow is done or gone (RUN-06, #17024, PR #14088); the
 * watcher removes it only with `--release-pod-finalizers`.
 */
export const POD_STATUS_FINALIZER = 'workflows.argoproj.io/status';
/** The annotation that names the repository used when a Workflow gives no key. */
export const DEFAULT_ARTIFACT_REPOSITORY_ANNOTATION = 'workflows.argoproj.io/default-artifact-repository';

// ---------------------------------------------------------------------------------------------
// Argo CD
// ---------------------------------------------------------------------------------------------

/** Argo CD (3.0+) hook finalizer: never touched (argo-cd#21804, GITOPS-02). */
export const ARGOCD_HOOK_FINALIZER = 'argocd.argoproj.io/hook-finalizer';
/** Argo CD's cascade-delete finalizer: deleting the Application deletes what it manages. */
export const ARGOCD_RESOURCES_FINALIZER = 'resources-finalizer.argocd.argoproj.io';
export const HOOK_ANNOTATION = 'argocd.argoproj.io/hook';
export const HOOK_DELETE_POLICY_ANNOTATION = 'argocd.argoproj.io/hook-delete-policy';
export const SYNC_WAVE_ANNOTATION = 'argocd.argoproj.io/sync-wave';
export const SYNC_OPTIONS_ANNOTATION = 'argocd.argoproj.io/sync-options';

// ---------------------------------------------------------------------------------------------
// argo-guard's own, read by more than one layer
// ---------------------------------------------------------------------------------------------

/** `app.kubernetes.io/name` of the watcher's install; rule GITOPS007 recognises the watcher by it. */
export const WATCHER_NAME_LABEL_VALUE = 'argo-guard-watcher';
