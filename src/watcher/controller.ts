/**
 * `argo-guard watch`: informers on Workflows, artifact-GC pods and WorkflowArtifactGCTasks, a work
 * queue keyed by `namespace/name`, and the snapshot -> diagnose -> act reconcile. Watch events are
 * acted on as they arrive (no resync wait); timers handle grace and force-after expiry. Only the
 * Lease holder acts; other replicas keep their caches warm and take over on leadership.
 */
import { hostname } from 'node:os';
import { act, type Outcome } from './act';
import { diagnose } from './diagnose';
import { Informer } from './informer';
import { isTransient, paths } from './kube';
import { LeaderElector } from './leader';
import { Ledger } from './ledger';
import { Metrics } from './metrics';
import { isObject } from './nodes';
import type { ReleaseOptions } from './options';
import { WorkQueue } from './queue';
import { WATCHER_LEASE_NAME } from './rbac';
import { needsDetail, trimPod, trimTask, trimWorkflow } from './trim';
import { GC_POD_SELECTOR, type Json, LABEL_WORKFLOW, type Verdict } from './types';

export interface WatcherOptions extends ReleaseOptions {
  /** @default hostname-pid */
  readonly identity?: string;
  /** @default true */
  readonly leaderElection?: boolean;
  readonly leaseName?: string;
  readonly leaseDurationMs?: number;
  readonly renewDeadlineMs?: number;
  readonly retryPeriodMs?: number;
  readonly relabelWaitMs?: number;
  /** Parallel reconciles. @default 4 */
  readonly concurrency?: number;
  /** Test hook: runs between the decision and the action (to make a concurrent change). */
  readonly beforeAct?: (v: Verdict, attempt: number) => Promise<void>;
}

export interface ActionRecord {
  readonly key: string;
  readonly uid: string;
  readonly outcome: Outcome;
  readonly at: number;
  readonly identity: string;
}

/** Outcomes that changed something (and emitted an Event). */
const WRITES: readonly Outcome[] = ['released', 'force-released', 'terminated', 'relabeled'];

export class WatcherController {
  readonly metrics: Metrics;
  readonly identity: string;
  readonly workflows: Informer;
  readonly pods: Informer;
  readonly tasks: Informer;
  /** Every write this replica made, in order (bounded), for tests and the benchmark. */
  readonly actions: ActionRecord[] = [];
  private readonly queue: WorkQueue;
  private readonly elector?: LeaderElector;
  private readonly ledger: Ledger;
  private readonly abort = new AbortController();
  private running: Promise<unknown>[] = [];
  /** The resourceVersion this replica last wrote to, per key: do not act again until the cache has seen newer. */
  private readonly actedOn = new Map<string, string>();
  /** Per uid, the last refusal reported, so a refusal is reported once and not on every event. */
  private readonly reported = new Map<string, string>();
  /** Stuck Workflows by key, with their modes, for the gauge. */
  private readonly stuck = new Map<string, string>();
  private readonly listeners: ((r: ActionRecord) => void)[] = [];

