/**
 * An in-memory `SnapshotSource` (our own interface, src/watcher/source.ts) for unit tests of the
 * controller, sweep, requeue, conflict and leader-gate paths. It keeps the interface's contract:
 * conditional writes throw ConflictError when the object's resourceVersion moved, writes to a
 * missing object throw GoneError, a Workflow whose last finalizer goes while it is deleted
 * disappears. The Kubernetes implementation of the same contract is tested against the real API
 * server (test/e2e/watcher.test.ts).
 */

import { ARTIFACT_GC_FINALIZER, LABEL_WORKFLOW, POD_STATUS_FINALIZER } from '../../src/argo/metadata';
import { ownerOf } from '../../src/watcher/kube-source';
import type { LedgerEntry } from '../../src/watcher/ledger';
import { ownedBy } from '../../src/watcher/nodes';
import {
  isStatusFinalizerPod,
  type PodOrphanSource,
  type PodOwner,
  type PodRef,
} from '../../src/watcher/pod-orphans';
import { type HolderState, lockHolderKeys, runtimeCandidate } from '../../src/watcher/runtime';
import {
  ConflictError,
  eventName,
  GoneError,
  keyOf,
  LedgerFullError,
  type SourceSnapshot,
  type SweepPage,
  type SweepSource,
  type WatchSource,
  type WorkflowEvent,
} from '../../src/watcher/source';
import { ANNOTATION_RELABELED_AT, type WorkflowRef } from '../../src/watcher/types';

export interface StoredEvent extends WorkflowEvent {
  readonly name: string;
  count: number;
}

export class MemorySource implements WatchSource, SweepSource, PodOrphanSource {
  readonly workflows = new Map<string, any>();
  readonly pods = new Map<string, any>();
  readonly tasks = new Map<string, any>();
  readonly events = new Map<string, StoredEvent>();
  readonly ledger = new Map<string, LedgerEntry>();
  /** Every write, in order: `release ns/name`, `terminate ns/name`, `resume ns/name`, `relabel ns/pod`, `ledger uid`. */
  readonly writes: string[] = [];
  /** Entries the ledger takes before it is full. */
  ledgerCapacity = Number.POSITIVE_INFINITY;
  synced = true;
  healthy = true;
  pageSize = 2;
  private rv = 1000;
  private readonly listeners: ((key: string, candidate: boolean, runtime: boolean) => void)[] = [];
  private readonly concurrent: (() => void)[] = [];

  /** `change` runs right before the next write: another writer changing the object in between. */
  interleave(change: () => void): void {
    this.concurrent.push(change);
  }

  putWorkflow(wf: any): void {
    const copy = structuredClone(wf);
    copy.metadata.resourceVersion = String(++this.rv);
    this.workflows.set(keyOf(copy), copy);
    this.notify(keyOf(copy));
  }

  /** Changes a stored Workflow as another writer would (a new resourceVersion). */
  update(key: string, change: (wf: any) => void): void {
    const wf = this.workflows.get(key);
    change(wf);
    wf.metadata.resourceVersion = String(++this.rv);
    this.notify(key);
  }

  /** Another writer deletes a Workflow that holds no finalizer: it is gone at once. */
  removeWorkflow(key: string): void {
    this.workflows.delete(key);
    this.notify(key);
  }

  putPod(pod: any): void {
    const copy = structuredClone(pod);
    copy.metadata.resourceVersion = String(++this.rv);
    this.pods.set(keyOf(copy), copy);
    const wf = copy.metadata.labels?.[LABEL_WORKFLOW];
    if (wf) this.notify(`${copy.metadata.namespace}/${wf}`);
  }

  putTask(task: any): void {
    const copy = structuredClone(task);
    copy.metadata.resourceVersion = String(++this.rv);
    this.tasks.set(keyOf(copy), copy);
    const owner = copy.metadata.ownerReferences?.find((r: any) => r.kind === 'Workflow');
    if (owner) this.notify(`${copy.metadata.namespace}/${owner.name}`);
  }

  eventsFor(name: string): StoredEvent[] {
    return [...this.events.values()].filter((e) => e.workflow.name === name);
  }

