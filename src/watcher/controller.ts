/**
 * `argo-guard watch`: informers on Workflows, artifact-GC pods and WorkflowArtifactGCTasks, a work
 * queue keyed by `namespace/name`, and `reconcileOnce` (snapshot -> diagnose -> act) per key. Watch events are
 * acted on as they arrive (no resync wait); timers handle grace and force-after expiry. Only the
 * Lease holder acts; other replicas keep their caches warm and take over on leadership.
 */
import { hostname } from 'node:os';
import type { Outcome } from './act';
import { InformerSnapshotSource } from './kube-source';
import { LeaderElector } from './leader';
import { Metrics } from './metrics';
import type { ReleaseOptions } from './options';
import { scanPodOrphans } from './pod-orphans';
import { WorkQueue } from './queue';
import { WATCHER_LEASE_NAME } from './rbac';
import { type ReconcileContext, reconcileContext, reconcileOnce } from './reconcile';
import type { WatchSource } from './source';
import type { Verdict } from './types';

/** Who may act: the Lease holder (LeaderElector), or always (a single replica). */
export interface Leadership {
  readonly isLeader: boolean;
  /** Keeps leadership current until `signal` aborts; calls `onChange` on every change. */
  run(signal: AbortSignal, onChange: (leading: boolean) => void): Promise<void>;
  /** Gives leadership up (graceful shutdown). */
  release(): Promise<void>;
}

export interface WatcherOptions extends ReleaseOptions {
  /** @default hostname-pid */
  readonly identity?: string;
  /** @default true */
  readonly leaderElection?: boolean;
  readonly leaseName?: string;
  readonly leaseDurationMs?: number;
  readonly renewDeadlineMs?: number;
  readonly retryPeriodMs?: number;
  /**
   * RUN-06: how often the leader lists the terminating Workflow pods (sooner when a pod's grace
   * ends before). @default 5 minutes
   */
  readonly podOrphanScanMs?: number;
  /** Parallel reconciles. @default 4 */
  readonly concurrency?: number;
  /** Where snapshots come from and writes go. @default informers on `api` */
  readonly source?: WatchSource;
  /** Who may act. @default a Lease in `ownNamespace` when `leaderElection`, else always */
  readonly leadership?: Leadership;
}

export interface ActionRecord {
  readonly key: string;
  readonly uid: string;
  readonly outcome: Outcome;
  readonly at: number;
  readonly identity: string;
}

export class WatcherController {
  readonly metrics: Metrics;
  readonly identity: string;
  readonly source: WatchSource;
  /** Every write this replica made, in order (bounded to the last 10,000). */
  readonly actions: ActionRecord[] = [];
  private readonly queue: WorkQueue;
  private readonly leadership?: Leadership;
  private readonly abort = new AbortController();
  private running: Promise<unknown>[] = [];
  /** The snapshot version this replica last wrote on, per key: do not act again until the cache has seen newer. */
  private readonly actedOn = new Map<string, string>();
  /** Per uid, the last refusal reported, so a refusal is reported once and not on every event. */
  private readonly reported = new Map<string, string>();
  /** Per uid, the runtime findings reported (mode -> reason), so each is reported once per process. */
  private readonly reportedFindings = new Map<string, Map<string, string>>();
  /** Stuck Workflows by key, with their modes, for the gauge. */
  private readonly stuck = new Map<string, string>();
  /** RUN-06: keys of the Workflows (or gone Workflows) with an orphaned pod after the last scan. */
  private orphanWorkflows = new Set<string>();
  /** RUN-06: per pod, the report last written as an Event (one per text per process). */
  private readonly reportedOrphans = new Map<string, string>();
  private readonly listeners: ((r: ActionRecord) => void)[] = [];
  private readonly context: ReconcileContext;

