/**
 * Reads the inputs of `argo-guard lint`: files, directories (recursive), stdin. Parsing is the
 * fast path (js-yaml, one document at a time); source positions are computed later and only for
 * objects that have findings (./positions). Files are read and parsed one at a time; what is kept
 * is the parsed objects the rules may need, never the file text (stdin excepted: it cannot be
 * read twice).
 *
 * Every input that cannot be read becomes an InputError with file:line:column; the rest is
 * still linted (docs/rule-catalog.md, "Output contract": exit 2, the other inputs still reported).
 */
import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import * as jsYaml from 'js-yaml';
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
  /** Reads standard input (for '-'); defaults to process.stdin. */
  readStdin?: () => Promise<string>;
  /** Called once per file, for progress. */
  onFile?: (file: string) => void;
}

export interface LoadResult {
  objects: LoadedObject[];
  errors: InputError[];
  /** Files read (including unreadable ones). */
  files: string[];
  /** Text of inputs that cannot be read again (stdin), for positions and --fix. */
  texts: Map<string, string>;
  /** Byte ranges of each file's YAML documents (a JSON file is one), for positions. */
  slices: Map<string, DocSlice[]>;
}

/**
 * YAML as Kubernetes reads it (sigs.k8s.io/yaml goes through JSON): the core schema, so that
 * `2024-01-01` stays a string and `!!binary` is not special, plus merge keys (`<<`), which go-yaml
 * supports.
 */
const K8S_SCHEMA = jsYaml.CORE_SCHEMA.extend({ implicit: [(jsYaml as any).types.merge] });

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
  const result: LoadResult = { objects: [], errors: [], files: [], texts: new Map(), slices: new Map() };
  const files = collectFiles(paths.length ? paths : ['.'], result.errors);
  const max = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  for (const f of files) {
    const file = f === '-' ? STDIN_NAME : f;
    result.files.push(file);
    options.onFile?.(file);
    let data: Buffer | undefined;
    if (f === '-') {
      const text = await (options.readStdin ?? readAllStdin)();
      if (text.length > max) {
        result.errors.push({ file, message: `input is larger than --max-file-size (${max} bytes)` });
        continue;
      }
      result.texts.set(file, text);
      data = Buffer.from(text);
    } else {
      data = readInput(file, max, result.errors);
      if (data === undefined) continue;
    }
    const slices = parseText(file, data, result.objects, result.errors);
    if (slices) result.slices.set(file, slices);
  }
  return result;
}

function readInput(file: string, max: number, errors: InputError[]): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    errors.push({ file, message: `cannot read: ${(err as Error).message}` });
    return undefined;
  }
  try {
    const size = fstatSync(fd).size;
    if (size > max) {
      errors.push({
        file,
        message: `file is ${size} bytes, over the limit of ${max} bytes; raise --max-file-size to lint it`,
      });
      return undefined;
    }
    return readFileSync(fd);
  } catch (err) {
    errors.push({ file, message: `cannot read: ${(err as Error).message}` });
    return undefined;
  } finally {
    closeSync(fd);
  }
}

async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Whether a text is to be read as JSON: by extension, or (stdin) when it parses as JSON. */
export function isJson(file: string, text: string): boolean {
  if (file === STDIN_NAME) {
    if (!/^\s*[[{]/.test(text)) return false;
    try {
      JSON.parse(text);
      return true;
    } catch {
      return false; // YAML flow style, or broken: the YAML parser says where
    }
  }
  return extname(file).toLowerCase() === '.json';
}

/** Parses one file's text into objects; appends what it finds and what it cannot read. */
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
    const text = buf.toString('utf8');
    let value: unknown;
    try {
      value = JSON.parse(text);
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
    const chunk = buf.toString('utf8', start, end);
    let value: unknown;
    try {
      value = jsYaml.load(chunk, { schema: K8S_SCHEMA, filename: file });
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

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
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
