/**
 * `argo-guard sweep`: one pass over the cluster. Workflows are listed page by page (`limit` +
 * `continue`) and each page is decided and acted on before the next is fetched, so memory stays
 * flat in the number of Workflows. Each candidate (deleted, holding our finalizer) goes through
 * `reconcileOnce`, the same decide-act-conflict loop as `watch`.
 *
 * Sweep and the `watch` replicas share the leader Lease: sweep takes it when it is free and keeps
 * renewing it while it runs, so only one of them acts at a time. While another holder has it (a
 * running `watch`), or if sweep loses it midway, sweep only reports (changes nothing, writes no Event).
 */

import type { JsonValue } from '../argo/json';
import type { Outcome } from './act';
import { ListSnapshotSource } from './kube-source';
import { LeaderElector } from './leader';
import type { ReleaseOptions } from './options';
import { type PodOrphanResult, scanPodOrphans } from './pod-orphans';
import { WATCHER_LEASE_NAME } from './rbac';
import { isStuck, reconcileContext, reconcileOnce } from './reconcile';
import { RUNTIME_MODES, runtimeCandidate } from './runtime';
import type { SweepSource } from './source';
import { needsDetail } from './trim';
import type { ModeId, Verdict } from './types';

export interface SweepOptions extends ReleaseOptions {
  readonly identity: string;
  /** @default 500 */
  readonly pageSize?: number;
  /** Take the leader Lease, or only report while another holder has it. @default true */
  readonly leaderElection?: boolean;
  /** @default argo-guard-watcher */
  readonly leaseName?: string;
  /** @default 15 s */
  readonly leaseDurationMs?: number;
  /** Where snapshots come from and writes go. @default paged lists on `api` */
  readonly source?: SweepSource;
  /** Who may act. @default the Lease (`leaderElection`), else always */
  readonly leadership?: SweepLeadership;
  /** Called after each page of Workflows is done (the benchmark measures retained memory here). */
  readonly onPage?: (page: number) => void;
}

/** The Lease as sweep uses it: take it once, keep it while running, give it back. */
export interface SweepLeadership {
  acquireOnce(): Promise<{ acquired: true } | { acquired: false; holder: string }>;
  readonly isLeader: boolean;
  run(signal: AbortSignal): Promise<void>;
  release(): Promise<void>;
}

export interface SweepItem {
  readonly namespace: string;
  readonly name: string;
  readonly verdict: Verdict['kind'];
  readonly outcome: Outcome | 'error';
  readonly modes: readonly ModeId[];
  readonly reason: string;
}

export interface SweepSummary {
  readonly scanned: number;
  readonly candidates: number;
  /** Workflows with a runtime finding, by mode (every mode listed, zeros included, when the detectors ran). */
  readonly modes?: Partial<Record<ModeId, number>>;
  readonly outcomes: Partial<Record<Outcome | 'error', number>>;
  /** Workflows still stuck after the pass (past the grace period and not released). */
  readonly stuck: SweepItem[];
  readonly pages: number;
  readonly seconds: number;
  /** Set when another holder had the Lease: this pass only reported. */
  readonly reportOnlyBecause?: string;
}

