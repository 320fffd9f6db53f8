import type { Json } from '../argo/json';
import * as argo from '../imports/argo-workflows';
import { PodTemplate, type PodTemplateProps } from './pod-template';
import type { RenderContext } from './template';

/** Props of one container of a {@link ContainerSetTemplate}. */
export interface ContainerSetContainerProps {
  readonly image: string;
  /** @default - the image's ENTRYPOINT */
  readonly command?: readonly string[];
  /** @default - the image's CMD */
  readonly args?: readonly string[];
  /** @default - none */
  readonly env?: Readonly<Record<string, string>>;
  /** @default - none */
  readonly resources?: {
    readonly requests?: Readonly<Record<string, string>>;
    readonly limits?: Readonly<Record<string, string>>;
  };
  /** Any other container field, typed by the generated imports. @default - none */
  readonly container?: Partial<argo.K8sContainer>;
}

/** A container of a container set; order containers by object with `dependsOn`. */
export class ContainerSetContainer {
  private readonly deps: ContainerSetContainer[] = [];

  /** @internal */
  constructor(
    public readonly set: ContainerSetTemplate,
    public readonly name: string,
    /** @internal */ public readonly _props: ContainerSetContainerProps,
  ) {}

  /** Starts after these containers of the same set have finished. */
  public dependsOn(...containers: ContainerSetContainer[]): this {
    this.deps.push(...containers);
    return this;
  }

  public get dependencies(): readonly ContainerSetContainer[] {
    return this.deps;
  }
}

/** Props of {@link ContainerSetTemplate}: the pod-level props (pin, scheduling) of every template. */
export interface ContainerSetTemplateProps extends Omit<PodTemplateProps, 'env' | 'resources' | 'container'> {
  /** Volume mounts shared by every container (`containerSet.volumeMounts`). @default - none */
  readonly volumeMounts?: readonly argo.K8sVolumeMount[];
}

/** A template that runs several containers in one pod (`containerSet`). */
export class ContainerSetTemplate extends PodTemplate {
  public readonly kind = 'containerSet';
  private readonly list: ContainerSetContainer[] = [];

  constructor(
    name: string,
    private readonly props: ContainerSetTemplateProps = {},
  ) {
    super(name, props);
  }

  /** Adds a container to the set. */
  public addContainer(name: string, props: ContainerSetContainerProps): ContainerSetContainer {
    const c = new ContainerSetContainer(this, name, props);
    this.list.push(c);
    return c;
  }

  public get containers(): readonly ContainerSetContainer[] {
    return this.list;
  }

  /** Every container's image, once each: one pod, so the pin must suit them all. @internal */
  public override _images(): readonly string[] {
    return [...new Set(this.list.map((c) => c._props.image))];
  }

  /** @internal */
  public override _validate(ctx: RenderContext): string[] {
    const errors = super._validate(ctx);
    const where = `containerSet "${this.name}"`;
    if (this.list.length === 0)
      errors.push(`API007 ${where}: no containers — add containers with addContainer()`);
    const names = new Set<string>();
    for (const c of this.list) {
      if (names.has(c.name))
        errors.push(
          `API002 ${where}: duplicate container name "${c.name}" — give each container a unique name`,
        );
      names.add(c.name);
      for (const d of c.dependencies) {
        if (d.set !== this)
          errors.push(
            `DAG003 ${where} container "${c.name}": depends on "${d.name}" of another container set — depend only on containers of the same set`,
          );
      }
    }
    const cycle = findCycle(this.list);
    if (cycle)
      errors.push(
        `DAG003 ${where}: dependency cycle ${cycle.join(' -> ')} — remove one of these dependsOn() calls`,
      );
    return errors;
  }

  protected renderBody(_ctx: RenderContext): Json {
    return {
      containerSet: {
        volumeMounts: this.props.volumeMounts?.map((m) => argo.toJson_K8sVolumeMount(m)),
        containers: this.list.map((c) => {
          const p = c._props;
          const extra = p.container ? argo.toJson_K8sContainer(p.container as argo.K8sContainer) : undefined;
          return {
            ...extra,
            name: c.name,
            image: p.image,
            command: p.command ? [...p.command] : undefined,
            args: p.args ? [...p.args] : undefined,
            env: p.env ? Object.entries(p.env).map(([name, value]) => ({ name, value })) : extra?.env,
            resources: p.resources
              ? { requests: p.resources.requests, limits: p.resources.limits }
              : extra?.resources,
            dependencies: c.dependencies.length ? c.dependencies.map((d) => d.name) : undefined,
          };
        }),
      },
    };
  }
}

function findCycle(list: readonly ContainerSetContainer[]): string[] | undefined {
  const state = new Map<ContainerSetContainer, 1 | 2>();
  const stack: ContainerSetContainer[] = [];
  const visit = (c: ContainerSetContainer): string[] | undefined => {
    if (state.get(c) === 2) return undefined;
    if (state.get(c) === 1) return [...stack.slice(stack.indexOf(c)), c].map((x) => x.name);
    state.set(c, 1);
    stack.push(c);
    for (const d of c.dependencies) {
      if (d.set !== c.set) continue;
      const found = visit(d);
      if (found) return found;
    }
    stack.pop();
    state.set(c, 2);
    return undefined;
  };
  for (const c of list) {
    const found = visit(c);
    if (found) return found;
  }
  return undefined;
}
