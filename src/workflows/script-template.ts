import type { Json } from '../argo/json';
import { PodTemplate, type PodTemplateProps } from './pod-template';
import type { RenderContext } from './template';

/** Props of {@link ScriptTemplate}. */
export interface ScriptTemplateProps extends PodTemplateProps {
  /** Container image with the interpreter. */
  readonly image: string;
  /** The script body (`script.source`). */
  readonly source: string;
  /** Interpreter. @default ['sh'] */
  readonly command?: readonly string[];
  /** @default - the image's WORKDIR */
  readonly workingDir?: string;
}

/** A template that runs a script in a container (`script`); its stdout is `outputs.result`. */
export class ScriptTemplate extends PodTemplate {
  public readonly kind = 'script';

  constructor(
    name: string,
    private readonly props: ScriptTemplateProps,
  ) {
    super(name, props);
  }

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
      script: this.renderContainer({
        image: p.image,
        command: [...(p.command ?? ['sh'])],
        workingDir: p.workingDir,
        source: p.source,
      }),
    };
  }
}
