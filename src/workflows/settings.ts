/**
 * Safe defaults and the target Argo version, set once per app or chart and overridable per
 * workflow: `ArgoGuard.configure(app | chart, settings)`, or `new GuardedChart(app, id, { argoGuard })`.
 * Every construct reads them through `ArgoGuard.of(this)` (nearest scope wins, field by field).
 */
import { ApiObject, Chart, type ChartProps, Duration, JsonPatch } from 'cdk8s';
import type { Construct, IConstruct } from 'constructs';
import type { GCStrategy } from '../argo/enums';
import { SYNC_OPTIONS_ANNOTATION, SYNC_WAVE_ANNOTATION } from '../argo/metadata';
import { RUNTIME_DEFAULT_MINUTES } from '../argo/runtime-defaults';
import { type ArgoVersion, DEFAULT_ARGO_VERSION, parseArgoVersion } from '../argo/versions';
import { AuthoringError } from '../authoring-errors';
import type { ControllerConfig, PlatformLookup, RuleOptions } from '../rules/types';
import { type ArchitectureChoice, type ImageArchitectures, isImageArchitectures } from './architectures';
import { checkOptOutReason, isOptOut, type OptOut } from './opt-out';
import { checkArchitectures, checkOs } from './scheduling';

/** Pod garbage collection strategies (`spec.podGC.strategy`). */
export type PodGcStrategy = 'OnPodCompletion' | 'OnPodSuccess' | 'OnWorkflowCompletion' | 'OnWorkflowSuccess';

/** `spec.podGC`. */
export interface PodGcSettings {
  readonly strategy: PodGcStrategy;
  /** How long to keep a completed pod before deleting it. @default - delete at once */
  readonly deleteDelay?: Duration;
}

/** `spec.ttlStrategy`: when a finished Workflow object is deleted. */
export interface TtlSettings {
  /** @default - not set */
  readonly afterCompletion?: Duration;
  /** @default - not set */
  readonly afterSuccess?: Duration;
  /** @default - not set */
  readonly afterFailure?: Duration;
}

/** Artifact GC strategies. */
export type ArtifactGcStrategy = GCStrategy;

/** `spec.artifactGC` and the service account of the GC pod. */
export interface ArtifactGcSettings {
  /**
   * Workflow-level strategy for output artifacts that do not set their own.
   * Argo CD hook Workflows use `OnWorkflowCompletion` whatever this says (rule AGC006).
   * @default 'OnWorkflowDeletion'
   */
  readonly strategy?: ArtifactGcStrategy;
  /**
   * `spec.artifactGC.forceFinalizerRemoval`. Left unset by default on every target that has
   * argo-workflows#16599 (3.5.0 through at least 4.1.2): there, force never releases a Workflow
   * for which no GC pod ran (it failed before producing an artifact), so it is not the safety net
   * it looks like, and it loses the "artifacts deleted" guarantee when GC pods do fail. On a
   * target with the fix, it defaults to true. Setting it on a target older than 3.5 is an error.
   * @default - true where the target has no #16599, unset otherwise
   */
  readonly forceFinalizerRemoval?: boolean;
  /**
   * Bring your own service account for the GC pod (it needs storage credentials, e.g. IRSA).
   * A Role with the GC rules is still bound to it.
   * @default - a generated ServiceAccount per chart and namespace
   */
  readonly serviceAccountName?: string;
}

