/**
 * Builds kube-apiserver and etcd from the Go module proxy with the wrapper module in this folder
 * (go.mod pins k8s.io/kubernetes and maps its staging modules to their published v0.x tags;
 * `go install k8s.io/kubernetes/cmd/kube-apiserver@v1.x` is refused because of kubernetes'
 * replace directives, golang/go#44840, kubernetes/kubernetes#79384).
 *
 * Binaries live outside the repository, in `$XDG_CACHE_HOME/argo-guard/kubebin/<k8s>-<hash>/`,
 * keyed by the Kubernetes version and a hash of go.mod, go.sum and etcd/main.go, so a second
 * build (and every warm start) costs nothing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  accessSync,
  constants,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { progress } from '../../src/progress';

export const MODULE_DIR = __dirname;

/** Measured on the 2-core reference machine; see test/e2e/README.md. */
const COLD_BUILD_MINUTES = 5;

export interface Binaries {
  dir: string;
  kubeApiserver: string;
  etcd: string;
  k8sVersion: string;
  etcdVersion: string;
}

function moduleVersion(goMod: string, module: string, moduleDir = MODULE_DIR): string {
  const m = goMod.match(new RegExp(`^\\s*(?:require\\s+)?${module.replace(/[.]/g, '\\.')}\\s+(v\\S+)`, 'm'));
  if (!m) throw new Error(`${join(moduleDir, 'go.mod')} does not require ${module}`);
  return m[1];
}

/** Where the binaries for the current go.mod/go.sum live (they may not be built yet). */
export function binaries(): Binaries {
  const goMod = readFileSync(join(MODULE_DIR, 'go.mod'), 'utf8');
  const k8sVersion = moduleVersion(goMod, 'k8s.io/kubernetes');
  const hash = moduleHash(MODULE_DIR, ['go.mod', 'go.sum', 'etcd/main.go']);
  const dir = join(cacheRoot(), `${k8sVersion}-${hash}`);
  return {
    dir,
    kubeApiserver: join(dir, 'kube-apiserver'),
    etcd: join(dir, 'etcd'),
    k8sVersion,
    etcdVersion: moduleVersion(goMod, 'go.etcd.io/etcd/server/v3'),
  };
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function isBuilt(b: Binaries = binaries()): boolean {
  return executable(b.kubeApiserver) && executable(b.etcd);
}

/** The go command: $GO when set (and only it), else `go` on PATH, else the standard /usr/local/go. */
export function findGo(): string | undefined {
  const candidates = process.env.GO ? [process.env.GO] : ['go', '/usr/local/go/bin/go'];
  return candidates.find((c) => spawnSync(c, ['version'], { stdio: 'ignore' }).status === 0);
}

/** One `go build` of some packages of one wrapper module into one cache directory. */
interface BuildSet {
  /** What the log lines call it, e.g. `kube-apiserver v1.36.3 and etcd v3.6.8`. */
  label: string;
  moduleDir: string;
  /** The cache directory (renamed into place only after a successful build). */
  dir: string;
  /** Packages to build; each becomes the binary named after its last path element. */
  targets: string[];
  /** Binaries that must exist afterwards (absolute paths in `dir`). */
  outputs: string[];
  ldflags: string;
  /** Measured on the 2-core reference machine; see test/e2e/README.md. */
  coldMinutes: number;
  /** Written to build.json next to the binaries. */
  facts: Record<string, string>;
}

/** A hash of the files that decide what a wrapper module builds (its cache key). */
function moduleHash(moduleDir: string, files: string[]): string {
  const hash = createHash('sha256');
  for (const f of files) hash.update(readFileSync(join(moduleDir, f)));
  return hash.digest('hex').slice(0, 12);
}

function cacheRoot(): string {
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'argo-guard', 'kubebin');
}

/**
 * Builds a set unless it is cached. Prints one line to stderr when a cold build starts,
 * a self-rewriting progress line on a TTY while it runs, and the log's tail if it fails.
 */
