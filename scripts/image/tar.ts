/**
 * Deterministic tar layers for the image: the same entries give the same bytes, whatever the
 * machine, the umask, the file timestamps or the order the filesystem lists them in. Entries are
 * sorted by path (byte order, parents first), every timestamp is one fixed value, owners are
 * numeric (no user or group names), modes are normalised (0755 for directories and executables,
 * 0644 for other files, unless an entry says otherwise), and gzip gets a header without a file
 * name or a timestamp. POSIX ustar, with a pax header only for a path or link target that does
 * not fit (long paths in node_modules).
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

export type TarEntry =
  | { type: 'dir'; path: string; mode?: number; uid?: number; gid?: number }
  | { type: 'file'; path: string; content: Buffer; mode?: number; uid?: number; gid?: number }
  | { type: 'symlink'; path: string; target: string; uid?: number; gid?: number };

const BLOCK = 512;

/** `./usr/bin/` or `/usr/bin` -> `usr/bin`; rejects `..` and empty paths (a layer must not escape its root). */
export function normalizeEntryPath(path: string): string {
  const parts = path.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.length === 0) throw new Error(`tar entry path "${path}" is empty`);
  if (parts.includes('..')) throw new Error(`tar entry path "${path}" contains ".."`);
  return parts.join('/');
}

function octal(value: number, width: number): string {
  // width includes the terminating NUL
  const s = value.toString(8);
  if (s.length > width - 1) throw new Error(`tar: ${value} does not fit in ${width - 1} octal digits`);
  return `${s.padStart(width - 1, '0')}\0`;
}

/** Splits a path into ustar prefix (155) and name (100), or returns undefined if it cannot. */
function ustarSplit(path: string): { prefix: string; name: string } | undefined {
  if (Buffer.byteLength(path) <= 100) return { prefix: '', name: path };
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
    const prefix = path.slice(0, i);
    const name = path.slice(i + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100 && name !== '')
      return { prefix, name };
  }
  return undefined;
}

function header(fields: {
  name: string;
  prefix: string;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  mtime: number;
  typeflag: string;
  linkname: string;
}): Buffer {
  const h = Buffer.alloc(BLOCK);
  h.write(fields.name, 0, 100, 'utf8');
  h.write(octal(fields.mode, 8), 100, 8, 'ascii');
  h.write(octal(fields.uid, 8), 108, 8, 'ascii');
  h.write(octal(fields.gid, 8), 116, 8, 'ascii');
  h.write(octal(fields.size, 12), 124, 12, 'ascii');
  h.write(octal(fields.mtime, 12), 136, 12, 'ascii');
  h.fill(' ', 148, 156); // checksum is computed over spaces
  h.write(fields.typeflag, 156, 1, 'ascii');
  h.write(fields.linkname, 157, 100, 'utf8');
  h.write('ustar\0', 257, 6, 'ascii');
  h.write('00', 263, 2, 'ascii');
  h.write(fields.prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
  return h;
}

function padded(content: Buffer): Buffer[] {
  const rest = content.length % BLOCK;
  return rest === 0 ? [content] : [content, Buffer.alloc(BLOCK - rest)];
}

/** A pax record `"<len> key=value\n"`, whose length counts its own digits. */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let len = Buffer.byteLength(body) + 1;
  while (String(len).length + Buffer.byteLength(body) !== len)
    len = String(len).length + Buffer.byteLength(body);
  return `${len}${body}`;
}

/** Path order of a layer: byte order of the path, so a directory always comes before what it holds. */
function comparePaths(a: string, b: string): number {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return Buffer.compare(x, y);
}

export interface TarOptions {
  /** Seconds since the epoch, for every entry. @default 0 */
  mtime?: number;
}

/**
 * The tar archive of `entries`, sorted, with missing parent directories added (0755, root).
 * Two entries with the same path are an error: a layer says one thing about each path.
 */
