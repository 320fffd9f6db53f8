/**
 * Builds the argo-guard image as an OCI image layout, without a container engine or a base
 * image: three layers per architecture, written as deterministic tars (tar.ts),
 *
 *   1. os:   glibc, libgcc, libstdc++ (Debian packages of that architecture), the CA bundle,
 *            /etc/passwd and /etc/group with the non-root user, /tmp
 *   2. node: the Node.js binary (npm package of that architecture)
 *   3. app:  /app/{package.json,bin,lib,node_modules} and the `argo-guard` launcher; the same
 *            blob for both architectures (plain JavaScript)
 *
 * and an image index over linux/amd64 and linux/arm64. Same inputs, same digests: every
 * timestamp is SOURCE_DATE_EPOCH (default 0), JSON is canonical, entries are sorted.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WATCHER_DEFAULT_PORT, WATCHER_IMAGE_USER } from '../../src/deploy/watcher';
import {
  ARCHITECTURES,
  type Architecture,
  CA_PACKAGE,
  cacheDir,
  compiledPackage,
  type DebianPackage,
  debianPackage,
  LIBRARY_PACKAGES,
  NODE_VERSION,
  nodePackage,
  productionDependencies,
} from './inputs';
import { type Descriptor, LayoutWriter, OCI } from './layout';
import { createTar, deterministicGzip, GZIP_LEVEL, type TarEntry, treeEntries } from './tar';

export const IMAGE_USER_NAME = 'argo-guard';
export const IMAGE_HOME = `/home/${IMAGE_USER_NAME}`;
export const IMAGE_APP_DIR = '/app';
export const IMAGE_ENTRYPOINT = ['argo-guard'];
export const IMAGE_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export interface BuildOptions {
  /** The repository to package (package.json, package-lock.json, bin/, src/). */
  repoRoot: string;
  /** Where the layout goes; replaced as a whole. */
  outDir: string;
  /** Seconds since the epoch for every timestamp. @default $SOURCE_DATE_EPOCH or 0 */
  epoch?: number;
  log?: (line: string) => void;
}

export interface BuildResult {
  /** The tag index.json gives the image (the package version). */
  ref: string;
  index: Descriptor;
  manifests: Record<Architecture, Descriptor>;
  layers: Record<Architecture, Descriptor[]>;
  debianPackages: Record<Architecture, string[]>;
}

/** Debian's paths that a runtime does not read: documentation (the copyright files stay), manuals, gdb helpers. */
function debExclude(relative: string): boolean {
  if (/^usr\/share\/(man|info|lintian|gdb|gcc|bug)(\/|$)/.test(relative)) return true;
  const doc = /^usr\/share\/doc\/[^/]+\/(.+)$/.exec(relative);
  return doc !== null && doc[1] !== 'copyright';
}

function osLayerEntries(debs: DebianPackage[], ca: DebianPackage): TarEntry[] {
  const entries: TarEntry[] = [];
  for (const deb of debs) entries.push(...treeEntries(deb.root, { into: '', exclude: debExclude }));
  // update-ca-certificates (a shell script, not run here) concatenates these in name order.
  const mozilla = treeEntries(join(ca.root, 'usr/share/ca-certificates/mozilla'), { into: 'x' });
  const bundle = Buffer.concat(
    mozilla.flatMap((e) => (e.type === 'file' && e.path.endsWith('.crt') ? [e.content] : [])),
  );
  if (bundle.length === 0) throw new Error(`${ca.root}: no CA certificates in the ca-certificates package`);
  const u = WATCHER_IMAGE_USER;
  entries.push(
    { type: 'file', path: 'etc/ssl/certs/ca-certificates.crt', content: bundle },
    {
      type: 'file',
      path: 'usr/share/doc/ca-certificates/copyright',
      content: readFileSync(join(ca.root, 'usr/share/doc/ca-certificates/copyright')),
    },
    {
      type: 'file',
      path: 'etc/passwd',
      content: Buffer.from(
        `root:x:0:0:root:/root:/usr/sbin/nologin\n${IMAGE_USER_NAME}:x:${u}:${u}:${IMAGE_USER_NAME}:${IMAGE_HOME}:/usr/sbin/nologin\n`,
      ),
    },
    { type: 'file', path: 'etc/group', content: Buffer.from(`root:x:0:\n${IMAGE_USER_NAME}:x:${u}:\n`) },
    // glibc's default without this file tries NIS-era sources first; files, then DNS, as Debian ships it.
    {
      type: 'file',
      path: 'etc/nsswitch.conf',
      content: Buffer.from('passwd: files\ngroup: files\nhosts: files dns\n'),
    },
    { type: 'dir', path: 'root', mode: 0o700 },
    { type: 'dir', path: IMAGE_HOME, mode: 0o755, uid: u, gid: u },
    { type: 'dir', path: 'tmp', mode: 0o1777 },
  );
  return entries;
}

