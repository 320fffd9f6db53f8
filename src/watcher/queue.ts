/**
 * A work queue keyed by `namespace/name` (client-go's workqueue): a key is processed by one worker
 * at a time; a key added while it is being processed runs again afterwards; delayed adds keep the
 * earliest deadline; failures requeue with exponential backoff and jitter.
 */
import { backoffMs } from './kube';

export class WorkQueue {
  private readonly queue: string[] = [];
  private readonly queued = new Set<string>();
  private readonly processing = new Set<string>();
  private readonly dirty = new Set<string>();
  private readonly timers = new Map<string, { at: number; timer: NodeJS.Timeout }>();
  private readonly failures = new Map<string, number>();
  private active = 0;
  private stopped = false;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly worker: (key: string) => Promise<void>,
    private readonly concurrency = 4,
    private readonly onError: (key: string, err: unknown) => void = () => {},
  ) {}

  add(key: string): void {
    if (this.stopped) return;
    if (this.processing.has(key)) {
      this.dirty.add(key);
      return;
    }
    if (this.queued.has(key)) return;
    this.queued.add(key);
    this.queue.push(key);
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
    return this.queue.length;
  }

  /** Resolves when nothing is queued or in flight (timers excluded). */
  idle(): Promise<void> {
    if (this.queue.length === 0 && this.active === 0) return Promise.resolve();
    return new Promise((r) => this.idleWaiters.push(r));
  }

  /** Stops taking work and waits for in-flight work to finish. */
  async shutdown(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers.values()) clearTimeout(t.timer);
    this.timers.clear();
    this.queue.length = 0;
    this.queued.clear();
    await this.idle();
  }

  private pump(): void {
    while (this.active < this.concurrency && this.queue.length > 0) {
      const key = this.queue.shift() as string;
      this.queued.delete(key);
      this.processing.add(key);
      this.active++;
      this.worker(key)
        .catch((err) => this.onError(key, err))
        .finally(() => {
          this.active--;
          this.processing.delete(key);
          if (this.dirty.delete(key)) this.add(key);
          this.pump();
          if (this.queue.length === 0 && this.active === 0) {
            const waiters = this.idleWaiters;
            this.idleWaiters = [];
            for (const w of waiters) w();
          }
        });
    }
  }
}
