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

function moduleVersion(goMod: string, module: string): string {
  const m = goMod.match(new RegExp(`^\\s*(?:require\\s+)?${module.replace(/[.]/g, '\\.')}\\s+(v\\S+)`, 'm'));
  if (!m) throw new Error(`${join(MODULE_DIR, 'go.mod')} does not require ${module}`);
  return m[1];
}

/** Where the binaries for the current go.mod/go.sum live (they may not be built yet). */
export function binaries(): Binaries {
  const goMod = readFileSync(join(MODULE_DIR, 'go.mod'), 'utf8');
  const hash = createHash('sha256');
  for (const f of ['go.mod', 'go.sum', 'etcd/main.go']) hash.update(readFileSync(join(MODULE_DIR, f)));
  const k8sVersion = moduleVersion(goMod, 'k8s.io/kubernetes');
  const cache = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  const dir = join(cache, 'argo-guard', 'kubebin', `${k8sVersion}-${hash.digest('hex').slice(0, 12)}`);
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

/**
 * Builds both binaries unless they are cached. Prints one line to stderr when a cold build starts,
 * a self-rewriting progress line on a TTY while it runs, and the log's tail if it fails.
 */
export async function ensureBuilt(): Promise<Binaries> {
  const b = binaries();
  if (isBuilt(b)) return b;
  const go = findGo();
  if (!go) throw new Error('cannot build the control plane: no Go toolchain (set $GO or put `go` on PATH)');

  mkdirSync(join(b.dir, '..'), { recursive: true });
  const tmp = `${b.dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const log = join(tmp, 'build.log');
  process.stderr.write(
    `building kube-apiserver ${b.k8sVersion} and etcd ${b.etcdVersion} from the Go module proxy ` +
      `(first time ~${COLD_BUILD_MINUTES} min on 2 idle cores; log: ${join(b.dir, 'build.log')})\n`,
  );

  const targets = ['k8s.io/kubernetes/cmd/kube-apiserver', './etcd'];
  const env = { ...process.env, CGO_ENABLED: '0' };
  // The package count makes the progress line honest; `go list` resolves modules (downloads) first.
  const list = spawnSync(go, ['list', '-deps', ...targets], {
    cwd: MODULE_DIR,
    env,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const total = list.status === 0 ? list.stdout.split('\n').filter(Boolean).length : undefined;

  const v = 'k8s.io/component-base/version';
  const [, major, minor] = b.k8sVersion.match(/^v(\d+)\.(\d+)/) ?? [];
  const ldflags = [
    '-s -w',
    `-X ${v}.gitVersion=${b.k8sVersion}`,
    `-X ${v}.gitMajor=${major}`,
    `-X ${v}.gitMinor=${minor}`,
    `-X ${v}.gitTreeState=clean`,
  ].join(' ');
  const started = Date.now();
  const p = progress(`building kube-apiserver ${b.k8sVersion}`);
  const out = createWriteStream(log);
  let built = 0;
  const child = spawn(go, ['build', '-v', '-trimpath', '-ldflags', ldflags, '-o', `${tmp}/`, ...targets], {
    cwd: MODULE_DIR,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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
  if (code !== 0) {
    p.done();
    const tail = readFileSync(log, 'utf8').trim().split('\n').slice(-25).join('\n');
    throw new Error(`go build failed (exit ${code}) after ${seconds}s; log: ${log}\n${tail}`);
  }
  p.done();
  process.stderr.write(`built kube-apiserver ${b.k8sVersion} and etcd ${b.etcdVersion} in ${seconds}s\n`);
  const goVersion = spawnSync(go, ['env', 'GOVERSION'], { encoding: 'utf8' }).stdout.trim();
  writeFileSync(
    join(tmp, 'build.json'),
    `${JSON.stringify({ k8sVersion: b.k8sVersion, etcdVersion: b.etcdVersion, goVersion, seconds }, null, 2)}\n`,
  );
  // Rename last, so a half-finished build is never mistaken for a cached one.
  if (existsSync(b.dir)) rmSync(b.dir, { recursive: true, force: true });
  renameSync(tmp, b.dir);
  return b;
}