/** The settings, all optional; see each field for its default. */
export interface ArgoGuardSettings {
  /** Target Argo Workflows version, `X.Y` or `X.Y.Z`. @default - the newest supported (DEFAULT_ARGO_VERSION) */
  readonly argoVersion?: string;
  /**
   * CPU architectures (`kubernetes.io/arch`) every pod template is pinned to unless it says
   * otherwise: one -> nodeSelector, several -> a required node-affinity `In` term.
   * `Architectures.fromImage({ allowed? })`: each pod template is pinned to the architectures its
   * image has in the platform lock (`platforms`), intersected with `allowed`; the workflow-level
   * pin and the artifact-GC pod get the union of the templates' pins, and objects without an
   * image of their own (event sensors, ...) get `allowed`, else ['amd64'].
   * A list set here is also the allowed set of templates that say `Architectures.fromImage()`.
   * @default ['amd64']
   */
  readonly architectures?: ArchitectureChoice;
  /** `kubernetes.io/os` of every pod template. @default 'linux' */
  readonly os?: string;
  /**
   * Architectures whose nodes the clusters taint with `kubernetes.io/arch=<arch>:NoSchedule`;
   * templates pinned to them get the matching toleration (rule ARCH005).
   * @default []
   */
  readonly taintedArchitectures?: readonly string[];
  /** `spec.activeDeadlineSeconds`. @default Duration.hours(1) */
  readonly activeDeadline?: Duration | OptOut;
  /**
   * `pendingTimeout` of every pod template (container, script, containerSet) on targets that have
   * the field (Argo Workflows >= 4.1): a pod Pending longer than this (unschedulable, image pull
   * back-off) fails its node instead of keeping the run Running (RUN-01, rule RUN006). Not written
   * on older targets (the watcher's `--pending-timeout` covers those), nor on a template that holds
   * a lock of its own (its wait for the lock counts as Pending). A template's own `pendingTimeout`
   * prop wins. The default is the watcher's `--pending-timeout`.
   * @default Duration.minutes(15)
   */
  readonly pendingTimeout?: Duration | OptOut;
  /** `spec.podGC`. @default { strategy: 'OnPodSuccess' } (failed pods stay for debugging until the TTL) */
  readonly podGC?: PodGcSettings | OptOut;
  /**
   * `spec.ttlStrategy`. Argo CD hook Workflows get none by default: their delete policy owns
   * their lifetime (GITOPS-03).
   * @default { afterSuccess: Duration.days(1), afterFailure: Duration.days(7) }
   */
  readonly ttlStrategy?: TtlSettings | OptOut;
  /** `retryStrategy.limit` given to every retry strategy that has none (RUN002). @default 3 */
  readonly retryLimit?: number | OptOut;
  /** Artifact GC. @default { strategy: 'OnWorkflowDeletion' } */
  readonly artifactGC?: ArtifactGcSettings | OptOut;
  /** The argo-guard watcher is installed (some rules relax). @default false */
  readonly watcher?: boolean;
  /** Platform lock for ARCH003/ARCH004 at synth. @default - no image platform checks */
  readonly platforms?: PlatformLookup;
  /** An image missing from the platform lock is an error. @default false */
  readonly strictPlatforms?: boolean;
  /** The workflow-controller-configmap facts the rules take into account. @default - none */
  readonly controllerConfig?: ControllerConfig;
  /** Run the rules engine on each top-level object at synth. @default true */
  readonly lint?: boolean;
}

/** The settings with every default applied. */
export interface ResolvedSettings {
  readonly argoVersion: ArgoVersion;
  readonly argoVersionText: string;
  /** The pin of pods without an image pin of their own (see `imageArchitectures`). */
  readonly architectures: readonly string[] | OptOut;
  /** Set when the chart says `Architectures.fromImage()`: pod templates pin to their image. */
  readonly imageArchitectures?: ImageArchitectures;
  /**
   * What a `fromImage()` pin is intersected with unless it names its own `allowed`: the
   * configured list, or the chart's `fromImage({ allowed })`; `undefined` = not restricted.
   */
  readonly allowedArchitectures?: readonly string[];
  readonly os: string;
  readonly taintedArchitectures: readonly string[];
  readonly activeDeadline: Duration | OptOut;
  readonly pendingTimeout: Duration | OptOut;
  readonly podGC: PodGcSettings | OptOut;
  readonly ttlStrategy: TtlSettings | OptOut;
  readonly retryLimit: number | OptOut;
  readonly artifactGC: ArtifactGcSettings | OptOut;
  readonly watcher: boolean;
  readonly platforms?: PlatformLookup;
  readonly strictPlatforms: boolean;
  readonly controllerConfig?: ControllerConfig;
  readonly lint: boolean;
}

