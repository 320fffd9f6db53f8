/**
 * `argo-guard sweep`: one pass over the cluster. Workflows are listed page by page (`limit` +
 * `continue`) and each page is decided and acted on before the next is fetched, so memory stays
 * flat in the number of Workflows. For each candidate (deleted, holding our finalizer) it reads the
 * GC pods and tasks, diagnoses, acts, and on a failed JSON-patch `test` reads again and decides again.
 */
import { act, type Outcome } from './act';
import { diagnose } from './diagnose';
import { ApiError, backoffMs, isTransient, paths, sleep } from './kube';
import { Ledger } from './ledger';
import { ownedBy } from './nodes';
import type { ReleaseOptions } from './options';
import { needsDetail } from './trim';
import { GC_POD_SELECTOR, type Json, LABEL_WORKFLOW, type ModeId, type Verdict } from './types';

export interface SweepOptions extends ReleaseOptions {
  readonly identity: string;
  /** @default 500 */
  readonly pageSize?: number;
  /** Called after each page of Workflows is done (the benchmark measures retained memory here). */
  readonly onPage?: (page: number) => void;
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
  readonly outcomes: Partial<Record<Outcome | 'error', number>>;
  /** Workflows still stuck after the pass (past the grace period and not released). */
  readonly stuck: SweepItem[];
  readonly pages: number;
  readonly seconds: number;
}

/** Outcomes after which the Workflow is no longer stuck on our finalizer. */
const CLEARED: readonly string[] = ['released', 'force-released', 'gone', 'ignored'];

export async function sweep(o: SweepOptions): Promise<SweepSummary> {
  const started = Date.now();
  const ledger = new Ledger(o.api, o.ownNamespace);
  const outcomes: Partial<Record<Outcome | 'error', number>> = {};
  const stuck: SweepItem[] = [];
  let scanned = 0;
  let candidates = 0;
  let pages = 0;
  const scopes = o.namespaces && o.namespaces.length > 0 ? o.namespaces : [undefined];
  for (const ns of scopes) {
    let cont: string | undefined;
    do {
      const page = await retrying(o, () =>
        o.api.list(paths.workflows(ns), {
          limit: o.pageSize ?? 500,
          continue: cont,
          labelSelector: o.selector,
        }),
      );
      pages++;
      // GC pods and tasks are read once per namespace per page (only where the page has candidates),
      // not once per Workflow: a page of 500 costs at most two extra LISTs per namespace.
      const gcObjects = new Map<string, Promise<{ pods: Json[]; tasks: Json[] }>>();
      const gcFor = (wfNs: string) => {
        let p = gcObjects.get(wfNs);
        if (!p) {
          p = Promise.all([
            listAll(o, paths.pods(wfNs), GC_POD_SELECTOR),
            listAll(o, paths.tasks(wfNs)),
          ]).then(([pods, tasks]) => ({ pods, tasks }));
          gcObjects.set(wfNs, p);
        }
        return p;
      };
      for (const wf of page.items ?? []) {
        scanned++;
        if (!needsDetail(wf)) continue;
        candidates++;
        const item = await one(o, ledger, wf, await gcFor(wf.metadata.namespace));
        outcomes[item.outcome] = (outcomes[item.outcome] ?? 0) + 1;
        const withinGrace = item.verdict === 'wait' && item.modes.every((m) => m === 'GITOPS-02');
        if (!CLEARED.includes(item.outcome) && !withinGrace) stuck.push(item);
      }
      cont = page.metadata?.continue || undefined;
      o.onPage?.(pages);
    } while (cont);
  }
  return { scanned, candidates, outcomes, stuck, pages, seconds: (Date.now() - started) / 1000 };
}

