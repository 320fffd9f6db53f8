/**
 * Loopback ports for the processes the tests start (the control plane, the watcher, Prometheus).
 * No vitest import: the control plane's CLI and the benchmarks use this too.
 */
import { createServer, type Server } from 'node:net';

/**
 * `n` distinct loopback TCP ports nothing listens on now. All are held open until the last is
 * chosen, so two calls in one batch never hand out the same port. The port is free only now:
 * another process may take it before ours binds it, so a caller that cannot afford that retries
 * on EADDRINUSE (test/helpers/watch-process.ts does).
 */
export async function freePorts(n: number): Promise<number[]> {
  const servers: Server[] = [];
  try {
    for (let i = 0; i < n; i++) {
      const srv = createServer();
      srv.unref();
      servers.push(srv);
      await new Promise<void>((resolve, reject) => {
        srv.once('error', reject);
        srv.listen(0, '127.0.0.1', () => resolve());
      });
    }
    return servers.map((s) => {
      const a = s.address();
      return typeof a === 'object' && a ? a.port : 0;
    });
  } finally {
    await Promise.all(servers.map((s) => new Promise((r) => s.close(() => r(undefined)))));
  }
}

/** One loopback TCP port nothing listens on now (see `freePorts`). */
export async function freePort(): Promise<number> {
  return (await freePorts(1))[0];
}