  constructor(private readonly o: WatcherOptions) {
    this.metrics = o.metrics ?? new Metrics();
    if (o.api) {
      const api = o.api;
      this.metrics.bindRequestCounts(() => api.counts);
    }
    this.identity = o.identity ?? `${hostname()}-${process.pid}`;
    const log = o.log;
    if (o.source) this.source = o.source;
    else if (o.api)
      this.source = new InformerSnapshotSource({
        api: o.api,
        namespaces: o.namespaces,
        selector: o.selector,
        ownNamespace: o.ownNamespace,
        log,
        metrics: this.metrics,
        pendingPods: o.runtime?.pendingTimeoutMs !== undefined,
      });
    else throw new Error('WatcherController needs an api or a source');
    this.context = reconcileContext(o, {
      identity: this.identity,
      metrics: this.metrics,
      shouldReport: (v) => this.reported.get(v.workflow.uid) !== signature(v),
      shouldReportFinding: (uid, f) => this.reportedFindings.get(uid)?.get(f.mode) !== f.reason,
    });
    this.queue = new WorkQueue(
      (key) => this.reconcile(key),
      o.concurrency ?? 4,
      (key, err) => {
        log.warn('reconcile failed; retrying with backoff', { key, error: err as Error });
        this.queue.addRateLimited(key);
      },
      (ms, lane) => this.metrics.queueWait.observe({ lane }, ms / 1000),
    );
    this.source.onChange((key, candidate, runtime) => {
      // With the runtime detectors on, every change of a Workflow they may concern is looked at. A
      // final Workflow with nothing pending is not queued: no detector can find anything on it, and
      // queuing each of them (10,000 at the initial list) only made garbage that the heap kept as
      // RSS (test/bench/RESULTS.md). A stuck one is looked at again so that it stops counting.
      // A deleted Workflow holding our finalizer goes ahead of the runtime keys: someone (kubectl,
      // Argo CD's prune) is waiting for it to go, while the runtime detectors' deadlines are minutes.
      if (candidate || this.stuck.has(key) || (o.runtime && runtime)) this.queue.add(key, candidate);
    });
    if (o.leadership) this.leadership = o.leadership;
    else if (o.leaderElection !== false) {
      if (!o.api) throw new Error('leader election needs an api');
      this.leadership = new LeaderElector({
        api: o.api,
        namespace: o.ownNamespace,
        name: o.leaseName ?? WATCHER_LEASE_NAME,
        identity: this.identity,
        leaseDurationMs: o.leaseDurationMs,
        renewDeadlineMs: o.renewDeadlineMs,
        retryPeriodMs: o.retryPeriodMs,
        log,
      });
    }
    this.metrics.leader.set(this.leadership ? 0 : 1);
  }

  get isLeader(): boolean {
    return this.leadership ? this.leadership.isLeader : true;
  }

  get ready(): boolean {
    return this.source.synced;
  }

  get healthy(): boolean {
    return this.source.healthy;
  }

  onAction(listener: (r: ActionRecord) => void): void {
    this.listeners.push(listener);
  }

  /** Starts the source and leader election; resolves once the caches are synced. */
  async start(): Promise<void> {
    const signal = this.abort.signal;
    this.running = [this.source.run(signal)];
    if (this.leadership)
      this.running.push(
        this.leadership.run(signal, (leading) => {
          this.metrics.leader.set(leading ? 1 : 0);
          if (leading) this.enqueueAll();
        }),
      );
    while (!this.ready && !signal.aborted) await new Promise((r) => setTimeout(r, 50));
    this.o.log.info('caches synced', { identity: this.identity });
    this.enqueueAll();
    if (this.o.runtime) this.running.push(this.podOrphanLoop(signal));
  }

  /** RUN-06: pods are not in the Workflow work queue (their Workflow may be gone): scan them. */
  private async podOrphanLoop(signal: AbortSignal): Promise<void> {
    const every = this.o.podOrphanScanMs ?? POD_ORPHAN_SCAN_MS;
    while (!signal.aborted) {
      let waitMs = every;
      if (this.isLeader)
        try {
          const scan = await scanPodOrphans(this.source, {
            settings: {
              graceMs: this.o.graceMs,
              release: this.o.runtime?.releasePodFinalizers === true,
              argoVersion: this.o.runtime?.argoVersion,
            },
            dryRun: this.o.dryRun,
            reportOnly: this.o.policy.kind === 'report-only',
            log: this.o.log,
            metrics: this.metrics,
            identity: this.identity,
            now: Date.now,
            shouldReport: (pod, reason) => this.reportedOrphans.get(pod) !== reason,
          });
          const stuck = new Set<string>();
          const seen = new Set<string>();
          for (const r of scan.results) {
            seen.add(r.pod);
            if (r.outcome === 'released')
              this.record({
                key: r.pod,
                uid: '',
                outcome: 'pod-finalizer-released',
                at: Date.now(),
                identity: this.identity,
              });
            else stuck.add(r.workflow);
            if (r.outcome === 'reported' && r.reason) this.reportedOrphans.set(r.pod, r.reason);
          }
          for (const pod of this.reportedOrphans.keys()) if (!seen.has(pod)) this.reportedOrphans.delete(pod);
          this.orphanWorkflows = stuck;
          if (scan.nextDueMs !== undefined) waitMs = Math.min(waitMs, Math.max(1000, scan.nextDueMs));
        } catch (err) {
          this.o.log.warn('RUN-06: could not scan the Workflow pods; trying again', { error: err as Error });
          waitMs = Math.min(waitMs, 30_000);
        } finally {
          this.updateStuckGauge();
        }
      await new Promise<void>((resolve) => {
        const onAbort = () => {
          clearTimeout(t);
          resolve();
        };
        const t = setTimeout(() => {
          signal.removeEventListener('abort', onAbort);
          resolve();
        }, waitMs);
        signal.addEventListener('abort', onAbort, { once: true });
      });
    }
  }

