import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkQueue } from '../../src/watcher/queue';

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
});