  // --- SnapshotSource ---

  async snapshot(key: string): Promise<SourceSnapshot | undefined> {
    const wf = this.workflows.get(key);
    if (!wf) return undefined;
    const { namespace, name, uid } = wf.metadata;
    const holders: Record<string, HolderState> = {};
    for (const h of lockHolderKeys(wf)) {
      const held = this.workflows.get(h);
      holders[h] = held ? { phase: held.status?.phase ?? '', finishedAt: held.status?.finishedAt } : 'gone';
    }
    const pendingPods = [...this.pods.values()].filter(
      (p) =>
        p.metadata.namespace === namespace &&
        p.metadata.labels?.[LABEL_WORKFLOW] === name &&
        p.status?.phase === 'Pending',
    );
    return structuredClone({
      workflow: wf,
      holders,
      pendingPods,
      pods: [...this.pods.values()].filter(
        (p) => p.metadata.namespace === namespace && p.metadata.labels?.[LABEL_WORKFLOW] === name,
      ),
      tasks: [...this.tasks.values()].filter(
        (t) => t.metadata.namespace === namespace && ownedBy(t, uid, name),
      ),
    });
  }

  async releaseFinalizer(ref: WorkflowRef, index: number): Promise<void> {
    const wf = this.current(ref);
    if (wf.metadata.finalizers?.[index] !== ARTIFACT_GC_FINALIZER)
      throw new ConflictError(`finalizer ${index} is not ${ARTIFACT_GC_FINALIZER}`);
    this.writes.push(`release ${ref.namespace}/${ref.name}`);
    wf.metadata.finalizers.splice(index, 1);
    const key = `${ref.namespace}/${ref.name}`;
    if (wf.metadata.finalizers.length === 0 && wf.metadata.deletionTimestamp) this.workflows.delete(key);
    else wf.metadata.resourceVersion = String(++this.rv);
    this.notify(key);
  }

  async terminate(ref: WorkflowRef): Promise<void> {
    const wf = this.current(ref);
    this.writes.push(`terminate ${ref.namespace}/${ref.name}`);
    wf.spec.shutdown = 'Terminate';
    wf.metadata.resourceVersion = String(++this.rv);
    this.notify(`${ref.namespace}/${ref.name}`);
  }

  async resume(ref: WorkflowRef): Promise<void> {
    const wf = this.current(ref);
    this.writes.push(`resume ${ref.namespace}/${ref.name}`);
    wf.spec.suspend = false;
    wf.metadata.resourceVersion = String(++this.rv);
    this.notify(`${ref.namespace}/${ref.name}`);
  }

  async relabelPod(namespace: string, pod: string, label: string, value: string, at: string): Promise<void> {
    this.runConcurrent();
    const p = this.pods.get(`${namespace}/${pod}`);
    if (!p) throw new GoneError(`pod ${namespace}/${pod}`);
    this.writes.push(`relabel ${namespace}/${pod}`);
    p.metadata.labels = { ...p.metadata.labels, [label]: value };
    p.metadata.annotations = { ...p.metadata.annotations, [ANNOTATION_RELABELED_AT]: at };
    this.putPod(p);
  }

  // --- PodOrphanSource (RUN-06) ---

  async *statusFinalizerPods(): AsyncGenerator<any[]> {
    const found = [...this.pods.values()]
      .filter(isStatusFinalizerPod)
      .sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
    for (let i = 0; i < found.length; i += this.pageSize)
      yield structuredClone(found.slice(i, i + this.pageSize));
  }

  async readPod(namespace: string, name: string): Promise<any> {
    const p = this.pods.get(`${namespace}/${name}`);
    return p === undefined ? undefined : structuredClone(p);
  }

  async podOwner(pod: any): Promise<PodOwner> {
    const wf = this.workflows.get(`${pod.metadata.namespace}/${pod.metadata.labels?.[LABEL_WORKFLOW]}`);
    return wf ? ownerOf(wf) : { state: 'gone' };
  }

