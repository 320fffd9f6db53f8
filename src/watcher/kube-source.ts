/**
 * `SnapshotSource` on the Kubernetes API: the writes (shared), an informer-backed source for `watch`
 * and a paged-list source for `sweep`. Only this file and the informers/ledger/leader speak HTTP.
 */

import { isObject, type JsonValue } from '../argo/json';
import {
  ARGO_API_VERSION,
  ARTIFACT_GC_FINALIZER,
  GC_POD_SELECTOR,
  LABEL_WORKFLOW,
  POD_STATUS_FINALIZER,
} from '../argo/metadata';
import { Informer } from './informer';
import { ApiError, backoffMs, isTransient, type KubeApi, paths, sleep } from './kube';
import { Ledger, type LedgerEntry, type LedgerLimits } from './ledger';
import type { Logger } from './log';
import type { Metrics } from './metrics';
import { ownedBy } from './nodes';
import { isStatusFinalizerPod, type PodOrphanSource, type PodOwner, type PodRef } from './pod-orphans';
import { type HolderState, liveCandidate, lockHolderKeys, podWorkflowKey, runtimeCandidate } from './runtime';
import {
  ConflictError,
  eventName,
  GoneError,
  keyOf,
  type SnapshotSource,
  type SourceSnapshot,
  type SweepPage,
  type SweepSource,
  splitKey,
  type WatchSource,
  type WorkflowEvent,
} from './source';
import { needsDetail, trimPendingPod, trimPod, trimTask, trimWorkflow } from './trim';
import { ANNOTATION_RELABELED_AT, type WorkflowRef } from './types';

export interface KubeWriterOptions {
  readonly api: KubeApi;
  /** The watcher's own namespace (the leak ledger lives there). */
  readonly ownNamespace: string;
  readonly log: Logger;
  readonly metrics?: Metrics;
  readonly ledgerLimits?: LedgerLimits;
  /** Workflow namespaces (RUN-06 lists their pods); empty or undefined: all. */
  readonly namespaces?: readonly string[];
  /** @default 500 */
  readonly pageSize?: number;
}

/** Maps the API's answers to a precondition to the source's errors. */
function preconditioned(err: unknown): never {
  if (err instanceof ApiError && err.status === 404) throw new GoneError(err.message);
  // 409: resourceVersion mismatch; 422 / "test failed": a JSON patch `test` did not hold.
  if (
    err instanceof ApiError &&
    (err.status === 409 || err.status === 422 || /test failed|testing value/i.test(err.message))
  )
    throw new ConflictError(err.message);
  throw err;
}

/** The writes every Kubernetes source makes, and the RUN-06 pod reads. */
export abstract class KubeWriter implements SnapshotSource, PodOrphanSource {
  readonly ledger: Ledger;

  constructor(protected readonly w: KubeWriterOptions) {
    this.ledger = new Ledger(w.api, w.ownNamespace, w.ledgerLimits);
  }

  abstract snapshot(key: string, fresh: boolean): Promise<SourceSnapshot | undefined>;

  async releaseFinalizer(ref: WorkflowRef, index: number): Promise<void> {
    if (!ref.resourceVersion) throw new ConflictError('no resourceVersion to condition the release on');
    const path = `/metadata/finalizers/${index}`;
    // argo-guard's safety rests on this precondition: the decision was made on exactly this version
    // of the Workflow (its status, its finalizers). Anything newer is decided again.
    await this.w.api
      .jsonPatch(paths.workflow(ref.namespace, ref.name), [
        { op: 'test', path: '/metadata/resourceVersion', value: ref.resourceVersion },
        { op: 'test', path, value: ARTIFACT_GC_FINALIZER },
        { op: 'remove', path },
      ])
      .catch(preconditioned);
  }