async function buildSet(set: BuildSet): Promise<void> {
  if (set.outputs.every(executable)) return;
  const go = findGo();
  if (!go) throw new Error(`cannot build ${set.label}: no Go toolchain (set $GO or put \`go\` on PATH)`);

  mkdirSync(join(set.dir, '..'), { recursive: true });
  const tmp = `${set.dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const log = join(tmp, 'build.log');
  process.stderr.write(
    `building ${set.label} from the Go module proxy ` +
      `(first time ~${set.coldMinutes} min on 2 idle cores; log: ${join(set.dir, 'build.log')})\n`,
  );

  const env = { ...process.env, CGO_ENABLED: '0' };
  // The package count makes the progress line honest; `go list` resolves modules (downloads) first.
  const list = spawnSync(go, ['list', '-deps', ...set.targets], {
    cwd: set.moduleDir,
    env,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const total = list.status === 0 ? list.stdout.split('\n').filter(Boolean).length : undefined;

  const started = Date.now();
  const p = progress(`building ${set.label}`);
  const out = createWriteStream(log);
  let built = 0;
  const child = spawn(
    go,
    ['build', '-v', '-trimpath', '-ldflags', set.ldflags, '-o', `${tmp}/`, ...set.targets],
    { cwd: set.moduleDir, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const tick = () => {
    const secs = Math.round((Date.now() - started) / 1000);
    p.update(total ? Math.min(built, total) : built, total, `packages, ${secs}s`);
  };
  const heartbeat = setInterval(tick, 1000);
  let pending = '';
  const onData = (chunk: Buffer) => {
    out.write(chunk);
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    built += lines.filter((l) => /^[\w.\-/]+$/.test(l)).length;
    tick();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const code: number = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c ?? 1));
  });
  clearInterval(heartbeat);
  await new Promise<void>((resolve) => out.end(resolve));
  const seconds = Math.round((Date.now() - started) / 1000);
  p.done();
  if (code !== 0) {
    const tail = readFileSync(log, 'utf8').trim().split('\n').slice(-25).join('\n');
    throw new Error(`go build of ${set.label} failed (exit ${code}) after ${seconds}s; log: ${log}\n${tail}`);
  }
  process.stderr.write(`built ${set.label} in ${seconds}s\n`);
  const goVersion = spawnSync(go, ['env', 'GOVERSION'], { encoding: 'utf8' }).stdout.trim();
  writeFileSync(
    join(tmp, 'build.json'),
    `${JSON.stringify({ ...set.facts, goVersion, seconds }, null, 2)}\n`,
  );
  // Rename last, so a half-finished build is never mistaken for a cached one.
  if (existsSync(set.dir)) rmSync(set.dir, { recursive: true, force: true });
  renameSync(tmp, set.dir);
}

function k8sLdflags(k8sVersion: string): string {
  const v = 'k8s.io/component-base/version';
  const [, major, minor] = k8sVersion.match(/^v(\d+)\.(\d+)/) ?? [];
  return [
    '-s -w',
    `-X ${v}.gitVersion=${k8sVersion}`,
    `-X ${v}.gitMajor=${major}`,
    `-X ${v}.gitMinor=${minor}`,
    `-X ${v}.gitTreeState=clean`,
  ].join(' ');
}

/** Builds kube-apiserver and etcd unless they are cached. */
export async function ensureBuilt(): Promise<Binaries> {
  const b = binaries();
  await buildSet({
    label: `kube-apiserver ${b.k8sVersion} and etcd ${b.etcdVersion}`,
    moduleDir: MODULE_DIR,
    dir: b.dir,
    targets: ['k8s.io/kubernetes/cmd/kube-apiserver', './etcd'],
    outputs: [b.kubeApiserver, b.etcd],
    ldflags: k8sLdflags(b.k8sVersion),
    coldMinutes: COLD_BUILD_MINUTES,
    facts: { k8sVersion: b.k8sVersion, etcdVersion: b.etcdVersion },
  });
  return b;
}

// ---------------------------------------------------------------------------------------------
// The Argo side (`cp:up --with-argo`): kube-scheduler and kube-controller-manager from the same
// wrapper module as kube-apiserver (no go.sum change), kwok and the Argo workflow-controller
// from wrapper modules of their own (each pins its own k8s.io/* versions; one module for all
// would let MVS move the versions under one of them).

export const KWOK_MODULE_DIR = join(MODULE_DIR, 'kwok');
export const ARGO_MODULE_DIR = join(MODULE_DIR, 'argo');

export interface ArgoBinaries {
  kubeScheduler: string;
  kubeControllerManager: string;
  kwok: string;
  workflowController: string;
  kwokVersion: string;
  argoVersion: string;
}

function controllerDirs() {
  const kwokMod = readFileSync(join(KWOK_MODULE_DIR, 'go.mod'), 'utf8');
  const argoMod = readFileSync(join(ARGO_MODULE_DIR, 'go.mod'), 'utf8');
  const kwokVersion = moduleVersion(kwokMod, 'sigs.k8s.io/kwok', KWOK_MODULE_DIR);
  const argoVersion = moduleVersion(argoMod, 'github.com/argoproj/argo-workflows/v4', ARGO_MODULE_DIR);
  const root = cacheRoot();
  return {
    kube: `${binaries().dir}-controllers`,
    kwok: join(root, `kwok-${kwokVersion}-${moduleHash(KWOK_MODULE_DIR, ['go.mod', 'go.sum'])}`),
    argo: join(root, `argo-${argoVersion}-${moduleHash(ARGO_MODULE_DIR, ['go.mod', 'go.sum'])}`),
    kwokVersion,
    argoVersion,
  };
}

/** Where the Argo-side binaries for the current wrapper modules live (they may not be built yet). */
export function argoBinaries(): ArgoBinaries {
  const d = controllerDirs();
  return {
    kubeScheduler: join(d.kube, 'kube-scheduler'),
    kubeControllerManager: join(d.kube, 'kube-controller-manager'),
    kwok: join(d.kwok, 'kwok'),
    workflowController: join(d.argo, 'workflow-controller'),
    kwokVersion: d.kwokVersion,
    argoVersion: d.argoVersion,
  };
}

export function isArgoBuilt(b: ArgoBinaries = argoBinaries()): boolean {
  return [b.kubeScheduler, b.kubeControllerManager, b.kwok, b.workflowController].every(executable);
}

/** Builds kube-scheduler, kube-controller-manager, kwok and the workflow-controller unless cached. */
export async function ensureArgoBuilt(): Promise<ArgoBinaries> {
  // One after the other: each link step alone peaks at 1.4–1.9 GB on this kind of machine. The
  // kube ones last: they reuse most of kube-apiserver's compiled packages from the Go build cache.
  await buildWorkflowController();
  await buildKwok();
  await buildKubeControllers();
  return argoBinaries();
}

export async function buildWorkflowController(): Promise<void> {
  const d = controllerDirs();
  await buildSet({
    label: `Argo workflow-controller ${d.argoVersion}`,
    moduleDir: ARGO_MODULE_DIR,
    dir: d.argo,
    targets: ['github.com/argoproj/argo-workflows/v4/cmd/workflow-controller'],
    outputs: [argoBinaries().workflowController],
    // The version decides the executor image it puts in pods (argoexec:<version>; v0.0.0 without).
    ldflags: `-s -w -X github.com/argoproj/argo-workflows/v4.version=${d.argoVersion}`,
    coldMinutes: 10,
    facts: { argoVersion: d.argoVersion },
  });
}

export async function buildKwok(): Promise<void> {
  const d = controllerDirs();
  await buildSet({
    label: `kwok ${d.kwokVersion}`,
    moduleDir: KWOK_MODULE_DIR,
    dir: d.kwok,
    targets: ['sigs.k8s.io/kwok/cmd/kwok'],
    outputs: [argoBinaries().kwok],
    ldflags: `-s -w -X sigs.k8s.io/kwok/pkg/consts.Version=${d.kwokVersion.replace(/^v/, '')}`,
    coldMinutes: 5,
    facts: { kwokVersion: d.kwokVersion },
  });
}

export async function buildKubeControllers(): Promise<void> {
  const k = binaries();
  const b = argoBinaries();
  await buildSet({
    label: `kube-scheduler and kube-controller-manager ${k.k8sVersion}`,
    moduleDir: MODULE_DIR,
    dir: controllerDirs().kube,
    targets: ['k8s.io/kubernetes/cmd/kube-scheduler', 'k8s.io/kubernetes/cmd/kube-controller-manager'],
    outputs: [b.kubeScheduler, b.kubeControllerManager],
    ldflags: k8sLdflags(k.k8sVersion),
    coldMinutes: 6,
    facts: { k8sVersion: k.k8sVersion },
  });
}
