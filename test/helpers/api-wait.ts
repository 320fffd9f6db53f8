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

/** `p`, or a rejection naming the hang once `deadline` passes: a check that never answers must not outlive its wait. */
async function beforeDeadline<T>(p: Promise<T>, deadline: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error('the last check got no answer')),
      Math.max(0, deadline - Date.now()),
    );
  });
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Polls `check` until it returns something truthy; fails naming `what`, the time waited and the
 * last error. An error for which `fatal` says true ends the wait at once (e.g. the process it waits
 * on has exited); any other is taken as "not yet".
 */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined | false>,
  timeoutMs = 20_000,
  fatal: (err: unknown) => boolean = () => false,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await beforeDeadline(check(), deadline);
      if (v) return v;
    } catch (err) {
      if (fatal(err)) throw new Error(`while waiting for ${what}: ${(err as Error).message}`);
      last = err;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `timed out after ${timeoutMs / 1000}s waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`,
  );
}
