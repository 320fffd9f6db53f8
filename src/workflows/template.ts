/**
 * The base of every template kind. Templates are plain objects (not constructs: a WorkflowTemplate
 * with many templates stays cheap to synthesize), added to a workflow with `addTemplate` or the
 * `addContainer`/`addDag`/... factories, and referenced by object: a task that calls a template
 * of another WorkflowTemplate gets a `templateRef` automatically.
 */

import type { Duration } from 'cdk8s';
import type { Node } from 'constructs';
import type { Json } from '../argo/json';
import { AuthoringError } from '../authoring-errors';
import * as argo from '../imports/argo-workflows';
import {
  type InputArtifact,
  type InputParameter,
  type OutputArtifact,
  type OutputParameter,
  renderInputArtifact,
  renderInputParameter,
  renderOutputArtifact,
  renderOutputParameter,
} from './artifacts';
import type { MissingPart } from './guarded-object';
import { checkOptOutReason, isOptOut, type OptOut, type OptOutSetting } from './opt-out';
import type { ResolvedSettings } from './settings';
import { checkSynchronization, renderSynchronization, type SynchronizationProps } from './synchronization';
import { applyOverrides, deepMerge, goDuration } from './util';

/** What a template needs to know about the workflow-like object that holds it. @internal */
export interface ITemplateOwner {
  readonly node: Node;
  /** `metadata.name` of the object. */
  readonly resourceName: string;
  /** Kind of the owner (`WorkflowTemplate`, ...). */
  readonly kind: string;
  /** The owner's effective settings (what a template's props are checked against). */
  readonly settings: ResolvedSettings;
}

/** Passed to every template while the owner renders. @internal */
export interface RenderContext {
  readonly owner: ITemplateOwner;
  readonly settings: ResolvedSettings;
  /** Opt-outs in effect, setting -> reason; the owner turns them into annotations. */
  readonly optOuts: Map<OptOutSetting, string>;
  /** Templates used as exit handlers (their pods are exempt from the workflow deadline, RUN005). */
  readonly exitTemplates: ReadonlySet<Template>;
}

/** Retry strategy. */
export interface RetryProps {
  /**
   * Maximum retries. A retry without a limit retries forever (RUN002), so the chart's
   * `retryLimit` fills it in; unlimited needs `optOut('reason')`.
   * @default - the chart's retryLimit (3)
   */
  readonly limit?: number | OptOut;
  /** @default 'OnFailure' (upstream) */
  readonly policy?: 'Always' | 'OnFailure' | 'OnError' | 'OnTransientError';
  /** Exponential backoff. @default - none */
  readonly backoff?: {
    readonly duration: Duration;
    readonly factor?: number;
    readonly maxDuration?: Duration;
  };
  /** Retry only when this expression is true. @default - none */
  readonly expression?: string;
}

/** Props common to every template kind. */
export interface TemplateProps {
  /** @default - none */
  readonly inputs?: {
    readonly parameters?: readonly InputParameter[];
    readonly artifacts?: readonly InputArtifact[];
  };
  /** @default - none */
  readonly outputs?: {
    readonly parameters?: readonly OutputParameter[];
    readonly artifacts?: readonly OutputArtifact[];
  };
  /** @default - no retries */
  readonly retry?: RetryProps;
  /** Template-level `activeDeadlineSeconds`. @default - none (exit handler pod templates get the workflow deadline) */
  readonly activeDeadline?: Duration;
  /** Template `timeout` (includes time Pending). @default - none */
  readonly timeout?: Duration;
  /** Locks held while this template runs. @default - none */
  readonly synchronization?: SynchronizationProps;
  /** Labels on the template's pods. @default - none */
  readonly labels?: Readonly<Record<string, string>>;
  /** Annotations on the template's pods. @default - none */
  readonly annotations?: Readonly<Record<string, string>>;
  /**
   * Typed escape hatch: any `Template` field the L2 props do not cover, deep-merged last
   * (objects merge, arrays replace).
   * @default - none
   */
  readonly overrides?: argo.Template;
}

/** Base class of all template kinds. */
export abstract class Template {
  /** @internal */
  public _owner?: ITemplateOwner;
  private readonly rawOverrides: [string, unknown][] = [];

  protected constructor(
    /** The template name (unique within its workflow). */
    public readonly name: string,
    protected readonly baseProps: TemplateProps,
  ) {}

  /** The Argo kind key of this template: `container`, `script`, `dag`, ... */
  public abstract readonly kind: string;