function nodeLayerEntries(nodeDir: string): TarEntry[] {
  return [
    {
      type: 'file',
      path: 'usr/local/bin/node',
      content: readFileSync(join(nodeDir, 'package/bin/node')),
      mode: 0o755,
    },
    {
      type: 'file',
      path: 'usr/local/share/doc/node/LICENSE',
      content: readFileSync(join(nodeDir, 'package/LICENSE')),
    },
  ];
}

function appLayerEntries(repoRoot: string, lib: string, nodeModules: string): TarEntry[] {
  return [
    {
      type: 'file',
      path: `${IMAGE_APP_DIR}/package.json`,
      content: readFileSync(join(repoRoot, 'package.json')),
    },
    ...treeEntries(join(repoRoot, 'bin'), { into: `${IMAGE_APP_DIR}/bin` }),
    // Declarations are for TypeScript consumers of the npm package, not for running it.
    ...treeEntries(lib, { into: `${IMAGE_APP_DIR}/lib`, exclude: (p) => p.endsWith('.d.ts') }),
    ...treeEntries(nodeModules, { into: `${IMAGE_APP_DIR}/node_modules` }),
    // ENTRYPOINT ["argo-guard"]: the kernel runs this with the image's node (no shell, no /usr/bin/env).
    {
      type: 'file',
      path: 'usr/local/bin/argo-guard',
      mode: 0o755,
      content: Buffer.from(
        `#!/usr/local/bin/node\n'use strict';\nrequire('${IMAGE_APP_DIR}/bin/argo-guard.js');\n`,
      ),
    },
  ];
}

/**
 * A gzipped layer, cached by the digest of its tar and the gzip level (compressing the Node.js
 * binary takes a while). ARGO_GUARD_IMAGE_NO_LAYER_CACHE=1 compresses afresh (the reproducibility test).
 */
function layer(
  out: LayoutWriter,
  entries: TarEntry[],
  epoch: number,
): { descriptor: Descriptor; diffId: string } {
  const tar = createTar(entries, { mtime: epoch });
  const diffId = `sha256:${createHash('sha256').update(tar).digest('hex')}`;
  const cached = join(cacheDir(), 'layers', `${diffId.slice(7)}.gzip-${GZIP_LEVEL}.tar.gz`);
  let gz: Buffer;
  if (existsSync(cached) && !process.env.ARGO_GUARD_IMAGE_NO_LAYER_CACHE) gz = readFileSync(cached);
  else {
    gz = deterministicGzip(tar);
    mkdirSync(join(cached, '..'), { recursive: true });
    const tmp = `${cached}.tmp-${process.pid}`;
    writeFileSync(tmp, gz);
    renameSync(tmp, cached);
  }
  return { descriptor: out.blob(gz, OCI.layerGzip), diffId };
}

