/**
 * Prometheus metrics (prefix `argo_guard_`), in a dedicated Registry so that
 * two watchers in one process (tests) or an embedding application do not collide.
 *
 * `METRICS` is the one set of metric definitions: the registry below, the PrometheusRule and the
 * Grafana dashboard (src/deploy/alerts.ts) are all made from it, and `STUCK_MODES` is the list
 * of mode labels the alerts and the dashboard panels are made for.
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import {
  RUNTIME_ACTION_EVENT_REASONS,
  RUNTIME_EVENT_REASONS,
  RUNTIME_MODES,
  type RuntimeModeId,
} from './runtime';
import type { ModeId } from './types';

/** One metric: what prom-client registers, and what the alerts and dashboard read from it. */
export interface MetricDefinition {
  readonly name: string;
  readonly help: string;
  readonly type: 'gauge' | 'counter' | 'histogram';
  readonly labelNames?: readonly string[];
  readonly buckets?: readonly number[];
}

export const METRICS = {
  apiRequests: {
    name: 'argo_guard_api_requests',
    type: 'gauge',
    help: 'Kubernetes API requests sent since start, by kind (GET, LIST, WATCH, PATCH, POST, PUT)',
    labelNames: ['kind'],
  },
  stuck: {
    name: 'argo_guard_stuck_workflows',
    type: 'gauge',
    help: 'Workflows stuck now, by mode (AGC-* on the artifact-gc finalizer; RUN-*, SYNC-04 at runtime); a Workflow counts under each of its modes',
    labelNames: ['mode'],
  },
  releases: {
    name: 'argo_guard_releases_total',
    type: 'counter',
    help: 'Finalizer releases, by mode and outcome (safe, forced, failed, ledger-full)',
    labelNames: ['mode', 'outcome'],
  },
  refusals: {
    name: 'argo_guard_refusals_total',
    type: 'counter',
    help: 'Releases refused, by mode and safety (unsafe, unknown, safe under report-only)',
    labelNames: ['mode', 'safety'],
  },
  actions: {
    name: 'argo_guard_actions_total',
    type: 'counter',
    help: 'Lossless actions (terminate, relabel), by action and outcome',
    labelNames: ['action', 'outcome'],
  },
  ledgerFull: {
    name: 'argo_guard_leak_ledger_full_total',
    type: 'counter',
    help: 'Forced releases not done because the leak ledger had no room, by Workflow namespace',
    labelNames: ['namespace'],
  },
  invalid: {
    name: 'argo_guard_invalid_workflows_total',
    type: 'counter',
    help: 'Malformed Workflows reported and skipped',
  },
  deletionToRelease: {
    name: 'argo_guard_deletion_to_release_seconds',
    type: 'histogram',
    help: 'Time from deletionTimestamp to the release of the finalizer',
    buckets: [1, 5, 30, 60, 120, 300, 600, 1800, 3600, 6 * 3600, 24 * 3600],
  },
  apiErrors: {
    name: 'argo_guard_api_errors_total',
    type: 'counter',
    help: 'Kubernetes API errors, by operation and status code',
    labelNames: ['operation', 'code'],
  },
  reconcileDuration: {
    name: 'argo_guard_reconcile_duration_seconds',
    type: 'histogram',
    help: 'Duration of one decision and its actions',
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  },
  queueWait: {
    name: 'argo_guard_queue_wait_seconds',
    type: 'histogram',
    help: 'Time a Workflow key waited in the work queue before its reconcile began, by lane (urgent: deleted and holding the artifact-gc finalizer; normal)',
    labelNames: ['lane'],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5, 30],
  },
  leader: {
    name: 'argo_guard_leader',
    type: 'gauge',
    help: '1 while this replica holds the leader Lease',
  },
  watchRestarts: {
    name: 'argo_guard_watch_restarts_total',
    type: 'counter',
    help: 'Watch streams restarted, by resource',
    labelNames: ['resource'],
  },
  cached: {
    name: 'argo_guard_cached_objects',
    type: 'gauge',
    help: 'Objects in the informer caches, by resource',
    labelNames: ['resource'],
  },
} as const satisfies Record<string, MetricDefinition>;

/**
 * The artifact-gc finalizer modes a verdict can name (types.ts `ModeId` without the runtime
 * ones); the check below fails the build when `ModeId` gains one that is not listed here.
 */
export const FINALIZER_MODES = [
  'AGC-01',
  'AGC-02',
  'AGC-03',
  'AGC-04',
  'AGC-05',
  'AGC-06',
  'AGC-07',
  'AGC-08',
  'AGC-11',
  'GITOPS-02',
] as const satisfies readonly Exclude<ModeId, RuntimeModeId>[];
type UnlistedFinalizerMode = Exclude<Exclude<ModeId, RuntimeModeId>, (typeof FINALIZER_MODES)[number]>;
const everyFinalizerModeListed: [UnlistedFinalizerMode] extends [never] ? true : false = true;
void everyFinalizerModeListed;

/**
 * Every value of the `mode` label of `argo_guard_stuck_workflows`: one alert and one dashboard
 * panel each. A runtime mode added to `RUNTIME_MODES` gets its alert and panel from here.
 */
