import { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import { WorkflowBase, type WorkflowBaseProps } from './workflow-base';

/** Props of {@link ClusterWorkflowTemplate}. */
export interface ClusterWorkflowTemplateProps extends WorkflowBaseProps {}

/**
 * A cluster-scoped library of templates (`ClusterWorkflowTemplate`); references to its templates
 * carry `clusterScope: true`. Its pods run in the namespace of the calling Workflow, so the
 * generated service accounts (in the chart's namespace) only fit Workflows of that namespace;
 * elsewhere pass `serviceAccountName` and `artifactGC.serviceAccountName` that exist there.
 */
export class ClusterWorkflowTemplate extends WorkflowBase {
  public readonly kind: string = 'ClusterWorkflowTemplate';

  constructor(scope: Construct, id: string, props: ClusterWorkflowTemplateProps = {}) {
    super(scope, id, 'ClusterWorkflowTemplate', props);
  }

  /** The namespace of the generated service accounts (the chart's); the object itself has none. */
  public override get namespace(): string | undefined {
    return Chart.of(this).namespace;
  }

  protected override finishKindMetadata(metadata: Record<string, any>): void {
    // cdk8s gives every object of a namespaced chart the chart's namespace; this kind is cluster-scoped.
    delete metadata.namespace;
  }
}
