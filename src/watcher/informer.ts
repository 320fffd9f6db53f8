/**
 * A list-then-watch cache (client-go's reflector + store) that transforms objects on receipt, so the
 * cache holds trimmed objects only (docs/architecture.md "Performance goals"). Lists page by page (`limit` + `continue`),
 * watches from the list's resourceVersion with bookmarks, resumes a closed watch from the last
 * resourceVersion, relists on 410 Gone, and backs off with jitter on errors. It never gives up: a
 * transient error never ends the process.
 */

import type { JsonValue } from '../argo/json';
import { ApiError, backoffMs, type KubeApi, sleep } from './kube';
import type { Logger } from './log';
import type { Metrics } from './metrics';

export type Handler = (obj: JsonValue, old?: JsonValue) => void;

export interface InformerOptions {
  readonly name: string;
  readonly api: KubeApi;
  /** Collection path for a namespace, or cluster-wide when `undefined`. */
  readonly path: (namespace?: string) => string;
  /** Namespaces to watch; `undefined`: all. */
  readonly namespaces?: readonly string[];
  readonly labelSelector?: string;
  /** e.g. `status.phase=Pending`: an object leaving the selection arrives as a delete. */
  readonly fieldSelector?: string;
  readonly transform: (obj: JsonValue) => JsonValue;
  /** Secondary index, e.g. GC pods by `<namespace>/<workflow>`. */
  readonly indexBy?: (obj: JsonValue) => string | undefined;
  readonly log: Logger;
  readonly metrics?: Metrics;
  /**
   * Small pages keep the garbage of the initial list young, so the heap's high-water mark (and the
   * RSS, which V8 rarely gives back) stays low, together with the install's node flags
   * (WATCHER_NODE_FLAGS in src/deploy/watcher.ts; numbers in test/bench/RESULTS.md). @default 100
   */
  readonly pageSize?: number;
}

function keyOf(obj: JsonValue): string {
  return `${obj?.metadata?.namespace ?? ''}/${obj?.metadata?.name ?? ''}`;
}

export class Informer {
  readonly store = new Map<string, JsonValue>();
  private readonly index = new Map<string, Set<string>>();
  private readonly handlers: { add: Handler[]; update: Handler[]; delete: Handler[] } = {
    add: [],
    update: [],
    delete: [],
  };
  private readonly scopesSynced = new Set<string>();
  private readonly scopes: (string | undefined)[];
  /** Errors in a row, for /healthz. */
  consecutiveErrors = 0;

  constructor(private readonly o: InformerOptions) {
    this.scopes = o.namespaces && o.namespaces.length > 0 ? [...o.namespaces] : [undefined];
  }

  on(event: 'add' | 'update' | 'delete', handler: Handler): void {
    this.handlers[event].push(handler);
  }

  get synced(): boolean {
    return this.scopesSynced.size === this.scopes.length;
  }

  byIndex(key: string): JsonValue[] {
    const keys = this.index.get(key);
    return keys ? [...keys].map((k) => this.store.get(k)).filter((x) => x !== undefined) : [];
  }

  /** Runs until `signal` aborts. */
  run(signal: AbortSignal): Promise<void> {
    return Promise.all(this.scopes.map((ns) => this.loop(ns, signal))).then(() => undefined);
  }

  private emit(kind: 'add' | 'update' | 'delete', obj: JsonValue, old?: JsonValue) {
    for (const h of this.handlers[kind]) {
      try {
        h(obj, old);
      } catch (err) {
        this.o.log.error('informer handler failed', { informer: this.o.name, error: err as Error });
      }
    }
  }

  private put(raw: JsonValue): string {
    const obj = this.o.transform(raw);
    const key = keyOf(obj);
    const old = this.store.get(key);
    if (old && old.metadata?.resourceVersion === obj.metadata?.resourceVersion) return key;
    this.unindex(key, old);
    this.store.set(key, obj);
    const ix = this.o.indexBy?.(obj);
    if (ix !== undefined) {
      const set = this.index.get(ix) ?? new Set<string>();
      this.index.set(ix, set);
      set.add(key);
    }
    this.emit(old ? 'update' : 'add', obj, old);
    return key;
  }

