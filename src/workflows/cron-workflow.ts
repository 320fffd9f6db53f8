import { type Duration, Lazy } from 'cdk8s';
import type { Construct } from 'constructs';
import type { Json } from '../argo/json';
import { formatArgoVersion, hasField } from '../argo/versions';
import { AuthoringError } from '../authoring-errors';
import type { RenderContext } from './template';
import { WorkflowBase, type WorkflowBaseProps } from './workflow-base';

/** Props of {@link CronWorkflow}. */
export interface CronWorkflowProps extends WorkflowBaseProps {
  /**
   * Cron schedules. Emitted as `schedules` from Argo 3.6, as the singular `schedule` before
   * (one schedule only); the singular is gone in 4.0 (GITOPS005).
   */
  readonly schedules: readonly string[];
  /** IANA time zone. @default - the controller's (UTC) */
  readonly timezone?: string;
  /** @default - 'Allow' (upstream) */
  readonly concurrencyPolicy?: 'Allow' | 'Forbid' | 'Replace';
  /** Skip a run that could not start within this time. @default - none */
  readonly startingDeadline?: Duration;
  /** @default - 3 (upstream) */
  readonly successfulJobsHistoryLimit?: number;
  /** @default - 1 (upstream) */
  readonly failedJobsHistoryLimit?: number;
  /**
   * `spec.suspend`, always emitted so that a CLI `argo cron suspend` shows as drift in Argo CD
   * (GITOPS006).
   * @default false
   */
  readonly suspend?: boolean;
  /** Labels/annotations of the created Workflows. @default - none */
  readonly workflowMetadata?: {
    readonly labels?: Readonly<Record<string, string>>;
    readonly annotations?: Readonly<Record<string, string>>;
  };
}

/** A `CronWorkflow`: creates a Workflow on a schedule. */
export class CronWorkflow extends WorkflowBase {
  public readonly kind: string = 'CronWorkflow';
  private readonly cronProps: CronWorkflowProps;

  constructor(scope: Construct, id: string, props: CronWorkflowProps) {
    const path = `${scope.node.path}/${id}`;
    if (props.schedules.length === 0)
      throw new AuthoringError(
        'API007',
        path,
        'no schedules',
        'pass at least one cron expression in schedules',
      );
    super(scope, id, 'CronWorkflow', props);
    this.cronProps = props;
    // Before 3.6 only the singular spec.schedule exists: the other schedules would be dropped.
    const v = this.settings.argoVersion;
    const n = props.schedules.length;
    if (n > 1 && !hasField(v, 'cronWorkflow.schedules'))
      throw new AuthoringError(
        'API008',
        path,
        `${n} schedules, but Argo ${formatArgoVersion(v)} has only the singular spec.schedule`,
        'use one schedule or target >= 3.6',
      );
  }

  protected override renderTopLevel(ctx: RenderContext): Json {
    return { spec: this.renderCronSpec(ctx) };
  }

  protected override lazyBody(): Json {
    return { spec: Lazy.any({ produce: () => this.pass((ctx) => this.renderCronSpec(ctx)) }) };
  }

  private renderCronSpec(ctx: RenderContext): Json {
    const p = this.cronProps;
    const v = ctx.settings.argoVersion;
    const plural = hasField(v, 'cronWorkflow.schedules');
    return {
      schedules: plural ? [...p.schedules] : undefined,
      schedule: plural ? undefined : p.schedules[0],
      timezone: p.timezone,
      concurrencyPolicy: p.concurrencyPolicy,
      startingDeadlineSeconds: p.startingDeadline?.toSeconds(),
      successfulJobsHistoryLimit: p.successfulJobsHistoryLimit,
      failedJobsHistoryLimit: p.failedJobsHistoryLimit,
      suspend: p.suspend ?? false,
      workflowMetadata: p.workflowMetadata
        ? { labels: p.workflowMetadata.labels, annotations: p.workflowMetadata.annotations }
        : undefined,
      workflowSpec: this.renderSpec(ctx),
    };
  }
}
