/**
 * Prometheus metrics (prefix `argo_guard_`), in a dedicated Registry so that
 * two watchers in one process (tests) or an embedding application do not collide.
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

export class Metrics {
  readonly registry = new Registry();
  private requestCounts?: () => Record<string, number>;
  /** Counted by KubeApi (the benchmark's "API requests per release" reads this). */
  readonly apiRequests = new Gauge({
    name: 'argo_guard_api_requests',
    help: 'Kubernetes API requests sent since start, by kind (GET, LIST, WATCH, PATCH, POST, PUT)',
    labelNames: ['kind'],
    registers: [this.registry],
    collect: () => {
      for (const [kind, n] of Object.entries(this.requestCounts?.() ?? {})) this.apiRequests.set({ kind }, n);
    },
  });

  bindRequestCounts(counts: () => Record<string, number>): void {
    this.requestCounts = counts;
  }
  readonly stuck = new Gauge({
    name: 'argo_guard_stuck_workflows',
    help: 'Workflows stuck now, by mode (AGC-* on the artifact-gc finalizer; RUN-*, SYNC-04 at runtime); a Workflow counts under each of its modes',
    labelNames: ['mode'],
    registers: [this.registry],
  });
  readonly releases = new Counter({
    name: 'argo_guard_releases_total',
    help: 'Finalizer releases, by mode and outcome (safe, forced, failed, ledger-full)',
    labelNames: ['mode', 'outcome'],
    registers: [this.registry],
  });
  readonly refusals = new Counter({
    name: 'argo_guard_refusals_total',
    help: 'Releases refused, by mode and safety (unsafe, unknown, safe under report-only)',
    labelNames: ['mode', 'safety'],
    registers: [this.registry],
  });
  readonly actions = new Counter({
    name: 'argo_guard_actions_total',
    help: 'Lossless actions (terminate, relabel), by action and outcome',
    labelNames: ['action', 'outcome'],
    registers: [this.registry],
  });
  readonly ledgerFull = new Counter({
    name: 'argo_guard_leak_ledger_full_total',
    help: 'Forced releases not done because the leak ledger had no room, by Workflow namespace',
    labelNames: ['namespace'],
    registers: [this.registry],
  });
  readonly invalid = new Counter({
    name: 'argo_guard_invalid_workflows_total',
    help: 'Malformed Workflows reported and skipped',
    registers: [this.registry],
  });
  readonly deletionToRelease = new Histogram({
    name: 'argo_guard_deletion_to_release_seconds',
    help: 'Time from deletionTimestamp to the release of the finalizer',
    buckets: [1, 5, 30, 60, 120, 300, 600, 1800, 3600, 6 * 3600, 24 * 3600],
    registers: [this.registry],
  });
  readonly apiErrors = new Counter({
    name: 'argo_guard_api_errors_total',
    help: 'Kubernetes API errors, by operation and status code',
    labelNames: ['operation', 'code'],
    registers: [this.registry],
  });
  readonly reconcileDuration = new Histogram({
    name: 'argo_guard_reconcile_duration_seconds',
    help: 'Duration of one decision and its actions',
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly leader = new Gauge({
    name: 'argo_guard_leader',
    help: '1 while this replica holds the leader Lease',
    registers: [this.registry],
  });
  readonly watchRestarts = new Counter({
    name: 'argo_guard_watch_restarts_total',
    help: 'Watch streams restarted, by resource',
    labelNames: ['resource'],
    registers: [this.registry],
  });
  readonly cached = new Gauge({
    name: 'argo_guard_cached_objects',
    help: 'Objects in the informer caches, by resource',
    labelNames: ['resource'],
    registers: [this.registry],
  });
}
