/**
 * reconcileOnce, the controller and sweep on the in-memory SnapshotSource: conflict and re-decide,
 * the requeue mapping, the leader gate, report-only while another holder has the Lease, Event
 * deduplication, and one definition of "stuck" for both commands.
 */
import { describe, expect, it } from 'vitest';
import { ARTIFACT_GC_FINALIZER } from '../../src/argo/metadata';
import type { Leadership } from '../../src/watcher/controller';
import { WorkQueue } from '../../src/watcher/queue';
import { isStuck, reconcileOnce, WRITE_RECHECK_MS } from '../../src/watcher/reconcile';
import { type SweepLeadership, sweep } from '../../src/watcher/sweep';
import { gcPodName, gcTask, workflow } from './fixtures';
import { MemorySource } from './memory-source';
import { memoryController, reconcileContext, sweepOptions } from './unit-options';

const LONG_AGO = new Date(Date.now() - 3600_000).toISOString();
const art = (node: string, name: string) => ({ node, name, strategy: 'OnWorkflowDeletion' });

const deleted = (name: string, extra: Parameters<typeof workflow>[0] | object = {}) =>
  workflow({ name, namespace: 'ns', phase: 'Failed', deletedAt: LONG_AGO, ...extra });

describe('reconcileOnce', () => {
  it('re-decides on a conflict: a pending artifact recorded after the read blocks the release', async () => {
    const source = new MemorySource();
    source.putWorkflow(deleted('w'));
    source.interleave(() =>
      source.update('ns/w', (wf) => {
        wf.status.nodes = workflow({ name: 'w', artifacts: [art('a', 'out')] }).status.nodes;
      }),
    );
    const r = await reconcileOnce(source, 'ns/w', reconcileContext());
    expect(r.outcome).toBe('refused');
    expect(r.verdict?.unproven.map((p) => p.name)).toEqual(['out']);
    expect(source.writes).toEqual([]);
    expect(source.workflows.get('ns/w').metadata.finalizers).toEqual([ARTIFACT_GC_FINALIZER]);
    expect(r.stuck).toBe(true);
  });

  it('a conflict that resolves itself (someone else released it) ends as ignored, not stuck', async () => {
    const source = new MemorySource();
    source.putWorkflow(deleted('w', { finalizers: ['example.com/keep', ARTIFACT_GC_FINALIZER] }));
    source.interleave(() =>
      source.update('ns/w', (wf) => {
        wf.metadata.finalizers = ['example.com/keep'];
      }),
    );
    const r = await reconcileOnce(source, 'ns/w', reconcileContext());
    expect(r).toMatchObject({ outcome: 'ignored', stuck: false, result: {} });
  });

  it('keeps changing: gives up after a few attempts and asks for a rate-limited retry', async () => {
    const source = new MemorySource();
    source.putWorkflow(deleted('w'));
    const churn = () => {
      source.update('ns/w', () => {});
      source.interleave(churn);
    };
    source.interleave(churn);
    const r = await reconcileOnce(source, 'ns/w', reconcileContext());
    expect(r).toMatchObject({ outcome: 'conflict', stuck: true, result: { rateLimited: true } });
    expect(source.writes).toEqual([]);
  });

  it('maps results to the queue: wait -> requeue after, write -> recheck, release -> nothing', async () => {
    const source = new MemorySource();
    source.putWorkflow(
      workflow({ name: 'young', namespace: 'ns', phase: 'Failed', deletedAt: new Date().toISOString() }),
    );
    const young = await reconcileOnce(source, 'ns/young', reconcileContext({ graceMs: 60_000 }));
    expect(young.outcome).toBe('waiting');
    expect(young.stuck).toBe(false); // within grace is not stuck
    expect(young.result.requeueAfterMs).toBeGreaterThan(50_000);
    expect(young.result.requeueAfterMs).toBeLessThanOrEqual(60_000);
    source.putWorkflow(deleted('running', { phase: 'Running' }));
    const running = await reconcileOnce(source, 'ns/running', reconcileContext());
    expect(running).toMatchObject({ outcome: 'terminated', wrote: true, stuck: true });
    expect(running.result.requeueAfterMs).toBe(WRITE_RECHECK_MS);
    source.putWorkflow(deleted('done'));
    const done = await reconcileOnce(source, 'ns/done', reconcileContext());
    expect(done).toMatchObject({
      outcome: 'released',
      stuck: false,
      result: { requeueAfterMs: WRITE_RECHECK_MS },
    });
    expect(await reconcileOnce(source, 'ns/done', reconcileContext())).toMatchObject({
      outcome: 'gone',
      result: {},
    });
  });

  it('one definition of stuck: a dry-run release is still stuck, for watch and sweep alike', async () => {
    const source = new MemorySource();
    source.putWorkflow(deleted('w'));
    const r = await reconcileOnce(source, 'ns/w', reconcileContext({ dryRun: true }));
    expect(r.outcome).toBe('dry-run');
    expect(r.verdict?.kind).toBe('release');
    expect(r.stuck).toBe(true);
    expect(isStuck(r.verdict, 'dry-run')).toBe(true);
    const summary = await sweep({ ...sweepOptions(source), dryRun: true, leaderElection: false });
    expect(summary.stuck.map((s) => s.name)).toEqual(['w']);
    const c = memoryController(source, { dryRun: true });
    await c.start();
    await c.idle();
    expect(c.stuckKeys()).toEqual(['ns/w']);
    await c.stop();
  });

  it('a refusal repeated by runs and replicas is one Event with a count', async () => {
    const source = new MemorySource();
    const wf = deleted('w', { artifacts: [art('a', 'out')], gcError: true });
    source.putWorkflow(wf);
    await reconcileOnce(source, 'ns/w', reconcileContext({ identity: 'replica-a' }));
    await reconcileOnce(source, 'ns/w', reconcileContext({ identity: 'replica-b' }));
    await sweep({ ...sweepOptions(source), leaderElection: false });
    const evs = source.eventsFor('w');
    expect(evs.map((e) => [e.reason, e.count])).toEqual([['ArtifactGCReleaseRefused', 3]]);
    expect(evs[0].identity).toBe('sweep');
  });
});

