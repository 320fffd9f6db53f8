/**
 * The ConfigMap an `artifactRepositoryRef` points at (`artifact-repositories` by convention):
 * one key per repository, each the YAML of an Argo `ArtifactRepository` (`s3`, `gcs`, `azure`,
 * ...). Without it every run of a template that stores an artifact fails at once with "failed to
 * find any artifact repository" (rule GITOPS010).
 */
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { dump } from 'js-yaml';
import { DEFAULT_ARTIFACT_REPOSITORY_ANNOTATION } from '../argo/metadata';
import { AuthoringError } from '../authoring-errors';

/** Props of {@link ArtifactRepositories}. */
export interface ArtifactRepositoriesProps {
  /** `metadata.name`. @default 'artifact-repositories' (what Argo reads when a ref names no ConfigMap) */
  readonly name?: string;
  /** @default - the chart's namespace */
  readonly namespace?: string;
  /** Key → repository, in Argo's wire form, e.g. `{ s3: { bucket, endpoint, region, useSDKCreds: true } }`. */
  readonly repositories: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** The key used when a ref gives none. @default - the only key, if there is one */
  readonly defaultKey?: string;
}

/** An artifact-repositories ConfigMap. */
export class ArtifactRepositories extends Construct {
  public readonly configMap: ApiObject;
  public readonly name: string;

  constructor(scope: Construct, id: string, props: ArtifactRepositoriesProps) {
    super(scope, id);
    const keys = Object.keys(props.repositories).sort();
    if (keys.length === 0)
      throw new AuthoringError(
        'API007',
        this.node.path,
        'no repositories',
        'pass at least one in repositories',
      );
    const defaultKey = props.defaultKey ?? (keys.length === 1 ? keys[0] : undefined);
    if (defaultKey !== undefined && !keys.includes(defaultKey))
      throw new AuthoringError(
        'API008',
        this.node.path,
        `defaultKey "${defaultKey}" is not one of the repositories (${keys.join(', ')})`,
        'name one of them',
      );
    this.name = props.name ?? 'artifact-repositories';
    this.configMap = new ApiObject(this, 'Resource', {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: {
        name: this.name,
        namespace: props.namespace,
        annotations: defaultKey ? { [DEFAULT_ARTIFACT_REPOSITORY_ANNOTATION]: defaultKey } : undefined,
      },
      data: Object.fromEntries(keys.map((k) => [k, dump(props.repositories[k], { sortKeys: true })])),
    });
  }

  /** The `artifactRepositoryRef` of one of the repositories. */
  public ref(key: string): { readonly configMap: string; readonly key: string } {
    return { configMap: this.name, key };
  }
}
