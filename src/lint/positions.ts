/**
 * Source positions for findings. The fast parse (js-yaml) keeps no positions, so a file is read
 * again only when one of its objects has a finding, and only the documents with findings are
 * decoded and walked (docs/architecture.md "Performance goals": "compute source line/column only for the objects that have
 * findings"). The walk is a cheap scan of block-style YAML (what Kubernetes YAML nearly always
 * is); anything it is not sure about (flow collections, aliases, tabs, complex keys, JSON) goes to
 * the `yaml` package, which keeps exact ranges but costs ~1 ms per document and ~100 ms to load.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Document, Node as YamlNode } from 'yaml';
import { countLines, type DocSlice, isJson, type LoadedObject, STDIN_NAME, splitBuffer } from './loader';

export interface Position {
  line: number;
  column: number;
}

/** Splits a JSON pointer (RFC 6901) into its unescaped segments. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export class Locator {
  private file?: string;
  private buf: Buffer = Buffer.alloc(0);
  private slices: DocSlice[] = [];
  private json = false;
  /** Line counting resumes from here: findings come sorted by document. */
  private cursor = { byte: 0, line: 0 };
  private docs = new Map<number, string>();

  /**
   * @param texts bytes that cannot be read again (stdin, pipes such as `<(…)`): the very bytes parsed
   * @param knownSlices document byte ranges per file, as the loader found them
   */
  constructor(
    private readonly texts: ReadonlyMap<string, Buffer> = new Map(),
    private readonly knownSlices: ReadonlyMap<string, DocSlice[]> = new Map(),
  ) {}

  /** Position of `pointer` (relative to the object) in the object's source file; the nearest existing ancestor when the path is absent. */
  locate(obj: LoadedObject, pointer: string): Position {
    if (!this.open(obj.file)) return { line: 1, column: 1 };
    const slice = this.slices[obj.doc] ?? { start: 0, end: this.buf.length };
    let text = this.docs.get(obj.doc);
    if (text === undefined) {
      text = this.buf.toString('utf8', slice.start, slice.end);
      this.docs.set(obj.doc, text);
    }
    const segments = [...parsePointer(obj.base), ...parsePointer(pointer)];
    let offset = this.json ? null : scanOffset(text, segments);
    if (offset === null) offset = yamlOffset(text, segments) ?? null;
    if (offset === null) offset = firstContent(text);
    const before = text.lastIndexOf('\n', offset - 1);
    let lineInDoc = 0;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) lineInDoc++;
    return { line: this.lineOf(slice.start) + lineInDoc + 1, column: offset - before };
  }

  /** 0-based line of a byte offset. */
  private lineOf(byte: number): number {
    if (byte < this.cursor.byte) this.cursor = { byte: 0, line: 0 };
    this.cursor = { byte, line: this.cursor.line + countLines(this.buf, this.cursor.byte, byte) };
    return this.cursor.line;
  }

  private open(file: string): boolean {
    if (this.file === file) return true;
    let buf: Buffer;
    try {
      buf = this.texts.get(file) ?? readFileSync(file);
    } catch {
      return false;
    }
    this.file = file;
    this.buf = buf;
    this.json =
      file === STDIN_NAME ? isJson(file, buf.toString('utf8')) : extname(file).toLowerCase() === '.json';
    this.slices =
      this.knownSlices.get(file) ?? (this.json ? [{ start: 0, end: buf.length }] : splitBuffer(buf));
    this.cursor = { byte: 0, line: 0 };
    this.docs.clear();
    return true;
  }
}

function firstContent(text: string): number {
  const m = /^(?!---|\s*#)[ \t]*\S/m.exec(text);
  return m ? m.index + m[0].length - 1 : 0;
}

interface Line {
  start: number;
  indent: number;
  /** The line's text from the indent on. */
  body: string;
}

/** Lines that carry content (no blank or comment-only lines); undefined when a tab indents one. */
function contentLines(text: string): Line[] | undefined {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    let indent = 0;
    while (raw.charCodeAt(indent) === 0x20) indent++;
    if (raw.charCodeAt(indent) === 0x09) return undefined;
    const body = raw.slice(indent).replace(/\r$/, '');
    if (body !== '' && !body.startsWith('#')) out.push({ start, indent, body });
    start = end + 1;
  }
  return out;
}

/**
 * Offset of the node a path points at, found by a scan of block-style YAML; `null` when the text
 * uses something the scan does not understand (the caller then asks the `yaml` package).
 * Semantics as nodeOffset: the key of the last map entry on the path that exists, or a sequence
 * item's content.
 */
