import { describe, expect, it } from 'vitest';
import { WorkQueue } from '../../src/watcher/queue';

describe('WorkQueue', () => {
  it('never runs one key twice at once, and reruns a key added while it ran', async () => {
    const running = new Set<string>();
    const runs: string[] = [];
    let overlap = false;
    const q = new WorkQueue(async (key) => {
      if (running.has(key)) overlap = true;
      running.add(key);
      runs.push(key);
      await new Promise((r) => setTimeout(r, 20));
      running.delete(key);
    }, 4);
    q.add('a');
    q.add('a'); // deduplicated while queued
    await new Promise((r) => setTimeout(r, 5));
    q.add('a'); // while running: runs once more afterwards
    q.add('b');
    await new Promise((r) => setTimeout(r, 100));
    await q.idle();
    expect(overlap).toBe(false);
    expect(runs.sort()).toEqual(['a', 'a', 'b']);
  });

  it('keeps the earliest delayed add', async () => {
    const runs: number[] = [];
    const start = Date.now();
    const q = new WorkQueue(async () => {
      runs.push(Date.now() - start);
    });
    q.addAfter('k', 1000);
    q.addAfter('k', 30);
    await new Promise((r) => setTimeout(r, 150));
    expect(runs).toHaveLength(1);
    expect(runs[0]).toBeLessThan(150);
    await q.shutdown();
  });
});
