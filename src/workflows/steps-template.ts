import type { Json } from '../argo/json';
import { type InvocationProps, invocationCalls, renderInvocation, validateInvocation } from './invocation';
import { type RenderContext, Template, type TemplateProps } from './template';

/** A step of a steps template. */
export class WorkflowStep {
  /** @internal */
  constructor(
    public readonly steps: StepsTemplate,
    public readonly name: string,
    /** @internal */ public readonly _props: InvocationProps,
  ) {}

  public get template() {
    return this._props.template;
  }

  /** `{{steps.<name>.outputs.parameters.<p>}}` */
  public outputParameter(p: string): string {
    return `{{steps.${this.name}.outputs.parameters.${p}}}`;
  }

  /** `{{steps.<name>.outputs.artifacts.<a>}}` */
  public outputArtifact(a: string): string {
    return `{{steps.${this.name}.outputs.artifacts.${a}}}`;
  }

  /** `{{steps.<name>.outputs.result}}` */
  public get result(): string {
    return `{{steps.${this.name}.outputs.result}}`;
  }
}

/** Props of {@link StepsTemplate}. */
export interface StepsTemplateProps extends TemplateProps {}

/** A template that runs groups of steps in sequence; the steps of one group run in parallel (`steps`). */
export class StepsTemplate extends Template {
  public readonly kind = 'steps';
  private readonly groups: WorkflowStep[][] = [];

  constructor(name: string, props: StepsTemplateProps = {}) {
    super(name, props);
  }

  /** Adds a step that runs after every step added before it. */
  public addStep(name: string, props: InvocationProps): WorkflowStep {
    const s = new WorkflowStep(this, name, props);
    this.groups.push([s]);
    return s;
  }

  /** Adds a group of steps that run in parallel, after every step added before. */
  public addParallelSteps(steps: Readonly<Record<string, InvocationProps>>): WorkflowStep[] {
    const group = Object.entries(steps).map(([name, p]) => new WorkflowStep(this, name, p));
    this.groups.push(group);
    return group;
  }

  public get stepGroups(): readonly (readonly WorkflowStep[])[] {
    return this.groups;
  }

  /** @internal */
  public override _calls(): Template[] {
    return this.groups.flat().flatMap((s) => invocationCalls(s._props).calls);
  }

  /** @internal */
  public _exitCalls(): Template[] {
    return this.groups.flat().flatMap((s) => invocationCalls(s._props).exits);
  }

  /** @internal */
  public override _validate(ctx: RenderContext): string[] {
    const errors = super._validate(ctx);
    const where = `steps "${this.name}"`;
    if (this.groups.length === 0) errors.push(`API007 ${where}: no steps — add steps with addStep()`);
    const names = new Set<string>();
    for (const group of this.groups) {
      if (group.length === 0)
        errors.push(`API007 ${where}: an empty parallel group — pass at least one step`);
      for (const s of group) {
        const sw = `${where} step "${s.name}"`;
        if (names.has(s.name))
          errors.push(`API002 ${sw}: duplicate step name — give each step a unique name`);
        names.add(s.name);
        errors.push(...validateInvocation(s._props, ctx.owner, sw));
      }
    }
    return errors;
  }

  protected renderBody(ctx: RenderContext): Json {
    return { steps: this.groups.map((g) => g.map((s) => renderInvocation(s.name, s._props, ctx.owner))) };
  }
}
