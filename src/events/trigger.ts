/**
 * Sensor triggers. Trigger-level settings (`rateLimit`, `atLeastOnce`, `retryStrategy`, `policy`,
 * `dlqTrigger`) are flat props here and always land on `triggers[]`, never under
 * `triggers[].template` where the controller drops them (EVT003; upstream's own examples
 * trigger-with-policy.yaml and trigger-with-atleast-once-semantics.yaml get this wrong).
 */
import type { Duration } from 'cdk8s';
import type { Json } from '../argo/json';
import { ARGO_API_VERSION } from '../argo/metadata';
import * as ev from '../imports/argo-events';
import type { ArgoWorkflowOperation } from '../rules/evt';
import type { Manifest } from '../rules/types';
import type { CronWorkflow } from '../workflows/cron-workflow';
import type { WorkflowBase } from '../workflows/workflow-base';
import type { SensorDependency } from './dependency';

/**
 * A value taken from an event when the trigger fires (`TriggerParameterSource`). The dependency
 * is passed by reference, so a typo in its name cannot happen.
 */
export class EventValue {
  /** A field of the event body by gjson path: `EventValue.body(push, 'ref')` -> `dataKey: body.ref`. */
  public static body(dependency: SensorDependency, path: string): EventValue {
    return new EventValue(dependency, { dataKey: `body.${path}` });
  }
  /** A field of the event data by gjson path (`body.x`, `header.X-Github-Event.0`). */
  public static data(dependency: SensorDependency, dataKey: string): EventValue {
    return new EventValue(dependency, { dataKey });
  }
  /** A Go template over the event data: `{{ .Input.body.ref | substr 11 -1 }}`. */
  public static dataTemplate(dependency: SensorDependency, template: string): EventValue {
    return new EventValue(dependency, { dataTemplate: template });
  }
  /** A CloudEvents context field (`id`, `source`, `type`, `subject`, `time`, ...). */
  public static context(dependency: SensorDependency, key: string): EventValue {
    return new EventValue(dependency, { contextKey: key });
  }
  /** A Go template over the event context. */
  public static contextTemplate(dependency: SensorDependency, template: string): EventValue {
    return new EventValue(dependency, { contextTemplate: template });
  }

  private constructor(
    public readonly dependency: SensorDependency,
    private readonly src: Omit<ev.TriggerParameterSource, 'dependencyName'>,
  ) {}

  /** The value used when the key is missing from the event (`src.value`). */
  public withDefault(value: string): EventValue {
    return new EventValue(this.dependency, { ...this.src, value });
  }

  /** Take the value as raw JSON instead of a string (`useRawData`). */
  public raw(): EventValue {
    return new EventValue(this.dependency, { ...this.src, useRawData: true });
  }

  /** The default, if any. */
  public get defaultValue(): string | undefined {
    return this.src.value;
  }

  /** @internal */
  public _render(): Json {
    return ev.toJson_TriggerParameterSource({ dependencyName: this.dependency.name, ...this.src }) ?? {};
  }
}

/** `retryStrategy` / `policy.k8s.backoff` (Argo Events `Backoff`). */
export interface BackoffProps {
  /** Attempts in total. @default 1 (no retry: the upstream default) */
  readonly steps: number;
  /** First wait. @default - the controller's (1s) */
  readonly duration?: Duration;
  /** Multiplier per step. @default - none */
  readonly factor?: number;
  /** Random extra wait, as a fraction. @default - none */
  readonly jitter?: number;
}

/** `policy`: when a trigger counts as failed. */
export interface TriggerPolicyProps {
  /**
   * `policy.k8s`: poll the created object until it has these labels (e.g.
   * `workflows.argoproj.io/phase: Succeeded`). The loop runs inside the trigger: a long backoff
   * stalls it (docs/gitops.md §1.5). Adds `get` to the Role.
   * @default - none
   */
  readonly k8s?: {
    readonly labels: Readonly<Record<string, string>>;
    readonly backoff: BackoffProps;
    /** @default false */
    readonly errorOnBackoffTimeout?: boolean;
  };
  /** `policy.status.allow`: HTTP-like status codes that count as success. @default - none */
  readonly status?: { readonly allow: readonly number[] };
}