export function buildImage(options: BuildOptions): BuildResult {
  const log = options.log ?? (() => {});
  const epoch = options.epoch ?? Number(process.env.SOURCE_DATE_EPOCH ?? 0);
  if (!Number.isInteger(epoch) || epoch < 0)
    throw new Error(`SOURCE_DATE_EPOCH "${epoch}" is not a non-negative integer`);
  const created = new Date(epoch * 1000).toISOString().replace('.000Z', 'Z');
  const pkg = JSON.parse(readFileSync(join(options.repoRoot, 'package.json'), 'utf8'));

  mkdirSync(cacheDir(), { recursive: true });
  const staging = mkdtempSync(join(cacheDir(), '..', 'image-staging-'));
  const tmpOut = `${options.outDir}.tmp-${process.pid}`;
  rmSync(tmpOut, { recursive: true, force: true });
  try {
    log('compiling the package (tsc)');
    const lib = compiledPackage(options.repoRoot, staging);
    log('production dependencies (npm ci --omit=dev, cached per lock file)');
    const nodeModules = productionDependencies(options.repoRoot);
    const ca = debianPackage(CA_PACKAGE, 'all');
    const out = new LayoutWriter(tmpOut);
    const app = layer(out, appLayerEntries(options.repoRoot, lib, nodeModules), epoch);

    const manifests = {} as Record<Architecture, Descriptor>;
    const layers = {} as Record<Architecture, Descriptor[]>;
    const debianPackages = {} as Record<Architecture, string[]>;
    for (const arch of ARCHITECTURES) {
      log(`${arch}: Debian packages ${LIBRARY_PACKAGES.join(', ')}; node ${NODE_VERSION}`);
      const debs = LIBRARY_PACKAGES.map((name) => debianPackage(name, arch));
      debianPackages[arch] = [...debs, ca].map((d) => `${d.name}:${d.architecture}=${d.version}`);
      const os = layer(out, osLayerEntries(debs, ca), epoch);
      const node = layer(out, nodeLayerEntries(nodePackage(arch)), epoch);
      const all = [os, node, app];
      const config = out.json(
        {
          architecture: arch,
          os: 'linux',
          created,
          config: {
            User: `${WATCHER_IMAGE_USER}:${WATCHER_IMAGE_USER}`,
            Entrypoint: IMAGE_ENTRYPOINT,
            Env: [`PATH=${IMAGE_PATH}`, 'NODE_ENV=production'],
            WorkingDir: IMAGE_APP_DIR,
            ExposedPorts: { [`${WATCHER_DEFAULT_PORT}/tcp`]: {} },
            Labels: {
              'org.opencontainers.image.title': 'argo-guard',
              'org.opencontainers.image.version': pkg.version,
              'org.opencontainers.image.licenses': pkg.license,
              'dev.argo-guard.node-version': NODE_VERSION,
              'dev.argo-guard.debian-packages': debianPackages[arch].join(' '),
            },
          },
          rootfs: { type: 'layers', diff_ids: all.map((l) => l.diffId) },
          history: [
            {
              created,
              created_by: `scripts/image: ${LIBRARY_PACKAGES.join(' ')} ${CA_PACKAGE}, non-root user`,
            },
            { created, created_by: `scripts/image: node ${NODE_VERSION}` },
            { created, created_by: `scripts/image: ${pkg.name}@${pkg.version}, production dependencies` },
          ],
        },
        OCI.config,
      );
      layers[arch] = all.map((l) => l.descriptor);
      manifests[arch] = out.json(
        { schemaVersion: 2, mediaType: OCI.manifest, config, layers: layers[arch] },
        OCI.manifest,
      );
    }
    const index = out.json(
      {
        schemaVersion: 2,
        mediaType: OCI.index,
        manifests: ARCHITECTURES.map((arch) => ({
          ...manifests[arch],
          platform: { architecture: arch, os: 'linux' },
        })),
        annotations: {
          'org.opencontainers.image.title': 'argo-guard',
          'org.opencontainers.image.version': pkg.version,
          'org.opencontainers.image.created': created,
        },
      },
      OCI.index,
    );
    out.finish(index, pkg.version);
    rmSync(options.outDir, { recursive: true, force: true });
    renameSync(tmpOut, options.outDir);
    return { ref: pkg.version, index, manifests, layers, debianPackages };
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(tmpOut, { recursive: true, force: true });
  }
}
