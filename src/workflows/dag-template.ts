import type { Json } from '../argo/json';
import { AuthoringError } from '../authoring-errors';
import type { MissingPart } from './guarded-object';
import { checkInvocation, type InvocationProps, invocationCalls, renderInvocation } from './invocation';
import {
  checkOrderingEdge,
  type RenderContext,
  Template,
  type TemplateProps,
  templateSite,
} from './template';

/** Outcomes a dependency can wait for (`depends: "build.Succeeded"`). */
export type TaskResult =
  | 'Succeeded'
  | 'Failed'
  | 'Errored'
  | 'Skipped'
  | 'Omitted'
  | 'Daemoned'
  | 'AnySucceeded'
  | 'AllFailed';

/** Props of {@link DagTask}. */
export interface DagTaskProps extends InvocationProps {
  /** Tasks this one waits for (all must succeed). More with `dependsOn()`. @default - none */
  readonly dependsOn?: readonly DagTask[];
}

/** A task of a DAG. Connect tasks by object: `test.dependsOn(build)`. */
export class DagTask {
  private readonly deps: { task: DagTask; result?: TaskResult }[] = [];

  /** @internal */
  constructor(
    public readonly dag: DagTemplate,
    public readonly name: string,
    /** @internal */ public readonly _props: DagTaskProps,
  ) {
    for (const t of _props.dependsOn ?? []) this.addDependency(t);
  }

  /** The template this task runs. */
  public get template() {
    return this._props.template;
  }

  /** Waits for these tasks to succeed. */
  public dependsOn(...tasks: DagTask[]): this {
    for (const t of tasks) this.addDependency(t);
    return this;
  }

  /** Waits for a specific outcome of a task (`depends: "<task>.<result>"`). */
  public dependsOnResult(task: DagTask, result: TaskResult): this {
    this.addDependency(task, result);
    return this;
  }

  /** The tasks this one waits for. */
  public get dependencies(): readonly DagTask[] {
    return this.deps.map((d) => d.task);
  }

  /** `{{tasks.<name>.outputs.parameters.<p>}}` */
  public outputParameter(p: string): string {
    return `{{tasks.${this.name}.outputs.parameters.${p}}}`;
  }

  /** `{{tasks.<name>.outputs.artifacts.<a>}}`, for an artifact argument's `from`. */
  public outputArtifact(a: string): string {
    return `{{tasks.${this.name}.outputs.artifacts.${a}}}`;
  }

  /** `{{tasks.<name>.outputs.result}}` (stdout of a script). */
  public get result(): string {
    return `{{tasks.${this.name}.outputs.result}}`;
  }

  /**
   * The `depends` expression. A dependency on a task with `continueOn` accepts the outcomes it
   * continues on: Argo refuses continueOn in a DAG that uses depends, and documents
   * `(A || A.Failed)` as its equivalent (docs/enhanced-depends-logic.md). @internal
   */
  public _depends(): string | undefined {
    if (this.deps.length === 0) return undefined;
    return this.deps
      .map((d) => {
        if (d.result) return `${d.task.name}.${d.result}`;
        const also = continuedOutcomes(d.task._props.continueOn);
        return also.length
          ? `(${[d.task.name, ...also.map((o) => `${d.task.name}.${o}`)].join(' || ')})`
          : d.task.name;
      })
      .join(' && ');
  }

  /** Refuses, at the call, a dependency on another DAG's task or one that closes a cycle (API013). */
  private addDependency(task: DagTask, result?: TaskResult): void {
    checkOrderingEdge<DagTask>(
      this,
      task,
      { from: this.dag, to: task.dag, noun: 'task' },
      `dag "${this.dag.name}" task "${this.name}"`,
    );
    this.deps.push({ task, result });
  }
}

/** The outcomes besides success a dependency on a task with this continueOn accepts. */
function continuedOutcomes(c: InvocationProps['continueOn']): TaskResult[] {
  const out: TaskResult[] = [];
  if (c?.failed) out.push('Failed');
  if (c?.error) out.push('Errored');
  return out;
}

/** Props of {@link DagTemplate}. */
export interface DagTemplateProps extends TemplateProps {
  /** Stop scheduling new tasks once one fails. @default true (upstream) */
  readonly failFast?: boolean;
}

/** A template that runs tasks as a DAG (`dag`). */
export class DagTemplate extends Template {
  public readonly kind = 'dag';
  private readonly taskList: DagTask[] = [];

  constructor(
    name: string,
    private readonly props: DagTemplateProps = {},
  ) {
    super(name, props);
  }

  /** Adds a task that runs `props.template`. */
  public addTask(name: string, props: DagTaskProps): DagTask {
    const where = `dag "${this.name}" task "${name}"`;
    // Task names are used in depends expressions.
    if (!/^[a-zA-Z0-9][-a-zA-Z0-9]*$/.test(name))
      throw new AuthoringError(
        'API008',
        templateSite(this),
        `${where}: invalid task name`,
        "use letters, digits and '-' (it is used in expressions)",
      );
    checkInvocation(name, props, (n) => this.taskList.some((t) => t.name === n), this, where);
    const t = new DagTask(this, name, props);
    this.taskList.push(t);
    return t;
  }

  public get tasks(): readonly DagTask[] {
    return this.taskList;
  }

  /** @internal */
  public override _calls(): Template[] {
    return this.taskList.flatMap((t) => invocationCalls(t._props).calls);
  }

  /** @internal */
  public _exitCalls(): Template[] {
    return this.taskList.flatMap((t) => invocationCalls(t._props).exits);
  }

  /** @internal */
  public override _missingParts(): MissingPart[] {
    return this.taskList.length
      ? []
      : [{ code: 'API007', detail: `dag "${this.name}": no tasks`, fix: 'add tasks with addTask()' }];
  }

  protected renderBody(ctx: RenderContext): Json {
    const usesDepends = this.taskList.some((t) => t.dependencies.length > 0);
    return {
      dag: {
        failFast: this.props.failFast,
        tasks: this.taskList.map((t) => {
          const task: Json = { ...renderInvocation(t.name, t._props, ctx.owner), depends: t._depends() };
          // Argo refuses continueOn beside depends; a task others depend on has it translated
          // into their depends (_depends). A leaf keeps it, and rule STR008 reports it.
          if (usesDepends && this.taskList.some((o) => o.dependencies.includes(t)))
            task.continueOn = undefined;
          return task;
        }),
      },
    };
  }
}
