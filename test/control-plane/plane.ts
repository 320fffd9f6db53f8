/**
 * Starts and stops a real control plane (etcd + kube-apiserver) on loopback, the way
 * controller-runtime's envtest does: random free ports, our own CA, an admin client certificate
 * in system:masters, RBAC authorization, a ServiceAccount issuer with signing keys, and the
 * ServiceAccount admission plugin off (there is no kube-controller-manager to create the
 * `default` ServiceAccounts; nor garbage collection, namespace deletion or token Secrets).
 *
 * Everything lives in `.control-plane/` at the repository root: certs, logs, the etcd data,
 * state.json (pids and ports) and the admin kubeconfig. The processes are detached, so the plane
 * outlives `cp:up`; `cp:down` stops them by pid.
 */
import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:https';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { loadAll } from 'js-yaml';
import { type Binaries, ensureBuilt } from './build';
import { type CertPaths, certPaths, generateCerts } from './certs';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const STATE_DIR = process.env.ARGO_GUARD_CP_DIR || join(REPO_ROOT, '.control-plane');
export const KUBECONFIG = join(STATE_DIR, 'kubeconfig');
const STATE_FILE = join(STATE_DIR, 'state.json');
const USERS_DIR = join(STATE_DIR, 'users');
const CERT_DIR = join(STATE_DIR, 'certs');

/** Every CRD the e2e tests need: all of Argo Workflows' and Argo Events' (the app emits both), vendored. */
export function crdDirs(): string[] {
  const up = join(REPO_ROOT, 'test', 'upstream');
  return [join(up, 'argo-workflows', 'crds'), join(up, 'argo-events', 'crds')];
}

export interface PlaneState {
  k8sVersion: string;
  etcdVersion: string;
  binDir: string;
  etcd: { pid: number; clientPort: number; peerPort: number; bin: string };
  apiserver?: { pid: number; port: number; bin: string };
  startedAt: string;
  /** `cli` (cp:up: stays until cp:down) or `test-run` (stopped after the last test run using it). */
  startedBy: 'cli' | 'test-run';
}

export interface UpResult {
  reused: boolean;
  kubeconfig: string;
  server: string;
  seconds: number;
}

const log = (line: string) => process.stderr.write(`control plane: ${line}\n`);

// ---------------------------------------------------------------------------------------------
// Processes

function readState(): PlaneState | undefined {
  try {
    return JSON.parse(readFileSync(STATE_FILE, 'utf8')) as PlaneState;
  } catch {
    return undefined;
  }
}

function writeState(s: PlaneState): void {
  writeFileSync(STATE_FILE, `${JSON.stringify(s, null, 2)}\n`);
}

/** True when `pid` is alive and is still running `bin` (guards against a recycled pid). */
function isOurs(pid: number, bin: string): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    if (/\) Z /.test(stat)) return false; // a zombie waiting for its parent to reap it
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] === bin;
  } catch {
    return false;
  }
}

async function stopProcess(pid: number, bin: string, name: string): Promise<void> {
  if (!isOurs(pid, bin)) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (!isOurs(pid, bin)) return;
    await sleep(100);
  }
  log(`${name} (pid ${pid}) ignored SIGTERM for 15s; sending SIGKILL`);
  process.kill(pid, 'SIGKILL');
  while (isOurs(pid, bin)) await sleep(50);
}

