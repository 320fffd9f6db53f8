import type { Json } from '../argo/json';
import { AuthoringError } from '../authoring-errors';
import type { MissingPart } from './guarded-object';
import { checkInvocation, type InvocationProps, invocationCalls, renderInvocation } from './invocation';
import { type RenderContext, Template, type TemplateProps, templateSite } from './template';

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
    this.checkStep(name, props, []);
    const s = new WorkflowStep(this, name, props);
    this.groups.push([s]);
    return s;
  }

  /** Adds a group of steps that run in parallel, after every step added before. */
  public addParallelSteps(steps: Readonly<Record<string, InvocationProps>>): WorkflowStep[] {
    const entries = Object.entries(steps);
    if (entries.length === 0)
      throw new AuthoringError(
        'API007',
        templateSite(this),
        `steps "${this.name}": an empty parallel group`,
        'pass at least one step',
      );
    for (const [i, [name, p]] of entries.entries()) {
      this.checkStep(
        name,
        p,
        entries.slice(0, i).map(([n]) => n),
      );
    }
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
  public override _missingParts(): MissingPart[] {
    return this.groups.length
      ? []
      : [{ code: 'API007', detail: `steps "${this.name}": no steps`, fix: 'add steps with addStep()' }];
  }

  private checkStep(name: string, p: InvocationProps, alsoTaken: readonly string[]): void {
    const taken = (n: string) =>
      alsoTaken.includes(n) || this.groups.some((g) => g.some((s) => s.name === n));
    checkInvocation(name, p, taken, this, `steps "${this.name}" step "${name}"`);
  }

  protected renderBody(ctx: RenderContext): Json {
    return { steps: this.groups.map((g) => g.map((s) => renderInvocation(s.name, s._props, ctx.owner))) };
  }
}