async function one(
  o: SweepOptions,
  ledger: Ledger,
  full: Json,
  prefetched?: { pods: Json[]; tasks: Json[] },
): Promise<SweepItem> {
  let wf = full;
  const ns: string = wf.metadata.namespace;
  let last: Verdict | undefined;
  try {
    for (let attempt = 0; attempt < 4; attempt++) {
      const name: string = wf.metadata.name;
      // First attempt: the page's prefetched objects; after a conflict: read them again.
      const { pods, tasks } =
        attempt === 0 && prefetched
          ? prefetched
          : {
              pods: await listAll(o, paths.pods(ns), `${LABEL_WORKFLOW}=${name},${GC_POD_SELECTOR}`),
              tasks: await listAll(o, paths.tasks(ns)),
            };
      const mine = tasks.filter((t) => ownedBy(t, wf.metadata.uid, name));
      const minePods = pods.filter((p) => p.metadata?.labels?.[LABEL_WORKFLOW] === name);
      const now = o.now ?? Date.now;
      const v = diagnose(
        { workflow: wf, pods: minePods, tasks: mine, facts: o.facts },
        { now: now(), graceMs: o.graceMs, policy: o.policy },
      );
      last = v;
      const r = await act(v, {
        api: o.api,
        ledger,
        dryRun: o.dryRun,
        policyText: o.policyText,
        log: o.log,
        metrics: o.metrics,
        identity: o.identity,
        now,
      });
      if (r.outcome !== 'conflict')
        return { namespace: ns, name, verdict: v.kind, outcome: r.outcome, modes: v.modes, reason: v.reason };
      try {
        wf = await o.api.get(paths.workflow(ns, name));
      } catch (err) {
        if (err instanceof ApiError && err.status === 404)
          return {
            namespace: ns,
            name,
            verdict: v.kind,
            outcome: 'gone',
            modes: v.modes,
            reason: 'deleted meanwhile',
          };
        throw err;
      }
      if (!needsDetail(wf))
        return {
          namespace: ns,
          name,
          verdict: 'ignore',
          outcome: 'ignored',
          modes: [],
          reason: 'released meanwhile',
        };
    }
    return {
      namespace: ns,
      name: wf.metadata.name,
      verdict: last?.kind ?? 'invalid',
      outcome: 'conflict',
      modes: last?.modes ?? [],
      reason: 'kept changing; try again',
    };
  } catch (err) {
    o.log.error('could not handle Workflow', {
      namespace: ns,
      workflow: wf.metadata?.name,
      error: err as Error,
    });
    return {
      namespace: ns,
      name: wf.metadata?.name,
      verdict: last?.kind ?? 'invalid',
      outcome: 'error',
      modes: last?.modes ?? [],
      reason: (err as Error).message,
    };
  }
}

async function listAll(o: SweepOptions, path: string, labelSelector?: string): Promise<Json[]> {
  const out: Json[] = [];
  let cont: string | undefined;
  do {
    const page = await retrying(o, () =>
      o.api.list(path, { limit: o.pageSize ?? 500, continue: cont, labelSelector }),
    );
    out.push(...(page.items ?? []));
    cont = page.metadata?.continue || undefined;
  } while (cont);
  return out;
}

/** Transient API errors back off with jitter; a few attempts, then the error stands. */
async function retrying<T>(o: SweepOptions, fn: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (!isTransient(err) || attempt >= 5) throw err;
      o.metrics?.apiErrors.inc({
        operation: 'sweep',
        code: err instanceof ApiError ? String(err.status) : 'network',
      });
      const wait = backoffMs(attempt, 500, 10_000);
      o.log.warn('API request failed; retrying', { error: err as Error, retryInMs: wait });
      await sleep(wait);
    }
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
  for (const i of s.stuck)
    lines.push(
      `  still stuck: ${i.namespace}/${i.name} [${i.modes.join(',') || i.verdict}] ${i.outcome}: ${i.reason}`,
    );
  if (s.stuck.length === 0) lines.push('nothing left stuck');
  return `${lines.join('\n')}\n`;
}
