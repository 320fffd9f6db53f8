/**
 * `ArgoCdApplication`: an `argoproj.io/v1alpha1` Application that points Argo CD at this app's
 * synthesized output. Three ways to get cdk8s output to Argo CD (docs/gitops.md §2g, docs/argocd.md):
 * the rendered manifests committed (a directory source, the default), a config-management plugin
 * (`plugin`), or the source hydrator (`hydrator`, Argo CD ≥ 3.5 beta).
 *
 * The Application CRD belongs to Argo CD; emit this object where the cluster has it (this
 * repository writes it to `dist/argocd/`, outside the directory Argo CD syncs).
 */
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { ARGO_API_VERSION, ARGOCD_RESOURCES_FINALIZER } from '../argo/metadata';
import { UserError } from '../errors';

/** How Argo CD gets the manifests. */
export interface ApplicationSourceProps {
  /** Git repository URL. */
  readonly repoURL: string;
  /** Branch, tag or commit. @default 'HEAD' */
  readonly targetRevision?: string;
  /** Directory of the manifests in the repository (the synth output). @default 'dist' */
  readonly path?: string;
}

/** The config-management plugin pattern: Argo CD's repo-server runs `cdk8s synth` itself. */
export interface ApplicationPluginProps {
  /** `spec.source.plugin.name`, as in the ConfigManagementPlugin (docs/argocd.md). @default 'cdk8s-typescript' */
  readonly name?: string;
}

/** The source-hydrator pattern: Argo CD commits the hydrated manifests to `targetBranch`. */
export interface ApplicationHydratorProps {
  /** Branch Argo CD writes the hydrated manifests to. */
  readonly targetBranch: string;
  /** Directory in that branch. @default - the dry source's path */
  readonly path?: string;
  /** Use the cdk8s plugin to render the dry source. @default - a plain directory */
  readonly plugin?: ApplicationPluginProps;
}

/** Props of {@link ArgoCdApplication}. */
export interface ArgoCdApplicationProps {
  /** `metadata.name`. @default 'argo-guard' */
  readonly name?: string;
  /** Namespace of Argo CD. @default 'argocd' */
  readonly namespace?: string;
  /** Argo CD project. @default 'default' */
  readonly project?: string;
  readonly source: ApplicationSourceProps;
  /** Render with a config-management plugin instead of reading committed manifests. @default - committed manifests */
  readonly plugin?: ApplicationPluginProps;
  /** Use the source hydrator. @default - not used */
  readonly hydrator?: ApplicationHydratorProps;
  /** Destination cluster API URL. @default 'https://kubernetes.default.svc' */
  readonly destinationServer?: string;
  /** Destination namespace for objects without one. @default - none (every object names its own) */
  readonly destinationNamespace?: string;
  /**
   * Automated sync with prune and self-heal. Prune and app deletion then run wave by wave, highest
   * first, which is why the watcher sits in a lower wave than the Workflows (docs/gitops.md §2a).
   * @default true
   */
  readonly automated?: boolean;
  /**
   * Deleting the Application deletes its objects (the resources finalizer).
   * @default true
   */
  readonly cascadeDelete?: boolean;
  /**
   * Sync options. Server-side apply is needed for the Argo Workflows v4 full CRDs (their
   * last-applied annotation would exceed 256 KiB) and harmless for everything else.
   * @default ['ServerSideApply=true', 'CreateNamespace=true']
   */
  readonly syncOptions?: readonly string[];
}

/** An Argo CD Application for the synthesized output. */
export class ArgoCdApplication extends Construct {
  public readonly apiObject: ApiObject;

  constructor(scope: Construct, id: string, props: ArgoCdApplicationProps) {
    super(scope, id);
    const where = this.node.path;
    if (!/^(https?|ssh|git):\/\/|^git@/.test(props.source.repoURL))
      throw new UserError(
        `${where}: source.repoURL "${props.source.repoURL}" is not a Git URL`,
        'For example https://github.com/acme/platform.git.',
      );
    if (props.plugin && props.hydrator?.plugin)
      throw new UserError(
        `${where}: give the plugin either as plugin or as hydrator.plugin`,
        'With the hydrator, the plugin renders the dry source: use hydrator.plugin.',
      );
    const revision = props.source.targetRevision ?? 'HEAD';
    const path = props.source.path ?? 'dist';
    const pluginOf = (p: ApplicationPluginProps) => ({ name: p.name ?? 'cdk8s-typescript' });

    let source: Record<string, unknown> | undefined;
    let sourceHydrator: Record<string, unknown> | undefined;
    if (props.hydrator) {
      sourceHydrator = {
        drySource: {
          repoURL: props.source.repoURL,
          targetRevision: revision,
          path,
          ...(props.hydrator.plugin ? { plugin: pluginOf(props.hydrator.plugin) } : {}),
        },
        syncSource: { targetBranch: props.hydrator.targetBranch, path: props.hydrator.path ?? path },
      };
    } else {
      source = {
        repoURL: props.source.repoURL,
        targetRevision: revision,
        path,
        // cdk8s writes one file per chart, `*.k8s.yaml`, at the top of the output directory;
        // not recursing keeps dist/argocd/ (this Application itself) out of the sync.
        ...(props.plugin
          ? { plugin: pluginOf(props.plugin) }
          : { directory: { recurse: false, include: '*.k8s.yaml' } }),
      };
    }

    this.apiObject = new ApiObject(this, 'Resource', {
      apiVersion: ARGO_API_VERSION,
      kind: 'Application',
      metadata: {
        name: props.name ?? 'argo-guard',
        namespace: props.namespace ?? 'argocd',
        finalizers: props.cascadeDelete === false ? undefined : [ARGOCD_RESOURCES_FINALIZER],
      },
      spec: {
        project: props.project ?? 'default',
        source,
        sourceHydrator,
        destination: {
          server: props.destinationServer ?? 'https://kubernetes.default.svc',
          namespace: props.destinationNamespace,
        },
        syncPolicy: {
          automated: props.automated === false ? undefined : { prune: true, selfHeal: true },
          syncOptions: [...(props.syncOptions ?? ['ServerSideApply=true', 'CreateNamespace=true'])],
        },
      },
    });
  }
}