/** Rule options per resolved settings object (constructs of one chart share both). */
const RULE_OPTIONS = new WeakMap<ResolvedSettings, RuleOptions>();

/** The rules engine options these settings imply: what every construct lints itself with. */
export function ruleOptions(s: ResolvedSettings): RuleOptions {
  let options = RULE_OPTIONS.get(s);
  if (!options) {
    options = {
      argoVersion: s.argoVersion,
      watcher: s.watcher,
      platforms: s.platforms,
      strictPlatforms: s.strictPlatforms,
      taintedArchitectures: [...s.taintedArchitectures],
      controllerConfig: s.controllerConfig,
    };
    RULE_OPTIONS.set(s, options);
  }
  return options;
}

export const DEFAULT_SETTINGS = {
  architectures: ['amd64'],
  os: 'linux',
  activeDeadline: Duration.hours(1),
  pendingTimeout: Duration.minutes(RUNTIME_DEFAULT_MINUTES.pendingTimeout),
  podGC: { strategy: 'OnPodSuccess' } as PodGcSettings,
  ttlStrategy: { afterSuccess: Duration.days(1), afterFailure: Duration.days(7) } as TtlSettings,
  retryLimit: 3,
  artifactGC: { strategy: 'OnWorkflowDeletion' } as ArtifactGcSettings,
} as const;

// A Record so that a new setting that is not listed here fails to compile.
const SETTING_KEY_SET: Record<keyof ArgoGuardSettings, true> = {
  argoVersion: true,
  architectures: true,
  os: true,
  taintedArchitectures: true,
  activeDeadline: true,
  pendingTimeout: true,
  podGC: true,
  ttlStrategy: true,
  retryLimit: true,
  artifactGC: true,
  watcher: true,
  platforms: true,
  strictPlatforms: true,
  controllerConfig: true,
  lint: true,
};
const SETTING_KEYS = Object.keys(SETTING_KEY_SET) as (keyof ArgoGuardSettings)[];

const CONFIGURED = new WeakMap<IConstruct, ArgoGuardSettings>();
let RESOLVED = new WeakMap<IConstruct, ResolvedSettings>();
let GENERATION = 0;

/** Changes whenever settings are configured anywhere; lets constructs cache what they resolved. @internal */
export function settingsGeneration(): number {
  return GENERATION;
}

/** Entry point to the settings. */
// biome-ignore lint/complexity/noStaticOnlyClass: the cdk8s `X.of(scope)` idiom
export class ArgoGuard {
  /** Sets (merges into) the settings of an app, a chart or any scope; nearer scopes win. */
  public static configure(scope: IConstruct, settings: ArgoGuardSettings): void {
    checkSettings(settings, scope.node.path);
    CONFIGURED.set(scope, { ...CONFIGURED.get(scope), ...settings });
    RESOLVED = new WeakMap();
    GENERATION++;
  }

  /**
   * The effective settings for a construct: the nearest configured scope wins field by field,
   * then the defaults. `overrides` (a workflow's own props) win over everything.
   */
  public static of(scope: IConstruct, overrides?: ArgoGuardSettings): ResolvedSettings {
    const base = ArgoGuard.resolveScope(scope);
    // Most workflows override nothing: share the chart's object (and what is cached on it).
    const overriding = overrides && SETTING_KEYS.some((k) => overrides[k] !== undefined);
    return overriding ? resolve([overrides, base.raw]) : base.resolved;
  }

