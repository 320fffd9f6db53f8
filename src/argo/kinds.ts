/**
 * The kinds of the Argo custom resources argo-guard writes, lints or watches (all in
 * `argoproj.io/v1alpha1`, see ARGO_API_VERSION in metadata.ts).
 */

/** The kinds that carry a Workflow spec (a `WorkflowSpec`, or a CronWorkflow's `workflowSpec`). */
export const WORKFLOW_LIKE_KINDS = [
  'Workflow',
  'WorkflowTemplate',
  'ClusterWorkflowTemplate',
  'CronWorkflow',
] as const;

/** Every Argo Workflows and Argo Events kind with a published schema (what rule STR001 checks). */
export const ARGO_KINDS = [
  ...WORKFLOW_LIKE_KINDS,
  'WorkflowEventBinding',
  'EventBus',
  'EventSource',
  'Sensor',
] as const;