describe('WatcherController on the in-memory source', () => {
  it('the leader gate: a standby acts on nothing; on becoming leader it acts on what is pending', async () => {
    const source = new MemorySource();
    source.putWorkflow(deleted('w'));
    const lead = manualLeadership(false);
    const c = memoryController(source, { leadership: lead });
    await c.start();
    await c.idle();
    expect(source.writes).toEqual([]);
    lead.become(true);
    await waitUntil(() => source.writes.length > 0);
    await c.idle();
    expect(source.writes).toEqual(['release ns/w']);
    expect(c.actions.map((a) => `${a.key}:${a.outcome}`)).toEqual(['ns/w:released']);
    await c.stop();
  });

  it('acts on changes as they arrive, terminates then releases once final, and forgets what is gone', async () => {
    const source = new MemorySource();
    const c = memoryController(source);
    await c.start();
    source.putWorkflow(deleted('run', { phase: 'Running' }));
    await waitUntil(() => source.workflows.get('ns/run')?.spec.shutdown === 'Terminate');
    expect(c.stuckKeys()).toEqual(['ns/run']);
    source.update('ns/run', (wf) => {
      wf.status.phase = 'Failed';
    });
    await waitUntil(() => !source.workflows.has('ns/run'));
    await c.idle();
    expect(source.writes).toEqual(['terminate ns/run', 'release ns/run']);
    expect(c.stuckKeys()).toEqual([]);
    await c.stop();
  });

  it('requeues a grace-period wait and acts when it expires, with no event in between', async () => {
    const source = new MemorySource();
    const c = memoryController(source, { graceMs: 300 });
    await c.start();
    source.putWorkflow(
      workflow({ name: 'w', namespace: 'ns', phase: 'Failed', deletedAt: new Date().toISOString() }),
    );
    await c.idle();
    expect(source.writes).toEqual([]);
    await waitUntil(() => source.writes.length > 0);
    expect(source.writes).toEqual(['release ns/w']);
    await c.stop();
  });
});