  /** True for templates that run a pod (container, script, containerSet). */
  public get isPodTemplate(): boolean {
    return false;
  }

  /** `{{inputs.parameters.<name>}}`, for use inside this template. */
  public inputParameter(name: string): string {
    return `{{inputs.parameters.${name}}}`;
  }

  /** `{{inputs.artifacts.<name>.path}}`-style references are rarely needed; this gives `{{inputs.artifacts.<name>}}`. */
  public inputArtifact(name: string): string {
    return `{{inputs.artifacts.${name}}}`;
  }

  /**
   * Escape hatch: sets a field of the rendered template by dotted path
   * (`container.securityContext.runAsUser`); `undefined` deletes. Applied after everything else.
   */
  public addOverride(path: string, value: unknown): this {
    this.rawOverrides.push([path, value]);
    return this;
  }

  /** What the template still lacks at synth (a DAG without tasks): no call could report it. @internal */
  public _missingParts(): MissingPart[] {
    return [];
  }

  /** Every template this one calls (tasks, steps, hooks). @internal */
  public _calls(): Template[] {
    return [];
  }

  /**
   * Refuses props that cannot work, when the template joins an object (`addTemplate`, the
   * `addContainer`/`addDag`/... factories): its settings (target version, architectures) are
   * known from then on. Throws an AuthoringError naming the object's construct path. @internal
   */
  public _check(constructPath: string, settings: ResolvedSettings): void {
    const where = `template "${this.name}"`;
    const refuse = (detail: string, fix: string) => {
      throw new AuthoringError('API008', constructPath, `${where}: ${detail}`, fix);
    };
    if (!/^[a-zA-Z0-9][-a-zA-Z0-9]*$/.test(this.name) || this.name.length > 128)
      refuse(
        'invalid name',
        "use letters, digits and '-', starting with a letter or digit, at most 128 characters",
      );
    const p = this.baseProps;
    if (p.activeDeadline && p.activeDeadline.toSeconds() <= 0)
      refuse('activeDeadline must be positive', 'use e.g. Duration.minutes(30)');
    if (p.retry) {
      const limit = p.retry.limit;
      if (typeof limit === 'number' && (!Number.isInteger(limit) || limit < 0))
        refuse(`retry limit ${limit} is not a non-negative integer`, 'use e.g. 3');
      checkOptOutReason(`${where} retry limit`, limit, constructPath);
    }
    if (p.synchronization)
      checkSynchronization(p.synchronization, settings.argoVersion, constructPath, where);
  }

  /** Renders the template JSON (wire names). @internal */
  public _render(ctx: RenderContext): Json {
    const p = this.baseProps;
    const inputs = p.inputs
      ? {
          parameters: p.inputs.parameters?.map(renderInputParameter),
          artifacts: p.inputs.artifacts?.map(renderInputArtifact),
        }
      : undefined;
    const outputs = p.outputs
      ? {
          parameters: p.outputs.parameters?.map(renderOutputParameter),
          artifacts: p.outputs.artifacts?.map(renderOutputArtifact),
        }
      : undefined;
    const metadata = p.labels || p.annotations ? { labels: p.labels, annotations: p.annotations } : undefined;
    let json: Json = {
      name: this.name,
      inputs,
      outputs,
      metadata,
      retryStrategy: this.renderRetry(ctx),
      activeDeadlineSeconds: p.activeDeadline?.toSeconds(),
      timeout: p.timeout ? goDuration(p.timeout.toSeconds()) : undefined,
      synchronization: renderSynchronization(p.synchronization, ctx.settings.argoVersion),
      ...this.renderBody(ctx),
    };
    this.finishRender(json, ctx);
    if (p.overrides) json = deepMerge(json, argo.toJson_Template(p.overrides));
    return applyOverrides(json, this.rawOverrides);
  }

  /** Whether the template declares output artifacts (so artifact GC may apply). @internal */
  public _hasOutputArtifacts(): boolean {
    return (
      (this.baseProps.outputs?.artifacts?.length ?? 0) > 0 ||
      !!this.baseProps.overrides?.outputs?.artifacts?.length
    );
  }

  /** Adds fields that depend on the rest (pod templates: the pin), before the overrides. */
  protected finishRender(_json: Json, _ctx: RenderContext): void {}