  private static resolveScope(scope: IConstruct): { raw: ArgoGuardSettings; resolved: ResolvedSettings } {
    const layers: ArgoGuardSettings[] = [];
    for (let s: IConstruct | undefined = scope; s; s = s.node.scope) {
      const c = CONFIGURED.get(s);
      if (c) layers.push(c);
    }
    const raw: ArgoGuardSettings = Object.assign({}, ...layers.slice().reverse());
    // Resolved settings are cached on the nearest configured scope's chain root: constructs of
    // one chart share one object (1,000 workflows resolve once).
    const key = scope.node.scopes.find((s) => CONFIGURED.has(s)) ?? scope.node.root;
    let resolved = layers.length <= 1 ? RESOLVED.get(key) : undefined;
    if (!resolved) {
      resolved = resolve([raw]);
      if (layers.length <= 1) RESOLVED.set(key, resolved);
    }
    return { raw, resolved };
  }
}

/**
 * Refuses, at the call that passes them (configure, a chart's or a construct's props), settings
 * that cannot work: an unsupported argoVersion (API006), an opt-out without a reason (API001),
 * a deadline or retry limit out of range (API008), an unknown architecture or os (API012).
 */
export function checkSettings(s: ArgoGuardSettings, constructPath: string): void {
  if (s.argoVersion !== undefined) {
    try {
      parseArgoVersion(s.argoVersion);
    } catch (e) {
      throw new AuthoringError(
        'API006',
        constructPath,
        (e as Error).message,
        'set argoVersion to a supported X.Y or X.Y.Z',
      );
    }
  }
  for (const key of [
    'activeDeadline',
    'pendingTimeout',
    'podGC',
    'ttlStrategy',
    'retryLimit',
    'artifactGC',
  ] as const)
    checkOptOutReason(key, s[key], constructPath);
  checkPendingTimeout(s.pendingTimeout, constructPath, 'pendingTimeout');
  checkOptOutReason('architecture', s.architectures, constructPath);
  const d = s.activeDeadline;
  if (d !== undefined && !isOptOut(d)) {
    const secs = d.toSeconds();
    if (!(secs >= 1) || !Number.isInteger(secs))
      throw new AuthoringError(
        'API008',
        constructPath,
        `activeDeadline is ${secs}s (0 terminates the workflow at once)`,
        'use a positive whole number of seconds, e.g. Duration.hours(1)',
      );
  }
  const r = s.retryLimit;
  if (typeof r === 'number' && (!Number.isInteger(r) || r < 0))
    throw new AuthoringError(
      'API008',
      constructPath,
      `retryLimit ${r} is not a non-negative integer`,
      'use e.g. 3',
    );
  const a = s.architectures;
  if (isImageArchitectures(a)) {
    if (a.allowed) checkArchitectures(a.allowed, constructPath, 'architectures setting');
  } else if (a !== undefined && !isOptOut(a)) checkArchitectures(a, constructPath, 'architectures setting');
  if (s.os !== undefined) checkOs(s.os, constructPath);
}

/**
 * Refuses a pendingTimeout that is not a positive whole number of seconds (API008): 0 would fail
 * every pod at once. Shared by the setting and the pod templates' prop.
 */
export function checkPendingTimeout(
  d: Duration | OptOut | undefined,
  constructPath: string,
  where: string,
): void {
  if (d === undefined || isOptOut(d)) return;
  const secs = d.toSeconds();
  if (!(secs >= 1) || !Number.isInteger(secs))
    throw new AuthoringError(
      'API008',
      constructPath,
      `${where} is ${secs}s (0 fails every pod at once)`,
      'use a positive whole number of seconds, e.g. Duration.minutes(15)',
    );
}

function pick<K extends keyof ArgoGuardSettings>(
  layers: readonly ArgoGuardSettings[],
  key: K,
): ArgoGuardSettings[K] | undefined {
  for (const l of layers) if (l[key] !== undefined) return l[key];
  return undefined;
}

