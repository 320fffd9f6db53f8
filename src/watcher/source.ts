/**
 * The watcher's one port to the cluster: `SnapshotSource` reads what a decision needs and performs
 * the few writes an action makes. `reconcileOnce` (reconcile.ts) speaks only to this interface, so
 * `watch` (informer caches) and `sweep` (paged lists) share one decide-act-conflict loop, and unit
 * tests swap in an in-memory source. The Kubernetes implementations live in kube-source.ts.
 *
 * Write semantics every implementation keeps:
 * - a write that was decided on a snapshot is conditional on that snapshot's resourceVersion, and
 *   throws `ConflictError` when the object changed meanwhile (the caller reads again and decides again);
 * - a write to an object that no longer exists throws `GoneError`;
 * - `recordLeak` throws `LedgerFullError` when no ledger shard can take the entry (then nothing may
 *   be force-released), anything else it cannot write is thrown as is.
 */

import type { JsonValue } from '../argo/json';
import type { LedgerEntry } from './ledger';
import type { PodOrphanSource } from './pod-orphans';
import type { HolderState } from './runtime';
import type { WorkflowRef } from './types';

/** What one decision reads (the controller facts come from the configuration, not the source). */
export interface SourceSnapshot {
  readonly workflow: JsonValue;
  readonly pods: readonly JsonValue[];
  readonly tasks: readonly JsonValue[];
  /**
   * The lock holders this Workflow waits behind (`lockHolderKeys`), by Workflow key, as far as the
   * source could tell (SYNC-04); a key left out is unknown.
   */
  readonly holders?: Readonly<Record<string, HolderState>>;
  /** Its Pending pods (RUN-01), when the source was asked to read them. */
  readonly pendingPods?: readonly JsonValue[];
}

/** An Event on a Workflow. Repeats of the same `reason` for the same Workflow are one Event with a count. */
export interface WorkflowEvent {
  readonly workflow: WorkflowRef;
  readonly type: 'Normal' | 'Warning';
  readonly reason: string;
  readonly message: string;
  /** This replica's identity (reportingInstance). */
  readonly identity: string;
  /** ISO time. */
  readonly at: string;
}

export interface SnapshotSource {
  /** The decision input for `namespace/name`; `fresh`: bypass any cache (after a conflict). `undefined`: gone. */
  snapshot(key: string, fresh: boolean): Promise<SourceSnapshot | undefined>;
  /** Removes Argo's artifact-gc finalizer at `index`, if the Workflow is still at `ref.resourceVersion`. */
  releaseFinalizer(ref: WorkflowRef, index: number): Promise<void>;
  /** Sets `spec.shutdown: Terminate`, if the Workflow is still at `ref.resourceVersion`. */
  terminate(ref: WorkflowRef): Promise<void>;
  /** Sets `spec.suspend: false` (RUN-07), if the Workflow is still at `ref.resourceVersion`. */
  resume(ref: WorkflowRef): Promise<void>;
  /** Adds `label=value` and the relabeled-at annotation to a GC pod (lossless and idempotent: unconditional). */
  relabelPod(namespace: string, pod: string, label: string, value: string, at: string): Promise<void>;
  /** Appends to the leak ledger; an existing entry for the same Workflow is kept. */
  recordLeak(entry: LedgerEntry): Promise<'written' | 'exists'>;
  /** Writes the Event, or raises the count of the Event already written for this Workflow and reason. */
  event(e: WorkflowEvent): Promise<void>;
}

/** The object changed between the read a decision was made on and the write: read again, decide again. */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

/** The object is gone. */
export class GoneError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GoneError';
  }
}

/** No ledger shard can take the entry: a forced release must not happen. */
export class LedgerFullError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LedgerFullError';
  }
}

/** `namespace/name` of an object. */
export function keyOf(obj: JsonValue): string {
  return `${obj?.metadata?.namespace ?? ''}/${obj?.metadata?.name ?? ''}`;
}

export function splitKey(key: string): { namespace: string; name: string } {
  const i = key.indexOf('/');
  return { namespace: key.slice(0, i), name: key.slice(i + 1) };
}

/**
 * The stable name of a Workflow's Event for one reason: the same Workflow (uid) and reason always
 * map to the same name, whichever replica or run writes it, so a repeat raises a count instead of
 * adding an Event (Kubernetes' own event correlation does the same per process; this holds across
 * processes). Names stay valid DNS subdomains (at most 253 characters).
 */
export function eventName(ref: WorkflowRef, reason: string): string {
  const base = ref.name.slice(0, 200);
  return `${base}.argo-guard.${fnv32a(`${ref.uid || ref.name}/${reason}`)
    .toString(16)
    .padStart(8, '0')}`;
}

/** FNV-1a, 32 bit. */
function fnv32a(text: string): number {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(text, 'utf8')) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** One page of Workflows: how many were listed and the keys of those that hold our finalizer while deleted. */
export interface SweepPage {
  readonly scanned: number;
  readonly keys: readonly string[];
}

/** A source `sweep` pages through; the snapshots of a page are served from it until the next page. */
export interface SweepSource extends SnapshotSource, PodOrphanSource {
  pages(isCandidate: (workflow: JsonValue) => boolean): AsyncIterable<SweepPage>;
}

/** A source `watch` is fed by: caches kept current by watches, and a change notification per Workflow. */
export interface WatchSource extends SnapshotSource, PodOrphanSource {
  /** Fills and keeps the caches current until `signal` aborts. */
  run(signal: AbortSignal): Promise<void>;
  /** Whether the caches hold a complete initial list. */
  readonly synced: boolean;
  /** False after a long run of failed list/watch calls (for /healthz). */
  readonly healthy: boolean;
  /** Keys of the Workflows a decision may concern now (deleted, holding our finalizer). */
  candidates(): Iterable<string>;
  /** Keys of every cached Workflow a runtime detector may concern (not final, not deleted). */
  runtimeKeys(): Iterable<string>;
  /**
   * `listener(key, candidate, runtime)` for every change of a Workflow, or of a GC pod or task that
   * belongs to it; `candidate`: it is deleted and holds our finalizer; `runtime`: a runtime detector
   * may concern it (`runtimeCandidate`), or it is gone from the cache (what was kept about it can go).
   */
  onChange(listener: (key: string, candidate: boolean, runtime: boolean) => void): void;
  /** The versions of everything a decision on `key` reads: a write to any of them changes it. */
  version(key: string): string | undefined;
}