describe('sweep on the in-memory source', () => {
  it('only reports (no write, no Event) while another holder has the Lease', async () => {
    const source = new MemorySource();
    source.putWorkflow(deleted('a'));
    source.putWorkflow(deleted('b', { artifacts: [art('a', 'out')] }));
    const held: SweepLeadership = {
      acquireOnce: async () => ({ acquired: false, holder: 'watch-replica-1' }),
      isLeader: false,
      run: async () => {},
      release: async () => {},
    };
    const summary = await sweep({ ...sweepOptions(source), leadership: held });
    expect(summary.reportOnlyBecause).toBe('the Lease is held by watch-replica-1');
    expect(summary.outcomes).toEqual({ 'dry-run': 2 });
    expect(source.writes).toEqual([]);
    expect(source.events.size).toBe(0);
    expect(summary.stuck.map((s) => s.name).sort()).toEqual(['a', 'b']);
  });

  it('acts while it holds the Lease, stops acting when it loses it midway, and gives it back', async () => {
    const source = new MemorySource();
    source.pageSize = 1;
    for (const n of ['a', 'b', 'c']) source.putWorkflow(deleted(n));
    let leading = true;
    let released = false;
    const lease: SweepLeadership = {
      acquireOnce: async () => ({ acquired: true }),
      get isLeader() {
        return leading;
      },
      run: async () => {},
      release: async () => {
        released = true;
      },
    };
    const summary = await sweep({
      ...sweepOptions(source),
      leadership: lease,
      onPage: (page) => {
        if (page === 1) leading = false;
      },
    });
    expect(source.writes).toEqual(['release ns/a']);
    expect(summary.reportOnlyBecause).toBe('the Lease was lost during the pass');
    expect(summary.stuck.map((s) => s.name)).toEqual(['b', 'c']);
    expect(released).toBe(true);
  });

  it('pages through every Workflow and counts the candidates', async () => {
    const source = new MemorySource();
    source.putWorkflow(workflow({ name: 'alive', namespace: 'ns', phase: 'Running' }));
    source.putWorkflow(deleted('proven', { artifacts: [art('a', 'out')] }));
    const wf = source.workflows.get('ns/proven');
    source.putTask(gcTask(wf, gcPodName('proven', 'OnWorkflowDeletion'), { a: { out: true } }));
    const summary = await sweep({ ...sweepOptions(source), leaderElection: false });
    expect(summary).toMatchObject({
      scanned: 2,
      candidates: 1,
      pages: 1,
      outcomes: { released: 1 },
      stuck: [],
    });
  });
});

describe('WorkQueue.apply (controller-runtime result mapping)', () => {
  it('rate-limits, requeues after, or forgets', async () => {
    const seen: string[] = [];
    const q = new WorkQueue(async (k) => {
      seen.push(k);
    });
    q.apply('after', { requeueAfterMs: 20 });
    q.apply('limited', { rateLimited: true });
    q.apply('forgotten', {});
    await waitUntil(() => seen.length >= 2);
    expect(seen.sort()).toEqual(['after', 'limited']);
    await q.shutdown();
  });
});

function manualLeadership(initial: boolean): Leadership & { become(leading: boolean): void } {
  let leading = initial;
  let notify: (leading: boolean) => void = () => {};
  return {
    get isLeader() {
      return leading;
    },
    run: (signal, onChange) => {
      notify = onChange;
      return new Promise((resolve) => signal.addEventListener('abort', () => resolve()));
    },
    release: async () => {
      leading = false;
    },
    become(l: boolean) {
      leading = l;
      notify(l);
    },
  };
}

/** Polls `check` (every 10 ms, up to 5 s): event-driven code under test settles on its own. */
async function waitUntil(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not reached in 5 s');
    await new Promise((r) => setTimeout(r, 10));
  }
}
