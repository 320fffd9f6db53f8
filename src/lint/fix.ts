/**
 * `argo-guard lint --fix`: applies the findings' `autofix` operations to the source files.
 *
 * Only the YAML documents with fixes are touched, and within them the edit is a text splice
 * wherever possible (a new key inserted as a block at the right indentation, a scalar replaced in
 * place), so comments, key order, quoting and layout stay exactly as they were. Only the edits a
 * splice cannot express (removing, appending to a list, adding under a flow collection) go
 * through the `yaml` Document API, which keeps comments and order but re-prints that one document.
 * An operation whose target already has the wanted value is skipped: a second run changes nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Document } from 'yaml';
import type { AutofixOp } from '../rules/types';
import { isJson, type LoadedObject, STDIN_NAME, splitDocuments } from './loader';
import { parsePointer } from './positions';
import type { LintRun } from './run';

export interface FileFix {
  file: string;
  /** Findings whose autofix was applied, as `RULE path` (object-relative), in order. */
  fixed: { rule: string; object: string; path: string }[];
}

export interface FixResult {
  files: FileFix[];
  /** Inputs with fixes that could not be written (stdin, a document the `yaml` package rejects). */
  skipped: { file: string; reason: string }[];
}

interface PlannedOp {
  segments: string[];
  op: AutofixOp;
}