/** Settings every trigger has. */
export interface TriggerOptions {
  /**
   * Boolean expression over dependency names (`"push && approved"`).
   * @default - all dependencies (AND)
   */
  readonly conditions?: string;
  /** Reset a partly met `conditions` on a schedule. @default - never */
  readonly conditionsReset?: readonly { readonly cron: string; readonly timezone?: string }[];
  /** At most `requestsPerUnit` firings per `unit`. @default - unlimited */
  readonly rateLimit?: { readonly unit: 'Second' | 'Minute' | 'Hour'; readonly requestsPerUnit: number };
  /**
   * Acknowledge the event only after the trigger ran: backpressure to the bus and redelivery
   * after a crash. Without it a rate limit queues events in sensor memory and loses them on a
   * restart (EVT004).
   * @default true
   */
  readonly atLeastOnce?: boolean;
  /**
   * Retry a failed firing. Only for idempotent operations: a retried create may create twice.
   * @default - no retry
   */
  readonly retryStrategy?: BackoffProps;
  /** When the firing counts as failed. @default - none */
  readonly policy?: TriggerPolicyProps;
  /** Fired when retries are exhausted (only with atLeastOnce). @default - none */
  readonly dlqTrigger?: ev.Trigger;
}

export const TRIGGER_OPTION_KEYS = [
  'conditions',
  'conditionsReset',
  'rateLimit',
  'atLeastOnce',
  'retryStrategy',
  'policy',
  'dlqTrigger',
] as const;

/** What the created Workflow runs and gets. */
export interface WorkflowFromTemplateProps {
  /** The guarded WorkflowTemplate (or ClusterWorkflowTemplate) to run through workflowTemplateRef. */
  readonly workflowTemplate: WorkflowBase;
  /**
   * Workflow arguments: parameter name -> a fixed string or a value from the event. They are
   * written as `spec.arguments.parameters[i].value` and filled per event.
   * @default - none
   */
  readonly parameters?: Readonly<Record<string, string | EventValue>>;
  /** `metadata.generateName`. @default - `<template name>-` */
  readonly generateName?: string;
  /** Labels on the created Workflow. @default - none */
  readonly labels?: Readonly<Record<string, string>>;
}

export const WORKFLOW_FROM_TEMPLATE_KEYS = [
  'workflowTemplate',
  'parameters',
  'generateName',
  'labels',
] as const;

/** Props of {@link Sensor.addWorkflowTrigger}. */
export interface WorkflowTriggerProps extends TriggerOptions, WorkflowFromTemplateProps {}

/** Props of {@link Sensor.addArgoWorkflowTrigger}. */
export type ArgoWorkflowTriggerProps = TriggerOptions & {
  /** Extra `argo` CLI arguments. @default - none */
  readonly args?: readonly string[];
} & (
    | ({ readonly operation?: 'submit' } & WorkflowFromTemplateProps)
    | {
        readonly operation: 'submit-from';
        /** `argo submit --from`: a WorkflowTemplate or CronWorkflow. */
        readonly from: WorkflowBase | CronWorkflow;
      }
    | {
        readonly operation: Exclude<ArgoWorkflowOperation, 'submit' | 'submit-from'>;
        /** The Workflow to act on: a fixed name or one from the event. */
        readonly workflowName: string | EventValue;
        /** Its namespace. @default - the Sensor's */
        readonly namespace?: string;
      }
  );

