import type { Json } from '../argo/json';
import { PodTemplate, type PodTemplateProps } from './pod-template';
import type { RenderContext } from './template';

/** Props of {@link ContainerTemplate}. */
export interface ContainerTemplateProps extends PodTemplateProps {
  /** Container image. Pin it by digest for reproducible platform checks (ARCH003). */
  readonly image: string;
  /** @default - the image's ENTRYPOINT */
  readonly command?: readonly string[];
  /** @default - the image's CMD */
  readonly args?: readonly string[];
  /** @default - the image's WORKDIR */
  readonly workingDir?: string;
}

/** A template that runs one container (`container`). */
export class ContainerTemplate extends PodTemplate {
  public readonly kind = 'container';

  constructor(
    name: string,
    private readonly props: ContainerTemplateProps,
  ) {
    super(name, props);
  }

  /** The image. */
  public get image(): string {
    return this.props.image;
  }

  /** @internal */
  public override _images(): readonly string[] {
    return [this.props.image];
  }

  protected renderBody(_ctx: RenderContext): Json {
    const p = this.props;
    return {
      container: this.renderContainer({
        image: p.image,
        command: p.command ? [...p.command] : undefined,
        args: p.args ? [...p.args] : undefined,
        workingDir: p.workingDir,
      }),
    };
  }
}
