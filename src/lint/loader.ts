/**
 * Reads the inputs of `argo-guard lint`: files, directories (recursive), stdin. Parsing is the
 * fast path (js-yaml, one document at a time); source positions are computed later and only for
 * objects that have findings (./positions). Files are read and parsed one at a time; what is kept
 * is the parsed objects the rules may need, never the file text (stdin and pipes such as `<(…)`
 * excepted: they cannot be read twice).
 *
 * Hostile input stays bounded: every input is read with a byte cap while it is read (a pipe or
 * /dev/zero has no size to check up front), a FIFO is opened non-blocking (open() on a FIFO
 * without a writer would wait forever), devices are refused, and the nesting depth is checked
 * on the raw bytes before any parser or regular expression sees them.
 *
 * Every input that cannot be read becomes an InputError with file:line:column; the rest is
 * still linted (docs/rule-catalog.md, "Output contract": exit 2, the other inputs still reported).
 */
import { isUtf8 } from 'node:buffer';
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  statSync,
} from 'node:fs';
import { extname, join } from 'node:path';
import * as jsYaml from 'js-yaml';
import { isObject } from '../argo/json';
import type { Manifest } from '../rules/types';

/** What a directory walk picks up. Files named explicitly are read whatever their extension. */
export const MANIFEST_EXTENSIONS = ['.yaml', '.yml', '.json'];

/** Default upper bound on the size of one input file (`--max-file-size`). */
export const DEFAULT_MAX_FILE_SIZE = 32 * 1024 * 1024;

/** Name used for standard input in messages and output. */
export const STDIN_NAME = '<stdin>';