export function createTar(entries: readonly TarEntry[], options: TarOptions = {}): Buffer {
  const mtime = options.mtime ?? 0;
  const byPath = new Map<string, TarEntry>();
  for (const e of entries) {
    const path = normalizeEntryPath(e.path);
    const seen = byPath.get(path);
    if (seen) {
      // Several packages may each carry the same directory; any other clash is a mistake.
      if (seen.type === 'dir' && e.type === 'dir') continue;
      throw new Error(`tar: two entries for "${path}"`);
    }
    byPath.set(path, { ...e, path });
  }
  for (const path of [...byPath.keys()]) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const parent = parts.slice(0, i).join('/');
      const existing = byPath.get(parent);
      if (!existing) byPath.set(parent, { type: 'dir', path: parent });
      else if (existing.type !== 'dir')
        throw new Error(`tar: "${parent}" is a ${existing.type} and a parent of "${path}"`);
    }
  }
  const out: Buffer[] = [];
  for (const path of [...byPath.keys()].sort(comparePaths)) {
    const e = byPath.get(path)!;
    const name = e.type === 'dir' ? `${path}/` : path;
    const linkname = e.type === 'symlink' ? e.target : '';
    const content = e.type === 'file' ? e.content : Buffer.alloc(0);
    const mode = e.type === 'symlink' ? 0o777 : (e.mode ?? (e.type === 'dir' ? 0o755 : 0o644)) & 0o7777;
    let split = ustarSplit(name);
    const pax: string[] = [];
    if (!split) {
      pax.push(paxRecord('path', name));
      split = {
        prefix: '',
        name: Buffer.from(name)
          .subarray(0, 100)
          .toString('utf8')
          .replace(/\uFFFD$/, ''),
      };
    }
    let link = linkname;
    if (Buffer.byteLength(linkname) > 100) {
      pax.push(paxRecord('linkpath', linkname));
      link = '';
    }
    if (pax.length > 0) {
      const body = Buffer.from(pax.join(''));
      out.push(
        header({
          name: `PaxHeaders/${createHash('sha256').update(name).digest('hex').slice(0, 32)}`,
          prefix: '',
          mode: 0o644,
          uid: 0,
          gid: 0,
          size: body.length,
          mtime,
          typeflag: 'x',
          linkname: '',
        }),
        ...padded(body),
      );
    }
    out.push(
      header({
        name: split.name,
        prefix: split.prefix,
        mode,
        uid: e.uid ?? 0,
        gid: e.gid ?? 0,
        size: content.length,
        mtime,
        typeflag: e.type === 'dir' ? '5' : e.type === 'symlink' ? '2' : '0',
        linkname: link,
      }),
    );
    if (content.length > 0) out.push(...padded(content));
  }
  out.push(Buffer.alloc(2 * BLOCK));
  return Buffer.concat(out);
}

/**
 * The gzip level of the layers: zlib's default. Level 9 took minutes per Node.js layer on a
 * busy two-core machine. Part of the layer cache key: another level gives other bytes.
 */
export const GZIP_LEVEL = 6;

/**
 * Gzip with a fixed header: no file name, mtime 0, OS byte "Unix" (RFC 1952), whatever the
 * platform zlib was built for.
 */
export function deterministicGzip(data: Buffer): Buffer {
  const gz = gzipSync(data, { level: GZIP_LEVEL, strategy: constants.Z_DEFAULT_STRATEGY });
  gz.writeUInt32LE(0, 4); // MTIME
  gz[9] = 3; // OS = Unix
  return gz;
}

export interface TreeOptions {
  /** Where the tree goes in the layer, e.g. `app`. */
  into: string;
  /** Paths (relative to the tree root, `/`-separated) to leave out, with everything below them. */
  exclude?: (relative: string) => boolean;
  uid?: number;
  gid?: number;
}

/**
 * The entries of a directory tree on disk: directories, regular files and symlinks (a hard link
 * becomes a second regular file). Modes are normalised: 0755 for directories and for files with
 * any execute bit, else 0644, so a umask or a checkout never changes a layer. Anything else
 * (device, socket, fifo) is an error.
 */
export function treeEntries(root: string, options: TreeOptions): TarEntry[] {
  const out: TarEntry[] = [];
  const owner = { uid: options.uid ?? 0, gid: options.gid ?? 0 };
  const walk = (dir: string, rel: string) => {
    for (const name of readdirSync(dir).sort()) {
      const relative = rel ? `${rel}/${name}` : name;
      if (options.exclude?.(relative)) continue;
      const full = join(dir, name);
      const st = lstatSync(full);
      const path = `${options.into}/${relative}`;
      if (st.isDirectory()) {
        out.push({ type: 'dir', path, mode: 0o755, ...owner });
        walk(full, relative);
      } else if (st.isSymbolicLink()) {
        out.push({ type: 'symlink', path, target: readlinkSync(full), ...owner });
      } else if (st.isFile()) {
        out.push({
          type: 'file',
          path,
          content: readFileSync(full),
          mode: st.mode & 0o111 ? 0o755 : 0o644,
          ...owner,
        });
      } else {
        throw new Error(`${full}: not a file, directory or symlink; an image layer cannot hold it`);
      }
    }
  };
  walk(root, '');
  return out;
}