  async terminate(ref: WorkflowRef): Promise<void> {
    if (!ref.resourceVersion) throw new ConflictError('no resourceVersion to condition the terminate on');
    // A merge patch carrying metadata.resourceVersion is conditional (409 when it changed), so a
    // user's `shutdown: Stop` set after the decision is never overwritten unseen.
    await this.w.api
      .mergePatch(paths.workflow(ref.namespace, ref.name), {
        metadata: { resourceVersion: ref.resourceVersion },
        spec: { shutdown: 'Terminate' },
      })
      .catch(preconditioned);
  }

  async resume(ref: WorkflowRef): Promise<void> {
    if (!ref.resourceVersion) throw new ConflictError('no resourceVersion to condition the resume on');
    // Conditional like terminate: a user who suspends again after the decision is not overridden.
    await this.w.api
      .mergePatch(paths.workflow(ref.namespace, ref.name), {
        metadata: { resourceVersion: ref.resourceVersion },
        spec: { suspend: false },
      })
      .catch(preconditioned);
  }

  async relabelPod(namespace: string, pod: string, label: string, value: string, at: string): Promise<void> {
    await this.w.api
      .mergePatch(paths.pod(namespace, pod), {
        metadata: { labels: { [label]: value }, annotations: { [ANNOTATION_RELABELED_AT]: at } },
      })
      .catch(preconditioned);
  }

  async releasePodFinalizer(ref: PodRef, index: number): Promise<void> {
    if (!ref.resourceVersion) throw new ConflictError('no resourceVersion to condition the release on');
    const path = `/metadata/finalizers/${index}`;
    // Like releaseFinalizer: only the status finalizer, only on the pod version decided on.
    await this.w.api
      .jsonPatch(paths.pod(ref.namespace, ref.name), [
        { op: 'test', path: '/metadata/resourceVersion', value: ref.resourceVersion },
        { op: 'test', path, value: POD_STATUS_FINALIZER },
        { op: 'remove', path },
      ])
      .catch(preconditioned);
  }

  /**
   * RUN-06: the terminating Workflow pods holding the status finalizer, a page at a time. A
   * field selector cannot select on deletionTimestamp, so this lists every Workflow pod (label
   * `workflows.argoproj.io/workflow`) and keeps the few that match, trimmed.
   */
  async *statusFinalizerPods(): AsyncGenerator<JsonValue[]> {
    const scopes = this.w.namespaces && this.w.namespaces.length > 0 ? this.w.namespaces : [undefined];
    for (const ns of scopes) {
      let cont: string | undefined;
      do {
        const page = await this.w.api.list(paths.pods(ns), {
          limit: this.w.pageSize ?? 500,
          continue: cont,
          labelSelector: LABEL_WORKFLOW,
        });
        const found = (page.items ?? []).filter(isStatusFinalizerPod).map(trimPod);
        if (found.length > 0) yield found;
        cont = page.metadata?.continue || undefined;
      } while (cont);
    }
  }

  async readPod(namespace: string, name: string): Promise<JsonValue | undefined> {
    const pod = await this.w.api.get(paths.pod(namespace, name)).catch((e) => {
      if (e instanceof ApiError && e.status === 404) return undefined;
      throw e;
    });
    return pod === undefined ? undefined : trimPod(pod);
  }

  /** The pod's Workflow, read from the API (404: gone; 403: outside our permissions, unknown). */
  async podOwner(pod: JsonValue, _fresh: boolean): Promise<PodOwner> {
    const name = pod?.metadata?.labels?.[LABEL_WORKFLOW];
    if (typeof name !== 'string' || !name) return { state: 'unknown' };
    const wf = await this.w.api.get(paths.workflow(pod.metadata.namespace, name)).catch((e) => {
      if (e instanceof ApiError && e.status === 404) return 'gone' as const;
      if (e instanceof ApiError && e.status === 403) return undefined;
      throw e;
    });
    if (wf === 'gone') return { state: 'gone' };
    return wf === undefined ? { state: 'unknown' } : ownerOf(wf);
  }

  recordLeak(entry: LedgerEntry): Promise<'written' | 'exists'> {
    return this.ledger.record(entry);
  }