  private remove(key: string): void {
    const old = this.store.get(key);
    if (!old) return;
    this.unindex(key, old);
    this.store.delete(key);
    this.emit('delete', old);
  }

  private unindex(key: string, old: JsonValue) {
    if (!old) return;
    const ix = this.o.indexBy?.(old);
    if (ix === undefined) return;
    const set = this.index.get(ix);
    set?.delete(key);
    if (set && set.size === 0) this.index.delete(ix);
  }

  private inScope(key: string, ns: string | undefined): boolean {
    return ns === undefined || key.startsWith(`${ns}/`);
  }

  private async list(ns: string | undefined, signal: AbortSignal): Promise<string> {
    const seen = new Set<string>();
    let cont: string | undefined;
    let rv = '';
    do {
      const page = await this.o.api.list(this.o.path(ns), {
        limit: this.o.pageSize ?? 100,
        continue: cont,
        labelSelector: this.o.labelSelector,
        fieldSelector: this.o.fieldSelector,
      });
      if (signal.aborted) return rv;
      for (const item of page.items ?? []) {
        seen.add(this.put(item));
      }
      cont = page.metadata?.continue || undefined;
      rv = page.metadata?.resourceVersion ?? rv;
    } while (cont);
    for (const key of [...this.store.keys()]) if (this.inScope(key, ns) && !seen.has(key)) this.remove(key);
    this.o.metrics?.cached.set({ resource: this.o.name }, this.store.size);
    return rv;
  }

  private async loop(ns: string | undefined, signal: AbortSignal): Promise<void> {
    const scope = ns ?? '*';
    let rv = '';
    let attempt = 0;
    while (!signal.aborted) {
      try {
        if (!rv) {
          rv = await this.list(ns, signal);
          this.scopesSynced.add(scope);
        }
        // The server closes a watch after timeoutSeconds; jitter spreads the reconnects.
        const timeoutSeconds = 240 + Math.floor(Math.random() * 60);
        await this.o.api.watch(
          this.o.path(ns),
          {
            resourceVersion: rv,
            allowWatchBookmarks: 'true',
            timeoutSeconds,
            labelSelector: this.o.labelSelector,
            fieldSelector: this.o.fieldSelector,
          },
          (e) => {
            if (e.type === 'ERROR')
              throw new ApiError(e.object?.code ?? 0, 'WATCH', this.o.path(ns), e.object);
            const next = e.object?.metadata?.resourceVersion;
            if (e.type === 'BOOKMARK') {
              if (next) rv = next;
              return;
            }
            if (e.type === 'DELETED') this.remove(keyOf(e.object));
            else this.put(e.object);
            if (next) rv = next;
            attempt = 0;
            this.consecutiveErrors = 0;
          },
          signal,
        );
        this.o.metrics?.cached.set({ resource: this.o.name }, this.store.size);
      } catch (err) {
        if (signal.aborted) return;
        if (err instanceof ApiError && err.status === 410) {
          this.o.log.info('watch expired (410 Gone); listing again', {
            informer: this.o.name,
            namespace: ns,
          });
          rv = '';
          continue;
        }
        this.consecutiveErrors++;
        this.o.metrics?.watchRestarts.inc({ resource: this.o.name });
        this.o.metrics?.apiErrors.inc({
          operation: `watch-${this.o.name}`,
          code: err instanceof ApiError ? String(err.status) : 'network',
        });
        const wait = backoffMs(attempt++, 200, 30_000);
        this.o.log.warn('list/watch failed; retrying', {
          informer: this.o.name,
          namespace: ns,
          error: err as Error,
          retryInMs: wait,
        });
        await sleep(wait, signal);
      }
    }
  }
}