function startDetached(bin: string, args: string[], logFile: string): number {
  const fd = openSync(logFile, 'a');
  try {
    const child = spawn(bin, args, { detached: true, stdio: ['ignore', fd, fd] });
    child.unref();
    if (child.pid === undefined) throw new Error(`could not start ${bin}`);
    return child.pid;
  } finally {
    closeSync(fd);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function tail(file: string, lines = 20): string {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

// ---------------------------------------------------------------------------------------------
// HTTP to the API server as admin (no client library: this also runs outside vitest)

interface Reply {
  status: number;
  body: string;
}

function adminRequest(
  port: number,
  certs: CertPaths,
  method: string,
  path: string,
  body?: string,
  contentType = 'application/json',
): Promise<Reply> {
  return new Promise((resolveReply, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        ca: readFileSync(certs.caCert),
        cert: readFileSync(certs.adminCert),
        key: readFileSync(certs.adminKey),
        headers:
          body === undefined
            ? {}
            : { 'content-type': contentType, 'content-length': Buffer.byteLength(body) },
        timeout: 60_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolveReply({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${method} ${path}: timed out`)));
    req.on('error', reject);
    req.end(body);
  });
}

async function httpOk(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return res.ok;
  } catch {
    return false;
  }
}

async function waitFor(
  what: string,
  timeoutMs: number,
  check: () => Promise<boolean>,
  dead: () => string | undefined,
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    const why = dead();
    if (why) throw new Error(`${what}: ${why}`);
    await sleep(200);
  }
  throw new Error(`${what}: not ready after ${timeoutMs / 1000}s`);
}

// ---------------------------------------------------------------------------------------------
// Status, up, down

export interface Status {
  running: boolean;
  state?: PlaneState;
  /** Why the plane is not usable, when it is not. */
  problem?: string;
}

export async function status(): Promise<Status> {
  const state = readState();
  if (!state) return { running: false, problem: 'not started' };
  if (!isOurs(state.etcd.pid, state.etcd.bin))
    return { running: false, state, problem: 'etcd is not running' };
  if (!state.apiserver || !isOurs(state.apiserver.pid, state.apiserver.bin)) {
    return { running: false, state, problem: 'kube-apiserver is not running' };
  }
  const r = await adminRequest(state.apiserver.port, certPaths(CERT_DIR), 'GET', '/readyz').catch(
    (e: Error) => ({ status: 0, body: e.message }),
  );
  if (r.status !== 200)
    return { running: false, state, problem: `kube-apiserver /readyz: ${r.status} ${r.body}` };
  if (!existsSync(KUBECONFIG)) return { running: false, state, problem: 'no kubeconfig' };
  return { running: true, state };
}

/** Stops whatever a previous `up` started (by pid, only if the pid still runs our binary). */
export async function down(): Promise<boolean> {
  const state = readState();
  if (!state) return false;
  if (state.apiserver) await stopProcess(state.apiserver.pid, state.apiserver.bin, 'kube-apiserver');
  await stopProcess(state.etcd.pid, state.etcd.bin, 'etcd');
  rmSync(STATE_FILE, { force: true });
  rmSync(KUBECONFIG, { force: true });
  rmSync(join(STATE_DIR, 'etcd-data'), { recursive: true, force: true });
  rmSync(USERS_DIR, { recursive: true, force: true });
  return true;
}

/**
 * Serializes `up`/`release` between processes (several engineers' test runs share one checkout):
 * a lock file holding the owner's pid, taken over when that pid is gone.
 */
async function withLock<T>(fn: () => Promise<T>): Promise<T> {
  mkdirSync(STATE_DIR, { recursive: true });
  const lock = join(STATE_DIR, 'lock');
  let waited = false;
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch {
      const owner = Number(readFileSync(lock, 'utf8').trim() || 0);
      if (!owner || !alive(owner)) {
        rmSync(lock, { force: true });
        continue;
      }
      if (!waited) log(`waiting for pid ${owner}, which is starting the plane`);
      waited = true;
      await sleep(500);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Pids of the live test runs using the plane (each registered by `up({ user })`). */
function liveUsers(): number[] {
  if (!existsSync(USERS_DIR)) return [];
  const pids = readdirSync(USERS_DIR).map(Number);
  for (const pid of pids.filter((p) => !alive(p))) rmSync(join(USERS_DIR, String(pid)), { force: true });
  return pids.filter(alive);
}

export interface UpOptions {
  /**
   * Register this process as a user of the plane; `release()` stops it after the last user is
   * gone, unless it was started by `cp:up` (then it stays until `cp:down`).
   */
  user?: boolean;
}

/** Starts the plane, or reuses a healthy running one. */
export async function up(opts: UpOptions = {}): Promise<UpResult> {
  const started = Date.now();
  const seconds = () => Math.round((Date.now() - started) / 100) / 10;
  return withLock(async () => {
    const current = await status();
    let reused = true;
    if (!current.running) {
      if (current.state) {
        log(`replacing a stale plane (${current.problem})`);
        await down();
      }
      for (const dir of crdDirs()) {
        if (!existsSync(dir)) throw new Error(`missing the vendored upstream CRDs: ${dir}`);
      }
      const bins = await ensureBuilt();
      try {
        await start(bins, opts.user ? 'test-run' : 'cli');
      } catch (e) {
        await down();
        throw e;
      }
      reused = false;
    }
    const state = readState()!;
    if (reused && !opts.user && state.startedBy !== 'cli') {
      state.startedBy = 'cli'; // cp:up adopted it: it now stays until cp:down
      writeState(state);
    }
    if (opts.user) {
      mkdirSync(USERS_DIR, { recursive: true });
      writeFileSync(join(USERS_DIR, String(process.pid)), '');
    }
    const port = state.apiserver!.port;
    return { reused, kubeconfig: KUBECONFIG, server: server(port), seconds: seconds() };
  });
}

/**
 * Unregisters this process as a user; stops the plane if a test run started it and no other
 * test run still uses it. Returns whether it stopped the plane.
 */
export async function release(): Promise<boolean> {
  return withLock(async () => {
    rmSync(join(USERS_DIR, String(process.pid)), { force: true });
    const state = readState();
    if (state?.startedBy !== 'test-run' || liveUsers().length > 0) return false;
    return down();
  });
}

function server(port: number): string {
  return `https://127.0.0.1:${port}`;
}

async function start(bins: Binaries, startedBy: PlaneState['startedBy']): Promise<void> {
  rmSync(CERT_DIR, { recursive: true, force: true });
  let mark = Date.now();
  const timings: string[] = [];
  const phase = (name: string) => {
    timings.push(`${name} ${((Date.now() - mark) / 1000).toFixed(1)}s`);
    mark = Date.now();
  };
  const certs = generateCerts(CERT_DIR);
  phase('certs');
  const dataDir = join(STATE_DIR, 'etcd-data');
  rmSync(dataDir, { recursive: true, force: true });
  const etcdLog = join(STATE_DIR, 'etcd.log');
  const apiLog = join(STATE_DIR, 'kube-apiserver.log');
  rmSync(etcdLog, { force: true });
  rmSync(apiLog, { force: true });

  const [clientPort, peerPort, apiPort] = [await freePort(), await freePort(), await freePort()];
  const etcdUrl = `http://127.0.0.1:${clientPort}`;
  const peerUrl = `http://127.0.0.1:${peerPort}`;
  const state: PlaneState = {
    k8sVersion: bins.k8sVersion,
    etcdVersion: bins.etcdVersion,
    binDir: bins.dir,
    etcd: { pid: 0, clientPort, peerPort, bin: bins.etcd },
    startedAt: new Date().toISOString(),
    startedBy,
  };
  state.etcd.pid = startDetached(
    bins.etcd,
    [
      '--name=default',
      `--data-dir=${dataDir}`,
      `--listen-client-urls=${etcdUrl}`,
      `--advertise-client-urls=${etcdUrl}`,
      `--listen-peer-urls=${peerUrl}`,
      `--initial-advertise-peer-urls=${peerUrl}`,
      `--initial-cluster=default=${peerUrl}`,
      '--unsafe-no-fsync=true',
      // The full Argo CRDs are ~1.2 MB as JSON, more with managedFields; the default limit is 1.5 MiB.
      '--max-request-bytes=8388608',
      '--log-level=warn',
    ],
    etcdLog,
  );
  writeState(state);
  await waitFor(
    'etcd',
    30_000,
    () => httpOk(`${etcdUrl}/health`),
    () => (isOurs(state.etcd.pid, bins.etcd) ? undefined : `exited; ${etcdLog}:\n${tail(etcdLog)}`),
  );
  phase('etcd');

  const apiPid = startDetached(
    bins.kubeApiserver,
    [
      `--etcd-servers=${etcdUrl}`,
      `--cert-dir=${CERT_DIR}`,
      `--tls-cert-file=${certs.serverCert}`,
      `--tls-private-key-file=${certs.serverKey}`,
      `--client-ca-file=${certs.caCert}`,
      `--secure-port=${apiPort}`,
      '--bind-address=127.0.0.1',
      '--advertise-address=127.0.0.1',
      '--service-cluster-ip-range=10.0.0.0/24',
      '--allow-privileged=true',
      // No kube-controller-manager creates the `default` ServiceAccount this plugin would require.
      '--disable-admission-plugins=ServiceAccount',
      '--authorization-mode=RBAC',
      `--service-account-issuer=${server(apiPort)}`,
      `--service-account-key-file=${certs.saPub}`,
      `--service-account-signing-key-file=${certs.saKey}`,
    ],
    apiLog,
  );
  state.apiserver = { pid: apiPid, port: apiPort, bin: bins.kubeApiserver };
  writeState(state);
  const apiDead = () =>
    isOurs(apiPid, bins.kubeApiserver) ? undefined : `exited; ${apiLog}:\n${tail(apiLog)}`;
  const get = (path: string) =>
    adminRequest(apiPort, certs, 'GET', path).catch(() => ({ status: 0, body: '' }));
  await waitFor(
    'kube-apiserver /readyz',
    120_000,
    async () => (await get('/readyz')).status === 200,
    apiDead,
  );
  // The `default` namespace is created by the apiserver itself, shortly after it turns ready.
  await waitFor(
    'namespace default',
    60_000,
    async () => (await get('/api/v1/namespaces/default')).status === 200,
    apiDead,
  );

  phase('kube-apiserver');
  const count = await installCrds(apiPort, certs);
  phase(`${count} CRDs`);
  writeKubeconfig(apiPort, certs);
  log(`ready (${timings.join(', ')})`);
}

async function installCrds(port: number, certs: CertPaths): Promise<number> {
  const crds: { name: string; file: string; json: string }[] = [];
  for (const dir of crdDirs()) {
    for (const f of readdirSync(dir)
      .filter((n) => /\.ya?ml$/.test(n))
      .sort()) {
      const file = join(dir, f);
      // js-yaml: several times faster than `yaml` on these 2.8 MB files.
      for (const doc of loadAll(readFileSync(file, 'utf8'))) {
        const obj = doc as { kind?: string; metadata?: { name?: string } } | null;
        if (obj?.kind !== 'CustomResourceDefinition' || !obj.metadata?.name) continue;
        crds.push({ name: obj.metadata.name, file, json: JSON.stringify(obj) });
      }
    }
  }
  // Server-side apply: client-side apply's last-applied annotation cannot hold a 1 MB CRD.
  const base = '/apis/apiextensions.k8s.io/v1/customresourcedefinitions';
  // In parallel: each apply of a 1 MB CRD costs the server seconds of CPU (managedFields).
  await Promise.all(
    crds.map(async (crd) => {
      const r = await adminRequest(
        port,
        certs,
        'PATCH',
        `${base}/${crd.name}?fieldManager=argo-guard-e2e&force=true&fieldValidation=Strict`,
        crd.json,
        'application/apply-patch+yaml',
      );
      if (r.status >= 300)
        throw new Error(`installing ${crd.file}: HTTP ${r.status}: ${r.body.slice(0, 2000)}`);
    }),
  );
  for (const crd of crds) {
    await waitFor(
      `CRD ${crd.name} Established`,
      60_000,
      async () => {
        const r = await adminRequest(port, certs, 'GET', `${base}/${crd.name}`);
        if (r.status !== 200) return false;
        const conds: { type: string; status: string }[] = JSON.parse(r.body).status?.conditions ?? [];
        return conds.some((c) => c.type === 'Established' && c.status === 'True');
      },
      () => undefined,
    );
  }
  return crds.length;
}

function writeKubeconfig(port: number, certs: CertPaths): void {
  const b64 = (f: string) => readFileSync(f).toString('base64');
  const config = {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [
      {
        name: 'argo-guard-e2e',
        cluster: { server: server(port), 'certificate-authority-data': b64(certs.caCert) },
      },
    ],
    users: [
      {
        name: 'argo-guard-e2e-admin',
        user: { 'client-certificate-data': b64(certs.adminCert), 'client-key-data': b64(certs.adminKey) },
      },
    ],
    contexts: [
      { name: 'argo-guard-e2e', context: { cluster: 'argo-guard-e2e', user: 'argo-guard-e2e-admin' } },
    ],
    'current-context': 'argo-guard-e2e',
  };
  // JSON is YAML: kubectl and client libraries read this file as a kubeconfig.
  writeFileSync(KUBECONFIG, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
}