/** An input (or part of one) that could not be read. Line and column are 1-based when known. */
export interface InputError {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

/** One parsed object and where it came from. */
export interface LoadedObject {
  manifest: Manifest;
  file: string;
  /** Index of the YAML document in the file (documents are split at `---` lines). */
  doc: number;
  /** JSON pointer of the object inside the document: '' or '/items/N' for a `kind: List`. */
  base: string;
}

/** A YAML document of a file: the slice of the text (or bytes) between two `---` marker lines. */
export interface DocSlice {
  start: number;
  end: number;
}

export interface LoadOptions {
  maxFileSize?: number;
  /** Standard input (for '-'); defaults to process.stdin. */
  stdin?: NodeJS.ReadableStream;
  /** Record a hash of each file's bytes (for --fix, which refuses to edit bytes it did not plan on). */
  hashes?: boolean;
  /** Bytes of pipes already read by an earlier run (`LoadResult.texts`): a pipe cannot be read twice. */
  reuse?: ReadonlyMap<string, Buffer>;
  /** Called once per file, for progress. */
  onFile?: (file: string) => void;
}

export interface LoadResult {
  objects: LoadedObject[];
  errors: InputError[];
  /** Files read (including unreadable ones). */
  files: string[];
  /** Bytes of inputs that cannot be read again (stdin, pipes), for positions. */
  texts: Map<string, Buffer>;
  /** Byte ranges of each file's YAML documents (a JSON file is one), for positions. */
  slices: Map<string, DocSlice[]>;
  /** sha256 of the bytes each regular file was linted from (only with `hashes: true`). */
  hashes: Map<string, string>;
}

/** sha256 of some bytes, hex: what --fix compares before it writes. */
export function hashBytes(buf: Buffer): string {
  // Required here, not at the top: only --fix hashes, and node:crypto costs start-up time.
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(buf).digest('hex');
}

/**
 * Deepest nesting accepted (flow collections, JSON objects and arrays). js-yaml refuses deeper
 * documents itself; JSON.parse has no limit, and the `yaml` package used for positions aborts the
 * whole process (V8 "RegExpCompiler Allocation failed") on a JSON text nested 1,000 deep.
 */
export const MAX_DEPTH = 100;

/** js-yaml's own int type (not in its typings), extended below with YAML 1.1 octals. */
const CORE_INT = (jsYaml as any).types.int as jsYaml.Type & {
  resolve: (s: string) => boolean;
  construct: (s: string) => number;
};

/** `012` (YAML 1.1 octal; YAML 1.2 and js-yaml read it as decimal 12). */
function isYaml11Octal(s: string): boolean {
  // Cheap first-character test: this runs for every plain scalar of every file.
  const c = s.charCodeAt(0);
  if (c !== 0x30 && !((c === 0x2b || c === 0x2d) && s.charCodeAt(1) === 0x30)) return false;
  return /^[-+]?0[0-7_]*[0-7][0-7_]*$/.test(s);
}

/**
 * YAML as Kubernetes reads it (sigs.k8s.io/yaml, go-yaml v2, then JSON): the core schema, so that
 * `2024-01-01` stays a string, with YAML 1.1 booleans and octals, the YAML 1.1 tags accepted, and
 * merge keys (`<<`), which go-yaml supports.
 */
export const K8S_SCHEMA = jsYaml.CORE_SCHEMA.extend({
  implicit: [
    // kubectl reads YAML 1.1 (go-yaml v2): `yes`, `on`, `y` are true; `012` is octal 10.
    new jsYaml.Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: (s: string | null) => s !== null && isYaml11Bool(s),
      construct: (s: string) => YAML11_BOOLS.get(s),
      predicate: (v: unknown) => typeof v === 'boolean',
      represent: { lowercase: (v: object) => (v ? 'true' : 'false') },
      defaultStyle: 'lowercase',
    }),
    new jsYaml.Type('tag:yaml.org,2002:int', {
      kind: 'scalar', // for loading only: argo-guard never dumps with this schema
      resolve: (s: string | null) => s !== null && (isYaml11Octal(s) || CORE_INT.resolve(s)),
      construct: (s: string) =>
        isYaml11Octal(s)
          ? (s.startsWith('-') ? -1 : 1) * Number.parseInt(s.replace(/^[-+]?0/, '').replace(/_/g, ''), 8)
          : CORE_INT.construct(s),
    }),
    (jsYaml as any).types.merge,
  ],
  // Valid YAML that sigs.k8s.io/yaml accepts: the values are kept as the text (as go-yaml v2
  // does for timestamps; no rule reads binary data), the collections as they are.
  explicit: [
    new jsYaml.Type('tag:yaml.org,2002:binary', { kind: 'scalar', construct: (s: string) => s }),
    new jsYaml.Type('tag:yaml.org,2002:timestamp', { kind: 'scalar', construct: (s: string) => s }),
    new jsYaml.Type('tag:yaml.org,2002:set', { kind: 'mapping', construct: (m: unknown) => m ?? {} }),
    new jsYaml.Type('tag:yaml.org,2002:omap', { kind: 'sequence', construct: (l: unknown) => l ?? [] }),
    new jsYaml.Type('tag:yaml.org,2002:pairs', { kind: 'sequence', construct: (l: unknown) => l ?? [] }),
  ],
});

/**
 * Cheap length and first-character tests before the Map lookup: this runs for every plain scalar
 * of every file, and hashing each one for the Map cost more than the rest of the resolve.
 */
function isYaml11Bool(s: string): boolean {
  if (s.length > 5) return false;
  const c = s.charCodeAt(0) | 0x20; // lower case
  if (c !== 0x79 && c !== 0x6e && c !== 0x74 && c !== 0x66 && c !== 0x6f) return false; // y n t f o
  return YAML11_BOOLS.has(s);
}

/** go-yaml v2 resolve.go: the YAML 1.1 booleans kubectl reads. */
const YAML11_BOOLS = new Map<string, boolean>([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map((k) => [k, true] as const),
  ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map(
    (k) => [k, false] as const,
  ),
]);

/** An alias-heavy document may expand to at most this many nodes (or its length in characters, if more). */
const MAX_EXPANDED_NODES = 200_000;

/** Finds the documents of a YAML stream: a new one starts at every `---` line (YAML 1.2 §9.1). */
export function splitDocuments(text: string): DocSlice[] {
  const starts = [0];
  let i = 0;
  for (;;) {
    const at = text.indexOf('\n---', i);
    if (at < 0) break;
    if (isMarkerEnd(text, at + 4)) starts.push(at + 1);
    i = at + 4;
  }
  return starts.map((start, k) => ({ start, end: k + 1 < starts.length ? starts[k + 1] : text.length }));
}

