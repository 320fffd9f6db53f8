/**
 * A thin REST client on `@kubernetes/client-node`'s KubeConfig (auth, TLS, in-cluster config): exact
 * control of patch content types (JSON patch test+remove), streaming watches, and one place that
 * counts every request (the benchmark's "API requests per release").
 */
import * as http from 'node:http';
import * as https from 'node:https';
import { createInterface } from 'node:readline';
import { KubeConfig } from '@kubernetes/client-node';
import type { JsonValue } from '../argo/json';
import { ARGO_API_VERSION } from '../argo/metadata';
import { UserError } from '../errors';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly method: string,
    readonly path: string,
    readonly body: JsonValue,
  ) {
    super(
      `${method} ${path}: ${status} ${body?.reason ?? ''} ${body?.message ?? (typeof body === 'string' ? body.slice(0, 200) : '')}`.trim(),
    );
    this.name = 'ApiError';
  }
}

/** Errors worth retrying: network, timeouts, 429, 5xx. 4xx other than 409/429 are final. */
export function isTransient(err: unknown): boolean {
  if (err instanceof ApiError) return err.status === 429 || err.status >= 500 || err.status === 0;
  return true;
}

/** Loads `--kubeconfig`, else `KUBECONFIG`, else in-cluster config, else ~/.kube/config. */
export function loadKubeConfig(path?: string): KubeConfig {
  const kc = new KubeConfig();
  try {
    if (path) kc.loadFromFile(path);
    else kc.loadFromDefault();
  } catch (err) {
    throw new UserError(
      `cannot load the kubeconfig${path ? ` ${path}` : ''}: ${(err as Error).message}`,
      'Pass --kubeconfig FILE, set KUBECONFIG, or run in a pod with a ServiceAccount.',
    );
  }
  if (!kc.getCurrentCluster())
    throw new UserError('the kubeconfig has no current cluster', 'Pass --kubeconfig FILE or set KUBECONFIG.');
  return kc;
}

export interface WatchEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';
  object: JsonValue;
}

export class KubeApi {
  /** Every request sent, by verb (GET/LIST/WATCH/PATCH/POST/PUT). */
  readonly counts: Record<string, number> = {};
  private agent?: http.Agent;
  private readonly server: URL;

  constructor(
    readonly kc: KubeConfig,
    private readonly timeoutMs = 30_000,
  ) {
    const cluster = kc.getCurrentCluster();
    if (!cluster) throw new UserError('the kubeconfig has no current cluster');
    this.server = new URL(cluster.server);
  }

  get total(): number {
    return Object.values(this.counts).reduce((a, b) => a + b, 0);
  }

  private count(kind: string) {
    this.counts[kind] = (this.counts[kind] ?? 0) + 1;
  }

  private async options(
    method: string,
    path: string,
    headers: Record<string, string>,
  ): Promise<https.RequestOptions> {
    const opts: https.RequestOptions = {
      method,
      host: this.server.hostname,
      port: this.server.port || (this.server.protocol === 'https:' ? 443 : 80),
      path: `${this.server.pathname.replace(/\/$/, '')}${path}`,
      headers: { accept: 'application/json', ...headers },
    };
    // Re-applied per request: tokens from files (projected ServiceAccount tokens) rotate.
    await this.kc.applyToHTTPSOptions(opts);
    if (!this.agent) {
      const tls = this.server.protocol === 'https:';
      this.agent = tls
        ? new https.Agent({
            keepAlive: true,
            maxSockets: 32,
            ca: opts.ca,
            cert: opts.cert,
            key: opts.key,
            rejectUnauthorized: opts.rejectUnauthorized,
          })
        : new http.Agent({ keepAlive: true, maxSockets: 32 });
    }
    if (!opts.agent) opts.agent = this.agent;
    return opts;
  }

  private transport() {
    return this.server.protocol === 'https:' ? https : http;
  }

