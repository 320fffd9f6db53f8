import type { Json } from '../argo/json';
import { AuthoringError } from '../authoring-errors';
import * as argo from '../imports/argo-workflows';
import type { MissingPart } from './guarded-object';
import { PodTemplate, type PodTemplateProps } from './pod-template';
import { checkOrderingEdge, type RenderContext, templateSite } from './template';

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
    for (const c of containers) {
      checkOrderingEdge<ContainerSetContainer>(
        this,
        c,
        { from: this.set, to: c.set, noun: 'container' },
        `containerSet "${this.set.name}" container "${this.name}"`,
      );
      this.deps.push(c);
    }
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
    if (this.list.some((c) => c.name === name))
      throw new AuthoringError(
        'API002',
        templateSite(this),
        `containerSet "${this.name}": two containers named "${name}"`,
        'give each container a unique name',
      );
    const c = new ContainerSetContainer(this, name, props);
    this.list.push(c);
    // The pin from the images must suit every container: check it again with this one.
    if (this._owner)
      try {
        this._check(this._owner.node.path, this._owner.settings);
      } catch (e) {
        this.list.pop();
        throw e;
      }
    return c;
  }

  public get containers(): readonly ContainerSetContainer[] {
    return this.list;
  }

  /** Every container's image, once each: one pod, so the pin must suit them all. @internal */
  public override _images(): readonly string[] {
    return [...new Set(this.list.map((c) => c._props.image))];
  }

  protected override imagesComeLater(): boolean {
    return true;
  }

  /** @internal */
  public override _missingParts(): MissingPart[] {
    return this.list.length
      ? []
      : [
          {
            code: 'API007',
            detail: `containerSet "${this.name}": no containers`,
            fix: 'add containers with addContainer()',
          },
        ];
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
