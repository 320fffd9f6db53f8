import { stringify } from 'yaml';
import type { Json } from '../argo/json';
import { type RenderContext, Template, type TemplateProps } from './template';

/** Props of {@link ResourceTemplate}. */
export interface ResourceTemplateProps extends TemplateProps {
  /** What to do with the manifest. */
  readonly action: 'get' | 'create' | 'apply' | 'delete' | 'replace' | 'patch';
  /** The manifest, as YAML text or as an object (rendered to YAML). */
  readonly manifest: string | Readonly<Record<string, unknown>>;
  /** e.g. `status.succeeded > 0`. @default - done when the action returns */
  readonly successCondition?: string;
  /** e.g. `status.failed > 3`. @default - none */
  readonly failureCondition?: string;
  /** Make the created object owned by the Workflow (deleted with it). @default false */
  readonly setOwnerReference?: boolean;
  /** Patch type for `patch`. @default - upstream default (strategic) */
  readonly mergeStrategy?: 'strategic' | 'merge' | 'json';
}

/** A template that acts on a Kubernetes object (`resource`). */
export class ResourceTemplate extends Template {
  public readonly kind = 'resource';

  constructor(
    name: string,
    private readonly props: ResourceTemplateProps,
  ) {
    super(name, props);
  }

  protected renderBody(_ctx: RenderContext): Json {
    const p = this.props;
    return {
      resource: {
        action: p.action,
        manifest: typeof p.manifest === 'string' ? p.manifest : stringify(p.manifest),
        successCondition: p.successCondition,
        failureCondition: p.failureCondition,
        setOwnerReference: p.setOwnerReference,
        mergeStrategy: p.mergeStrategy,
      },
    };
  }
}
