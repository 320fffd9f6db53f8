/**
 * Values of the Argo Workflows fields argo-guard reads or writes that Argo enumerates
 * (argo-workflows pkg/apis/workflow/v1alpha1; docs/failure-modes.md §0).
 */

/** `artifactGC.strategy`: when the controller deletes a Workflow's artifacts. */
export const ARTIFACT_GC_STRATEGIES = ['OnWorkflowCompletion', 'OnWorkflowDeletion', 'Never'] as const;
export type GCStrategy = (typeof ARTIFACT_GC_STRATEGIES)[number];
/** The strategies under which GC is due once a Workflow is deleted. */
export const DUE_STRATEGIES: readonly string[] = ['OnWorkflowCompletion', 'OnWorkflowDeletion'];

/** Phases a Workflow can have; `''` means the controller has not picked it up yet. */
export const KNOWN_PHASES = ['', 'Pending', 'Running', 'Succeeded', 'Failed', 'Error'] as const;
/** `Status.Fulfilled()`: GC only runs in these phases (docs/failure-modes.md §0.1). */
export const FINAL_PHASES: readonly string[] = ['Succeeded', 'Failed', 'Error'];