export const STUCK_MODES: readonly ModeId[] = [...FINALIZER_MODES, ...RUNTIME_MODES];

/** What an alert and a panel say about a mode (the runbook is docs/watcher.md#<mode id, lowercase>). */
export interface ModeDescription {
  /** One line: what the Workflows counted under this mode have in common. */
  readonly summary: string;
  /** The Kubernetes Event reason on each such Workflow. */
  readonly eventReason: string;
  /** The Event reason of what argo-guard did about the mode, for a mode that can act. */
  readonly actionEventReason?: string;
}

/** Finalizer verdicts that refuse a release report them under this reason (act.ts). */
const FINALIZER_REFUSED_REASON = 'ArtifactGCReleaseRefused';

const MODE_SUMMARIES: Partial<Record<ModeId, string>> = {
  'AGC-01':
    'deleted, holding the artifact-gc finalizer although the run produced no artifact (argo-workflows#13499)',
  'AGC-02':
    'deleted with forceFinalizerRemoval and no GC pod, holding the artifact-gc finalizer (argo-workflows#16599)',
  'AGC-03': 'deleted, its failed artifact GC attempt never retried (argo-workflows#16894)',
  'AGC-04': 'deleted, its artifact GC pod failed',
  'AGC-05': 'deleted, its artifact GC pod never finishes',
  'AGC-06': 'deleted, its artifact GC pod invisible to a controller with an instance ID',
  'AGC-07': 'deleted (or pruned by Argo CD) while still Pending or Running',
  'AGC-08': 'deleted, node status offloaded or compressed: what is pending cannot be known',
  'AGC-11': 'deleted, the controller never reached its artifact GC',
  'GITOPS-02': 'an Argo CD hook Workflow that Argo CD waits on, held by the artifact-gc finalizer',
  'RUN-01': 'a pod Pending (Unschedulable, image pull, container config) past --pending-timeout',
  'RUN-04': 'still running past startedAt + activeDeadlineSeconds + --deadline-grace',
  'RUN-05': 'no phase --start-timeout after creation: no controller picked it up',
  'RUN-07': 'a stop or terminate ignored while the Workflow is suspended (argo-workflows#17041)',
  'SYNC-04': 'waiting on a mutex or semaphore whose holders are all final or gone',
};

/** The description of `mode`; a mode without a written summary still gets one. */
export function describeMode(mode: ModeId): ModeDescription {
  const eventReason =
    (RUNTIME_EVENT_REASONS as Partial<Record<string, string>>)[mode] ?? FINALIZER_REFUSED_REASON;
  const actionEventReason = (RUNTIME_ACTION_EVENT_REASONS as Partial<Record<string, string>>)[mode];
  return {
    summary: MODE_SUMMARIES[mode] ?? `stuck in mode ${mode}`,
    eventReason,
    ...(actionEventReason ? { actionEventReason } : {}),
  };
}

type Def = MetricDefinition;
const opts = <D extends Def>(d: D, registry: Registry) => ({
  name: d.name,
  help: d.help,
  labelNames: (d.labelNames ?? []) as readonly string[],
  registers: [registry],
});

export class Metrics {
  readonly registry = new Registry();
  private requestCounts?: () => Record<string, number>;
  /** Counted by KubeApi (the benchmark's "API requests per release" reads this). */
  readonly apiRequests = new Gauge({
    ...opts(METRICS.apiRequests, this.registry),
    collect: () => {
      for (const [kind, n] of Object.entries(this.requestCounts?.() ?? {})) this.apiRequests.set({ kind }, n);
    },
  });

  bindRequestCounts(counts: () => Record<string, number>): void {
    this.requestCounts = counts;
  }
  readonly stuck = new Gauge(opts(METRICS.stuck, this.registry));
  readonly releases = new Counter(opts(METRICS.releases, this.registry));
  readonly refusals = new Counter(opts(METRICS.refusals, this.registry));
  readonly actions = new Counter(opts(METRICS.actions, this.registry));
  readonly ledgerFull = new Counter(opts(METRICS.ledgerFull, this.registry));
  readonly invalid = new Counter(opts(METRICS.invalid, this.registry));
  readonly deletionToRelease = new Histogram({
    ...opts(METRICS.deletionToRelease, this.registry),
    buckets: [...METRICS.deletionToRelease.buckets],
  });
  readonly apiErrors = new Counter(opts(METRICS.apiErrors, this.registry));
  readonly reconcileDuration = new Histogram({
    ...opts(METRICS.reconcileDuration, this.registry),
    buckets: [...METRICS.reconcileDuration.buckets],
  });
  readonly queueWait = new Histogram({
    ...opts(METRICS.queueWait, this.registry),
    buckets: [...METRICS.queueWait.buckets],
  });
  readonly leader = new Gauge(opts(METRICS.leader, this.registry));
  readonly watchRestarts = new Counter(opts(METRICS.watchRestarts, this.registry));
  readonly cached = new Gauge(opts(METRICS.cached, this.registry));
}