  async releasePodFinalizer(ref: PodRef, index: number): Promise<void> {
    this.runConcurrent();
    const key = `${ref.namespace}/${ref.name}`;
    const p = this.pods.get(key);
    if (!p) throw new GoneError(`pod ${key}`);
    if (p.metadata.resourceVersion !== ref.resourceVersion)
      throw new ConflictError(`resourceVersion is ${p.metadata.resourceVersion}, not ${ref.resourceVersion}`);
    if (p.metadata.finalizers?.[index] !== POD_STATUS_FINALIZER)
      throw new ConflictError(`finalizer ${index} is not ${POD_STATUS_FINALIZER}`);
    this.writes.push(`release-pod ${key}`);
    p.metadata.finalizers.splice(index, 1);
    // A terminating pod without finalizers is gone (the kubelet part is not modelled).
    if (p.metadata.finalizers.length === 0 && p.metadata.deletionTimestamp) this.pods.delete(key);
    else p.metadata.resourceVersion = String(++this.rv);
  }

  async recordLeak(entry: LedgerEntry): Promise<'written' | 'exists'> {
    if (this.ledger.has(entry.workflow.uid)) return 'exists';
    if (this.ledger.size >= this.ledgerCapacity) throw new LedgerFullError('the leak ledger is full');
    this.writes.push(`ledger ${entry.workflow.uid}`);
    this.ledger.set(entry.workflow.uid, entry);
    return 'written';
  }

  async event(e: WorkflowEvent): Promise<void> {
    const name = eventName(e.workflow, e.reason);
    const old = this.events.get(name);
    if (old) this.events.set(name, { ...old, ...e, name, count: old.count + 1 });
    else this.events.set(name, { ...e, name, count: 1 });
  }

  // --- SweepSource ---

  async *pages(isCandidate: (wf: any) => boolean): AsyncGenerator<SweepPage> {
    const all = [...this.workflows.keys()].sort();
    for (let i = 0; i < all.length; i += this.pageSize) {
      const keys = all.slice(i, i + this.pageSize);
      yield { scanned: keys.length, keys: keys.filter((k) => isCandidate(this.workflows.get(k))) };
    }
  }

  // --- WatchSource ---

  run(signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      if (signal.aborted) resolve();
      signal.addEventListener('abort', () => resolve());
    });
  }

  *candidates(): Iterable<string> {
    for (const [key, wf] of this.workflows) if (isCandidate(wf)) yield key;
  }

  *runtimeKeys(): Iterable<string> {
    for (const [key, wf] of this.workflows) if (runtimeCandidate(wf)) yield key;
  }

  onChange(listener: (key: string, candidate: boolean, runtime: boolean) => void): void {
    this.listeners.push(listener);
  }

  version(key: string): string | undefined {
    const wf = this.workflows.get(key);
    if (!wf) return undefined;
    const { namespace, name } = wf.metadata;
    const rvs = [...this.pods.values(), ...this.tasks.values()]
      .filter((o) => o.metadata.namespace === namespace)
      .filter((o) => o.metadata.labels?.[LABEL_WORKFLOW] === name || ownedBy(o, wf.metadata.uid, name))
      .map((o) => o.metadata.resourceVersion)
      .sort();
    return [wf.metadata.resourceVersion, ...rvs].join(',');
  }

  private notify(key: string) {
    const wf = this.workflows.get(key);
    for (const l of this.listeners)
      l(key, wf !== undefined && isCandidate(wf), wf === undefined || runtimeCandidate(wf));
  }

  private runConcurrent() {
    for (const change of this.concurrent.splice(0)) change();
  }

  /** The stored Workflow at `ref`'s version; the interface's precondition. */
  private current(ref: WorkflowRef): any {
    this.runConcurrent();
    const wf = this.workflows.get(`${ref.namespace}/${ref.name}`);
    if (!wf) throw new GoneError(`${ref.namespace}/${ref.name}`);
    if (wf.metadata.resourceVersion !== ref.resourceVersion)
      throw new ConflictError(
        `resourceVersion is ${wf.metadata.resourceVersion}, not ${ref.resourceVersion}`,
      );
    return wf;
  }
}

function isCandidate(wf: any): boolean {
  return !!wf.metadata.deletionTimestamp && (wf.metadata.finalizers ?? []).includes(ARTIFACT_GC_FINALIZER);
}