  async event(e: WorkflowEvent): Promise<void> {
    const ref = e.workflow;
    const name = eventName(ref, e.reason);
    const message = e.message.length > 1000 ? `${e.message.slice(0, 997)}...` : e.message;
    const body = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name, namespace: ref.namespace },
      involvedObject: {
        apiVersion: ARGO_API_VERSION,
        kind: 'Workflow',
        name: ref.name,
        namespace: ref.namespace,
        uid: ref.uid || undefined,
      },
      reason: e.reason,
      message,
      type: e.type,
      source: { component: 'argo-guard' },
      reportingComponent: 'argo-guard.io/watcher',
      reportingInstance: e.identity,
      firstTimestamp: e.at,
      lastTimestamp: e.at,
      count: 1,
    };
    for (let attempt = 0; ; attempt++) {
      try {
        try {
          await this.w.api.post(paths.events(ref.namespace), body);
          return;
        } catch (err) {
          if (!(err instanceof ApiError && err.status === 409)) throw err;
        }
        // Written before (by this or another replica, this or an earlier run): count the repeat.
        const old = await this.w.api.get(`${paths.events(ref.namespace)}/${name}`);
        await this.w.api.mergePatch(`${paths.events(ref.namespace)}/${name}`, {
          metadata: { resourceVersion: old.metadata?.resourceVersion },
          count: (typeof old.count === 'number' ? old.count : 1) + 1,
          lastTimestamp: e.at,
          message,
          type: e.type,
          reportingInstance: e.identity,
        });
        return;
      } catch (err) {
        this.w.metrics?.apiErrors.inc({
          operation: 'event',
          code: err instanceof ApiError ? String(err.status) : 'network',
        });
        // 409: a concurrent count, 404: it expired between the POST and the GET; both: try again.
        const again = isTransient(err) || (err instanceof ApiError && [404, 409].includes(err.status));
        if (!again || attempt >= 3) throw err;
        await sleep(backoffMs(attempt, 250, 2_000));
      }
    }
  }
}

export interface InformerSourceOptions extends KubeWriterOptions {
  readonly namespaces?: readonly string[];
  readonly selector?: string;
  /** Also cache the Pending pods of every Workflow (RUN-01, `--pending-timeout`). */
  readonly pendingPods?: boolean;
}

/**
 * The source of `watch`: informers on Workflows, artifact-GC pods and WorkflowArtifactGCTasks
 * (trimmed on receipt). Decisions read the caches; after a conflict, the Workflow is read from the API.
 */
export class InformerSnapshotSource extends KubeWriter implements WatchSource {
  readonly workflows: Informer;
  readonly pods: Informer;
  readonly tasks: Informer;
  /** Pending Workflow pods (RUN-01): a pod that starts leaves the selection (a delete event). */
  readonly pendingPods?: Informer;

  constructor(private readonly o: InformerSourceOptions) {
    super(o);
    const common = { api: o.api, namespaces: o.namespaces, log: o.log, metrics: o.metrics };
    this.workflows = new Informer({
      ...common,
      name: 'workflows',
      path: paths.workflows,
      labelSelector: o.selector,
      transform: trimWorkflow,
    });
    this.pods = new Informer({
      ...common,
      name: 'pods',
      path: paths.pods,
      labelSelector: GC_POD_SELECTOR,
      transform: trimPod,
      indexBy: (p) =>
        p.metadata?.labels?.[LABEL_WORKFLOW]
          ? `${p.metadata.namespace}/${p.metadata.labels[LABEL_WORKFLOW]}`
          : undefined,
    });
    this.tasks = new Informer({
      ...common,
      name: 'workflowartifactgctasks',
      path: paths.tasks,
      transform: trimTask,
      indexBy: (t) => taskOwnerKey(t),
    });
    if (o.pendingPods)
      this.pendingPods = new Informer({
        ...common,
        name: 'pending-pods',
        path: paths.pods,
        labelSelector: LABEL_WORKFLOW,
        fieldSelector: 'status.phase=Pending',
        transform: trimPendingPod,
        indexBy: podWorkflowKey,
      });
  }

