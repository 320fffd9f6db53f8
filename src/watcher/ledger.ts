/**
 * The leak ledger: every artifact location a forced release leaves behind, recorded durably before
 * the finalizer goes (an Event expires; a ConfigMap does not). One ConfigMap per Workflow namespace,
 * `argo-guard-leak-ledger-<namespace>`, in the watcher's own namespace; one data key per Workflow uid
 * holding a JSON entry. Append-only and idempotent: an existing entry is never rewritten.
 */
import { ApiError, type KubeApi, paths } from './kube';
import { LEDGER_CONFIGMAP_PREFIX } from './rbac';
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

export function ledgerName(workflowNamespace: string): string {
  return `${LEDGER_CONFIGMAP_PREFIX}-${workflowNamespace}`;
}

export class Ledger {
  constructor(
    private readonly api: KubeApi,
    /** The watcher's own namespace. */
    readonly namespace: string,
  ) {}

  /** Writes the entry unless one exists for this uid. Throws when it cannot be written: then nothing may be released. */
  async record(entry: LedgerEntry): Promise<'written' | 'exists'> {
    const name = ledgerName(entry.workflow.namespace);
    const key = entry.workflow.uid || `${entry.workflow.namespace}.${entry.workflow.name}`;
    const value = JSON.stringify(entry);
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
      try {
        // resourceVersion makes the merge patch conditional: a concurrent writer means read again.
        await this.api.mergePatch(paths.configmap(this.namespace, name), {
          metadata: { resourceVersion: cm.metadata.resourceVersion },
          data: { [key]: value },
        });
        return 'written';
      } catch (e) {
        if (e instanceof ApiError && e.status === 409) continue;
        throw e;
      }
    }
    throw new Error(`ledger ${this.namespace}/${name}: too many concurrent changes`);
  }

  /** Every entry recorded for Workflows of `workflowNamespace`. */
  async entries(workflowNamespace: string): Promise<LedgerEntry[]> {
    try {
      const cm = await this.api.get(paths.configmap(this.namespace, ledgerName(workflowNamespace)));
      return Object.values((cm.data ?? {}) as Record<string, string>).map(
        (v) => JSON.parse(v) as LedgerEntry,
      );
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) return [];
      throw err;
    }
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