function resolve(layers: readonly ArgoGuardSettings[]): ResolvedSettings {
  const versionText = pick(layers, 'argoVersion');
  // Every layer was checked where it was given (checkSettings), so the text parses.
  const argoVersion = versionText === undefined ? DEFAULT_ARGO_VERSION : parseArgoVersion(versionText);
  return {
    argoVersion,
    argoVersionText: versionText ?? 'newest',
    ...architectureSettings(pick(layers, 'architectures')),
    os: pick(layers, 'os') ?? DEFAULT_SETTINGS.os,
    taintedArchitectures: pick(layers, 'taintedArchitectures') ?? [],
    activeDeadline: pick(layers, 'activeDeadline') ?? DEFAULT_SETTINGS.activeDeadline,
    pendingTimeout: pick(layers, 'pendingTimeout') ?? DEFAULT_SETTINGS.pendingTimeout,
    podGC: pick(layers, 'podGC') ?? DEFAULT_SETTINGS.podGC,
    ttlStrategy: pick(layers, 'ttlStrategy') ?? DEFAULT_SETTINGS.ttlStrategy,
    retryLimit: pick(layers, 'retryLimit') ?? DEFAULT_SETTINGS.retryLimit,
    artifactGC: pick(layers, 'artifactGC') ?? DEFAULT_SETTINGS.artifactGC,
    watcher: pick(layers, 'watcher') ?? false,
    platforms: pick(layers, 'platforms'),
    strictPlatforms: pick(layers, 'strictPlatforms') ?? false,
    controllerConfig: pick(layers, 'controllerConfig'),
    lint: pick(layers, 'lint') ?? true,
  };
}

function architectureSettings(
  choice: ArchitectureChoice | undefined,
): Pick<ResolvedSettings, 'architectures' | 'imageArchitectures' | 'allowedArchitectures'> {
  if (isImageArchitectures(choice))
    return {
      architectures: choice.allowed ?? DEFAULT_SETTINGS.architectures,
      imageArchitectures: choice,
      allowedArchitectures: choice.allowed,
    };
  // The default ['amd64'] is a pin, not a restriction: only a configured list restricts fromImage().
  return {
    architectures: choice ?? DEFAULT_SETTINGS.architectures,
    allowedArchitectures: choice === undefined || isOptOut(choice) ? undefined : choice,
  };
}

/**
 * The sync wave of the Namespaces a chart emits: below everything argo-guard emits (the watcher
 * is at -10), so Argo CD creates them first and, on app deletion, would delete them last.
 */
export const NAMESPACE_SYNC_WAVE = -20;

/** Props of {@link GuardedChart}. */
export interface GuardedChartProps extends ChartProps {
  /** Settings for every argo-guard construct in this chart. @default - the app's, then the defaults */
  readonly argoGuard?: ArgoGuardSettings;
  /**
   * Emit the chart's namespace as its first object, so `kubectl apply -f dist/` works on an empty
   * cluster (Argo CD's CreateNamespace creates only the Application's destination namespace). It
   * sits in the first sync wave and carries `Delete=false,Prune=false`: a namespace is often
   * shared with other installs (the Argo Events controller, say), and deleting it with the
   * Application would delete them too, and strand every finalizer they hold.
   * @default false
   */
  readonly createNamespace?: boolean;
}

/** A cdk8s Chart that carries argo-guard settings. */
export class GuardedChart extends Chart {
  /** The Namespace object, when `createNamespace` is set. */
  public readonly namespaceObject?: ApiObject;

  constructor(scope: Construct, id: string, props: GuardedChartProps = {}) {
    super(scope, id, props);
    if (props.argoGuard) ArgoGuard.configure(this, props.argoGuard);
    if (props.createNamespace) {
      if (!props.namespace)
        throw new AuthoringError(
          'API008',
          this.node.path,
          'createNamespace without a namespace',
          "set the chart's namespace, or drop createNamespace",
        );
      const ns = new ApiObject(this, 'Namespace', {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: {
          name: props.namespace,
          annotations: {
            [SYNC_WAVE_ANNOTATION]: String(NAMESPACE_SYNC_WAVE),
            [SYNC_OPTIONS_ANNOTATION]: 'Delete=false,Prune=false',
          },
        },
      });
      // The chart sets its namespace on every object; a Namespace is cluster-scoped.
      ns.addJsonPatch(JsonPatch.remove('/metadata/namespace'));
      this.namespaceObject = ns;
    }
  }
}