  /** Graceful shutdown: stop watching, finish in-flight reconciles, give up the Lease. */
  async stop(): Promise<void> {
    this.abort.abort();
    await this.queue.shutdown();
    // The leader loop may be renewing right now: let it end first, or that renewal races the
    // release (a 409 leaves the Lease held, or the renewal takes it back after the release) and the
    // next replica waits for the Lease to expire.
    await Promise.allSettled(this.running);
    await this.leadership?.release();
    this.o.api?.close();
  }

  /** Resolves when the queue is empty and nothing is in flight. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  /** Keys of the Workflows this replica counts as stuck now. */
  stuckKeys(): string[] {
    return [...this.stuck.keys()].sort();
  }

  private enqueueAll() {
    for (const key of this.source.candidates()) this.queue.add(key, true);
    if (this.o.runtime) for (const key of this.source.runtimeKeys()) this.queue.add(key);
  }

  private forgetKey(key: string, uid?: string) {
    this.actedOn.delete(key);
    if (uid) this.reported.delete(uid);
    if (uid) this.reportedFindings.delete(uid);
    this.stuck.delete(key);
  }

  private updateStuckGauge() {
    const counts = new Map<string, number>();
    // One series per mode: a Workflow with two modes counts under each.
    for (const modes of this.stuck.values())
      for (const mode of modes.split(',')) counts.set(mode, (counts.get(mode) ?? 0) + 1);
    if (this.orphanWorkflows.size > 0) counts.set('RUN-06', this.orphanWorkflows.size);
    this.metrics.stuck.reset();
    for (const [mode, n] of counts) this.metrics.stuck.set({ mode }, n);
  }

  /** One key: the leader gate, the own-write gate, then `reconcileOnce`, its result mapped to the queue. */
  private async reconcile(key: string): Promise<void> {
    if (!this.isLeader || this.abort.signal.aborted) return;
    const version = this.source.version(key);
    if (version !== undefined && this.actedOn.get(key) === version) return; // our own write is on its way back
    const end = this.metrics.reconcileDuration.startTimer();
    try {
      const r = await reconcileOnce(this.source, key, this.context);
      const v = r.verdict;
      if (v) this.reported.set(v.workflow.uid, signature(v));
      if (r.findings !== undefined && r.uid) {
        if (r.findings.length === 0 || r.outcome === 'dry-run') this.reportedFindings.delete(r.uid);
        else this.reportedFindings.set(r.uid, new Map(r.findings.map((f) => [f.mode, f.reason])));
      }
      if (r.outcome === 'gone') this.forgetKey(key, v?.workflow.uid);
      else if (r.findings !== undefined && r.findings.length > 0)
        this.stuck.set(key, r.findings.map((f) => f.mode).join(','));
      else if (r.stuck) this.stuck.set(key, v?.modes.join(',') || v?.kind || r.outcome);
      else this.stuck.delete(key);
      if (r.outcome === 'released' || r.outcome === 'force-released' || r.outcome === 'ignored')
        this.reported.delete(v?.workflow.uid ?? '');
      const uid = v?.workflow.uid ?? r.uid;
      if (r.wrote && uid !== undefined) {
        if (version !== undefined) this.actedOn.set(key, version);
        this.record({
          key,
          uid,
          outcome: r.outcome,
          at: Date.now(),
          identity: this.identity,
        });
      }
      this.queue.apply(key, r.result);
    } finally {
      end();
      this.updateStuckGauge();
    }
  }

  private record(r: ActionRecord) {
    this.actions.push(r);
    if (this.actions.length > 10_000) this.actions.splice(0, this.actions.length - 10_000);
    for (const l of this.listeners) l(r);
  }
}

/** RUN-06: how often `watch` lists the terminating Workflow pods by default. */
export const POD_ORPHAN_SCAN_MS = 5 * 60_000;

/** A refusal is reported again only when this changes. */
function signature(v: Verdict): string {
  return `${v.kind}|${v.modes.join(',')}|${v.safety}|${v.unproven.length}`;
}