  private get informers(): Informer[] {
    return [this.workflows, this.pods, this.tasks, ...(this.pendingPods ? [this.pendingPods] : [])];
  }

  run(signal: AbortSignal): Promise<void> {
    // GC pods and tasks first, so that a Workflow's first decision sees them.
    return Promise.all([
      this.pods.run(signal),
      this.tasks.run(signal),
      ...(this.pendingPods ? [this.pendingPods.run(signal)] : []),
      this.workflows.run(signal),
    ]).then(() => undefined);
  }

  get synced(): boolean {
    return this.informers.every((i) => i.synced);
  }

  get healthy(): boolean {
    // Informers retry forever; a long run of failures means the API server is unreachable.
    return this.informers.every((i) => i.consecutiveErrors < 20);
  }

  *candidates(): Iterable<string> {
    for (const [key, wf] of this.workflows.store) if (needsDetail(wf)) yield key;
  }

  *runtimeKeys(): Iterable<string> {
    for (const [key, wf] of this.workflows.store) if (runtimeCandidate(wf)) yield key;
  }

  onChange(listener: (key: string, candidate: boolean, runtime: boolean) => void): void {
    this.workflows.on('add', (wf) => listener(keyOf(wf), needsDetail(wf), runtimeCandidate(wf)));
    this.workflows.on('update', (wf) => listener(keyOf(wf), needsDetail(wf), runtimeCandidate(wf)));
    this.workflows.on('delete', (wf) => listener(keyOf(wf), false, true));
    const owner = (key: string | undefined) => {
      if (!key) return;
      const wf = this.workflows.store.get(key);
      listener(key, wf !== undefined && needsDetail(wf), wf === undefined || runtimeCandidate(wf));
    };
    for (const e of ['add', 'update', 'delete'] as const) {
      this.pods.on(e, (p) => {
        const wfName = p.metadata?.labels?.[LABEL_WORKFLOW];
        owner(wfName ? `${p.metadata.namespace}/${wfName}` : undefined);
      });
      this.tasks.on(e, (t) => owner(taskOwnerKey(t)));
      this.pendingPods?.on(e, (p) => owner(podWorkflowKey(p)));
    }
  }

  version(key: string): string | undefined {
    const wf = this.workflows.store.get(key);
    if (!wf) return undefined;
    const rvs = [
      ...this.pods.byIndex(key),
      ...this.tasks.byIndex(key),
      ...(this.pendingPods?.byIndex(key) ?? []),
    ].map((o) => o.metadata?.resourceVersion);
    return [wf.metadata?.resourceVersion, ...rvs.sort()].join(',');
  }

  async snapshot(key: string, fresh: boolean): Promise<SourceSnapshot | undefined> {
    let wf = this.workflows.store.get(key);
    if (fresh) {
      const { namespace, name } = splitKey(key);
      const read = await this.w.api.get(paths.workflow(namespace, name)).catch((e) => {
        if (e instanceof ApiError && e.status === 404) return undefined;
        throw e;
      });
      wf = read === undefined ? undefined : trimWorkflow(read);
    }
    if (wf === undefined) return undefined;
    const holders: Record<string, HolderState> = {};
    for (const h of lockHolderKeys(wf)) {
      const held = this.workflows.store.get(h);
      if (held) holders[h] = { phase: held.status?.phase ?? '', finishedAt: held.status?.finishedAt };
      else if (this.covers(h)) holders[h] = 'gone';
    }
    return {
      workflow: wf,
      pods: this.pods.byIndex(key),
      tasks: this.tasks.byIndex(key),
      holders,
      ...(this.pendingPods ? { pendingPods: this.pendingPods.byIndex(key) } : {}),
    };
  }