/** Applies every autofix of the run to its file; returns what changed. */
export function applyFixes(run: LintRun): FixResult {
  const byFile = new Map<string, Map<number, { ops: PlannedOp[]; fixed: FileFix['fixed'] }>>();
  for (const f of run.findings) {
    if (!f.autofix?.length) continue;
    const obj: LoadedObject | undefined = run.objects[f.index];
    if (!obj) continue;
    let docs = byFile.get(obj.file);
    if (!docs) {
      docs = new Map();
      byFile.set(obj.file, docs);
    }
    let entry = docs.get(obj.doc);
    if (!entry) {
      entry = { ops: [], fixed: [] };
      docs.set(obj.doc, entry);
    }
    for (const op of f.autofix)
      entry.ops.push({ segments: [...parsePointer(obj.base), ...parsePointer(op.path)], op });
    entry.fixed.push({ rule: f.rule, object: `${f.object.kind}/${f.object.name}`, path: f.path });
  }
  const result: FixResult = { files: [], skipped: [] };
  for (const [file, docs] of [...byFile.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (file === STDIN_NAME) {
      result.skipped.push({ file, reason: 'standard input cannot be fixed in place' });
      continue;
    }
    const text = readFileSync(file, 'utf8');
    let out: string;
    try {
      out = isJson(file, text)
        ? fixJson(
            text,
            [...docs.values()].flatMap((d) => d.ops),
          )
        : fixYamlStream(text, docs);
    } catch (err) {
      result.skipped.push({ file, reason: (err as Error).message });
      continue;
    }
    if (out !== text) {
      writeFileSync(file, out);
      result.files.push({ file, fixed: [...docs.values()].flatMap((d) => d.fixed) });
    }
  }
  return result;
}

function fixYamlStream(text: string, docs: Map<number, { ops: PlannedOp[] }>): string {
  const slices = splitDocuments(text);
  let out = text;
  // Back to front, so the offsets of earlier documents stay valid.
  for (const d of [...docs.keys()].sort((a, b) => b - a)) {
    const s = slices[d];
    if (!s) continue;
    const fixed = fixYamlDocument(out.slice(s.start, s.end), docs.get(d)!.ops);
    out = out.slice(0, s.start) + fixed + out.slice(s.end);
  }
  return out;
}

/** Applies operations to the text of one YAML document. Exported for tests. */
export function fixYamlDocument(text: string, ops: readonly PlannedOp[]): string {
  const Y = require('yaml') as typeof import('yaml');
  let current = text;
  for (const { segments, op } of ops) {
    const doc = Y.parseDocument(current, { uniqueKeys: false });
    if (doc.errors.length) throw new Error(`cannot edit: ${doc.errors[0].message}`);
    const existing = doc.hasIn(segments) ? toJs(doc.getIn(segments, true)) : undefined;
    if (op.op !== 'remove' && doc.hasIn(segments) && deepEqual(existing, op.value)) continue;
    if (op.op === 'remove' && !doc.hasIn(segments)) continue;
    if (segments[segments.length - 1] === '-') {
      const list = toJs(doc.getIn(segments.slice(0, -1), true));
      if (Array.isArray(list) && list.some((v) => deepEqual(v, op.value))) continue;
    }
    const spliced = splice(Y, doc, current, segments, op);
    if (spliced !== undefined) {
      current = spliced;
      continue;
    }
    // Document API fallback: keeps comments and key order, re-prints this document.
    if (op.op === 'remove') doc.deleteIn(segments);
    else if (segments[segments.length - 1] === '-') doc.addIn(segments.slice(0, -1), op.value);
    else doc.setIn(segments, op.value);
    current = doc.toString({ lineWidth: 0, indentSeq: indentsSequences(current) });
  }
  return current;
}

function toJs(node: unknown): unknown {
  const n = node as { toJSON?: () => unknown } | undefined;
  return n && typeof n.toJSON === 'function' ? n.toJSON() : node;
}

/** A text edit for the common cases; undefined when the Document API must do it. */
function splice(
  Y: typeof import('yaml'),
  doc: Document,
  text: string,
  segments: readonly string[],
  op: AutofixOp,
): string | undefined {
  if (op.op === 'remove' || segments.length === 0 || segments.includes('-')) return undefined;
  // Replace a scalar in place.
  if (doc.hasIn(segments)) {
    const node = doc.getIn(segments, true) as { range?: [number, number, number]; type?: string } | undefined;
    if (!Y.isScalar(node) || !node.range || isCollection(op.value)) return undefined;
    if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') return undefined;
    const scalar = Y.stringify(op.value, { lineWidth: 0 }).trimEnd();
    if (scalar.includes('\n')) return undefined;
    return text.slice(0, node.range[0]) + scalar + text.slice(node.range[1]);
  }
  // Add a key under the deepest existing block map on the path.
  let depth = segments.length - 1;
  while (depth > 0 && !doc.hasIn(segments.slice(0, depth))) depth--;
  const parent = depth === 0 ? doc.contents : doc.getIn(segments.slice(0, depth), true);
  if (!Y.isMap(parent) || parent.flow || parent.items.length === 0 || !parent.range) return undefined;
  const firstKey = parent.items[0].key as { range?: [number, number, number] } | undefined;
  if (!firstKey?.range) return undefined;
  const keyStart = firstKey.range[0];
  const indent = keyStart - (text.lastIndexOf('\n', keyStart - 1) + 1);
  // Build the missing part of the path as one block and insert it after the map's last line.
  let value: unknown = op.value;
  for (let i = segments.length - 1; i > depth; i--) value = { [segments[i]]: value };
  const block = Y.stringify(
    { [segments[depth]]: value },
    { lineWidth: 0, indentSeq: indentsSequences(text) },
  );
  const pad = ' '.repeat(indent);
  // Keep the file's line endings (CRLF from Windows editors stays CRLF).
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = block
    .trimEnd()
    .split('\n')
    .map((l) => pad + l)
    .join(eol);
  let at = parent.range[1];
  if (at > 0 && text[at - 1] !== '\n') {
    const nl = text.indexOf('\n', at);
    at = nl < 0 ? text.length : nl + 1;
  }
  const before = text.slice(0, at);
  return `${before}${before.endsWith('\n') || before === '' ? '' : eol}${lines}${eol}${text.slice(at)}`;
}

function isCollection(v: unknown): boolean {
  return typeof v === 'object' && v !== null;
}

/** Whether block sequences in this text are indented under their key (`key:\n  - a`) or not (`key:\n- a`). */
function indentsSequences(text: string): boolean {
  const m = /^( *)[^\s#-][^\n]*:[ \t]*\r?\n( *)- /m.exec(text);
  return m ? m[2].length > m[1].length : true;
}

function fixJson(text: string, ops: readonly PlannedOp[]): string {
  const root = JSON.parse(text) as unknown;
  for (const { segments, op } of ops) applyToValue(root, segments, op);
  const indent = /^\{\s*\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
  return `${JSON.stringify(root, null, indent)}${text.endsWith('\n') ? '\n' : ''}`;
}

function applyToValue(root: unknown, segments: readonly string[], op: AutofixOp): void {
  let node = root as Record<string, unknown>;
  for (let i = 0; i < segments.length - 1; i++) {
    const k = segments[i];
    if (typeof node[k] !== 'object' || node[k] === null) {
      if (op.op === 'remove') return;
      node[k] = {};
    }
    node = node[k] as Record<string, unknown>;
  }
  const last = segments[segments.length - 1];
  if (op.op === 'remove') {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else if (Array.isArray(node) && last === '-') {
    if (!node.some((v) => deepEqual(v, op.value))) node.push(op.value);
  } else {
    node[last] = op.value;
  }
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