/** splitDocuments on the raw bytes (byte offsets): the fast path never decodes a whole file at once. */
export function splitBuffer(buf: Buffer): DocSlice[] {
  const starts = [0];
  let i = 0;
  for (;;) {
    const at = buf.indexOf(MARKER, i);
    if (at < 0) break;
    const c = buf[at + 4];
    if (c === undefined || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) starts.push(at + 1);
    i = at + 4;
  }
  return starts.map((start, k) => ({ start, end: k + 1 < starts.length ? starts[k + 1] : buf.length }));
}

const MARKER = Buffer.from('\n---');

/** Number of line breaks in buf[from, to). */
export function countLines(buf: Buffer, from: number, to: number): number {
  let n = 0;
  let i = buf.indexOf(10, from);
  while (i >= 0 && i < to) {
    n++;
    i = buf.indexOf(10, i + 1);
  }
  return n;
}

function isMarkerEnd(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const c = text.charCodeAt(at);
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** Line starts of a text, for offset -> line/column. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  let i = text.indexOf('\n');
  while (i >= 0) {
    starts.push(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  return starts;
}

/** 1-based line and column of an offset. */
export function lineColumn(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

/** Lists the files under the given paths: directories recursively, sorted, skipping .git and node_modules. */
export function collectFiles(paths: readonly string[], errors: InputError[]): string[] {
  const out: string[] = [];
  const walk = (dir: string, depth: number) => {
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch (err) {
      errors.push({ file: dir, message: `cannot read directory: ${(err as Error).message}` });
      return;
    }
    for (const name of entries) {
      if (name === '.git' || name === 'node_modules') continue;
      const full = join(dir, name);
      let st: ReturnType<typeof lstatSync>;
      try {
        st = lstatSync(full);
        // A symlink is followed to a file, never to a directory (no loops).
        if (st.isSymbolicLink()) st = statSync(full);
      } catch {
        continue; // a dangling link in a tree is not an input the user named
      }
      if (st.isDirectory()) {
        if (!lstatSync(full).isSymbolicLink() && depth < 64) walk(full, depth + 1);
      } else if (st.isFile() && MANIFEST_EXTENSIONS.includes(extname(name).toLowerCase())) {
        out.push(full);
      }
    }
  };
  for (const p of paths) {
    if (p === '-') {
      out.push('-');
      continue;
    }
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(p);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      errors.push({
        file: p,
        message: code === 'ENOENT' ? 'no such file or directory' : (err as Error).message,
      });
      continue;
    }
    if (st.isDirectory()) walk(p, 0);
    else out.push(p);
  }
  return out;
}

/** Reads and parses every input. Unreadable inputs become errors; the rest is returned. */
export async function loadInputs(paths: readonly string[], options: LoadOptions = {}): Promise<LoadResult> {
  const result: LoadResult = {
    objects: [],
    errors: [],
    files: [],
    texts: new Map(),
    slices: new Map(),
    hashes: new Map(),
  };
  const files = collectFiles(paths.length ? paths : ['.'], result.errors);
  const max = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  for (const f of files) {
    const file = f === '-' ? STDIN_NAME : f;
    result.files.push(file);
    options.onFile?.(file);
    const kept = options.reuse?.get(file);
    const read: ReadResult = kept
      ? { data: kept, pipe: true }
      : f === '-'
        ? await readStream(options.stdin ?? process.stdin, max, true)
        : await readInput(file, max);
    if ('error' in read) {
      result.errors.push({ file, message: read.error });
      continue;
    }
    // Parse the very bytes that were read: a pipe cannot be read again, and a file may change.
    if (read.pipe) result.texts.set(file, read.data);
    else if (options.hashes) result.hashes.set(file, hashBytes(read.data));
    const slices = parseText(file, read.data, result.objects, result.errors);
    if (slices) result.slices.set(file, slices);
  }
  return result;
}

type ReadResult = { data: Buffer; pipe: boolean } | { error: string };

function tooLarge(max: number, size?: number): { error: string } {
  return {
    error:
      size === undefined
        ? `input is larger than --max-file-size (${max} bytes); not read further`
        : `file is ${size} bytes, over the limit of ${max} bytes; raise --max-file-size to lint it`,
  };
}

/**
 * Opens without blocking (a FIFO without a writer blocks open() forever), then reads a regular
 * file with a byte cap and a pipe (`<(…)`, a FIFO) as a stream with the same cap. Anything else
 * (/dev/zero, a terminal, a socket) is refused: it is never a manifest and may never end.
 */
async function readInput(file: string, max: number): Promise<ReadResult> {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    return { error: `cannot read: ${(err as Error).message}` };
  }
  let st: ReturnType<typeof fstatSync>;
  try {
    st = fstatSync(fd);
  } catch (err) {
    closeSync(fd);
    return { error: `cannot read: ${(err as Error).message}` };
  }
  if (st.isFIFO()) {
    // Linux never reports end-of-file through poll() for a FIFO no writer has opened yet: a
    // stream would wait forever. A non-blocking read tells: 0 is no writer, EAGAIN a writer
    // that has not written yet.
    const first = Buffer.allocUnsafe(64 * 1024);
    let n: number;
    try {
      n = readSync(fd, first, 0, first.length, null);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') {
        closeSync(fd);
        return { error: `cannot read: ${(err as Error).message}` };
      }
      n = -1;
    }
    if (n === 0) {
      closeSync(fd);
      return { error: 'a pipe or FIFO with no writer: nothing to read' };
    }
    // Required here, not at the top: node:net costs start-up time and only FIFOs need it.
    const { Socket } = require('node:net') as typeof import('node:net');
    const stream = new Socket({ fd, readable: true, writable: false });
    return readStream(stream, max, true, n > 0 ? first.subarray(0, n) : undefined);
  }
  try {
    if (!st.isFile()) return { error: `not a regular file or pipe (${fileType(st)}); not read` };
    if (st.size > max) return tooLarge(max, st.size);
    return readCapped(fd, max);
  } catch (err) {
    return { error: `cannot read: ${(err as Error).message}` };
  } finally {
    closeSync(fd);
  }
}

