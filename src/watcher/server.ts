/**
 * The watcher's HTTP endpoints: `/metrics` (Prometheus text), `/healthz` (the process and its
 * informers are alive), `/readyz` (caches synced). Readiness does not depend on leadership: a
 * standby replica is ready, it just does not act.
 */
import { createServer, type Server } from 'node:http';
import type { Registry } from 'prom-client';

export interface ServerOptions {
  readonly host: string;
  readonly port: number;
  readonly registry: Registry;
  readonly healthy: () => boolean;
  readonly ready: () => boolean;
}

export function startServer(o: ServerOptions): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    if (path === '/metrics') {
      o.registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': o.registry.contentType }).end(text),
        (err) => res.writeHead(500).end(String(err)),
      );
    } else if (path === '/healthz' || path === '/livez') {
      const ok = o.healthy();
      res
        .writeHead(ok ? 200 : 503, { 'content-type': 'text/plain' })
        .end(ok ? 'ok\n' : 'informers failing\n');
    } else if (path === '/readyz') {
      const ok = o.ready();
      res
        .writeHead(ok ? 200 : 503, { 'content-type': 'text/plain' })
        .end(ok ? 'ok\n' : 'caches not synced\n');
    } else res.writeHead(404).end();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, () => resolve(server));
  });
}