  constructor(private readonly o: WatcherOptions) {
    this.metrics = o.metrics ?? new Metrics();
    this.metrics.bindRequestCounts(() => o.api.counts);
    this.identity = o.identity ?? `${hostname()}-${process.pid}`;
    this.ledger = new Ledger(o.api, o.ownNamespace);
    const log = o.log;
    this.workflows = new Informer({
      name: 'workflows',
      api: o.api,
      path: paths.workflows,
      namespaces: o.namespaces,
      labelSelector: o.selector,
      transform: trimWorkflow,
      log,
      metrics: this.metrics,
    });
    this.pods = new Informer({
      name: 'pods',
      api: o.api,
      path: paths.pods,
      namespaces: o.namespaces,
      labelSelector: GC_POD_SELECTOR,
      transform: trimPod,
      indexBy: (p) =>
        p.metadata?.labels?.[LABEL_WORKFLOW]
          ? `${p.metadata.namespace}/${p.metadata.labels[LABEL_WORKFLOW]}`
          : undefined,
      log,
      metrics: this.metrics,
    });
    this.tasks = new Informer({
      name: 'workflowartifactgctasks',
      api: o.api,
      path: paths.tasks,
      namespaces: o.namespaces,
      transform: trimTask,
      indexBy: (t) => taskOwnerKey(t),
      log,
      metrics: this.metrics,
    });
    this.queue = new WorkQueue(
      (key) => this.reconcile(key),
      o.concurrency ?? 4,
      (key, err) => {
        log.warn('reconcile failed; retrying with backoff', { key, error: err as Error });
        this.queue.addRateLimited(key);
      },
    );
    this.workflows.on('add', (wf) => this.onWorkflow(wf));
    this.workflows.on('update', (wf) => this.onWorkflow(wf));
    this.workflows.on('delete', (wf) => this.forgetKey(keyOf(wf), wf.metadata?.uid));
    const owner = (p: Json) => {
      const wfName = p.metadata?.labels?.[LABEL_WORKFLOW];
      if (wfName) this.enqueueIfCandidate(`${p.metadata.namespace}/${wfName}`);
    };
    for (const e of ['add', 'update', 'delete'] as const) {
      this.pods.on(e, owner);
      this.tasks.on(e, (t) => {
        const k = taskOwnerKey(t);
        if (k) this.enqueueIfCandidate(k);
      });
    }
    if (o.leaderElection !== false) {
      this.elector = new LeaderElector({
        api: o.api,
        namespace: o.ownNamespace,
        name: o.leaseName ?? WATCHER_LEASE_NAME,
        identity: this.identity,
        leaseDurationMs: o.leaseDurationMs,
        renewDeadlineMs: o.renewDeadlineMs,
        retryPeriodMs: o.retryPeriodMs,
        log,
        onChange: (leading) => {
          this.metrics.leader.set(leading ? 1 : 0);
          if (leading) this.enqueueAll();
        },
      });
    } else this.metrics.leader.set(1);
  }

  get isLeader(): boolean {
    return this.elector ? this.elector.isLeader : true;
  }

  get ready(): boolean {
    return this.workflows.synced && this.pods.synced && this.tasks.synced;
  }

  get healthy(): boolean {
    // Informers retry forever; a long run of failures means the API server is unreachable.
    return [this.workflows, this.pods, this.tasks].every((i) => i.consecutiveErrors < 20);
  }

  onAction(listener: (r: ActionRecord) => void): void {
    this.listeners.push(listener);
  }

  /** Starts informers and leader election; resolves once the caches are synced. */
  async start(): Promise<void> {
    const signal = this.abort.signal;
    // GC pods and tasks first, so that a Workflow's first decision sees them.
    this.running = [this.pods.run(signal), this.tasks.run(signal), this.workflows.run(signal)];
    if (this.elector) this.running.push(this.elector.run(signal));
    while (!this.ready && !signal.aborted) await new Promise((r) => setTimeout(r, 50));
    this.o.log.info('caches synced', {
      workflows: this.workflows.store.size,
      pods: this.pods.store.size,
      tasks: this.tasks.store.size,
      identity: this.identity,
    });
    this.enqueueAll();
  }

  /** Graceful shutdown: stop watching, finish in-flight reconciles, give up the Lease. */
  async stop(): Promise<void> {
    this.abort.abort();
    await this.queue.shutdown();
    await this.elector?.release();
    await Promise.allSettled(this.running);
    this.o.api.close();
  }

  /** Resolves when the queue is empty and nothing is in flight. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  private onWorkflow(wf: Json) {
    const key = keyOf(wf);
    if (needsDetail(wf) || this.stuck.has(key)) this.queue.add(key);
  }

  private enqueueIfCandidate(key: string) {
    const wf = this.workflows.store.get(key);
    if (wf && needsDetail(wf)) this.queue.add(key);
  }

  private enqueueAll() {
    for (const [key, wf] of this.workflows.store) if (needsDetail(wf)) this.queue.add(key);
  }

  private forgetKey(key: string, uid?: string) {
    this.actedOn.delete(key);
    if (uid) this.reported.delete(uid);
    this.stuck.delete(key);
    this.updateStuckGauge();
  }

  private updateStuckGauge() {
    const counts = new Map<string, number>();
    for (const modes of this.stuck.values()) counts.set(modes, (counts.get(modes) ?? 0) + 1);
    this.metrics.stuck.reset();
    for (const [mode, n] of counts) this.metrics.stuck.set({ mode }, n);
  }

  /** The versions of everything a decision reads: a write to any of them makes the decision stale. */
  private snapshotVersion(key: string, wf: Json): string {
    const rvs = [...this.pods.byIndex(key), ...this.tasks.byIndex(key)].map(
      (o) => o.metadata?.resourceVersion,
    );
    return [wf.metadata?.resourceVersion, ...rvs.sort()].join(',');
  }

