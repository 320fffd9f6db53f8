/**
 * Helpers for the watcher's end-to-end suites: they play the Argo controller's part (Workflow
 * status, GC pods, WorkflowArtifactGCTasks, as artifact_gc.go writes them; test/watcher/fixtures.ts)
 * against the real API server, and run the watcher as a ServiceAccount bound to exactly the rules in
 * src/watcher/rbac.ts.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KubeConfig, V1PolicyRule } from '@kubernetes/client-node';
import { KubeApi, paths } from '../../src/watcher/kube';
import {
  clusterRules,
  namespaceRules,
  WATCHER_LEASE_NAME,
  type WatcherPermissionOptions,
} from '../../src/watcher/rbac';
import { getWorkflow, waitFor } from '../helpers/api-wait';
import { freePort } from '../helpers/ports';
import { e2eKubeConfig, e2eKubeConfigPath, serviceAccountKubeConfig } from './cluster';

export { getWorkflow, waitFor };

export function adminApi(): KubeApi {
  return new KubeApi(e2eKubeConfig());
}

/** The Lease names the suites use; the Role names exactly these (its get/update rule has resourceNames). */
export const E2E_LEASES = {
  default: WATCHER_LEASE_NAME,
  pair: 'e2e-pair',
  cli: 'e2e-cli',
  held: 'e2e-held',
  handover: 'e2e-handover',
} as const;

/**
 * A KubeConfig for a ServiceAccount in `ownNamespace` bound to exactly the watcher's rules for
 * `permissions` (default: the AGC-06 relabel on, which the finalizer suites exercise).
 */
export async function watcherKubeConfig(
  ownNamespace: string,
  permissions: WatcherPermissionOptions = { relabel: true },
  account = 'argo-guard',
): Promise<KubeConfig> {
  return serviceAccountKubeConfig(ownNamespace, account, {
    rules: structuredClone(namespaceRules(Object.values(E2E_LEASES))) as V1PolicyRule[],
    clusterRules: structuredClone(clusterRules(permissions)) as V1PolicyRule[],
  });
}

/** Creates the Workflow (status included: the Workflow CRD has no status subresource, §0.9) and returns it as stored. */
export async function createWorkflow(api: KubeApi, wf: any): Promise<any> {
  const body = structuredClone(wf);
  delete body.metadata.uid;
  delete body.metadata.resourceVersion;
  delete body.metadata.deletionTimestamp;
  return api.post(paths.workflows(body.metadata.namespace), body);
}

/** Creates a WorkflowArtifactGCTask and writes its status through the status subresource, as the GC pod does. */
export async function createTask(api: KubeApi, task: any): Promise<any> {
  const body = structuredClone(task);
  delete body.metadata.uid;
  const status = body.status;
  delete body.status;
  const created = await api.post(paths.tasks(body.metadata.namespace), body);
  if (!status) return created;
  return api.mergePatch(`${paths.tasks(body.metadata.namespace)}/${body.metadata.name}/status`, { status });
}

/** Creates a GC pod and sets its phase through the status subresource (there is no kubelet). */
export async function createPod(api: KubeApi, pod: any): Promise<any> {
  const body = structuredClone(pod);
  delete body.metadata.uid;
  const phase = body.status?.phase;
  delete body.status;
  const created = await api.post(paths.pods(body.metadata.namespace), body);
  if (!phase || phase === 'Pending') return created;
  return api.mergePatch(`${paths.pod(body.metadata.namespace, body.metadata.name)}/status`, {
    status: { phase },
  });
}

export async function deleteWorkflow(api: KubeApi, ns: string, name: string): Promise<void> {
  await api.request('DELETE', paths.workflow(ns, name));
}

export async function events(api: KubeApi, ns: string, name?: string): Promise<any[]> {
  const list = await api.list(paths.events(ns), {});
  return (list.items ?? []).filter((e: any) => !name || e.involvedObject?.name === name);
}

/**
 * The Event reasons on `name` once `reason` is among them. The watcher writes its Event after the
 * write it reports, so a Workflow can be gone before the Event exists: wait for it, never assume it.
 */
export async function reasonsOnceSeen(
  api: KubeApi,
  ns: string,
  name: string,
  reason: string,
  timeoutMs = 20_000,
): Promise<string[]> {
  return waitFor(
    `a ${reason} Event on ${name}`,
    async () => {
      const reasons = (await events(api, ns, name)).map((e) => e.reason as string);
      return reasons.includes(reason) && reasons;
    },
    timeoutMs,
  );
}

/** Writes `kc` to a file, for the CLI's --kubeconfig. */
export function writeKubeConfig(kc: KubeConfig, dir: string, name: string): string {
  const file = join(dir, `${name}.kubeconfig`);
  writeFileSync(file, kc.exportConfig());
  return file;
}

export interface PrivateApiServer {
  /** The server URL, for a kubeconfig. */
  readonly server: string;
  /** Kills it (SIGTERM) and starts it again on the same port; resolves once it serves again. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A second kube-apiserver on the shared etcd (an HA pair, as in a real cluster), started with the
 * shared one's flags (read from /proc) on its own port. Restarting it exercises a watcher through an
 * API server restart without disturbing other suites that use the shared plane concurrently.
 */
export async function privateApiServer(): Promise<PrivateApiServer> {
  const stateFile = join(e2eKubeConfigPath(), '..', 'state.json');
  const state = JSON.parse(readFileSync(stateFile, 'utf8'));
  const argv = readFileSync(`/proc/${state.apiserver.pid}/cmdline`, 'utf8')
    .split('\0')
    .filter((a) => a !== '');
  const port = await freePort();
  const args = argv.slice(1).map((a) => (a.startsWith('--secure-port=') ? `--secure-port=${port}` : a));
  const logFile = join(tmpdir(), `argo-guard-private-apiserver-${port}.log`);
  let child: ChildProcess | undefined;
  const server = `https://127.0.0.1:${port}`;
  const kc = e2eKubeConfig();
  const cluster = kc.getCurrentCluster();
  if (!cluster) throw new Error('no cluster');
  kc.clusters = kc.clusters.map((c) => (c.name === cluster.name ? { ...c, server } : c));
  const api = new KubeApi(kc);
  const start = async () => {
    const fd = openSync(logFile, 'a');
    child = spawn(argv[0], args, { stdio: ['ignore', fd, fd] });
    closeSync(fd);
    const c = child;
    await waitFor(
      `the private kube-apiserver on ${port} (log: ${logFile})`,
      async () => {
        if (c.exitCode !== null || c.signalCode !== null)
          throw new Exited(`it exited ${c.exitCode ?? c.signalCode}: ${tail(logFile)}`);
        return (await api.get('/readyz').catch(() => undefined)) === 'ok';
      },
      90_000,
      (err) => err instanceof Exited,
    );
  };
  const kill = async () => {
    const c = child;
    if (!c || c.exitCode !== null) return;
    const exited = new Promise((r) => c.once('exit', r));
    c.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
    if (c.exitCode === null) c.kill('SIGKILL');
  };
  await start();
  return {
    server,
    restart: async () => {
      await kill();
      await start();
    },
    stop: async () => {
      await kill();
      api.close();
    },
  };
}

class Exited extends Error {}

function tail(file: string): string {
  return readFileSync(file, 'utf8').trim().split('\n').slice(-10).join('\n');
}