function fileType(st: ReturnType<typeof fstatSync>): string {
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  if (st.isDirectory()) return 'a directory';
  return 'not a file';
}

/** Reads a regular file up to max bytes (its size may be wrong: /proc files say 0, a file may grow). */
function readCapped(fd: number, max: number): ReadResult {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, max + 1 - total));
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    total += n;
    if (total > max) return tooLarge(max);
  }
  return { data: Buffer.concat(chunks, total), pipe: false };
}

/** Reads a stream (stdin, a pipe) with a byte cap; stops reading, and lets go of it, at the cap or at a NUL byte. */
function readStream(
  stream: NodeJS.ReadableStream,
  max: number,
  pipe: boolean,
  first?: Buffer,
): Promise<ReadResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let done = false;
    const finish = (r: ReadResult) => {
      if (done) return;
      done = true;
      stream.removeListener('data', onData);
      stream.removeListener('end', onEnd);
      stream.removeListener('error', onError);
      // An endless writer (`yes | argo-guard lint -`) must not keep the process alive.
      if ('error' in r) (stream as { destroy?: () => void }).destroy?.();
      resolve(r);
    };
    const onData = (chunk: Buffer | string) => {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      const nul = b.indexOf(0);
      if (nul >= 0) {
        finish({
          error: `binary input (NUL byte at offset ${total + nul}), not YAML or JSON; not read further`,
        });
        return;
      }
      chunks.push(b);
      total += b.length;
      if (total > max) finish(tooLarge(max));
    };
    const onEnd = () => {
      finish({ data: Buffer.concat(chunks, total), pipe });
      (stream as { destroy?: () => void }).destroy?.();
    };
    const onError = (err: Error) => finish({ error: `cannot read: ${err.message}` });
    if (first) onData(first);
    if (done) return;
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
  });
}