  /** RUN-06: the pod's Workflow from the cache; fresh (after a conflict) from the API. */
  override async podOwner(pod: JsonValue, fresh: boolean): Promise<PodOwner> {
    if (fresh) return super.podOwner(pod, fresh);
    const key = podWorkflowKey(pod);
    if (key === undefined) return { state: 'unknown' };
    const wf = this.workflows.store.get(key);
    if (wf) return ownerOf(wf);
    // Not in the cache: gone only if the cache would hold it; else ask the API.
    return this.covers(key) ? { state: 'gone' } : super.podOwner(pod, true);
  }

  /** Whether the cache would hold this Workflow if it existed (its absence then means gone). */
  private covers(key: string): boolean {
    if (this.o.selector) return false;
    const ns = splitKey(key).namespace;
    return !this.o.namespaces || this.o.namespaces.length === 0 || this.o.namespaces.includes(ns);
  }
}

/** A Workflow as RUN-06 needs it: its ref (for the Event), phase and finish time. */
export function ownerOf(wf: JsonValue): PodOwner {
  return {
    state: 'present',
    ref: {
      namespace: wf.metadata?.namespace ?? '',
      name: wf.metadata?.name ?? '',
      uid: wf.metadata?.uid ?? '',
      resourceVersion: wf.metadata?.resourceVersion,
    },
    phase: wf.status?.phase ?? '',
    finishedAt: wf.status?.finishedAt,
  };
}

function taskOwnerKey(t: JsonValue): string | undefined {
  const refs = t?.metadata?.ownerReferences;
  if (!Array.isArray(refs)) return undefined;
  const owner = refs.find((r: JsonValue) => isObject(r) && r.kind === 'Workflow');
  return owner ? `${t.metadata.namespace}/${owner.name}` : undefined;
}

export interface ListSourceOptions extends KubeWriterOptions {
  readonly namespaces?: readonly string[];
  readonly selector?: string;
  /** @default 500 */
  readonly pageSize?: number;
  /** Also read the Pending pods of the Workflows (RUN-01, `--pending-timeout`). */
  readonly pendingPods?: boolean;
}

/**
 * Reads for `sweep`: Workflows page by page (`limit` + `continue`); GC pods and tasks once per
 * namespace per page (only where the page has candidates), so memory stays flat in the number of
 * Workflows. After a conflict, everything is read again.
 */
export class ListSnapshotSource extends KubeWriter implements SweepSource {
  private page = new Map<string, JsonValue>();
  private gc = new Map<string, Promise<{ pods: JsonValue[]; tasks: JsonValue[] }>>();
  private pending = new Map<string, Promise<JsonValue[]>>();

  constructor(private readonly o: ListSourceOptions) {
    super(o);
  }

  /** Pages of candidate keys; the snapshots of a page are served from the page until the next one. */
  async *pages(isCandidate: (wf: JsonValue) => boolean): AsyncGenerator<SweepPage> {
    const scopes = this.o.namespaces && this.o.namespaces.length > 0 ? this.o.namespaces : [undefined];
    for (const ns of scopes) {
      let cont: string | undefined;
      do {
        const list = await this.retrying(() =>
          this.o.api.list(paths.workflows(ns), {
            limit: this.o.pageSize ?? 500,
            continue: cont,
            labelSelector: this.o.selector,
          }),
        );
        this.page = new Map();
        this.gc = new Map();
        this.pending = new Map();
        const items: JsonValue[] = list.items ?? [];
        for (const wf of items)
          if (isCandidate(wf)) this.page.set(`${wf.metadata.namespace}/${wf.metadata.name}`, wf);
        yield { scanned: items.length, keys: [...this.page.keys()] };
        cont = list.metadata?.continue || undefined;
      } while (cont);
    }
    this.page = new Map();
    this.gc = new Map();
    this.pending = new Map();
  }