export async function sweep(o: SweepOptions): Promise<SweepSummary> {
  const started = Date.now();
  const source =
    o.source ??
    (o.api
      ? new ListSnapshotSource({
          api: o.api,
          namespaces: o.namespaces,
          selector: o.selector,
          pageSize: o.pageSize,
          ownNamespace: o.ownNamespace,
          log: o.log,
          metrics: o.metrics,
          pendingPods: o.runtime?.pendingTimeoutMs !== undefined,
        })
      : undefined);
  if (!source) throw new Error('sweep needs an api or a source');
  let leadership = o.leadership;
  if (!leadership && o.leaderElection !== false && o.api)
    leadership = new LeaderElector({
      api: o.api,
      namespace: o.ownNamespace,
      name: o.leaseName ?? WATCHER_LEASE_NAME,
      identity: o.identity,
      leaseDurationMs: o.leaseDurationMs,
      renewDeadlineMs: o.leaseDurationMs === undefined ? undefined : Math.round((o.leaseDurationMs * 2) / 3),
      retryPeriodMs:
        o.leaseDurationMs === undefined ? undefined : Math.max(500, Math.round(o.leaseDurationMs / 7)),
      log: o.log,
      judgeByRenewTime: true,
    });
  let reportOnlyBecause: string | undefined;
  const stopRenewing = new AbortController();
  let renewing: Promise<void> | undefined;
  if (leadership) {
    const got = await leadership.acquireOnce();
    if (got.acquired) renewing = leadership.run(stopRenewing.signal);
    else {
      reportOnlyBecause = `the Lease is held by ${got.holder || 'another replica'}`;
      o.log.info('another replica holds the Lease: reporting only, changing nothing', { holder: got.holder });
    }
  }
  // Without the Lease, nothing is written: not even Events (the holder writes those).
  const mayWrite = () => reportOnlyBecause === undefined && (!leadership || leadership.isLeader);

  const outcomes: Partial<Record<Outcome | 'error', number>> = {};
  const stuck: SweepItem[] = [];
  let scanned = 0;
  let candidates = 0;
  let pages = 0;
  const modes: Partial<Record<ModeId, number>> | undefined = o.runtime
    ? Object.fromEntries(RUNTIME_MODES.map((m) => [m, 0]))
    : undefined;
  const finalizer = new Set<string>();
  const isCandidate = (wf: JsonValue) => {
    if (needsDetail(wf)) {
      finalizer.add(`${wf.metadata.namespace}/${wf.metadata.name}`);
      return true;
    }
    return o.runtime !== undefined && runtimeCandidate(wf);
  };
  try {
    for await (const page of source.pages(isCandidate)) {
      pages++;
      scanned += page.scanned;
      for (const key of page.keys) {
        if (finalizer.delete(key)) candidates++;
        const writes = mayWrite();
        if (!writes && reportOnlyBecause === undefined)
          reportOnlyBecause = 'the Lease was lost during the pass';
        const item = await one(o, source, key, !writes);
        if (item.runtime && item.outcome === 'ignored') continue; // a healthy running Workflow
        outcomes[item.outcome] = (outcomes[item.outcome] ?? 0) + 1;
        if (item.stuck) stuck.push(item.item);
        if (modes && item.runtime) for (const m of item.item.modes) modes[m] = (modes[m] ?? 0) + 1;
      }
      o.onPage?.(pages);
    }
    if (o.runtime) {
      // RUN-06: pods, not Workflows; one item per Workflow that has orphaned pods.
      const writes = mayWrite();
      if (!writes && reportOnlyBecause === undefined)
        reportOnlyBecause = 'the Lease was lost during the pass';
      // A failed pod list must not lose the Workflow results above: it is one error row.
      const scan = await scanPodOrphans(source, {
        settings: {
          graceMs: o.graceMs,
          release: o.runtime.releasePodFinalizers === true,
          argoVersion: o.runtime.argoVersion,
        },
        dryRun: o.dryRun || !writes,
        reportOnly: o.policy.kind === 'report-only',
        log: o.log,
        metrics: o.metrics,
        identity: o.identity,
        now: Date.now,
      }).catch((err): { results: PodOrphanResult[] } => {
        o.log.error('RUN-06: could not list the Workflow pods', { mode: 'RUN-06', error: err as Error });
        return {
          results: [
            {
              pod: '',
              workflow: '/',
              outcome: 'error',
              reason: `could not list the Workflow pods: ${(err as Error).message}`,
            },
          ],
        };
      });
      for (const item of podOrphanItems(scan.results)) {
        outcomes[item.outcome] = (outcomes[item.outcome] ?? 0) + 1;
        if (item.outcome === 'pod-finalizer-released') continue; // no longer stuck
        if (modes) modes['RUN-06'] = (modes['RUN-06'] ?? 0) + 1;
        stuck.push(item);
      }
    }
  } finally {
    stopRenewing.abort();
    await renewing;
    await leadership?.release();
  }
  return {
    scanned,
    candidates,
    ...(modes ? { modes } : {}),
    outcomes,
    stuck,
    pages,
    seconds: (Date.now() - started) / 1000,
    ...(reportOnlyBecause ? { reportOnlyBecause } : {}),
  };
}

