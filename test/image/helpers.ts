/**
 * Helpers for the image tests: what building the image needs here (root for chroot, apt with the
 * arm64 architecture, dpkg-deb), running `npm run image`, and unpacking a platform's root
 * filesystem from the layout with the real tar, as a container runtime would.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { readLayout } from '../../scripts/image/layout';

export const ROOT = join(__dirname, '..', '..');

/** What is missing to build and run the image here; under CI=true anything missing is a failure. */
export function imageSkipReason(): string | undefined {
  const missing: string[] = [];
  if (process.getuid?.() !== 0) missing.push('root (chroot, --userspec)');
  for (const cmd of ['chroot', 'apt-get', 'apt-cache', 'dpkg-deb', 'dpkg', 'tar'])
    if (spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status !== 0) missing.push(cmd);
  if (missing.length === 0) {
    const foreign = spawnSync('dpkg', ['--print-foreign-architectures'], { encoding: 'utf8' }).stdout ?? '';
    if (!foreign.split(/\s+/).includes('arm64') && process.arch !== 'arm64')
      missing.push(
        'the arm64 apt architecture (dpkg --add-architecture arm64 && apt-get update; scripts/prereqs.sh)',
      );
  }
  if (missing.length === 0) return undefined;
  const reason = `image tests need ${missing.join(', ')}`;
  if (process.env.CI === 'true' || process.env.CI === '1')
    throw new Error(`${reason} (CI=true makes this a failure)`);
  return reason;
}

/** `npm run image -- --out DIR ...` (through tsx directly); returns stdout, throws with stderr on failure. */
export function runImageCli(args: string[], env: NodeJS.ProcessEnv = {}): string {
  const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/image/cli.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 2_400_000,
  });
  if (r.status !== 0) throw new Error(`npm run image -- ${args.join(' ')} exited ${r.status}:\n${r.stderr}`);
  return r.stdout;
}

export interface LayoutImage {
  indexDigest: string;
  index: any;
  manifest(arch: string): { digest: string; manifest: any; config: any };
  blob(digest: string): Buffer;
}

export function openLayout(dir: string): LayoutImage {
  const layout = readLayout(dir);
  const index = JSON.parse(layout.blob(layout.index.digest).toString('utf8'));
  return {
    indexDigest: layout.index.digest,
    index,
    blob: layout.blob,
    manifest(arch) {
      const entry = index.manifests.find((m: any) => m.platform.architecture === arch);
      if (!entry) throw new Error(`no ${arch} manifest in ${dir}`);
      const manifest = JSON.parse(layout.blob(entry.digest).toString('utf8'));
      const config = JSON.parse(layout.blob(manifest.config.digest).toString('utf8'));
      return { digest: entry.digest, manifest, config };
    },
  };
}

/** Extracts the layers of `arch` in order into `into`, with the real tar, owners and modes kept. */
export function unpackRootfs(dir: string, arch: string, into: string): string {
  const image = openLayout(dir);
  mkdirSync(into, { recursive: true });
  for (const layer of image.manifest(arch).manifest.layers) {
    execFileSync('tar', [
      '-xzf',
      join(dir, 'blobs', 'sha256', layer.digest.slice(7)),
      '-C',
      into,
      '--same-owner',
      '--same-permissions',
    ]);
  }
  return into;
}

/** `e_machine` of an ELF file (62 x86-64, 183 AArch64), or undefined when it is not ELF. */
export function elfMachine(content: Buffer): number | undefined {
  if (content.length < 20 || content.readUInt32BE(0) !== 0x7f454c46) return undefined;
  // EI_DATA (byte 5): 1 little-endian, 2 big-endian.
  return content[5] === 2 ? content.readUInt16BE(18) : content.readUInt16LE(18);
}
