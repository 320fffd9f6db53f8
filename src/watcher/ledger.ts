/**
 * The leak ledger: every artifact location a forced release leaves behind, recorded durably before
 * the finalizer goes (an Event expires; a ConfigMap does not). ConfigMaps in the watcher's own
 * namespace, `argo-guard-leak-ledger-<namespace>` for the Workflows of `<namespace>`, then
 * `...-<namespace>-2`, `-3`, ... once a shard holds `shardBytes` (a ConfigMap holds at most 1 MiB,
 * and a write past that is refused with 422). One data key per Workflow uid holding a JSON entry.
 * Append-only and idempotent: an existing entry, in any shard, is never rewritten. When every shard
 * is full the write fails with `LedgerFullError`, and a forced release does not happen.
 */
import { ApiError, type KubeApi, paths } from './kube';
import { LEDGER_CONFIGMAP_PREFIX } from './rbac';
import { LedgerFullError } from './source';
import type { ModeId, PendingArtifact, WorkflowRef } from './types';

export interface LedgerEntry {
  readonly workflow: { namespace: string; name: string; uid: string };
  /** ISO time of the forced release. */
  readonly releasedAt: string;
  readonly deletionTimestamp?: string;
  readonly policy: string;
  readonly modes: readonly ModeId[];
  readonly reason: string;
  readonly artifacts: readonly PendingArtifact[];
}

/** The API server refuses a ConfigMap whose data is larger than 1 MiB; the rest is room for metadata. */
export const LEDGER_SHARD_BYTES = 900 * 1024;
/** Shards per Workflow namespace before the ledger reports itself full. */
export const LEDGER_MAX_SHARDS = 64;

/** The name of shard `shard` (0-based) of the ledger for `workflowNamespace`. */
export function ledgerName(workflowNamespace: string, shard = 0): string {
  return `${LEDGER_CONFIGMAP_PREFIX}-${workflowNamespace}${shard === 0 ? '' : `-${shard + 1}`}`;
}

export function ledgerKey(entry: LedgerEntry): string {
  return entry.workflow.uid || `${entry.workflow.namespace}.${entry.workflow.name}`;
}

/** Bytes a data map takes, as the API server counts them (keys and values). */
export function dataBytes(data: Record<string, string> | undefined): number {
  let n = 0;
  for (const [k, v] of Object.entries(data ?? {})) n += Buffer.byteLength(k) + Buffer.byteLength(v);
  return n;
}

export interface LedgerLimits {
  readonly shardBytes?: number;
  readonly maxShards?: number;
}

export class Ledger {
  private readonly shardBytes: number;
  private readonly maxShards: number;

  constructor(
    private readonly api: KubeApi,
    /** The watcher's own namespace. */
    readonly namespace: string,
    limits: LedgerLimits = {},
  ) {
    this.shardBytes = limits.shardBytes ?? LEDGER_SHARD_BYTES;
    this.maxShards = limits.maxShards ?? LEDGER_MAX_SHARDS;
  }

  /**
   * Writes the entry unless one exists for this uid. Throws when it cannot be written (then nothing
   * may be released): `LedgerFullError` when every shard is full, the API error otherwise.
   */
  async record(entry: LedgerEntry): Promise<'written' | 'exists'> {
    const key = ledgerKey(entry);
    const value = JSON.stringify(entry);
    const size = Buffer.byteLength(key) + Buffer.byteLength(value);
    if (size > this.shardBytes)
      throw new LedgerFullError(`the ledger entry for ${key} is ${size} bytes, more than a shard holds`);
    for (let shard = 0; shard < this.maxShards; shard++) {
      const done = await this.recordIn(ledgerName(entry.workflow.namespace, shard), entry, key, value, size);
      if (done !== 'full') return done;
    }
    throw new LedgerFullError(
      `the leak ledger for namespace ${entry.workflow.namespace} is full (${this.maxShards} ConfigMaps ${ledgerName(entry.workflow.namespace)}[-N] in ${this.namespace}); archive and delete old shards`,
    );
  }

  private async recordIn(
    name: string,
    entry: LedgerEntry,
    key: string,
    value: string,
    size: number,
  ): Promise<'written' | 'exists' | 'full'> {
    for (let attempt = 0; attempt < 10; attempt++) {
      let cm: any;
      try {
        cm = await this.api.get(paths.configmap(this.namespace, name));
      } catch (err) {
        if (!(err instanceof ApiError && err.status === 404)) throw err;
        try {
          await this.api.post(paths.configmaps(this.namespace), {
            apiVersion: 'v1',
            kind: 'ConfigMap',
            metadata: {
              name,
              namespace: this.namespace,
              labels: {
                'app.kubernetes.io/name': 'argo-guard',
                'argo-guard.io/ledger-for': entry.workflow.namespace,
              },
            },
            data: { [key]: value },
          });
          return 'written';
        } catch (e) {
          if (e instanceof ApiError && e.status === 409) continue; // created meanwhile: read it again
          throw e;
        }
      }
      if (cm.data?.[key] !== undefined) return 'exists';
      if (dataBytes(cm.data) + size > this.shardBytes) return 'full';
      try {
        // resourceVersion makes the merge patch conditional: a concurrent writer means read again.
        await this.api.mergePatch(paths.configmap(this.namespace, name), {
          metadata: { resourceVersion: cm.metadata.resourceVersion },
          data: { [key]: value },
        });
        return 'written';
      } catch (e) {
        if (e instanceof ApiError && e.status === 409) continue;
        // Too large after all (metadata grew, or a smaller limit): the next shard.
        if (e instanceof ApiError && (e.status === 422 || e.status === 413)) return 'full';
        throw e;
      }
    }
    throw new Error(`ledger ${this.namespace}/${name}: too many concurrent changes`);
  }

  /** Every entry recorded for Workflows of `workflowNamespace`, over all shards. */
  async entries(workflowNamespace: string): Promise<LedgerEntry[]> {
    const out: LedgerEntry[] = [];
    for (let shard = 0; shard < this.maxShards; shard++) {
      let cm: any;
      try {
        cm = await this.api.get(paths.configmap(this.namespace, ledgerName(workflowNamespace, shard)));
      } catch (err) {
        if (err instanceof ApiError && err.status === 404) break;
        throw err;
      }
      for (const v of Object.values((cm.data ?? {}) as Record<string, string>))
        out.push(JSON.parse(v) as LedgerEntry);
    }
    return out;
  }
}

export function entryFor(
  ref: WorkflowRef,
  deletedAt: number | undefined,
  policy: string,
  modes: readonly ModeId[],
  reason: string,
  artifacts: readonly PendingArtifact[],
  now = Date.now(),
): LedgerEntry {
  return {
    workflow: { namespace: ref.namespace, name: ref.name, uid: ref.uid },
    releasedAt: new Date(now).toISOString(),
    deletionTimestamp: deletedAt === undefined ? undefined : new Date(deletedAt).toISOString(),
    policy,
    modes,
    reason,
    artifacts,
  };
}
