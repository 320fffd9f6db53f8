/**
 * A work queue keyed by `namespace/name` (client-go's workqueue): a key is processed by one worker
 * at a time; a key added while it is being processed runs again afterwards; delayed adds keep the
 * earliest deadline; failures requeue with exponential backoff and jitter.
 *
 * Two lanes, each FIFO: an urgent add (a Workflow someone is waiting to see deleted) goes ahead of
 * the normal lane, so a release does not wait behind the runtime detectors' keys (the initial pass
 * over every live Workflow, a leadership change). A key already queued normally moves to the urgent
 * lane. The normal lane still gets one key after every URGENT_BURST urgent ones, so nothing queued
 * waits forever. Delayed and rate-limited adds are normal: a key that failed does not jump again.
 */
import { backoffMs } from './kube';

/** Urgent keys taken in a row while normal keys wait (then one normal key). */
export const URGENT_BURST = 8;

export type Lane = 'urgent' | 'normal';

/** A FIFO of keys with O(1) take (Array.shift is O(n): 10,000 keys queued at sync). */
class Fifo {
  private items: string[] = [];
  private head = 0;

  push(key: string): void {
    this.items.push(key);
  }

  /** The oldest key, or undefined when empty. */
  take(): string | undefined {
    if (this.head >= this.items.length) return undefined;
    const key = this.items[this.head++];
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return key;
  }

  get size(): number {
    return this.items.length - this.head;
  }

  clear(): void {
    this.items = [];
    this.head = 0;
  }
}

export class WorkQueue {
  /**
   * The lanes may hold stale entries (a key moved to the urgent lane stays in the normal one):
   * `queued` says which lane a key is in now, and an entry is taken only from that lane.
   */
  private readonly lanes: Record<Lane, Fifo> = { urgent: new Fifo(), normal: new Fifo() };
  private readonly queued = new Map<string, Lane>();
  /** When each queued key entered its lane (for `onWait`). */
  private readonly since = new Map<string, number>();
  private readonly processing = new Set<string>();
  /** Keys added while processing, to run again afterwards, and whether one of those adds was urgent. */
  private readonly dirty = new Map<string, boolean>();
  private urgentInARow = 0;
  private readonly timers = new Map<string, { at: number; timer: NodeJS.Timeout }>();
  private readonly failures = new Map<string, number>();
  private active = 0;
  private stopped = false;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly worker: (key: string) => Promise<void>,
    private readonly concurrency = 4,
    private readonly onError: (key: string, err: unknown) => void = () => {},
    /** Called as a key is taken: how long it waited (ms) and in which lane. */
    private readonly onWait: (ms: number, lane: Lane) => void = () => {},
  ) {}

  /** Queues `key` (once); `urgent` puts it in the urgent lane, or moves it there if queued normally. */
  add(key: string, urgent = false): void {
    if (this.stopped) return;
    if (this.processing.has(key)) {
      this.dirty.set(key, urgent || this.dirty.get(key) === true);
      return;
    }
    const lane = this.queued.get(key);
    if (lane === 'urgent' || (lane === 'normal' && !urgent)) return;
    const to: Lane = urgent ? 'urgent' : 'normal';
    this.queued.set(key, to);
    if (lane === undefined) this.since.set(key, performance.now());
    this.lanes[to].push(key);
    this.pump();
  }

  addAfter(key: string, ms: number): void {
    if (this.stopped) return;
    if (ms <= 0) {
      this.add(key);
      return;
    }
    const at = Date.now() + ms;
    const existing = this.timers.get(key);
    if (existing && existing.at <= at) return;
    if (existing) clearTimeout(existing.timer);
    const timer = setTimeout(() => {
      this.timers.delete(key);
      this.add(key);
    }, ms);
    timer.unref();
    this.timers.set(key, { at, timer });
  }

  addRateLimited(key: string): void {
    const n = this.failures.get(key) ?? 0;
    this.failures.set(key, n + 1);
    this.addAfter(key, backoffMs(n, 200, 60_000));
  }

  forget(key: string): void {
    this.failures.delete(key);
  }

  /**
   * What controller-runtime does with a reconcile's result: `rateLimited` -> backoff;
   * `requeueAfterMs` -> forget the backoff and look again then; neither -> forget.
   */
  apply(key: string, result: { readonly rateLimited?: boolean; readonly requeueAfterMs?: number }): void {
    if (result.rateLimited) {
      this.addRateLimited(key);
      return;
    }
    this.forget(key);
    if (result.requeueAfterMs !== undefined) this.addAfter(key, result.requeueAfterMs);
  }

  get length(): number {
    return this.queued.size;
  }

  /** Resolves when nothing is queued or in flight (timers excluded). */
  idle(): Promise<void> {
    if (this.queued.size === 0 && this.active === 0) return Promise.resolve();
    return new Promise((r) => this.idleWaiters.push(r));
  }

  /** Stops taking work and waits for in-flight work to finish. */
  async shutdown(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers.values()) clearTimeout(t.timer);
    this.timers.clear();
    this.lanes.urgent.clear();
    this.lanes.normal.clear();
    this.queued.clear();
    this.since.clear();
    await this.idle();
  }

  /** The next key: urgent first, but one normal key after URGENT_BURST urgent ones in a row. */
  private next(): string | undefined {
    const normalFirst = this.urgentInARow >= URGENT_BURST;
    for (const lane of normalFirst ? (['normal', 'urgent'] as const) : (['urgent', 'normal'] as const)) {
      for (let key = this.lanes[lane].take(); key !== undefined; key = this.lanes[lane].take()) {
        if (this.queued.get(key) !== lane) continue; // stale: moved to the other lane, or taken
        this.queued.delete(key);
        this.onWait(performance.now() - (this.since.get(key) ?? performance.now()), lane);
        this.since.delete(key);
        this.urgentInARow = lane === 'urgent' ? this.urgentInARow + 1 : 0;
        return key;
      }
    }
    return undefined;
  }

  private pump(): void {
    while (this.active < this.concurrency && this.queued.size > 0) {
      const key = this.next() as string;
      this.processing.add(key);
      this.active++;
      this.worker(key)
        .catch((err) => this.onError(key, err))
        .finally(() => {
          this.active--;
          this.processing.delete(key);
          const again = this.dirty.get(key);
          if (again !== undefined) {
            this.dirty.delete(key);
            this.add(key, again);
          }
          this.pump();
          if (this.queued.size === 0 && this.active === 0) {
            const waiters = this.idleWaiters;
            this.idleWaiters = [];
            for (const w of waiters) w();
          }
        });
    }
  }
}