/** Whether a text is to be read as JSON: by extension, or (stdin) when it parses as JSON. */
export function isJson(file: string, text: string): boolean {
  if (file === STDIN_NAME) {
    if (!/^\uFEFF?\s*[[{]/.test(text)) return false;
    if (jsonDepthExceeded(Buffer.from(text)) >= 0) return true; // parseText reports it
    try {
      JSON.parse(text.replace(/^\uFEFF/, ''));
      return true;
    } catch {
      return false; // YAML flow style, or broken: the YAML parser says where
    }
  }
  return extname(file).toLowerCase() === '.json';
}

/**
 * Offset of the first bracket of a JSON text nested deeper than MAX_DEPTH, or -1. A byte scan
 * (strings skipped), so no parser or regular expression ever sees such a text.
 */
export function jsonDepthExceeded(buf: Buffer): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < buf.length; i++) {
    const c = buf[i];
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped byte
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return -1;
}

/** Offset of the first byte that is not valid UTF-8 in buf[from, to), or -1. */
export function invalidUtf8Offset(buf: Buffer, from = 0, to = buf.length): number {
  if (isUtf8(buf.subarray(from, to))) return -1;
  // Only on the error path: find where (RFC 3629 sequences, no surrogates, no overlongs).
  let i = from;
  while (i < to) {
    const c = buf[i];
    let n = 0;
    let min = 0;
    if (c < 0x80) n = 0;
    else if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      min = 0x10000;
    } else return i;
    let cp = n === 0 ? c : c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const b = buf[i + k];
      if (i + k >= to || (b & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (b & 0x3f);
    }
    if (n > 1 && (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) return i;
    i += n + 1;
  }
  return from;
}

/** file:line:column of a byte offset (column in bytes). */
function byteError(file: string, buf: Buffer, offset: number, message: string): InputError {
  const lineStart = buf.lastIndexOf(10, offset - 1) + 1;
  return { file, line: countLines(buf, 0, offset) + 1, column: offset - lineStart + 1, message };
}

function invalidUtf8Error(file: string, buf: Buffer, offset: number): InputError {
  const byte = buf[offset].toString(16).toUpperCase().padStart(2, '0');
  return byteError(
    file,
    buf,
    offset,
    `invalid UTF-8 (byte 0x${byte}); kubectl rejects it: save the file as UTF-8 (a Latin-1 editor?); this document is not linted`,
  );
}

/**
 * Parses one file's content into objects; appends what it finds and what it cannot read. Returns
 * the byte ranges of its documents (undefined when nothing could be parsed at all).
 */
export function parseText(
  file: string,
  content: string | Buffer,
  objects: LoadedObject[],
  errors: InputError[],
): DocSlice[] | undefined {
  const buf = typeof content === 'string' ? Buffer.from(content) : content;
  const nul = buf.indexOf(0);
  if (nul >= 0) {
    errors.push({ file, message: `binary file (NUL byte at offset ${nul}), not YAML or JSON` });
    return undefined;
  }
  const jsonByName = file !== STDIN_NAME && extname(file).toLowerCase() === '.json';
  if (jsonByName || (file === STDIN_NAME && isJson(file, buf.toString('utf8')))) {
    const deep = jsonDepthExceeded(buf);
    if (deep >= 0) {
      errors.push(byteError(file, buf, deep, `JSON nested deeper than ${MAX_DEPTH} levels; not linted`));
      return undefined;
    }
    const bad = invalidUtf8Offset(buf);
    if (bad >= 0) {
      errors.push(invalidUtf8Error(file, buf, bad));
      return undefined;
    }
    const text = buf.toString('utf8');
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (err) {
      errors.push({ file, ...jsonErrorPosition(text, err as Error) });
      return undefined;
    }
    addDocument(file, 0, value, objects);
    return [{ start: 0, end: buf.length }];
  }
  const slices = splitBuffer(buf);
  for (let d = 0; d < slices.length; d++) {
    const { start, end } = slices[d];
    const bad = invalidUtf8Offset(buf, start, end);
    if (bad >= 0) {
      errors.push(invalidUtf8Error(file, buf, bad));
      continue;
    }
    const chunk = buf.toString('utf8', start, end);
    let value: unknown;
    try {
      value = jsYaml.load(chunk, {
        schema: K8S_SCHEMA,
        filename: file,
        maxDepth: MAX_DEPTH,
      } as jsYaml.LoadOptions);
    } catch (err) {
      errors.push(yamlError(file, chunk, countLines(buf, 0, start), err));
      continue;
    }
    if (value === null || value === undefined) continue;
    if (typeof value === 'object' && hasAnchor(chunk)) {
      const limit = Math.max(MAX_EXPANDED_NODES, chunk.length);
      const n = expandedSize(value, limit);
      if (n > limit) {
        const first = Math.max(0, chunk.search(/\S/));
        const at = lineColumn(lineStarts(chunk), first);
        errors.push({
          file,
          line: countLines(buf, 0, start) + at.line,
          column: at.column,
          message: `YAML aliases expand this document to more than ${limit} nodes (an alias bomb?); not linted`,
        });
        continue;
      }
    }
    addDocument(file, d, value, objects);
  }
  return slices;
}

function addDocument(file: string, doc: number, value: unknown, objects: LoadedObject[]): void {
  if (Array.isArray(value)) {
    // A JSON array of objects (kubectl-style output without the List wrapper).
    value.forEach((v, i) => {
      addObject(file, doc, `/${i}`, v, objects);
    });
    return;
  }
  addObject(file, doc, '', value, objects);
}

function addObject(file: string, doc: number, base: string, value: unknown, objects: LoadedObject[]): void {
  if (!isObject(value) || typeof value.kind !== 'string') return; // not a Kubernetes object
  const items = value.items;
  if (value.kind.endsWith('List') && Array.isArray(items)) {
    items.forEach((item, i) => {
      addObject(file, doc, `${base}/items/${i}`, item, objects);
    });
    return;
  }
  objects.push({ file, doc, base, manifest: slim(value as Manifest) });
}

/**
 * Keeps what the rules can use and drops bulk no rule reads, so that a repository with large
 * CRDs or Secrets costs little memory: CRD schemas and Secret payloads.
 */
function slim(m: Manifest): Manifest {
  if (m.kind === 'CustomResourceDefinition')
    return { apiVersion: m.apiVersion, kind: m.kind, metadata: m.metadata };
  if (m.kind === 'Secret' && m.apiVersion === 'v1')
    return { apiVersion: m.apiVersion, kind: m.kind, metadata: m.metadata, type: m.type };
  return m;
}

/** An anchor (`&name`) is the only way to get an alias; cheap pre-check before counting nodes. */
function hasAnchor(chunk: string): boolean {
  return chunk.indexOf('&') >= 0 && /(^|[\s[{,:-])&[^\s&]/m.test(chunk);
}

/** Number of nodes of a value once aliases are expanded, counted without expanding (memoised per shared node). */
export function expandedSize(value: unknown, limit: number): number {
  const memo = new Map<object, number>();
  const visiting = new Set<object>();
  const size = (v: unknown): number => {
    if (typeof v !== 'object' || v === null) return 1;
    const known = memo.get(v);
    if (known !== undefined) return known;
    if (visiting.has(v)) return limit + 1; // a cycle never ends
    visiting.add(v);
    let n = 1;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      n += size(child);
      if (n > limit) break;
    }
    visiting.delete(v);
    memo.set(v, n);
    return n;
  };
  return size(value);
}

/** A js-yaml error as file:line:column; `docLine` is the number of lines before the document. */
function yamlError(file: string, chunk: string, docLine: number, err: unknown): InputError {
  const e = err as { name?: string; reason?: string; mark?: { position?: number }; message?: string };
  if (e?.name === 'YAMLException' && e.mark && typeof e.mark.position === 'number') {
    const at = lineColumn(lineStarts(chunk), Math.min(chunk.length, e.mark.position));
    return {
      file,
      line: docLine + at.line,
      column: at.column,
      message: `invalid YAML: ${e.reason ?? e.message}`,
    };
  }
  // Deep nesting overflows the parser's stack; anything else unexpected is still this file's problem.
  const reason = err instanceof RangeError ? 'nested too deeply' : ((err as Error)?.message ?? String(err));
  return { file, line: docLine + 1, column: 1, message: `invalid YAML: ${reason}` };
}

/** Line and column of a JSON.parse error (Node 20 says "at position N", newer Nodes "(line L column C)"). */
function jsonErrorPosition(text: string, err: Error): { line?: number; column?: number; message: string } {
  const msg = err.message;
  const lc = /line (\d+) column (\d+)/.exec(msg);
  if (lc)
    return {
      line: Number(lc[1]),
      column: Number(lc[2]),
      message: `invalid JSON: ${msg.replace(/\s*\(line.*$/, '')}`,
    };
  const pos = /position (\d+)/.exec(msg);
  const offset = pos ? Number(pos[1]) : text.length;
  const at = lineColumn(lineStarts(text), offset);
  return { ...at, message: `invalid JSON: ${msg.replace(/ in JSON at position \d+.*$/, '')}` };
}