  private snapshotFor(key: string, wf: Json) {
    return {
      workflow: wf,
      pods: this.pods.byIndex(key),
      tasks: this.tasks.byIndex(key),
      facts: this.o.facts,
    };
  }

  private async reconcile(key: string): Promise<void> {
    if (!this.isLeader || this.abort.signal.aborted) return;
    let wf = this.workflows.store.get(key);
    if (!wf || !needsDetail(wf)) {
      this.forgetKey(key, wf?.metadata?.uid);
      return;
    }
    let rv = this.snapshotVersion(key, wf);
    if (this.actedOn.get(key) === rv) return; // our own write is on its way back through the watch
    const end = this.metrics.reconcileDuration.startTimer();
    const now = this.o.now ?? Date.now;
    try {
      for (let attempt = 0; attempt < 4; attempt++) {
        const v = diagnose(this.snapshotFor(key, wf), {
          now: now(),
          graceMs: this.o.graceMs,
          policy: this.o.policy,
          relabelWaitMs: this.o.relabelWaitMs,
        });
        const signature = `${v.kind}|${v.modes.join(',')}|${v.safety}|${v.unproven.length}`;
        const isNew = this.reported.get(v.workflow.uid) !== signature;
        const pastGrace = v.kind !== 'wait' || v.modes.some((m) => m !== 'GITOPS-02');
        if (v.kind !== 'ignore' && v.kind !== 'release' && pastGrace)
          this.stuck.set(key, v.modes.join(',') || v.kind);
        if (v.plan.length > 0) await this.o.beforeAct?.(v, attempt);
        const result = await act(
          v,
          {
            api: this.o.api,
            ledger: this.ledger,
            dryRun: this.o.dryRun,
            policyText: this.o.policyText,
            log: this.o.log,
            metrics: this.metrics,
            identity: this.identity,
            now,
          },
          { emitRefusal: isNew },
        );
        this.reported.set(v.workflow.uid, signature);
        if (result.outcome === 'conflict') {
          // Someone changed the Workflow between our read and our patch: read it again, decide again.
          const fresh = await this.o.api
            .get(paths.workflow(v.workflow.namespace, v.workflow.name))
            .catch((e) => {
              if (e?.status === 404) return undefined;
              throw e;
            });
          if (!fresh || !needsDetail(fresh)) return this.forgetKey(key, v.workflow.uid);
          wf = trimWorkflow(fresh);
          rv = this.snapshotVersion(key, wf);
          continue;
        }
        if (WRITES.includes(result.outcome)) {
          this.actedOn.set(key, rv);
          this.record({
            key,
            uid: v.workflow.uid,
            outcome: result.outcome,
            at: now(),
            identity: this.identity,
          });
          // If the watch never shows our write (lost event), look again later anyway.
          this.queue.addAfter(key, 30_000);
        }
        if (result.outcome === 'released' || result.outcome === 'force-released') this.stuck.delete(key);
        if (v.requeueAfterMs !== undefined) this.queue.addAfter(key, v.requeueAfterMs);
        this.queue.forget(key);
        return;
      }
      this.queue.addRateLimited(key);
    } catch (err) {
      if (!isTransient(err)) this.o.log.error('reconcile failed', { key, error: err as Error });
      throw err;
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

function keyOf(obj: Json): string {
  return `${obj?.metadata?.namespace ?? ''}/${obj?.metadata?.name ?? ''}`;
}

function taskOwnerKey(t: Json): string | undefined {
  const refs = t?.metadata?.ownerReferences;
  if (!Array.isArray(refs)) return undefined;
  const owner = refs.find((r: Json) => isObject(r) && r.kind === 'Workflow');
  return owner ? `${t.metadata.namespace}/${owner.name}` : undefined;
}
