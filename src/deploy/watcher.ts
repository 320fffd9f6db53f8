/**
 * `ArgoGuardWatcher`: the argo-guard watcher installed the way everything else in the cluster is,
 * from the same cdk8s app. A Deployment of `argo-guard watch` (leader-elected replicas), a
 * CronJob of `argo-guard sweep` as a backstop, a ServiceAccount, least-privilege RBAC taken
 * verbatim from `src/watcher/rbac.ts`, a metrics Service, an optional ServiceMonitor,
 * PrometheusRule and Grafana dashboard (src/deploy/alerts.ts), and a PodDisruptionBudget. Every object sits in a lower Argo CD sync wave than the Workflows the
 * watcher finalizes (sync-waves.ts).
 *
 * @example
 * ```ts
 * const chart = new GuardedChart(app, 'argo-guard', { namespace: 'argo-guard', argoGuard: { architectures: ['amd64', 'arm64'] } });
 * new ArgoGuardWatcher(chart, 'watcher', { namespaces: ['ci'], policy: WatcherPolicy.forceAfter(Duration.hours(6)) });
 * ```
 */
import { ApiObject, Chart, Cron, Duration, JsonPatch, Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import type { GCStrategy } from '../argo/enums';
import { SYNC_WAVE_ANNOTATION, WATCHER_NAME_LABEL_VALUE } from '../argo/metadata';
import { formatArgoVersion } from '../argo/versions';
import { UserError } from '../errors';
import type { PlatformLockEntry } from '../platform/lock';
import { schedulingFor } from '../platform/scheduling';
import {
  clusterRules,
  namespaceRules,
  type WatcherPolicyRule as PolicyRule,
  WATCHER_LEASE_NAME,
} from '../watcher/rbac';
import { imagePin } from '../workflows/architectures';
import { isOptOut } from '../workflows/opt-out';
import { ArgoGuard } from '../workflows/settings';
import { ALERT_GROUP_NAME, grafanaDashboard, prometheusRule } from './alerts';
import { WATCHER_SYNC_WAVE } from './sync-waves';
import { formatDuration, WatcherPolicy } from './watcher-policy';

/**
 * The image repository the default reference names. Nothing is published there yet: build and
 * push the image with `npm run image -- --push` (docs/image.md) and pass `image` and `platforms`.
 */
export const WATCHER_IMAGE_REPOSITORY = 'ghcr.io/argo-guard/argo-guard';
/** The numeric non-root user of the image (`npm run image` writes it to /etc/passwd as `argo-guard`). */
export const WATCHER_IMAGE_USER = 65532;
/** The port of `/metrics`, `/healthz` and `/readyz` inside the pod. */
export const WATCHER_DEFAULT_PORT = 8080;

/**
 * The CLI flags the construct passes, in one place: if a flag of `argo-guard watch`/`sweep`
 * is renamed, this is the only line to change (src/watcher/options.ts, src/cli/watch.ts).
 */
export const WATCHER_FLAGS = {
  namespace: '--namespace',
  selector: '--selector',
  grace: '--grace',
  policy: '--policy',
  dryRun: '--dry-run',
  logFormat: '--log-format',
  instanceId: '--instance-id',
  offload: '--offload',
  defaultGcStrategy: '--default-gc-strategy',
  /** `watch` only: HOST:PORT of /metrics, /healthz, /readyz. */
  listen: '--listen',
  /** The leader-election Lease (`watch` holds it; `sweep` takes it or only reports). */
  leaseName: '--lease-name',
  /** Runtime modes (docs/watcher.md "Runtime modes"). */
  noRuntime: '--no-runtime',
  deadlineGrace: '--deadline-grace',
  startTimeout: '--start-timeout',
  lockTimeout: '--lock-timeout',
  resumeToStop: '--resume-to-stop',
  pendingTimeout: '--pending-timeout',
  terminatePending: '--terminate-pending',
  releasePodFinalizers: '--release-pod-finalizers',
  archiveTimeout: '--archive-timeout',
  argoVersion: '--argo-version',
} as const;

/**
 * The runtime modes (RUN-01, RUN-04..07, SYNC-04, ARCHIVE-01; docs/watcher.md "Runtime modes").
 * Only `releasePodFinalizers` needs a permission more (patch on pods), granted only when it is on.
 * Unset fields keep the CLI's defaults (src/argo/runtime-defaults.ts; the `@default`s below repeat
 * them for the API docs, and test/watcher/runtime-defaults.test.ts keeps them in step).
 */
export interface WatcherRuntimeProps {
  /** RUN-04: terminate a Workflow still running this long past its deadline. @default 5 minutes */
  readonly deadlineGrace?: Duration;
  /** RUN-05: report a Workflow without a phase this long after creation. @default 5 minutes */
  readonly startTimeout?: Duration;
  /** SYNC-04: report a lock wait behind final or gone holders after this long. @default 10 minutes */
  readonly lockTimeout?: Duration;
  /** RUN-07: resume a suspended Workflow whose shutdown is set. @default false (report only) */
  readonly resumeToStop?: boolean;
  /** RUN-01: report a Workflow whose pod stays Pending this long. @default off (it caches Pending pods) */
  readonly pendingTimeout?: Duration;
  /** RUN-01: also terminate it (with `pendingTimeout`). @default false */
  readonly terminatePending?: boolean;
  /**
   * RUN-06: remove the `workflows.argoproj.io/status` finalizer of a pod stuck Terminating whose
   * Workflow is gone or final. The only runtime option that needs a permission more: the RBAC
   * gets `patch` on pods only when this is on (or for the AGC-06 relabel). @default false (report)
   */
  readonly releasePodFinalizers?: boolean;
  /** ARCHIVE-01: report a final Workflow whose archiving stays Pending this long. @default 30 minutes */
  readonly archiveTimeout?: Duration;
}

/**
 * Who may reach the metrics port of the watch pods. Namespaces are matched by their
 * `kubernetes.io/metadata.name` label; with both fields a peer must match both.
 */
export interface WatcherMetricsNetworkPolicy {
  /** Namespaces allowed to scrape (e.g. your Prometheus's). */
  readonly fromNamespaces?: readonly string[];
  /** Pod labels allowed to scrape (in those namespaces, else in the watcher's own). */
  readonly fromPodLabels?: Readonly<Record<string, string>>;
}

/** The package version, which is also the default image tag. */
export function packageVersion(): string {
  // package.json sits two levels up both from src/deploy (tsx) and lib/deploy (built).
  return require('../../package.json').version as string;
}

/** The schedule and bounds of the sweep CronJob. */
export interface WatcherSweepProps {
  /** When the sweep runs. @default every 30 minutes */
  readonly schedule?: Cron;
  /**
   * Upper bound on one sweep (`activeDeadlineSeconds` of the Job): a sweep that hangs must not
   * hold the `Forbid` concurrency slot forever.
   * @default Duration.minutes(10)
   */
  readonly activeDeadline?: Duration;
}

/** Facts about the Argo workflow-controller that the watcher's decisions depend on. */
export interface WatcherControllerFacts {
  /** The controller's `instanceID`. @default - none */
  readonly instanceId?: string;
  /** Node-status offload is on. @default false */
  readonly offloadNodeStatus?: boolean;
  /** The artifactGC strategy `workflowDefaults` inject. @default - none (upstream: Never) */
  readonly defaultGCStrategy?: GCStrategy;
}

/** Props of {@link ArgoGuardWatcher}. */
export interface ArgoGuardWatcherProps {
  /** Also emit the Namespace (for `kubectl apply`; Argo CD can use CreateNamespace=true, Helm --create-namespace). @default false */
  readonly createNamespace?: boolean;
  /** Base name of every object. @default 'argo-guard-watcher' */
  readonly name?: string;
  /** Namespace the watcher runs in (its Lease and leak ledger live there). @default - the chart's namespace, else 'argo-guard' */
  readonly namespace?: string;
  /** Container image. @default `ghcr.io/argo-guard/argo-guard:<package version>` */
  readonly image?: string;
  /** @default kplus.ImagePullPolicy.IF_NOT_PRESENT */
  readonly imagePullPolicy?: kplus.ImagePullPolicy;
  /**
   * Architectures the image is published for; the pods are pinned to the chart's architectures
   * (ArgoGuard settings) that the image has. Not needed when the platform lock has the image.
   * @default - the image's platforms in the platform lock, else ['amd64', 'arm64']
   */
  readonly imageArchitectures?: readonly string[];
  /**
   * The platform lock (`loadPlatformLock('argo-guard.platforms.json')`, written by
   * `argo-guard platforms update IMAGE`). When it has an entry for `image`, the pods run the
   * image by that entry's digest (`repo:tag@sha256:…`) and are pinned to the chart's
   * architectures the image really has, as `Architectures.fromImage()` pins a template.
   * @default - the chart's `platforms` setting
   */
  readonly platforms?: { lookup(image: string): PlatformLockEntry | undefined; readonly source?: string };
  /**
   * Workflow namespaces to watch: each gets a Role (instead of one ClusterRole) and a
   * `--namespace` flag.
   * @default - all namespaces (ClusterRole)
   */
  readonly namespaces?: readonly string[];
  /** `--selector`: only Workflows with these labels. @default - all Workflows */
  readonly selector?: string;
  /** `--grace`: how long a deletion must be pending before the watcher acts. @default Duration.minutes(2) */
  readonly grace?: Duration;
  /** `--policy`. @default WatcherPolicy.safe() */
  readonly policy?: WatcherPolicy;
  /** `--dry-run`: decide and report, change nothing. @default false */
  readonly dryRun?: boolean;
  /** The runtime modes; `false`: judge only the artifact-gc finalizer. @default on, with the CLI's defaults */
  readonly runtime?: WatcherRuntimeProps | false;
  /** `--log-format`. @default 'json' */
  readonly logFormat?: 'json' | 'text';
  /**
   * What the watcher must know about the workflow-controller (`--instance-id`, `--offload`,
   * `--default-gc-strategy`).
   * @default - the chart's ArgoGuard `controllerConfig` (instanceID, nodeStatusOffload, workflowDefaults' artifactGC strategy)
   */
  readonly controller?: WatcherControllerFacts;
  /**
   * Grant `patch` on pods for the AGC-06 relabel fix, which needs the controller's instance ID.
   * Without it (and without `runtime.releasePodFinalizers`) the watcher never patches pods, so
   * the RBAC leaves the verb out.
   * @default - true when an instance ID is known
   */
  readonly relabel?: boolean;
  /** Run the long-running `argo-guard watch` Deployment. @default true */
  readonly watch?: boolean;
  /** Watch replicas; one leader acts (Lease), the others stand by. @default 2 */
  readonly replicas?: number;
  /** The sweep CronJob, or `false` for none. @default - every 30 minutes */
  readonly sweep?: WatcherSweepProps | false;
  /** Port of `/metrics`, `/healthz`, `/readyz`. @default 8080 */
  readonly port?: number;
  /** A `monitoring.coreos.com/v1` ServiceMonitor (needs the Prometheus Operator CRDs). @default false */
  readonly serviceMonitor?: boolean;
  /**
   * A `monitoring.coreos.com/v1` PrometheusRule (needs the Prometheus Operator CRDs): one alert
   * per stuck mode and alerts for the watcher's own health, each with a runbook link
   * (docs/watcher.md "Alerts and runbooks"). Its expressions select this install's series by
   * `job` (the metrics Service's name, as the ServiceMonitor sets it) and `namespace`.
   * @default false
   */
  readonly prometheusRule?: boolean;
  /**
   * The Grafana dashboard (one panel per stuck mode, and the watcher's health) as a ConfigMap
   * labelled `grafana_dashboard: "1"`, which Grafana's dashboard sidecar loads. Same series
   * selection as `prometheusRule`.
   * @default false
   */
  readonly grafanaDashboard?: boolean;
  /**
   * An ingress NetworkPolicy on the watch pods: only these peers reach the metrics port, and
   * nothing else reaches the pods (they serve nothing else; kubelet probes come from the node,
   * which common network plugins always admit). @default - none
   */
  readonly metricsNetworkPolicy?: WatcherMetricsNetworkPolicy;
  /** Requests and limits of each container. @default cpu 50m/500m, memory 128Mi/256Mi */
  readonly resources?: kplus.ContainerResources;
  /** Argo CD sync wave of every object, or `false` for no annotation. @default -10 (WATCHER_SYNC_WAVE) */
  readonly syncWave?: number | false;
  /** More arguments for both `watch` and `sweep`. @default - none */
  readonly extraArgs?: readonly string[];
}

/**
 * V8 flags the watcher and sweep run with, for memory: a small young generation (semi-spaces of
 * 2 MB) and `--optimize-for-size`, whose smaller heap-growing factor makes V8 collect the old
 * generation before the garbage of the initial list (pages of full Workflows, promoted out of the
 * small young generation) piles up. Measured at 10,000 Workflows with every detector on
 * (test/bench/RESULTS.md, watcher): RSS 144.6 -> 88.7 MB for about 20% more CPU during the initial
 * list (5.6 -> 6.7 s) and the same time to sync.
 */
export const WATCHER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=2', '--optimize-for-size'];

const DEFAULT_RESOURCES: kplus.ContainerResources = {
  cpu: { request: kplus.Cpu.millis(50), limit: kplus.Cpu.millis(500) },
  memory: { request: Size.mebibytes(128), limit: Size.mebibytes(256) },
};

const NAME_RE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** The argo-guard watcher install. */
export class ArgoGuardWatcher extends Construct {
  /** Base name of the objects. */
  public readonly name: string;
  /** Namespace the watcher runs in. */
  public readonly namespace: string;
  /** The image every container runs: by digest when the platform lock has it. */
  public readonly image: string;
  /** The platform lock entry of the image, when there is one. */
  public readonly imageLock?: PlatformLockEntry;
  public readonly serviceAccount: kplus.ServiceAccount;
  /** The `watch` Deployment (undefined with `watch: false`). */
  public readonly deployment?: kplus.Deployment;
  /** The `sweep` CronJob (undefined with `sweep: false`). */
  public readonly cronJob?: kplus.CronJob;
  /** The metrics Service (undefined with `watch: false`). */
  public readonly service?: kplus.Service;
  /** The workflow-namespace RBAC: one ClusterRole, or one Role per watched namespace. */
  public readonly roles: ApiObject[] = [];
  /** The Role in the watcher's own namespace (Lease, leak ledger). */
  public readonly ownRole: ApiObject;
  /** The PrometheusRule (with `prometheusRule: true`); add the labels your Prometheus selects rules by here. */
  public readonly prometheusRule?: ApiObject;
  /** The Grafana dashboard ConfigMap (with `grafanaDashboard: true`). */
  public readonly dashboard?: ApiObject;

  private readonly props: ArgoGuardWatcherProps;
  /** Every object the install emits, in order. */
  public readonly apiObjects: ApiObject[] = [];

  constructor(scope: Construct, id: string, props: ArgoGuardWatcherProps = {}) {
    super(scope, id);
    this.props = props;
    this.name = props.name ?? 'argo-guard-watcher';
    this.namespace = props.namespace ?? Chart.of(this).namespace ?? 'argo-guard';
    const image = props.image ?? `${WATCHER_IMAGE_REPOSITORY}:${packageVersion()}`;
    this.imageLock = (props.platforms ?? ArgoGuard.of(this).platforms)?.lookup(image);
    // The digest the lock froze, so every node runs exactly the image whose platforms were checked.
    this.image = this.imageLock ? `${image.replace(/@.*$/, '')}@${this.imageLock.digest}` : image;
    this.validate();

    if (props.createNamespace) {
      const ns = new kplus.Namespace(this, 'Namespace', { metadata: this.meta(this.namespace, null) });
      clusterScoped(ApiObject.of(ns), null);
      this.track(ns);
    }

    this.serviceAccount = new kplus.ServiceAccount(this, 'ServiceAccount', {
      metadata: this.meta(this.name),
      // The watcher talks to the API server with this token.
      automountToken: true,
    });
    this.track(this.serviceAccount);

    // Workflow-namespace rules: exactly the data of src/watcher/rbac.ts.
    const rules = clusterRules({
      relabel: props.relabel ?? this.controllerFacts().instanceId !== undefined,
      releasePodFinalizers: props.runtime !== false && props.runtime?.releasePodFinalizers === true,
    });
    if (props.namespaces) {
      for (const ns of props.namespaces) {
        const role = this.role(`Role-${ns}`, 'Role', this.name, ns, rules);
        this.roles.push(role);
        this.binding(`RoleBinding-${ns}`, 'RoleBinding', this.name, ns, role);
      }
    } else {
      const role = this.role('ClusterRole', 'ClusterRole', this.name, null, rules);
      this.roles.push(role);
      this.binding('ClusterRoleBinding', 'ClusterRoleBinding', this.name, null, role);
    }
    const ownName = `${this.name}-leader-ledger`;
    this.ownRole = this.role('OwnRole', 'Role', ownName, this.namespace, namespaceRules([this.leaseName]));
    this.binding('OwnRoleBinding', 'RoleBinding', ownName, this.namespace, this.ownRole);

    if (props.watch !== false) {
      const dep = this.watchDeployment();
      this.deployment = dep.deployment;
      this.service = dep.service;
      if (props.prometheusRule) this.prometheusRule = this.alertRules();
      if (props.grafanaDashboard) this.dashboard = this.dashboardConfigMap();
    }
    if (props.sweep !== false) this.cronJob = this.sweepCronJob(props.sweep ?? {});
  }

  /** The arguments of `argo-guard watch` (or `sweep`) as the containers get them. */
  public args(command: 'watch' | 'sweep'): string[] {
    const p = this.props;
    const out: string[] = [command];
    for (const ns of p.namespaces ?? []) out.push(`${WATCHER_FLAGS.namespace}=${ns}`);
    if (p.selector) out.push(`${WATCHER_FLAGS.selector}=${p.selector}`);
    out.push(`${WATCHER_FLAGS.grace}=${formatDuration(p.grace ?? Duration.minutes(2))}`);
    out.push(`${WATCHER_FLAGS.policy}=${(p.policy ?? WatcherPolicy.safe()).text}`);
    if (p.dryRun) out.push(WATCHER_FLAGS.dryRun);
    out.push(`${WATCHER_FLAGS.logFormat}=${p.logFormat ?? 'json'}`);
    const facts = this.controllerFacts();
    if (facts.instanceId) out.push(`${WATCHER_FLAGS.instanceId}=${facts.instanceId}`);
    if (facts.offloadNodeStatus) out.push(WATCHER_FLAGS.offload);
    if (facts.defaultGCStrategy) out.push(`${WATCHER_FLAGS.defaultGcStrategy}=${facts.defaultGCStrategy}`);
    // An exact controller version (the chart's argoVersion, X.Y.Z): the Events name its known bugs.
    const settings = ArgoGuard.of(this);
    if (p.runtime !== false && settings.argoVersionText !== 'newest' && !settings.argoVersion.minorOnly)
      out.push(`${WATCHER_FLAGS.argoVersion}=${formatArgoVersion(settings.argoVersion)}`);
    if (p.runtime === false) out.push(WATCHER_FLAGS.noRuntime);
    else if (p.runtime) {
      const r = p.runtime;
      if (r.deadlineGrace) out.push(`${WATCHER_FLAGS.deadlineGrace}=${formatDuration(r.deadlineGrace)}`);
      if (r.startTimeout) out.push(`${WATCHER_FLAGS.startTimeout}=${formatDuration(r.startTimeout)}`);
      if (r.lockTimeout) out.push(`${WATCHER_FLAGS.lockTimeout}=${formatDuration(r.lockTimeout)}`);
      if (r.resumeToStop) out.push(WATCHER_FLAGS.resumeToStop);
      if (r.pendingTimeout) {
        out.push(`${WATCHER_FLAGS.pendingTimeout}=${formatDuration(r.pendingTimeout)}`);
        if (r.terminatePending) out.push(WATCHER_FLAGS.terminatePending);
      }
      if (r.releasePodFinalizers) out.push(WATCHER_FLAGS.releasePodFinalizers);
      if (r.archiveTimeout) out.push(`${WATCHER_FLAGS.archiveTimeout}=${formatDuration(r.archiveTimeout)}`);
    }
    if (command === 'watch') out.push(`${WATCHER_FLAGS.listen}=0.0.0.0:${this.port}`);
    // Two installs in one namespace must not share a Lease (one would never act); the sweep takes
    // the same Lease as its watch replicas, so that only one of them acts at a time.
    if (this.leaseName !== WATCHER_LEASE_NAME) out.push(`${WATCHER_FLAGS.leaseName}=${this.leaseName}`);
    out.push(...(p.extraArgs ?? []));
    return out;
  }

  /** The leader-election Lease of this install (the Role may get and update only it). */
  public get leaseName(): string {
    return this.name;
  }

  /** The props' controller facts, else the chart's ArgoGuard controllerConfig (one source). */
  public controllerFacts(): WatcherControllerFacts {
    if (this.props.controller) return this.props.controller;
    const cc = ArgoGuard.of(this).controllerConfig;
    const strategy = (cc?.workflowDefaults as { spec?: { artifactGC?: { strategy?: string } } } | undefined)
      ?.spec?.artifactGC?.strategy;
    return {
      instanceId: cc?.instanceID,
      offloadNodeStatus: cc?.nodeStatusOffload,
      defaultGCStrategy: strategy as WatcherControllerFacts['defaultGCStrategy'],
    };
  }

  private get port(): number {
    return this.props.port ?? WATCHER_DEFAULT_PORT;
  }

  private validate(): void {
    const p = this.props;
    const where = this.node.path;
    const bad = (msg: string, hint: string) => {
      throw new UserError(`${where}: ${msg}`, hint);
    };
    if (!NAME_RE.test(this.name) || this.name.length > 52)
      bad(
        `name "${this.name}" is not a DNS label of at most 52 characters`,
        'Use lowercase letters, digits and "-".',
      );
    if (!NAME_RE.test(this.namespace))
      bad(`namespace "${this.namespace}" is not a DNS label`, 'Use lowercase letters, digits and "-".');
    if (p.namespaces !== undefined) {
      if (p.namespaces.length === 0)
        bad('namespaces is empty', 'Leave namespaces unset to watch every namespace, or list at least one.');
      for (const ns of p.namespaces)
        if (!NAME_RE.test(ns))
          bad(`namespaces: "${ns}" is not a DNS label`, 'Use lowercase letters, digits and "-".');
      if (new Set(p.namespaces).size !== p.namespaces.length)
        bad('namespaces lists a namespace twice', 'List each once.');
    }
    if (p.replicas !== undefined && (!Number.isInteger(p.replicas) || p.replicas < 1))
      bad(
        `replicas must be a whole number ≥ 1, got ${p.replicas}`,
        'Use watch: false to run no watcher pod.',
      );
    if (p.port !== undefined && (!Number.isInteger(p.port) || p.port < 1024 || p.port > 65535))
      bad(
        `port must be 1024..65535 (the pod runs as non-root), got ${p.port}`,
        'Pick an unprivileged port such as 8080.',
      );
    if (p.grace !== undefined && p.grace.toSeconds() < 0)
      bad('grace must not be negative', 'Use Duration.minutes(2).');
    if (p.syncWave !== undefined && p.syncWave !== false && !Number.isInteger(p.syncWave))
      bad(`syncWave must be an integer, got ${p.syncWave}`, `Use ${WATCHER_SYNC_WAVE}.`);
    if (p.watch === false && p.sweep === false)
      bad('watch and sweep are both off: nothing would run', 'Keep the Deployment, the CronJob, or both.');
    if (p.watch === false && p.serviceMonitor)
      bad(
        'serviceMonitor needs the watch Deployment (the sweep serves no metrics)',
        'Drop serviceMonitor, or keep watch.',
      );
    for (const [option, on] of [
      ['prometheusRule', p.prometheusRule],
      ['grafanaDashboard', p.grafanaDashboard],
    ] as const)
      if (p.watch === false && on)
        bad(
          `${option} needs the watch Deployment (the sweep serves no metrics)`,
          `Drop ${option}, or keep watch.`,
        );
    if (p.metricsNetworkPolicy) {
      if (p.watch === false)
        bad(
          'metricsNetworkPolicy needs the watch Deployment (the sweep serves no metrics)',
          'Drop it, or keep watch.',
        );
      const np = p.metricsNetworkPolicy;
      if ((np.fromNamespaces ?? []).length === 0 && Object.keys(np.fromPodLabels ?? {}).length === 0)
        bad(
          'metricsNetworkPolicy admits nobody: it names neither fromNamespaces nor fromPodLabels',
          "Name the scraper, e.g. { fromNamespaces: ['monitoring'] }.",
        );
      for (const ns of np.fromNamespaces ?? [])
        if (!NAME_RE.test(ns))
          bad(
            `metricsNetworkPolicy.fromNamespaces: "${ns}" is not a DNS label`,
            'Use lowercase letters, digits and "-".',
          );
    }
    if (p.image !== undefined && (p.image.trim() === '' || /\s/.test(p.image)))
      bad(`image "${p.image}" is not an image reference`, 'For example ghcr.io/acme/argo-guard:0.1.0.');
    this.scheduling(); // throws on an architecture mismatch
  }

  /**
   * Pod scheduling: the chart's architectures that the image has (ARCH rules), like every other
   * pod; from the platform lock when it has the image (the `Architectures.fromImage()` pin).
   */
  private scheduling(): ReturnType<typeof schedulingFor> | undefined {
    const settings = ArgoGuard.of(this);
    if (isOptOut(settings.architectures)) return undefined;
    const options = { os: settings.os, taintedArchitectures: settings.taintedArchitectures };
    if (this.imageLock) {
      if (this.props.imageArchitectures)
        throw new UserError(
          `${this.node.path}: imageArchitectures and the platform lock both say which architectures ${this.image} has`,
          'Drop imageArchitectures: the lock has the platforms the registry reported.',
        );
      const lock = { lookup: () => this.imageLock };
      const pin = imagePin(
        [this.image],
        settings.architectures,
        "the chart's architectures",
        lock,
        settings.os,
        this.node.path,
      );
      if (pin.error !== undefined)
        throw new UserError(
          pin.error,
          "Build and push the image for the chart's architectures (docs/image.md), then `argo-guard platforms update`.",
        );
      return schedulingFor(pin.archs, options);
    }
    const image = this.props.imageArchitectures ?? ['amd64', 'arm64'];
    const allowed = settings.architectures.filter((a) => image.includes(a));
    if (allowed.length === 0)
      throw new UserError(
        `${this.node.path}: the image is built for ${image.join(', ')}, the chart targets ${settings.architectures.join(', ')}`,
        'Build the image for the target architecture (docs/image.md) and list it in imageArchitectures.',
      );
    return schedulingFor(allowed, options);
  }

  private labels(component: string): Record<string, string> {
    return {
      // GITOPS007 recognises the watcher Deployment by this label.
      'app.kubernetes.io/name': WATCHER_NAME_LABEL_VALUE,
      'app.kubernetes.io/instance': this.name,
      'app.kubernetes.io/component': component,
      'app.kubernetes.io/part-of': 'argo-guard',
      'app.kubernetes.io/version': packageVersion(),
    };
  }

  private selectorLabels(component: string): Record<string, string> {
    return { 'app.kubernetes.io/instance': this.name, 'app.kubernetes.io/component': component };
  }

  /** Metadata; `namespace: null` for a cluster-scoped object. */
  private meta(name: string, namespace: string | null = this.namespace, component = 'watcher') {
    const wave = this.props.syncWave ?? WATCHER_SYNC_WAVE;
    return {
      name,
      namespace: namespace ?? undefined,
      labels: this.labels(component),
      annotations: wave === false ? undefined : { [SYNC_WAVE_ANNOTATION]: String(wave) },
    };
  }

  private track(x: Construct): void {
    this.apiObjects.push(ApiObject.of(x));
  }

  private role(
    id: string,
    kind: 'Role' | 'ClusterRole',
    name: string,
    namespace: string | null,
    rules: readonly PolicyRule[],
  ): ApiObject {
    const obj = new ApiObject(this, id, {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind,
      metadata: this.meta(name, namespace),
    });
    // Verbatim: the same arrays, the same order (no merging, no wildcards).
    obj.addJsonPatch(JsonPatch.add('/rules', rules.map(copyRule)));
    clusterScoped(obj, namespace);
    this.apiObjects.push(obj);
    return obj;
  }

  private binding(
    id: string,
    kind: 'RoleBinding' | 'ClusterRoleBinding',
    name: string,
    namespace: string | null,
    role: ApiObject,
  ): void {
    const obj = new ApiObject(this, id, {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind,
      metadata: this.meta(name, namespace),
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: role.kind, name: role.name },
      subjects: [{ kind: 'ServiceAccount', name: this.serviceAccount.name, namespace: this.namespace }],
    });
    clusterScoped(obj, namespace);
    this.apiObjects.push(obj);
  }

  private container(command: 'watch' | 'sweep'): kplus.ContainerProps {
    const watch = command === 'watch';
    return {
      name: command,
      image: this.image,
      imagePullPolicy: this.props.imagePullPolicy ?? kplus.ImagePullPolicy.IF_NOT_PRESENT,
      args: this.args(command),
      envVariables: {
        // The watcher's own namespace (Lease, leak ledger) and its leader-election identity.
        POD_NAMESPACE: kplus.EnvValue.fromFieldRef(kplus.EnvFieldPaths.POD_NAMESPACE),
        POD_NAME: kplus.EnvValue.fromFieldRef(kplus.EnvFieldPaths.POD_NAME),
        // Keep the V8 heap inside the memory limit (docs/architecture.md "Performance goals": ~100 MB for 10,000 Workflows).
        NODE_OPTIONS: kplus.EnvValue.fromValue(
          [
            `--max-old-space-size=${heapMiB(this.props.resources ?? DEFAULT_RESOURCES)}`,
            ...WATCHER_NODE_FLAGS,
          ].join(' '),
        ),
      },
      ports: watch ? [{ number: this.port, name: 'http' }] : [],
      resources: this.props.resources ?? DEFAULT_RESOURCES,
      securityContext: {
        ensureNonRoot: true,
        user: WATCHER_IMAGE_USER,
        group: WATCHER_IMAGE_USER,
        readOnlyRootFilesystem: true,
        allowPrivilegeEscalation: false,
        privileged: false,
      },
      liveness: watch
        ? kplus.Probe.fromHttpGet('/healthz', {
            port: this.port,
            initialDelaySeconds: Duration.seconds(10),
            periodSeconds: Duration.seconds(20),
            timeoutSeconds: Duration.seconds(5),
            failureThreshold: 3,
          })
        : undefined,
      readiness: watch
        ? kplus.Probe.fromHttpGet('/readyz', {
            port: this.port,
            periodSeconds: Duration.seconds(10),
            timeoutSeconds: Duration.seconds(5),
            failureThreshold: 3,
          })
        : undefined,
      volumeMounts: [],
    };
  }

  private podProps() {
    return {
      serviceAccount: this.serviceAccount,
      automountServiceAccountToken: true,
      securityContext: {
        ensureNonRoot: true,
        user: WATCHER_IMAGE_USER,
        group: WATCHER_IMAGE_USER,
        fsGroup: WATCHER_IMAGE_USER,
      },
    };
  }

  /** What cdk8s-plus cannot express: seccomp and the architecture pinning. */
  private patchPodSpec(obj: ApiObject, podSpecPath: string, affinity: Record<string, unknown> = {}): void {
    obj.addJsonPatch(
      JsonPatch.add(`${podSpecPath}/securityContext/seccompProfile`, { type: 'RuntimeDefault' }),
    );
    // cdk8s-plus-27 has no "ALL" in its Capability enum.
    obj.addJsonPatch(
      JsonPatch.add(`${podSpecPath}/containers/0/securityContext/capabilities`, { drop: ['ALL'] }),
    );
    const s = this.scheduling();
    if (s?.nodeSelector) obj.addJsonPatch(JsonPatch.add(`${podSpecPath}/nodeSelector`, s.nodeSelector));
    const all = { ...s?.affinity, ...affinity };
    if (Object.keys(all).length > 0) obj.addJsonPatch(JsonPatch.add(`${podSpecPath}/affinity`, all));
    if (s?.tolerations) obj.addJsonPatch(JsonPatch.add(`${podSpecPath}/tolerations`, s.tolerations));
  }

  private tmpVolume(c: kplus.Container): void {
    // A read-only root filesystem: Node and libraries that write temp files get an emptyDir.
    c.mount(
      '/tmp',
      kplus.Volume.fromEmptyDir(this, `${c.name}-tmp`, 'tmp', { sizeLimit: Size.mebibytes(64) }),
    );
  }

  private watchDeployment(): { deployment: kplus.Deployment; service: kplus.Service } {
    const replicas = this.props.replicas ?? 2;
    const deployment = new kplus.Deployment(this, 'Deployment', {
      metadata: this.meta(this.name),
      podMetadata: { labels: this.labels('watcher') },
      replicas,
      // A selector of our own labels, not cdk8s's construct-path label: the selector of a Deployment
      // is immutable, and moving the construct in the tree must not make the next apply fail.
      select: false,
      strategy: kplus.DeploymentStrategy.rollingUpdate({
        maxSurge: kplus.PercentOrAbsolute.absolute(1),
        maxUnavailable: kplus.PercentOrAbsolute.absolute(replicas > 1 ? 1 : 0),
      }),
      ...this.podProps(),
    });
    deployment.select(kplus.LabelSelector.of({ labels: this.selectorLabels('watcher') }));
    const c = deployment.addContainer(this.container('watch'));
    this.tmpVolume(c);
    const depObj = ApiObject.of(deployment);
    this.patchPodSpec(depObj, '/spec/template/spec', {
      // Prefer one replica per node: a node failure does not take both.
      podAntiAffinity: {
        preferredDuringSchedulingIgnoredDuringExecution: [
          {
            weight: 100,
            podAffinityTerm: {
              topologyKey: 'kubernetes.io/hostname',
              labelSelector: { matchLabels: this.selectorLabels('watcher') },
            },
          },
        ],
      },
    });
    this.apiObjects.push(depObj);

    const service = new kplus.Service(this, 'Service', {
      metadata: { ...this.meta(`${this.name}-metrics`), labels: this.labels('metrics') },
      ports: [{ name: 'http', port: this.port, targetPort: this.port }],
    });
    for (const [k, v] of Object.entries(this.selectorLabels('watcher'))) service.selectLabel(k, v);
    this.track(service);

    const pdb = new ApiObject(this, 'PodDisruptionBudget', {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: this.meta(this.name),
      spec: {
        // One voluntary disruption at a time: with two replicas one watcher stays up; with one,
        // a drain is not blocked forever (minAvailable: 1 on a single replica would block it).
        // unhealthyPodEvictionPolicy lets a crash-looping pod go.
        maxUnavailable: 1,
        unhealthyPodEvictionPolicy: 'AlwaysAllow',
        selector: { matchLabels: this.selectorLabels('watcher') },
      },
    });
    this.apiObjects.push(pdb);

    const np = this.props.metricsNetworkPolicy;
    if (np) {
      const pods =
        np.fromPodLabels && Object.keys(np.fromPodLabels).length > 0
          ? { podSelector: { matchLabels: { ...np.fromPodLabels } } }
          : {};
      const peer =
        np.fromNamespaces && np.fromNamespaces.length > 0
          ? {
              namespaceSelector: {
                matchExpressions: [
                  { key: 'kubernetes.io/metadata.name', operator: 'In', values: [...np.fromNamespaces] },
                ],
              },
              ...pods,
            }
          : pods;
      this.apiObjects.push(
        new ApiObject(this, 'MetricsNetworkPolicy', {
          apiVersion: 'networking.k8s.io/v1',
          kind: 'NetworkPolicy',
          metadata: this.meta(`${this.name}-metrics`),
          spec: {
            podSelector: { matchLabels: this.selectorLabels('watcher') },
            policyTypes: ['Ingress'],
            ingress: [{ from: [peer], ports: [{ protocol: 'TCP', port: this.port }] }],
          },
        }),
      );
    }

    if (this.props.serviceMonitor) {
      const sm = new ApiObject(this, 'ServiceMonitor', {
        apiVersion: 'monitoring.coreos.com/v1',
        kind: 'ServiceMonitor',
        metadata: this.meta(this.name),
        spec: {
          selector: { matchLabels: this.selectorLabels('metrics') },
          namespaceSelector: { matchNames: [this.namespace] },
          endpoints: [{ port: 'http', path: '/metrics', interval: '30s' }],
        },
      });
      this.apiObjects.push(sm);
    }
    return { deployment, service };
  }

  /**
   * What selects this install's series: the ServiceMonitor's scrape sets `job` to the metrics
   * Service's name and `namespace` to its namespace.
   */
  public get metricsMatchers(): Record<string, string> {
    return { job: `${this.name}-metrics`, namespace: this.namespace };
  }

  private alertRules(): ApiObject {
    const rule = prometheusRule({ matchers: this.metricsMatchers });
    const obj = new ApiObject(this, 'PrometheusRule', { ...rule, metadata: this.meta(this.name) });
    this.apiObjects.push(obj);
    return obj;
  }

  private dashboardConfigMap(): ApiObject {
    const meta = this.meta(`${this.name}-dashboard`);
    const obj = new ApiObject(this, 'GrafanaDashboard', {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      // grafana_dashboard: the default label of Grafana's dashboard sidecar (kube-prometheus-stack).
      metadata: { ...meta, labels: { ...meta.labels, grafana_dashboard: '1' } },
      data: {
        [`${ALERT_GROUP_NAME}.json`]: `${JSON.stringify(grafanaDashboard({ matchers: this.metricsMatchers }), null, 2)}\n`,
      },
    });
    this.apiObjects.push(obj);
    return obj;
  }

  private sweepCronJob(p: WatcherSweepProps): kplus.CronJob {
    const cron = new kplus.CronJob(this, 'CronJob', {
      metadata: this.meta(`${this.name}-sweep`, this.namespace, 'sweep'),
      podMetadata: { labels: this.labels('sweep') },
      schedule: p.schedule ?? Cron.schedule({ minute: '*/30' }),
      concurrencyPolicy: kplus.ConcurrencyPolicy.FORBID,
      startingDeadline: Duration.minutes(5),
      successfulJobsRetained: 1,
      failedJobsRetained: 3,
      activeDeadline: p.activeDeadline ?? Duration.minutes(10),
      // Exit 1 means "something is left stuck that may not be released": a report, not a crash.
      backoffLimit: 0,
      restartPolicy: kplus.RestartPolicy.NEVER,
      select: false,
      ...this.podProps(),
    });
    const c = cron.addContainer(this.container('sweep'));
    this.tmpVolume(c);
    const obj = ApiObject.of(cron);
    this.patchPodSpec(obj, '/spec/jobTemplate/spec/template/spec');
    this.apiObjects.push(obj);
    return cron;
  }
}

/** cdk8s gives every object the chart's namespace; a cluster-scoped object must have none. */
function clusterScoped(obj: ApiObject, namespace: string | null): void {
  if (namespace === null) obj.addJsonPatch(JsonPatch.remove('/metadata/namespace'));
}

function copyRule(r: PolicyRule): Record<string, string[]> {
  const out: Record<string, string[]> = {
    apiGroups: [...r.apiGroups],
    resources: [...r.resources],
    verbs: [...r.verbs],
  };
  if (r.resourceNames) out.resourceNames = [...r.resourceNames];
  return out;
}

/** Three quarters of the memory limit, in MiB (the rest is for buffers and native memory). */
function heapMiB(r: kplus.ContainerResources): number {
  const limit = r.memory?.limit ?? r.memory?.request;
  return limit ? Math.max(64, Math.floor(limit.toMebibytes() * 0.75)) : 192;
}
