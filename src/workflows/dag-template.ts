import type { Json } from '../argo/json';
import { type InvocationProps, invocationCalls, renderInvocation, validateInvocation } from './invocation';
import { type RenderContext, Template, type TemplateProps } from './template';

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
    for (const t of _props.dependsOn ?? []) this.deps.push({ task: t });
  }

  /** The template this task runs. */
  public get template() {
    return this._props.template;
  }

  /** Waits for these tasks to succeed. */
  public dependsOn(...tasks: DagTask[]): this {
    for (const t of tasks) this.deps.push({ task: t });
    return this;
  }

  /** Waits for a specific outcome of a task (`depends: "<task>.<result>"`). */
  public dependsOnResult(task: DagTask, result: TaskResult): this {
    this.deps.push({ task, result });
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

  /** @internal */
  public _depends(): string | undefined {
    if (this.deps.length === 0) return undefined;
    return this.deps.map((d) => (d.result ? `${d.task.name}.${d.result}` : d.task.name)).join(' && ');
  }
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
  public override _validate(ctx: RenderContext): string[] {
    const errors = super._validate(ctx);
    const where = `dag "${this.name}"`;
    if (this.taskList.length === 0) errors.push(`API007 ${where}: no tasks — add tasks with addTask()`);
    const names = new Set<string>();
    for (const t of this.taskList) {
      const tw = `${where} task "${t.name}"`;
      if (names.has(t.name)) errors.push(`API002 ${tw}: duplicate task name — give each task a unique name`);
      names.add(t.name);
      if (!/^[a-zA-Z0-9][-a-zA-Z0-9]*$/.test(t.name))
        errors.push(
          `API008 ${tw}: invalid task name — use letters, digits and '-' (it is used in expressions)`,
        );
      errors.push(...validateInvocation(t._props, ctx.owner, tw));
      for (const d of t.dependencies) {
        if (d.dag !== this)
          errors.push(
            `DAG003 ${tw}: depends on "${d.name}", a task of dag "${d.dag.name}" — depend only on tasks of the same dag`,
          );
      }
    }
    const cycle = findCycle(this.taskList);
    if (cycle)
      errors.push(
        `DAG003 ${where}: dependency cycle ${cycle.map((t) => t.name).join(' -> ')} — remove one of these dependsOn() calls`,
      );
    return errors;
  }

  protected renderBody(ctx: RenderContext): Json {
    return {
      dag: {
        failFast: this.props.failFast,
        tasks: this.taskList.map((t) => ({
          ...renderInvocation(t.name, t._props, ctx.owner),
          depends: t._depends(),
        })),
      },
    };
  }
}

/** A cycle among the tasks, as a path that starts and ends at the same task, or undefined. */
function findCycle(tasks: readonly DagTask[]): DagTask[] | undefined {
  const state = new Map<DagTask, 1 | 2>(); // 1 = on stack, 2 = done
  const stack: DagTask[] = [];
  const visit = (t: DagTask): DagTask[] | undefined => {
    const s = state.get(t);
    if (s === 2) return undefined;
    if (s === 1) return [...stack.slice(stack.indexOf(t)), t];
    state.set(t, 1);
    stack.push(t);
    for (const d of t.dependencies) {
      if (d.dag !== t.dag) continue;
      const c = visit(d);
      if (c) return c;
    }
    stack.pop();
    state.set(t, 2);
    return undefined;
  };
  for (const t of tasks) {
    const c = visit(t);
    if (c) return c;
  }
  return undefined;
}
