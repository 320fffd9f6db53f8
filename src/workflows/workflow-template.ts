import type { Construct } from 'constructs';
import { WorkflowBase, type WorkflowBaseProps } from './workflow-base';

/** Props of {@link WorkflowTemplate}. */
export interface WorkflowTemplateProps extends WorkflowBaseProps {}

/**
 * A namespaced library of templates (`WorkflowTemplate`). Workflows run it whole
 * (`new Workflow(..., { workflowTemplate })`) or call single templates of it from their own
 * tasks, which become `templateRef`s.
 */
export class WorkflowTemplate extends WorkflowBase {
  public readonly kind: string = 'WorkflowTemplate';

  constructor(scope: Construct, id: string, props: WorkflowTemplateProps = {}) {
    super(scope, id, 'WorkflowTemplate', props);
  }
}