export function scanOffset(text: string, segments: readonly string[]): number | null {
  const lines = contentLines(text);
  if (!lines) return null;
  // The root collection: the first content line after any `---` marker and directives.
  let li = 0;
  while (
    li < lines.length &&
    (lines[li].body.startsWith('%') || (lines[li].indent === 0 && /^---(\s|$)/.test(lines[li].body)))
  ) {
    if (
      lines[li].body.startsWith('---') &&
      lines[li].body.slice(3).trim() !== '' &&
      !lines[li].body.slice(3).trim().startsWith('#')
    )
      return null;
    li++;
  }
  if (li >= lines.length) return null;
  /** Where the current collection starts: a line and a column in it. */
  let at = { line: li, col: lines[li].indent };
  let best = lines[li].start + lines[li].indent;
  for (const seg of segments) {
    const first = lines[at.line];
    const head = first.body.slice(at.col - first.indent);
    if (/^[[{*&!?|>]/.test(head)) return null; // flow, alias, anchor, tag, complex key, block scalar
    if (head === '-' || head.startsWith('- ')) {
      const target = Number(seg);
      if (!Number.isInteger(target) || target < 0) return best;
      let n = -1;
      let found: { line: number; col: number } | undefined;
      for (let i = at.line; i < lines.length; i++) {
        const l = lines[i];
        const col = i === at.line ? at.col : l.indent;
        if (i !== at.line && l.indent < at.col) break;
        if (i !== at.line && l.indent > at.col) continue;
        const b = l.body.slice(col - l.indent);
        if (!(b === '-' || b.startsWith('- '))) break; // the sequence ended (indentless sequences end this way)
        if (++n === target) {
          found = { line: i, col };
          break;
        }
      }
      if (!found) return best;
      const l = lines[found.line];
      const rest = l.body.slice(found.col - l.indent + 1);
      const pad = rest.length - rest.trimStart().length;
      if (rest.trim() !== '' && !rest.trim().startsWith('#')) {
        at = { line: found.line, col: found.col + 1 + pad };
      } else {
        const next = lines[found.line + 1];
        if (!next || next.indent <= found.col) return best; // an empty item
        at = { line: found.line + 1, col: next.indent };
      }
      best = lines[at.line].start + at.col;
      continue;
    }
    // A block map: entries at column at.col, the first possibly after a `- `.
    let entry: { line: number; col: number; valueStart: number } | undefined;
    for (let i = at.line; i < lines.length; i++) {
      const l = lines[i];
      const col = i === at.line ? at.col : l.indent;
      if (i !== at.line && l.indent < at.col) break;
      if (i !== at.line && l.indent > at.col) continue;
      const b = l.body.slice(col - l.indent);
      if (b === '-' || b.startsWith('- ')) continue; // an item of the previous key's indentless sequence
      if (/^[?[{*&!|>%]/.test(b) || /^(---|\.\.\.)(\s|$)/.test(b)) return null; // not a plain block map entry
      const key = readKey(b);
      if (key === null) return null;
      if (key.key === seg) {
        entry = { line: i, col, valueStart: col + key.length };
        best = l.start + col;
        break;
      }
    }
    if (!entry) return best;
    const l = lines[entry.line];
    const value = l.body.slice(entry.valueStart - l.indent).trim();
    if (value !== '' && !value.startsWith('#')) {
      // A value on the key's line: a scalar (nothing below it to walk) or something the scan leaves to yaml.
      if (/^[[{*&!]/.test(value)) return null;
      // Further segments would go into a scalar: they do not exist.
      return best;
    }
    const next = lines[entry.line + 1];
    const keyCol = entry.col;
    if (!next) return best;
    if (
      next.indent > keyCol ||
      (next.indent === keyCol && (next.body === '-' || next.body.startsWith('- ')))
    ) {
      at = { line: entry.line + 1, col: next.indent };
    } else {
      return best; // `key:` with nothing under it (null)
    }
  }
  return best;
}

/** The key of a block map entry line and the length up to and including its `:`; null when it is not a simple key. */
function readKey(b: string): { key: string; length: number } | null {
  if (b.startsWith('"') || b.startsWith("'")) {
    const q = b[0];
    let i = 1;
    let key = '';
    while (i < b.length) {
      const c = b[i];
      if (q === "'" && c === "'" && b[i + 1] === "'") {
        key += "'";
        i += 2;
        continue;
      }
      if (q === '"' && c === '\\') return null; // escapes: leave to yaml
      if (c === q) break;
      key += c;
      i++;
    }
    if (i >= b.length) return null;
    const after = b.slice(i + 1);
    const m = /^[ \t]*:(\s|$)/.exec(after);
    if (!m) return null;
    return { key, length: i + 1 + after.indexOf(':') + 1 };
  }
  const m = /:(\s|$)/.exec(b);
  if (!m) return null;
  const key = b.slice(0, m.index).trimEnd();
  if (key.includes(' #')) return null;
  return { key, length: m.index + 1 };
}

/** The `yaml` package's answer: exact, slower. Undefined when not even the first segment exists. */
function yamlOffset(text: string, segments: readonly string[]): number | undefined {
  // Loaded only here: a clean lint run never pays for the `yaml` package.
  const { parseDocument } = require('yaml') as typeof import('yaml');
  let doc: Document;
  try {
    doc = parseDocument(text, { uniqueKeys: false });
  } catch {
    return undefined;
  }
  return nodeOffset(doc, segments);
}

/**
 * Offset (in the document's text) of the node a path points at: the key of the last map entry on
 * the path that exists (so a missing `spec/activeDeadlineSeconds` points at `spec:`), or the item
 * of a sequence. Undefined when not even the first segment exists.
 */
export function nodeOffset(doc: Document, segments: readonly string[]): number | undefined {
  const { isAlias, isMap, isPair, isScalar, isSeq } = require('yaml') as typeof import('yaml');
  let node: unknown = doc.contents;
  let best: number | undefined = rangeStart(node);
  for (const seg of segments) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === seg);
      if (!pair) break;
      best = rangeStart(pair.key) ?? best;
      node = pair.value;
    } else if (isSeq(node)) {
      const i = Number(seg);
      if (!Number.isInteger(i) || i < 0 || i >= node.items.length) break;
      node = node.items[i];
      best = rangeStart(node) ?? best;
    } else {
      break;
    }
  }
  return best;
}

function rangeStart(node: unknown): number | undefined {
  const r = (node as YamlNode | undefined)?.range;
  return r ? r[0] : undefined;
}
