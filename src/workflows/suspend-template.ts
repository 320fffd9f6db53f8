import type { Duration } from 'cdk8s';
import type { Json } from '../argo/json';
import { type RenderContext, Template, type TemplateProps } from './template';
import { goDuration } from './util';

/** Props of {@link SuspendTemplate}. */
export interface SuspendTemplateProps extends TemplateProps {
  /**
   * Resume automatically after this long. Without it the workflow waits for a manual resume,
   * which an Argo CD hook must never do (GITOPS003).
   * @default - wait for `argo resume`
   */
  readonly duration?: Duration;
}

/** A template that pauses the workflow (`suspend`). */
export class SuspendTemplate extends Template {
  public readonly kind = 'suspend';

  constructor(
    name: string,
    private readonly props: SuspendTemplateProps = {},
  ) {
    super(name, props);
  }

  /** Whether the template resumes by itself. */
  public get hasDuration(): boolean {
    return this.props.duration !== undefined;
  }

  protected renderBody(_ctx: RenderContext): Json {
    return {
      suspend: { duration: this.props.duration ? goDuration(this.props.duration.toSeconds()) : undefined },
    };
  }
}
