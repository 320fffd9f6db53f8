import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { URGENT_BURST, WorkQueue } from '../../src/watcher/queue';

/** A queue of one worker whose first key waits on a gate, so that the order of the rest is the queue's. */
function gatedQueue() {
  const runs: string[] = [];
  let open!: () => void;
  const gate = new Promise<void>((r) => {
    open = r;
  });
  const q = new WorkQueue(async (key) => {
    runs.push(key);
    if (runs.length === 1) await gate;
  }, 1);
  return { q, runs, open };
}

describe('WorkQueue', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('never runs one key twice at once, dedupes queued keys, and reruns a key added while it ran', async () => {
    const running = new Set<string>();
    const runs: string[] = [];
    let overlap = false;
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const q = new WorkQueue(async (key) => {
      if (running.has(key)) overlap = true;
      running.add(key);
      runs.push(key);
      await gate;
      running.delete(key);
    }, 1);
    q.add('a'); // starts at once and waits on the gate
    q.add('b');
    q.add('b'); // deduplicated while queued
    expect(q.length).toBe(1);
    q.add('a'); // while running: runs once more afterwards
    release();
    await q.idle();
    expect(overlap).toBe(false);
    expect(runs).toEqual(['a', 'b', 'a']);
  });

  it('keeps the earliest delayed add', async () => {
    vi.useFakeTimers();
    const runs: string[] = [];
    const q = new WorkQueue(async (key) => {
      runs.push(key);
    });
    q.addAfter('k', 1000);
    q.addAfter('k', 30);
    await vi.advanceTimersByTimeAsync(29);
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toEqual(['k']);
    // The later deadline was replaced, not kept beside the earlier one.
    await vi.advanceTimersByTimeAsync(2000);
    expect(runs).toEqual(['k']);
    await q.shutdown();
  });

  it('runs an urgent key before the normal keys queued earlier, once', async () => {
    const { q, runs, open } = gatedQueue();
    q.add('first');
    for (let i = 0; i < 5; i++) q.add(`runtime-${i}`);
    q.add('runtime-3', true); // already queued normally: moves ahead, not run twice
    q.add('deleted', true);
    q.add('deleted'); // a later normal add does not move it back
    expect(q.length).toBe(6);
    open();
    await q.idle();
    expect(runs).toEqual([
      'first',
      'runtime-3',
      'deleted',
      'runtime-0',
      'runtime-1',
      'runtime-2',
      'runtime-4',
    ]);
  });

  it('reports each taken key once with its lane and how long it waited', async () => {
    const waits: [string, number][] = [];
    const runs: string[] = [];
    let open!: () => void;
    const gate = new Promise<void>((r) => {
      open = r;
    });
    const q = new WorkQueue(
      async (key) => {
        runs.push(key);
        if (runs.length === 1) await gate;
      },
      1,
      undefined,
      (ms, lane) => waits.push([lane, ms]),
    );
    q.add('first');
    q.add('n');
    q.add('n', true); // moved: still one wait, measured from its first add
    q.add('u', true);
    await new Promise((r) => setTimeout(r, 30));
    open();
    await q.idle();
    expect(waits.map(([lane]) => lane)).toEqual(['normal', 'urgent', 'urgent']);
    expect(waits[0][1]).toBeLessThan(25);
    expect(waits[1][1]).toBeGreaterThanOrEqual(25);
    expect(waits[2][1]).toBeGreaterThanOrEqual(25);
  });

  it('an urgent add while the key runs reruns it ahead of the normal keys', async () => {
    const { q, runs, open } = gatedQueue();
    q.add('k');
    q.add('runtime-0');
    q.add('k', true);
    open();
    await q.idle();
    expect(runs).toEqual(['k', 'k', 'runtime-0']);
  });

  it('gives the normal lane one key after every URGENT_BURST urgent ones (no starvation)', async () => {
    // Every urgent key run adds a new urgent key: an endless stream, as long as normal keys remain.
    let normalLeft = 3;
    let n = 0;
    const runs: string[] = [];
    const q = new WorkQueue(async (key) => {
      runs.push(key);
      if (key.startsWith('normal')) normalLeft--;
      else if (normalLeft > 0 && n < 1000) q.add(`urgent-${n++}`, true); // bounded: a starving queue ends, and fails below
    }, 1);
    q.add('urgent-start', true);
    for (let i = 0; i < 3; i++) q.add(`normal-${i}`);
    await q.idle();
    expect(normalLeft).toBe(0);
    const normalAt = runs.flatMap((k, i) => (k.startsWith('normal') ? [i] : []));
    expect(normalAt).toEqual([URGENT_BURST, 2 * URGENT_BURST + 1, 3 * URGENT_BURST + 2]);
  });

  it('property: any adds, urgent or not, during runs or not: each key runs alone, and after its last add', async () => {
    const op = fc.record({
      key: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      urgent: fc.boolean(),
      during: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { maxLength: 40 }),
        fc.integer({ min: 1, max: 3 }),
        async (ops, concurrency) => {
          const running = new Set<string>();
          let overlap = false;
          let step = 0;
          const lastAdd = new Map<string, number>();
          const lastRunStart = new Map<string, number>();
          const pending = ops.filter((o) => o.during);
          let clock = 0;
          const q = new WorkQueue(async (key) => {
            if (running.has(key)) overlap = true;
            running.add(key);
            lastRunStart.set(key, ++clock);
            await Promise.resolve();
            // Adds made while keys run (the dirty path), one per run.
            const o = pending[step++];
            if (o) {
              lastAdd.set(o.key, ++clock);
              q.add(o.key, o.urgent);
            }
            await Promise.resolve();
            running.delete(key);
          }, concurrency);
          for (const o of ops.filter((x) => !x.during)) {
            lastAdd.set(o.key, ++clock);
            q.add(o.key, o.urgent);
          }
          await q.idle();
          // Safety: never two runs of one key at once.
          expect(overlap).toBe(false);
          // Liveness: every key added ran, and started after its last add (nothing left behind).
          for (const [key, at] of lastAdd) expect(lastRunStart.get(key) ?? 0).toBeGreaterThan(at);
          expect(q.length).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