/** A trigger as the Sensor keeps it: rendered on demand. @internal */
export interface SensorTriggerSpec {
  readonly name: string;
  /** The wire JSON of `triggers[i]`. */
  render(): Json;
  /** The Workflow it creates (merged per workflowTemplateRef at lint), when it creates one. */
  workflow?(): Manifest;
  /** The template it references, for sync-wave ordering and lint. */
  readonly template?: WorkflowBase;
  /** Dependencies it refers to. */
  readonly dependencies: readonly SensorDependency[];
}

function goDuration(d: Duration): string {
  const ms = d.toMilliseconds();
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}

export function renderBackoff(b: BackoffProps): Json {
  return ev.toJson_Backoff({
    steps: b.steps,
    duration: b.duration ? goDuration(b.duration) : undefined,
    factor: b.factor,
    jitter: b.jitter,
  })!;
}

/** The trigger-level fields, on `triggers[]`. */
export function renderTriggerLevel(o: TriggerOptions): Json {
  const out: Json = { atLeastOnce: o.atLeastOnce ?? true };
  if (o.rateLimit) out.rateLimit = { unit: o.rateLimit.unit, requestsPerUnit: o.rateLimit.requestsPerUnit };
  if (o.retryStrategy) out.retryStrategy = renderBackoff(o.retryStrategy);
  if (o.policy) {
    const p: Json = {};
    if (o.policy.k8s)
      p.k8s = {
        labels: { ...o.policy.k8s.labels },
        backoff: renderBackoff(o.policy.k8s.backoff),
        errorOnBackoffTimeout: o.policy.k8s.errorOnBackoffTimeout ?? false,
      };
    if (o.policy.status) p.status = { allow: [...o.policy.status.allow] };
    out.policy = p;
  }
  if (o.dlqTrigger) out.dlqTrigger = ev.toJson_Trigger(o.dlqTrigger);
  return out;
}

/** The TriggerTemplate-level common fields. */
export function renderTemplateLevel(name: string, o: TriggerOptions): Json {
  const out: Json = { name };
  if (o.conditions) out.conditions = o.conditions;
  if (o.conditionsReset)
    out.conditionsReset = o.conditionsReset.map((r) => ({
      byTime: r.timezone ? { cron: r.cron, timezone: r.timezone } : { cron: r.cron },
    }));
  return out;
}

/**
 * The Workflow that runs `props.workflowTemplate` (only `workflowTemplateRef` + `arguments` +
 * `generateName`: the template carries every safety setting), and the trigger parameters that
 * fill its arguments from the event.
 */
export function workflowFromTemplate(
  props: WorkflowFromTemplateProps,
  namespace: string | undefined,
): { resource: Json; parameters: Json[] } {
  const wt = props.workflowTemplate;
  const params = Object.entries(props.parameters ?? {});
  const resource: Json = {
    apiVersion: ARGO_API_VERSION,
    kind: 'Workflow',
    metadata: {
      generateName: props.generateName ?? `${wt.resourceName}-`,
      ...(namespace ? { namespace } : {}),
      ...(props.labels ? { labels: { ...props.labels } } : {}),
    },
    spec: {
      workflowTemplateRef: {
        name: wt.resourceName,
        ...(wt.kind === 'ClusterWorkflowTemplate' ? { clusterScope: true } : {}),
      },
      ...(params.length
        ? {
            arguments: {
              parameters: params.map(([name, v]) => ({
                name,
                value: typeof v === 'string' ? v : (v.defaultValue ?? ''),
              })),
            },
          }
        : {}),
    },
  };
  const parameters: Json[] = [];
  params.forEach(([, v], i) => {
    if (typeof v === 'string') return;
    parameters.push({ src: v._render(), dest: `spec.arguments.parameters.${i}.value` });
  });
  return { resource, parameters };
}

/** The dependencies an EventValue map refers to. */
export function dependenciesOf(values: Iterable<unknown>): SensorDependency[] {
  const out: SensorDependency[] = [];
  for (const v of values) if (v instanceof EventValue && !out.includes(v.dependency)) out.push(v.dependency);
  return out;
}
