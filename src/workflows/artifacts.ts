/**
 * Parameters, artifacts and artifact locations. Locations are typed by the generated imports
 * (`S3Artifact`, `GcsArtifact`, ...), so every field upstream knows is available.
 */

import type { Json } from '../argo/json';
import * as argo from '../imports/argo-workflows';
import type { ArtifactGcStrategy } from './settings';

/** Where an artifact is read from or written to. */
export class ArtifactLocation {
  public static s3(props: argo.S3Artifact): ArtifactLocation {
    return new ArtifactLocation('s3', argo.toJson_S3Artifact(props)!);
  }
  public static gcs(props: argo.GcsArtifact): ArtifactLocation {
    return new ArtifactLocation('gcs', argo.toJson_GcsArtifact(props)!);
  }
  public static azure(props: argo.AzureArtifact): ArtifactLocation {
    return new ArtifactLocation('azure', argo.toJson_AzureArtifact(props)!);
  }
  public static http(props: argo.HttpArtifact): ArtifactLocation {
    return new ArtifactLocation('http', argo.toJson_HttpArtifact(props)!);
  }
  public static git(props: argo.GitArtifact): ArtifactLocation {
    return new ArtifactLocation('git', argo.toJson_GitArtifact(props)!);
  }
  public static artifactory(props: argo.ArtifactoryArtifact): ArtifactLocation {
    return new ArtifactLocation('artifactory', argo.toJson_ArtifactoryArtifact(props)!);
  }
  /** Inline content (`raw.data`). */
  public static raw(data: string): ArtifactLocation {
    return new ArtifactLocation('raw', { data });
  }
  /** Any location the generated `ArtifactLocation` type describes (hdfs, oss, plugin, ...). */
  public static of(location: argo.ArtifactLocation): ArtifactLocation {
    const json = argo.toJson_ArtifactLocation(location) ?? {};
    const keys = Object.keys(json).filter((k) => json[k] !== undefined);
    return new ArtifactLocation(keys[0] ?? 'unknown', json[keys[0]] ?? {});
  }

  private constructor(
    /** The key under the artifact: `s3`, `gcs`, ... */
    public readonly kind: string,
    private readonly body: Json,
  ) {}

  /** @internal */
  public _toJson(): Json {
    return { [this.kind]: this.body };
  }
}

/** An input parameter of a template. */
export interface InputParameter {
  readonly name: string;
  /** @default - required: the caller must pass a value */
  readonly default?: string;
  /** Allowed values. @default - any */
  readonly enum?: readonly string[];
  /** @default - none */
  readonly description?: string;
}

/** An output parameter of a template. */
export interface OutputParameter {
  readonly name: string;
  /** File in the container whose content is the value. One of `path`, `expression`, `jsonPath`, `parameter`, `supplied` is needed. */
  readonly path?: string;
  /** An expression (e.g. over step outputs in a steps/dag template). @default - none */
  readonly expression?: string;
  /** `valueFrom.parameter`, e.g. `{{tasks.x.outputs.parameters.y}}`. @default - none */
  readonly parameter?: string;
  /** `valueFrom.jsonPath` (resource templates). @default - none */
  readonly jsonPath?: string;
  /** `valueFrom.default`. @default - none */
  readonly default?: string;
  /** @default - none */
  readonly description?: string;
  /** Publish as a global workflow output under this name. @default - not global */
  readonly globalName?: string;
}

/** An input artifact of a template. */
export interface InputArtifact {
  readonly name: string;
  /** Where the artifact is placed in the container. */
  readonly path?: string;
  /** Fixed location to load from. @default - passed by the caller or from the artifact repository */
  readonly location?: ArtifactLocation;
  /** @default false */
  readonly optional?: boolean;
  /** File mode. @default - upstream default */
  readonly mode?: number;
}

/** An output artifact of a template. */
export interface OutputArtifact {
  readonly name: string;
  /** File or directory in the container to save. */
  readonly path: string;
  /** Explicit location. @default - the workflow's artifact repository */
  readonly location?: ArtifactLocation;
  /** `archive: none` (store as is) or `tar` with an optional compression level. @default - tar (upstream) */
  readonly archive?: 'none' | 'tar';
  /** @default false */
  readonly optional?: boolean;
  /** Per-artifact GC strategy. @default - the workflow's `spec.artifactGC.strategy` */
  readonly gcStrategy?: ArtifactGcStrategy;
  /** Publish as a global workflow output under this name. @default - not global */
  readonly globalName?: string;
}

/** Arguments passed to a template by a task, step or Workflow. Values are Argo expressions or literals. */
export interface Arguments {
  /** Parameter name -> value. @default - none */
  readonly parameters?: Readonly<Record<string, string>>;
  /** Artifact name -> `from` expression (e.g. `task.outputArtifact('x')`) or a location. @default - none */
  readonly artifacts?: Readonly<Record<string, string | ArtifactLocation>>;
}

/** @internal */
export function renderInputParameter(p: InputParameter): Json {
  return {
    name: p.name,
    default: p.default,
    enum: p.enum ? [...p.enum] : undefined,
    description: p.description,
  };
}

/** @internal */
export function renderOutputParameter(p: OutputParameter): Json {
  return {
    name: p.name,
    globalName: p.globalName,
    description: p.description,
    valueFrom: {
      path: p.path,
      expression: p.expression,
      parameter: p.parameter,
      jsonPath: p.jsonPath,
      default: p.default,
    },
  };
}

/** @internal */
export function renderInputArtifact(a: InputArtifact): Json {
  return { name: a.name, path: a.path, optional: a.optional, mode: a.mode, ...a.location?._toJson() };
}

/** @internal */
export function renderOutputArtifact(a: OutputArtifact): Json {
  return {
    name: a.name,
    path: a.path,
    optional: a.optional,
    globalName: a.globalName,
    archive: a.archive === 'none' ? { none: {} } : a.archive === 'tar' ? { tar: {} } : undefined,
    artifactGC: a.gcStrategy ? { strategy: a.gcStrategy } : undefined,
    ...a.location?._toJson(),
  };
}

/** @internal */
export function renderArguments(args: Arguments | undefined): Json | undefined {
  if (!args) return undefined;
  const parameters = args.parameters
    ? Object.entries(args.parameters).map(([name, value]) => ({ name, value }))
    : undefined;
  const artifacts = args.artifacts
    ? Object.entries(args.artifacts).map(([name, v]) =>
        typeof v === 'string' ? { name, from: v } : { name, ...v._toJson() },
      )
    : undefined;
  return { parameters, artifacts };
}