  /** One request; resolves to the parsed JSON body, rejects with ApiError on a status >= 400. */
  async request(
    method: string,
    path: string,
    body?: unknown,
    contentType = 'application/json',
    kind = method,
  ): Promise<JsonValue> {
    this.count(kind);
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const opts = await this.options(
      method,
      path,
      payload === undefined
        ? {}
        : { 'content-type': contentType, 'content-length': String(Buffer.byteLength(payload)) },
    );
    return new Promise((resolve, reject) => {
      const req = this.transport().request(opts, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', (e) => reject(new ApiError(0, method, path, e.message)));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: JsonValue = text;
          try {
            json = text ? JSON.parse(text) : undefined;
          } catch {
            /* not JSON: keep the text */
          }
          const status = res.statusCode ?? 0;
          if (status >= 400) reject(new ApiError(status, method, path, json));
          else resolve(json);
        });
      });
      req.setTimeout(this.timeoutMs, () =>
        req.destroy(new Error(`${method} ${path}: timed out after ${this.timeoutMs} ms`)),
      );
      req.on('error', (e) => reject(new ApiError(0, method, path, e.message)));
      req.end(payload);
    });
  }

  get(path: string): Promise<JsonValue> {
    return this.request('GET', path);
  }

  list(path: string, query: Record<string, string | number | undefined>): Promise<JsonValue> {
    return this.request('GET', `${path}?${qs(query)}`, undefined, undefined, 'LIST');
  }

  jsonPatch(path: string, ops: unknown[]): Promise<JsonValue> {
    return this.request('PATCH', path, ops, 'application/json-patch+json');
  }

  mergePatch(path: string, patch: unknown): Promise<JsonValue> {
    return this.request('PATCH', path, patch, 'application/merge-patch+json');
  }

  post(path: string, body: unknown): Promise<JsonValue> {
    return this.request('POST', path, body);
  }

  put(path: string, body: unknown): Promise<JsonValue> {
    return this.request('PUT', path, body);
  }

  /**
   * A watch stream: calls `onEvent` per line until the server closes it (resolves) or it fails
   * (rejects). `signal` aborts it. A stream silent for `idleMs` is treated as dead.
   */
  async watch(
    path: string,
    query: Record<string, string | number | undefined>,
    onEvent: (e: WatchEvent) => void,
    signal: AbortSignal,
    idleMs = 330_000,
  ): Promise<void> {
    this.count('WATCH');
    const opts = await this.options('GET', `${path}?${qs({ ...query, watch: 'true' })}`, {});
    return new Promise((resolve, reject) => {
      let settled = false;
      const finish = (err?: Error) => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', onAbort);
        if (err) reject(err);
        else resolve();
      };
      const req = this.transport().request(opts, (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 400) {
          const chunks: Buffer[] = [];
          res.on('error', (e) => finish(new ApiError(status, 'WATCH', path, e.message)));
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            let body: JsonValue = Buffer.concat(chunks).toString('utf8');
            try {
              body = JSON.parse(body);
            } catch {
              /* keep text */
            }
            finish(new ApiError(status, 'WATCH', path, body));
          });
          return;
        }
        const lines = createInterface({ input: res });
        // readline re-emits the stream's errors (e.g. "aborted" when the server goes away): handle them.
        lines.on('error', (e) => finish(new ApiError(0, 'WATCH', path, e.message)));
        lines.on('line', (line) => {
          if (!line.trim()) return;
          let event: WatchEvent;
          try {
            event = JSON.parse(line);
          } catch {
            finish(new ApiError(0, 'WATCH', path, `unparsable watch line: ${line.slice(0, 100)}`));
            req.destroy();
            return;
          }
          try {
            onEvent(event);
          } catch (e) {
            finish(e as Error);
            req.destroy();
          }
        });
        res.on('end', () => finish());
        res.on('close', () => finish());
        res.on('error', (e) => finish(new ApiError(0, 'WATCH', path, e.message)));
      });
      const onAbort = () => {
        req.destroy();
        finish();
      };
      signal.addEventListener('abort', onAbort);
      req.setTimeout(idleMs, () => req.destroy(new Error(`watch ${path}: idle for ${idleMs} ms`)));
      req.on('error', (e) => finish(new ApiError(0, 'WATCH', path, e.message)));
      req.end();
    });
  }

  close(): void {
    this.agent?.destroy();
  }
}

function qs(query: Record<string, string | number | undefined>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') p.set(k, String(v));
  return p.toString();
}

/** API paths. */
export const paths = {
  workflows: (ns?: string) =>
    ns ? `/apis/${ARGO_API_VERSION}/namespaces/${ns}/workflows` : `/apis/${ARGO_API_VERSION}/workflows`,
  workflow: (ns: string, name: string) => `/apis/${ARGO_API_VERSION}/namespaces/${ns}/workflows/${name}`,
  tasks: (ns?: string) =>
    ns
      ? `/apis/${ARGO_API_VERSION}/namespaces/${ns}/workflowartifactgctasks`
      : `/apis/${ARGO_API_VERSION}/workflowartifactgctasks`,
  pods: (ns?: string) => (ns ? `/api/v1/namespaces/${ns}/pods` : '/api/v1/pods'),
  pod: (ns: string, name: string) => `/api/v1/namespaces/${ns}/pods/${name}`,
  events: (ns: string) => `/api/v1/namespaces/${ns}/events`,
  configmaps: (ns: string) => `/api/v1/namespaces/${ns}/configmaps`,
  configmap: (ns: string, name: string) => `/api/v1/namespaces/${ns}/configmaps/${name}`,
  leases: (ns: string) => `/apis/coordination.k8s.io/v1/namespaces/${ns}/leases`,
  lease: (ns: string, name: string) => `/apis/coordination.k8s.io/v1/namespaces/${ns}/leases/${name}`,
};

/** Sleeps `ms` (or less, if `signal` aborts). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done);
  });
}

/** Exponential backoff with full jitter: attempt 0 → up to base, doubling up to max. */
export function backoffMs(attempt: number, baseMs = 200, maxMs = 30_000): number {
  const cap = Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 20));
  return Math.round(cap / 2 + (Math.random() * cap) / 2);
}
