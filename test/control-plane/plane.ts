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
import { join, resolve } from 'node:path';
import { loadAll } from 'js-yaml';
import { freePorts } from '../helpers/ports';
import { type ArgoBinaries, type Binaries, ensureArgoBuilt, ensureBuilt } from './build';
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
  /** `--with-argo`: the processes started on top of the plane. */
  argo?: ArgoState;
}

interface Proc {
  pid: number;
  bin: string;
}

export interface ArgoState {
  kwokVersion: string;
  argoVersion: string;
  scheduler: Proc;
  controllerManager: Proc;
  kwok: Proc;
  /** One per namespace in ARGO_CONTROLLERS. */
  workflowControllers: (Proc & { namespace: string })[];
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

/** Polls `check`; a check that throws counts as "not yet" (a request to a busy server can fail) and is named on timeout. */
async function waitFor(
  what: string,
  timeoutMs: number,
  check: () => Promise<boolean>,
  dead: () => string | undefined,
) {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (err) {
      last = err;
    }
    const why = dead();
    if (why) throw new Error(`${what}: ${why}`);
    await sleep(200);
  }
  throw new Error(
    `${what}: not ready after ${timeoutMs / 1000}s${last ? ` (last error: ${(last as Error).message})` : ''}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Status, up, down

export interface Status {
  running: boolean;
  state?: PlaneState;
  /** Why the plane is not usable, when it is not. */
  problem?: string;
  /** Why the `--with-argo` part is not usable (undefined when it runs). */
  argoProblem?: string;
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
  return { running: true, state, argoProblem: state.argo ? argoProblem(state.argo) : 'not started' };
}

function argoProcs(a: ArgoState): [string, Proc][] {
  return [
    ['kube-scheduler', a.scheduler],
    ['kube-controller-manager', a.controllerManager],
    ['kwok', a.kwok],
    ...a.workflowControllers.map((c): [string, Proc] => [`workflow-controller (${c.namespace})`, c]),
  ];
}

function argoProblem(a: ArgoState): string | undefined {
  const dead = argoProcs(a).filter(([, p]) => !isOurs(p.pid, p.bin));
  return dead.length > 0 ? `not running: ${dead.map(([n]) => n).join(', ')}` : undefined;
}

async function stopArgo(state: PlaneState): Promise<void> {
  if (!state.argo) return;
  // The workflow controllers first, so nothing acts on a half-stopped plane; each group in parallel
  // because workflow-controller v4.0.5 does not exit on SIGTERM and costs the full wait each.
  const procs = argoProcs(state.argo);
  const isWorkflowController = (name: string) => name.startsWith('workflow-controller');
  const stopAll = (group: [string, Proc][]) =>
    Promise.all(group.map(([name, p]) => stopProcess(p.pid, p.bin, name)));
  await stopAll(procs.filter(([name]) => isWorkflowController(name)));
  await stopAll(procs.filter(([name]) => !isWorkflowController(name)));
  state.argo = undefined;
  writeState(state);
}

/** Stops whatever a previous `up` started (by pid, only if the pid still runs our binary). */
export async function down(): Promise<boolean> {
  const state = readState();
  if (!state) return false;
  await stopArgo(state);
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
  /**
   * Also run kube-scheduler, kube-controller-manager, kwok with its nodes and the Argo
   * workflow-controller (added to a running plane that lacks them).
   */
  withArgo?: boolean;
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
        await start(bins, opts.user ? 'test-run' : 'cli', opts.withArgo === true);
      } catch (e) {
        await down();
        throw e;
      }
      reused = false;
    }
    if (opts.withArgo && (await status()).argoProblem) {
      const state = readState()!;
      if (state.argo) {
        log(`restarting the Argo side (${argoProblem(state.argo)})`);
        await stopArgo(state);
      }
      const argoBins = await ensureArgoBuilt();
      try {
        await startArgo(argoBins, state);
      } catch (e) {
        await stopArgo(readState()!);
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

/** The audit log of a plane started `--with-argo`: who sent which request (test/bench/argo.bench.ts). */
export const AUDIT_LOG = join(STATE_DIR, 'audit.log');
const AUDIT_POLICY = join(__dirname, 'audit-policy.yaml');

async function start(bins: Binaries, startedBy: PlaneState['startedBy'], audit: boolean): Promise<void> {
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
  rmSync(AUDIT_LOG, { force: true });

  const [clientPort, peerPort, apiPort] = await freePorts(3);
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
      ...(audit ? [`--audit-policy-file=${AUDIT_POLICY}`, `--audit-log-path=${AUDIT_LOG}`] : []),
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
      const apply = () =>
        adminRequest(
          port,
          certs,
          'PATCH',
          `${base}/${crd.name}?fieldManager=argo-guard-e2e&force=true&fieldValidation=Strict`,
          crd.json,
          'application/apply-patch+yaml',
        );
      // A server-side apply is idempotent, so a timeout or overload answer (seen as HTTP 504 at a
      // load average of 30), or no answer within the request's timeout, is retried a few times
      // before it fails the plane.
      const attempt = () => apply().catch((err: Error) => ({ status: 0, body: err.message }));
      let r = await attempt();
      for (let n = 1; n < 4 && (r.status === 0 || r.status === 429 || r.status >= 500); n++) {
        await sleep(1000 * n);
        r = await attempt();
      }
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

// ---------------------------------------------------------------------------------------------
// --with-argo: kube-scheduler, kube-controller-manager, kwok and its nodes, the workflow-controller

const KWOK_STAGES = join(__dirname, 'kwok', 'stages.yaml');
const CONTROLLER_CONFIG = join(__dirname, 'argo', 'workflow-controller-configmap.yaml');
/** kwok manages only Nodes with this annotation (never a real one, should the kubeconfig point elsewhere). */
const KWOK_NODE_ANNOTATION = 'kwok.x-k8s.io/node';

/** The kwok nodes: one per architecture; arm64 tainted, as clusters that add arm64 nodes do. */
export const KWOK_NODES: {
  name: string;
  arch: string;
  taints: { key: string; value: string; effect: string }[];
}[] = [
  { name: 'kwok-amd64-0', arch: 'amd64', taints: [] },
  {
    name: 'kwok-arm64-0',
    arch: 'arm64',
    taints: [{ key: 'kubernetes.io/arch', value: 'arm64', effect: 'NoSchedule' }],
  },
];

/**
 * The workflow-controllers: namespace (its ConfigMap from CONTROLLER_CONFIG is there) and
 * instanceID. A controller without one ignores Workflows labelled with any instanceID and vice versa.
 */
export const ARGO_CONTROLLERS: { namespace: string; instanceID?: string }[] = [
  { namespace: 'argo' },
  { namespace: 'argo-instance', instanceID: 'argo-guard-e2e' },
];

/** GET over TLS without verifying the serving cert: the components' /healthz (self-signed, anonymous). */
function insecureHealthz(port: number): Promise<boolean> {
  return new Promise((resolveOk) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/healthz', rejectUnauthorized: false, timeout: 2000 },
      (res) => {
        res.resume();
        resolveOk(res.statusCode === 200);
      },
    );
    req.on('error', () => resolveOk(false));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

async function applyObject(port: number, certs: CertPaths, path: string, obj: any): Promise<void> {
  const r = await adminRequest(
    port,
    certs,
    'PATCH',
    `${path}/${obj.metadata.name}?fieldManager=argo-guard-e2e&force=true`,
    JSON.stringify(obj),
    'application/apply-patch+yaml',
  );
  if (r.status >= 300) throw new Error(`applying ${path}/${obj.metadata.name}: HTTP ${r.status}: ${r.body}`);
}

async function startArgo(bins: ArgoBinaries, state: PlaneState): Promise<void> {
  const port = state.apiserver!.port;
  const certs = certPaths(CERT_DIR);
  let mark = Date.now();
  const timings: string[] = [];
  const phase = (name: string) => {
    timings.push(`${name} ${((Date.now() - mark) / 1000).toFixed(1)}s`);
    mark = Date.now();
  };
  const logFile = (name: string) => {
    const f = join(STATE_DIR, `${name}.log`);
    rmSync(f, { force: true });
    return f;
  };
  const kc = KUBECONFIG;
  const argo: ArgoState = {
    kwokVersion: bins.kwokVersion,
    argoVersion: bins.argoVersion,
    scheduler: { pid: 0, bin: bins.kubeScheduler },
    controllerManager: { pid: 0, bin: bins.kubeControllerManager },
    kwok: { pid: 0, bin: bins.kwok },
    workflowControllers: [],
  };
  const save = () => {
    state.argo = argo;
    writeState(state);
  };
  const healthy = async (name: string, p: Proc, healthPort: number, file: string) =>
    waitFor(
      `${name} /healthz`,
      120_000,
      () => insecureHealthz(healthPort),
      () => (isOurs(p.pid, p.bin) ? undefined : `exited; ${file}:\n${tail(file)}`),
    );
  const componentFlags = (healthPort: number) => [
    `--kubeconfig=${kc}`,
    `--authentication-kubeconfig=${kc}`,
    `--authorization-kubeconfig=${kc}`,
    '--leader-elect=false',
    `--secure-port=${healthPort}`,
    '--bind-address=127.0.0.1',
  ];

  // The real scheduler: kwok binds nothing, and it is what proves pins, taints and tolerations.
  const [schedPort, kcmPort, kwokPort] = await freePorts(3);
  const schedLog = logFile('kube-scheduler');
  argo.scheduler.pid = startDetached(bins.kubeScheduler, componentFlags(schedPort), schedLog);
  save();
  // kube-controller-manager: the node lifecycle controller takes off the not-ready taint the API
  // server puts on every new Node; the garbage collector deletes pods of deleted Workflows; the
  // namespace and serviceaccount controllers make namespaces behave.
  const kcmLog = logFile('kube-controller-manager');
  argo.controllerManager.pid = startDetached(
    bins.kubeControllerManager,
    [
      ...componentFlags(kcmPort),
      '--controllers=garbagecollector,nodelifecycle,namespace,serviceaccount',
      '--use-service-account-credentials=false',
    ],
    kcmLog,
  );
  save();
  const kwokLog = logFile('kwok');
  argo.kwok.pid = startDetached(
    bins.kwok,
    [
      `--kubeconfig=${kc}`,
      `--config=${KWOK_STAGES}`,
      `--manage-nodes-with-annotation-selector=${KWOK_NODE_ANNOTATION}=fake`,
      '--node-lease-duration-seconds=40',
      `--server-address=127.0.0.1:${kwokPort}`,
    ],
    kwokLog,
  );
  save();
  await healthy('kube-scheduler', argo.scheduler, schedPort, schedLog);
  await healthy('kube-controller-manager', argo.controllerManager, kcmPort, kcmLog);
  phase('scheduler + controller-manager');

  for (const n of KWOK_NODES) {
    await applyObject(port, certs, '/api/v1/nodes', {
      apiVersion: 'v1',
      kind: 'Node',
      metadata: {
        name: n.name,
        annotations: { [KWOK_NODE_ANNOTATION]: 'fake', 'node.alpha.kubernetes.io/ttl': '0' },
        labels: {
          'kubernetes.io/arch': n.arch,
          'kubernetes.io/os': 'linux',
          'kubernetes.io/hostname': n.name,
          type: 'kwok',
        },
      },
      spec: { taints: n.taints },
      status: {
        allocatable: { cpu: '64', memory: '256Gi', pods: '1000' },
        capacity: { cpu: '64', memory: '256Gi', pods: '1000' },
        nodeInfo: { architecture: n.arch, operatingSystem: 'linux', kubeletVersion: 'fake' },
      },
    });
  }
  const kwokDead = () =>
    isOurs(argo.kwok.pid, bins.kwok) ? undefined : `exited; ${kwokLog}:\n${tail(kwokLog)}`;
  for (const n of KWOK_NODES) {
    await waitFor(
      `kwok node ${n.name} Ready without the not-ready taint`,
      120_000,
      async () => {
        const r = await adminRequest(port, certs, 'GET', `/api/v1/nodes/${n.name}`);
        if (r.status !== 200) return false;
        const node = JSON.parse(r.body);
        const ready = (node.status?.conditions ?? []).some(
          (c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True',
        );
        const taints: { key: string }[] = node.spec?.taints ?? [];
        return ready && !taints.some((t) => t.key.startsWith('node.kubernetes.io/'));
      },
      kwokDead,
    );
  }
  phase('kwok nodes');

  const configMaps = loadAll(readFileSync(CONTROLLER_CONFIG, 'utf8')) as any[];
  for (const { namespace, instanceID } of ARGO_CONTROLLERS) {
    await applyObject(port, certs, '/api/v1/namespaces', {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: namespace },
    });
    const cm = configMaps.find((c) => c?.metadata?.namespace === namespace);
    if (!cm) throw new Error(`${CONTROLLER_CONFIG} has no ConfigMap for namespace ${namespace}`);
    if ((cm.data?.instanceID ?? undefined) !== instanceID)
      throw new Error(
        `${CONTROLLER_CONFIG}: the ConfigMap in ${namespace} must have instanceID ${instanceID}`,
      );
    await applyObject(port, certs, `/api/v1/namespaces/${namespace}/configmaps`, cm);
    const file = logFile(`workflow-controller-${namespace}`);
    const p = { pid: 0, bin: bins.workflowController, namespace };
    const fd = openSync(file, 'a');
    try {
      const child = spawn(
        bins.workflowController,
        ['--kubeconfig', kc, '--namespace', namespace, '--loglevel', 'info', '--log-format', 'text'],
        {
          detached: true,
          stdio: ['ignore', fd, fd],
          // It exits at once without an identity for its leader election.
          env: { ...process.env, LEADER_ELECTION_IDENTITY: `argo-guard-e2e-${namespace}` },
        },
      );
      child.unref();
      if (child.pid === undefined) throw new Error(`could not start ${bins.workflowController}`);
      p.pid = child.pid;
    } finally {
      closeSync(fd);
    }
    argo.workflowControllers.push(p);
    save();
    await waitFor(
      `workflow-controller (${namespace}) leading`,
      120_000,
      async () => {
        const r = await adminRequest(
          port,
          certs,
          'GET',
          // main.go names the Lease workflow-controller[-<instanceID>].
          `/apis/coordination.k8s.io/v1/namespaces/${namespace}/leases/workflow-controller${instanceID ? `-${instanceID}` : ''}`,
        );
        return r.status === 200 && JSON.parse(r.body).spec?.holderIdentity === `argo-guard-e2e-${namespace}`;
      },
      () => (isOurs(p.pid, p.bin) ? undefined : `exited; ${file}:\n${tail(file)}`),
    );
  }
  phase('workflow-controllers');
  log(`Argo side ready (${timings.join(', ')})`);
}