/** RUN-06 results as sweep items, one per Workflow; released only when all its pods were. */
function podOrphanItems(results: readonly PodOrphanResult[]): SweepItem[] {
  const byWorkflow = new Map<string, PodOrphanResult[]>();
  for (const r of results) byWorkflow.set(r.workflow, [...(byWorkflow.get(r.workflow) ?? []), r]);
  return [...byWorkflow.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([wf, rs]) => {
      const released = rs.every((r) => r.outcome === 'released');
      const outcome: Outcome | 'error' = released
        ? 'pod-finalizer-released'
        : rs.some((r) => r.outcome === 'error')
          ? 'error'
          : rs.some((r) => r.outcome === 'dry-run')
            ? 'dry-run'
            : rs.some((r) => r.outcome === 'conflict')
              ? 'conflict'
              : 'reported';
      return {
        namespace: wf.slice(0, wf.indexOf('/')),
        name: wf.slice(wf.indexOf('/') + 1),
        verdict: released ? 'release' : 'refuse',
        outcome,
        modes: ['RUN-06'],
        reason: rs
          .map((r) => `RUN-06: ${r.outcome === 'released' ? 'released: ' : ''}${r.reason ?? ''}`)
          .join('; '),
      };
    });
}

async function one(
  o: SweepOptions,
  source: SweepSource,
  key: string,
  reportOnly: boolean,
): Promise<{ item: SweepItem; outcome: Outcome | 'error'; stuck: boolean; runtime?: boolean }> {
  const [namespace, name] = [key.slice(0, key.indexOf('/')), key.slice(key.indexOf('/') + 1)];
  try {
    const r = await reconcileOnce(
      source,
      key,
      reconcileContext(o, { identity: o.identity, dryRun: o.dryRun || reportOnly }),
    );
    const reason =
      r.outcome === 'gone'
        ? 'deleted meanwhile'
        : r.outcome === 'conflict'
          ? 'kept changing; try again'
          : r.findings !== undefined
            ? r.findings.map((f) => `${f.mode}: ${f.reason}`).join('; ')
            : (r.verdict?.reason ?? '');
    return {
      outcome: r.outcome,
      stuck: r.stuck,
      runtime: r.findings !== undefined,
      item: {
        namespace,
        name,
        verdict: r.verdict?.kind ?? (r.findings && r.findings.length > 0 ? 'refuse' : 'ignore'),
        outcome: r.outcome,
        modes: r.findings?.map((f) => f.mode) ?? r.verdict?.modes ?? [],
        reason,
      },
    };
  } catch (err) {
    o.log.error('could not handle Workflow', { namespace, workflow: name, error: err as Error });
    return {
      outcome: 'error',
      stuck: isStuck(undefined, 'error'),
      item: {
        namespace,
        name,
        verdict: 'invalid',
        outcome: 'error',
        modes: [],
        reason: (err as Error).message,
      },
    };
  }
}

export function formatSummary(s: SweepSummary): string {
  const counts = Object.entries(s.outcomes)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const lines = [
    `swept ${s.scanned} Workflows in ${s.pages} pages (${s.seconds.toFixed(1)} s): ${s.candidates} held by the artifact-gc finalizer${counts ? `: ${counts}` : ''}`,
  ];
  if (s.modes)
    lines.push(
      `runtime: ${Object.entries(s.modes)
        .map(([m, n]) => `${m} ${n}`)
        .join(', ')}`,
    );
  for (const i of s.stuck)
    lines.push(
      `  still stuck: ${i.namespace}/${i.name} [${i.modes.join(',') || i.verdict}] ${i.outcome}: ${i.reason}`,
    );
  if (s.reportOnlyBecause) lines.push(`report only, nothing changed: ${s.reportOnlyBecause}`);
  if (s.stuck.length === 0) lines.push('nothing left stuck');
  return `${lines.join('\n')}\n`;
}