  /** The Pending Workflow pods of a namespace, listed once per page (RUN-01). */
  private pendingIn(namespace: string, fresh: boolean): Promise<JsonValue[]> {
    let p = fresh ? undefined : this.pending.get(namespace);
    if (!p) {
      p = this.listAll(paths.pods(namespace), LABEL_WORKFLOW, 'status.phase=Pending');
      this.pending.set(namespace, p);
    }
    return p;
  }

  async snapshot(key: string, fresh: boolean): Promise<SourceSnapshot | undefined> {
    const { namespace, name } = splitKey(key);
    let wf = fresh ? undefined : this.page.get(key);
    let gc: { pods: JsonValue[]; tasks: JsonValue[] };
    if (wf === undefined) {
      wf = await this.o.api.get(paths.workflow(namespace, name)).catch((e) => {
        if (e instanceof ApiError && e.status === 404) return undefined;
        throw e;
      });
      if (wf === undefined) return undefined;
      gc = !needsDetail(wf)
        ? { pods: [], tasks: [] } // only the finalizer decision reads GC pods and tasks
        : {
            pods: await this.listAll(paths.pods(namespace), `${LABEL_WORKFLOW}=${name},${GC_POD_SELECTOR}`),
            tasks: await this.listAll(paths.tasks(namespace)),
          };
    } else gc = needsDetail(wf) ? await this.gcFor(namespace) : { pods: [], tasks: [] };
    const uid = wf.metadata?.uid;
    const holders: Record<string, HolderState> = {};
    for (const h of lockHolderKeys(wf)) {
      const held = await this.o.api
        .get(paths.workflow(splitKey(h).namespace, splitKey(h).name))
        .catch((e) => {
          if (e instanceof ApiError && e.status === 404) return 'gone' as const;
          if (e instanceof ApiError && e.status === 403) return undefined; // outside our permissions: unknown
          throw e;
        });
      if (held === 'gone') holders[h] = 'gone';
      else if (held) holders[h] = { phase: held.status?.phase ?? '', finishedAt: held.status?.finishedAt };
    }
    const pendingPods =
      this.o.pendingPods && liveCandidate(wf)
        ? (await this.pendingIn(namespace, fresh)).filter((p) => podWorkflowKey(p) === key)
        : undefined;
    return {
      workflow: wf,
      holders,
      ...(pendingPods ? { pendingPods } : {}),
      pods: gc.pods.filter((p) => p.metadata?.labels?.[LABEL_WORKFLOW] === name),
      tasks: gc.tasks.filter((t) => ownedBy(t, uid, name)),
    };
  }

  private gcFor(namespace: string) {
    let p = this.gc.get(namespace);
    if (!p) {
      p = Promise.all([
        this.listAll(paths.pods(namespace), GC_POD_SELECTOR),
        this.listAll(paths.tasks(namespace)),
      ]).then(([pods, tasks]) => ({ pods, tasks }));
      this.gc.set(namespace, p);
    }
    return p;
  }

  private async listAll(path: string, labelSelector?: string, fieldSelector?: string): Promise<JsonValue[]> {
    const out: JsonValue[] = [];
    let cont: string | undefined;
    do {
      const page = await this.retrying(() =>
        this.o.api.list(path, {
          limit: this.o.pageSize ?? 500,
          continue: cont,
          labelSelector,
          fieldSelector,
        }),
      );
      out.push(...(page.items ?? []));
      cont = page.metadata?.continue || undefined;
    } while (cont);
    return out;
  }

  /** Transient API errors back off with jitter; a few attempts, then the error stands. */
  private async retrying<T>(fn: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn();
      } catch (err) {
        if (!isTransient(err) || attempt >= 5) throw err;
        this.o.metrics?.apiErrors.inc({
          operation: 'sweep',
          code: err instanceof ApiError ? String(err.status) : 'network',
        });
        const wait = backoffMs(attempt, 500, 10_000);
        this.o.log.warn('API request failed; retrying', { error: err as Error, retryInMs: wait });
        await sleep(wait);
      }
    }
  }
}
