/** Reading and waiting on the real API server: shared by the e2e and e2e-argo projects. */
import { ApiError, type KubeApi, paths } from '../../src/watcher/kube';

/** The Workflow as stored, or undefined once it is gone. */
export async function getWorkflow(api: KubeApi, ns: string, name: string): Promise<any | undefined> {
  try {
    return await api.get(paths.workflow(ns, name));
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return undefined;
    throw err;
  }
}

/** Polls `check` until it returns something truthy; fails naming `what` and the last error. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined | false>,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await check();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
}