  /** Per-artifact GC strategies of the output artifacts. @internal */
  public _artifactGcStrategies(): string[] {
    return (this.baseProps.outputs?.artifacts ?? []).flatMap((a) => (a.gcStrategy ? [a.gcStrategy] : []));
  }

  /** The kind-specific part (`{ container: {...} }`, `{ dag: {...} }`). */
  protected abstract renderBody(ctx: RenderContext): Json;

  private renderRetry(ctx: RenderContext): Json | undefined {
    const r = this.baseProps.retry;
    if (!r) return undefined;
    let limit: number | undefined;
    if (typeof r.limit === 'number') limit = r.limit;
    else if (isOptOut(r.limit)) ctx.optOuts.set('retryLimit', r.limit.reason);
    else if (isOptOut(ctx.settings.retryLimit)) ctx.optOuts.set('retryLimit', ctx.settings.retryLimit.reason);
    else limit = ctx.settings.retryLimit;
    return {
      limit,
      retryPolicy: r.policy,
      expression: r.expression,
      backoff: r.backoff
        ? {
            duration: goDuration(r.backoff.duration.toSeconds()),
            factor: r.backoff.factor,
            maxDuration: r.backoff.maxDuration ? goDuration(r.backoff.maxDuration.toSeconds()) : undefined,
          }
        : undefined,
    };
  }
}

/**
 * How a task or step calls `template` from inside `from`: `{ template }` when both live in the same
 * object, else `{ templateRef }` (the owner must be a WorkflowTemplate or ClusterWorkflowTemplate).
 * @internal
 */
export function templateReference(template: Template, from: ITemplateOwner): Json {
  const owner = template._owner;
  if (!owner || owner === from) return { template: template.name };
  return {
    templateRef: {
      name: owner.resourceName,
      template: template.name,
      clusterScope: owner.kind === 'ClusterWorkflowTemplate' ? true : undefined,
    },
  };
}

/**
 * Refuses a call of `template` from `from` that Argo cannot resolve: a template of a Workflow or
 * CronWorkflow is reachable only inside it (a templateRef names a WorkflowTemplate or
 * ClusterWorkflowTemplate). A template not yet added to any object is checked when it is. @internal
 */
export function checkCallable(
  template: Template,
  from: ITemplateOwner,
  constructPath: string,
  where: string,
): void {
  const owner = template._owner;
  if (
    owner &&
    owner !== from &&
    owner.kind !== 'WorkflowTemplate' &&
    owner.kind !== 'ClusterWorkflowTemplate'
  )
    throw new AuthoringError(
      'API014',
      constructPath,
      `${where}: template "${template.name}" lives in ${owner.kind} ${owner.node.path}, which cannot be referenced`,
      'move it to a WorkflowTemplate or ClusterWorkflowTemplate',
    );
}

/** The construct path a template's authoring errors name: its object's, or the template's own name. @internal */
export function templateSite(t: Template): string {
  return t._owner ? t._owner.node.path : `(template "${t.name}", not yet added to an object)`;
}

/** A node of an ordering inside one template: a DAG task, or a container of a container set. @internal */
export interface OrderedNode<T extends OrderedNode<T>> {
  readonly name: string;
  /** What it waits for. */
  readonly dependencies: readonly T[];
}

/**
 * Refuses, at the `dependsOn` call, an edge `from` -> `to` (from waits for to) that Argo cannot
 * run: `to` belongs to another template (`toOwner` differs), or `to` already waits for `from`, so
 * the edge would close a cycle (API013). @internal
 */
export function checkOrderingEdge<T extends OrderedNode<T>>(
  from: T,
  to: T,
  owners: { readonly from: Template; readonly to: Template; readonly noun: string },
  where: string,
): void {
  const site = templateSite(owners.from);
  if (owners.to !== owners.from)
    throw new AuthoringError(
      'API013',
      site,
      `${where}: depends on "${to.name}", a ${owners.noun} of ${owners.to.kind} "${owners.to.name}"`,
      `depend only on ${owners.noun}s of the same ${owners.from.kind}`,
    );
  const seen = new Set<T>();
  const waits = (x: T): boolean => {
    if (x === from) return true;
    for (const d of x.dependencies) {
      if (seen.has(d)) continue;
      seen.add(d);
      if (waits(d)) return true;
    }
    return false;
  };
  if (waits(to))
    throw new AuthoringError(
      'API013',
      site,
      `${where}: depending on "${to.name}" closes a cycle (${to.name} already waits for ${from.name})`,
      'remove one of these dependsOn() calls',
    );
}
