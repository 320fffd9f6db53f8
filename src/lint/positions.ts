/**
 * Source positions for findings. The fast parse (js-yaml) keeps no positions, so a file is read
 * again only when one of its objects has a finding, and only the YAML documents with findings are
 * parsed by the `yaml` package (which keeps ranges). Findings arrive sorted by file, so one file
 * is cached at a time (performance.md: "compute source line/column only for the objects that
 * have findings").
 */
import { readFileSync } from 'node:fs';
import type { Document, Node as YamlNode } from 'yaml';
import { isJson, type LoadedObject, lineColumn, lineStarts, splitDocuments } from './loader';

export interface Position {
  line: number;
  column: number;
}

/** Splits a JSON pointer (RFC 6901) into its unescaped segments. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return pointer === '/' ? [''] : [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export class Locator {
  private file?: string;
  private text = '';
  private starts: number[] = [];
  private slices: { start: number; end: number }[] = [];
  private docs = new Map<number, Document | null>();

  /** @param texts texts that cannot be read again from disk (stdin) */
  constructor(private readonly texts: ReadonlyMap<string, string> = new Map()) {}

  /** Position of `pointer` (relative to the object) in the object's source file; the nearest existing ancestor when the path is absent. */
  locate(obj: LoadedObject, pointer: string): Position {
    if (!this.open(obj.file)) return { line: 1, column: 1 };
    const slice = this.slices[obj.doc] ?? { start: 0, end: this.text.length };
    const doc = this.document(obj.doc, slice);
    if (!doc) return lineColumn(this.starts, slice.start);
    const offset = nodeOffset(doc, [...parsePointer(obj.base), ...parsePointer(pointer)]);
    return lineColumn(this.starts, slice.start + (offset ?? firstContent(this.text, slice.start)));
  }

  private open(file: string): boolean {
    if (this.file === file) return true;
    let text = this.texts.get(file);
    if (text === undefined) {
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        return false;
      }
    }
    this.file = file;
    this.text = text;
    this.starts = lineStarts(text);
    this.slices = isJson(file, text) ? [{ start: 0, end: text.length }] : splitDocuments(text);
    this.docs.clear();
    return true;
  }

  private document(index: number, slice: { start: number; end: number }): Document | null {
    let doc = this.docs.get(index);
    if (doc === undefined) {
      // Loaded only here: a clean lint run never pays for the `yaml` package.
      const { parseDocument } = require('yaml') as typeof import('yaml');
      try {
        doc = parseDocument(this.text.slice(slice.start, slice.end), { uniqueKeys: false });
      } catch {
        doc = null;
      }
      this.docs.set(index, doc);
    }
    return doc;
  }
}

function firstContent(text: string, from: number): number {
  const re = /^(?!---|\s*#)\s*\S/gm;
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index + m[0].length - 1 - from : 0;
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
      const pair = node.items.find((p) => isPair(p) && keyText(p.key, isScalar) === seg);
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

function keyText(key: unknown, isScalar: (n: unknown) => boolean): string | undefined {
  if (isScalar(key)) return String((key as { value: unknown }).value);
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  const r = (node as YamlNode | undefined)?.range;
  return r ? r[0] : undefined;
}
