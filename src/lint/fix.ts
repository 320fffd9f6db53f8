/**
 * `argo-guard lint --fix`: applies the findings' `autofix` operations to the source files.
 *
 * A fix edits only the bytes of its finding. Every operation is a text splice: a key inserted as
 * a block at the right indentation, a scalar replaced in place, a block map entry removed with
 * its lines, an item appended to a list, an entry added to or removed from a flow collection or a
 * JSON object. Each splice is checked by parsing the result: the document must read back as
 * exactly the original with the operation applied, else the finding is reported as not fixed and
 * its bytes are left alone. Nothing is ever re-printed, so comments, anchors, quoting, `012`,
 * flow style, CRLF, a BOM, JSON number spelling and duplicate keys stay as they are. A move to a
 * sibling key (`mutex` -> `mutexes`, `entrypoints` -> `entrypoint`) renames the key and wraps the
 * value where it stands, so the comments on and inside it stay; a move that could only be done by
 * re-creating a commented value elsewhere is refused. An operation whose target already has the
 * wanted value changes nothing: a second run changes nothing.
 *
 * The plan is made on the bytes that were linted: a file whose bytes changed since (sha256) is not
 * touched, and the check is repeated just before the rename. The write is atomic: a temporary file
 * in the same directory, fsync, rename over the original (mode and owner kept), fsync of the
 * directory; on any failure the original is untouched.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Document } from 'yaml';
import type { AutofixOp } from '../rules/types';
import type { LintRun } from './lint-files';
import {
  type DocSlice,
  hashBytes,
  invalidUtf8Offset,
  isJson,
  type LoadedObject,
  STDIN_NAME,
  splitBuffer,
} from './loader';
import { parsePointer } from './positions';

export interface FileFix {
  file: string;
  /** Findings whose autofix was applied, as `RULE path` (object-relative), in order. */
  fixed: { rule: string; object: string; path: string }[];
}

export interface FixResult {
  files: FileFix[];
  /** What was not fixed and why: a whole file (stdin, changed since lint, write failed) or one finding. */
  skipped: { file: string; reason: string }[];
}

export interface PlannedOp {
  segments: string[];
  op: AutofixOp;
}

/** An operation that no exact splice can do; the finding is reported as not fixed. */
export class NotFixable extends Error {}

interface PlannedFinding {
  ops: PlannedOp[];
  label: { rule: string; object: string; path: string };
}

/** Applies every autofix of the run to its file; returns what changed and what did not. */
export function applyFixes(run: LintRun): FixResult {
  const byFile = new Map<string, Map<number, PlannedFinding[]>>();
  for (const f of run.findings) {
    if (!f.autofix?.length) continue;
    const obj: LoadedObject | undefined = run.objects[f.index];
    if (!obj) continue;
    let docs = byFile.get(obj.file);
    if (!docs) {
      docs = new Map();
      byFile.set(obj.file, docs);
    }
    let list = docs.get(obj.doc);
    if (!list) {
      list = [];
      docs.set(obj.doc, list);
    }
    list.push({
      ops: f.autofix.map((op) => ({ segments: [...parsePointer(obj.base), ...parsePointer(op.path)], op })),
      label: { rule: f.rule, object: `${f.object.kind}/${f.object.name}`, path: f.path },
    });
  }
  const result: FixResult = { files: [], skipped: [] };
  for (const [file, docs] of [...byFile.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (file === STDIN_NAME || run.texts.has(file)) {
      result.skipped.push({ file, reason: 'standard input or a pipe cannot be fixed in place' });
      continue;
    }
    const planned = run.hashes.get(file);
    if (planned === undefined) {
      result.skipped.push({ file, reason: 'not read for --fix (no hash of the linted bytes)' });
      continue;
    }
    try {
      const fixed = fixFile(file, planned, docs, result.skipped);
      if (fixed.length) result.files.push({ file, fixed });
    } catch (err) {
      result.skipped.push({ file, reason: (err as Error).message });
    }
  }
  return result;
}

/** Fixes one file; returns the findings fixed. Throws (file untouched) when it cannot write. */
function fixFile(
  file: string,
  planned: string,
  docs: Map<number, PlannedFinding[]>,
  skipped: FixResult['skipped'],
): FileFix['fixed'] {
  // A symlink is fixed at its target: renaming over the link would replace it with a copy.
  const target = realpathSync(file);
  const before = readFileSync(target);
  if (hashBytes(before) !== planned) throw new Error(STALE);
  const json = isJson(file, '');
  const slices: DocSlice[] = json ? [{ start: 0, end: before.length }] : splitBuffer(before);
  const fixed: FileFix['fixed'] = [];
  const pieces: Buffer[] = [];
  let copied = 0;
  for (const d of [...docs.keys()].sort((a, b) => a - b)) {
    const s = slices[d];
    if (!s) continue;
    const findings = docs.get(d)!;
    if (invalidUtf8Offset(before, s.start, s.end) >= 0) {
      for (const f of findings) skipped.push({ file, reason: `${describe(f)}: not valid UTF-8` });
      continue;
    }
    const original = before.toString('utf8', s.start, s.end);
    let text = original;
    for (const f of findings) {
      try {
        const next = applyOps(text, f.ops, json);
        if (next !== text) fixed.push(f.label);
        text = next;
      } catch (err) {
        if (!(err instanceof NotFixable)) throw err;
        skipped.push({ file, reason: `${describe(f)}: ${err.message}` });
      }
    }
    if (text === original) continue;
    // Only this document's bytes change; everything around it is copied byte for byte.
    pieces.push(before.subarray(copied, s.start), Buffer.from(text, 'utf8'));
    copied = s.end;
  }
  if (!fixed.length) return fixed;
  pieces.push(before.subarray(copied));
  writeAtomically(target, Buffer.concat(pieces), planned);
  return fixed;
}

const STALE = 'changed since it was linted; not fixed (lint it again)';

function describe(f: PlannedFinding): string {
  return `${f.label.rule} ${f.label.object}${f.label.path ? ` ${f.label.path}` : ''}`;
}

/**
 * Writes `data` over `target` atomically: a temporary file next to it (same file system, so the
 * rename is atomic), the original's mode and owner, fsync, a last check that the original still
 * has the planned bytes, rename, fsync of the directory. On any failure the temporary file is
 * removed and the original is untouched.
 */
function writeAtomically(target: string, data: Buffer, planned: string): void {
  const dir = dirname(target);
  const tmp = join(
    dir,
    `.${basename(target)}.argo-guard-${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  let renamed = false;
  try {
    for (let off = 0; off < data.length; ) off += writeSync(fd, data, off, data.length - off);
    const st = statSync(target);
    fchmodSync(fd, st.mode & 0o7777);
    const mine = fstatSync(fd);
    if (mine.uid !== st.uid || mine.gid !== st.gid) {
      try {
        fchownSync(fd, st.uid, st.gid);
      } catch (err) {
        throw new Error(
          `cannot keep the file's owner ${st.uid}:${st.gid} (${(err as Error).message}); not fixed`,
        );
      }
    }
    fsyncSync(fd);
    closeSync(fd);
    if (hashBytes(readFileSync(target)) !== planned) throw new Error(STALE);
    renameSync(tmp, target);
    renamed = true;
  } finally {
    if (!renamed) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
      try {
        unlinkSync(tmp);
      } catch {
        // never created or already gone
      }
    }
  }
  // The rename is durable only once the directory entry is on disk.
  let dfd: number | undefined;
  try {
    dfd = openSync(dir, constants.O_RDONLY);
    fsyncSync(dfd);
  } catch {
    // some file systems cannot fsync a directory; the rename itself is still atomic
  } finally {
    if (dfd !== undefined) closeSync(dfd);
  }
}

/** Applies one finding's operations to a document's text; throws NotFixable. Exported for tests. */
export function applyOps(text: string, ops: readonly PlannedOp[], json = false): string {
  if (!json) {
    const moved = moveInPlace(text, ops);
    if (moved !== undefined) return moved;
  }
  let current = text;
  for (const op of orderOps(ops)) current = applyOp(current, op, json);
  return current;
}

/**
 * A finding whose operations move one entry to a sibling key (remove `a`, add `b` with the same
 * value: a rename such as `entrypoints` -> `entrypoint`; with `[value]`: `mutex` -> `mutexes`,
 * `schedule` -> `schedules`; with the one item of a list: `schedules` -> `schedule`) is done on
 * the entry's own bytes: the key is renamed and the value wrapped or unwrapped where it stands, so
 * comments inside and after it stay. Re-creating the value from its JSON (the general path) would
 * drop them. Returns undefined when the operations are not such a move or no exact edit of this
 * kind exists; a move the general path would do while dropping a comment is refused (NotFixable).
 */
function moveInPlace(text: string, ops: readonly PlannedOp[]): string | undefined {
  if (ops.length !== 2) return undefined;
  const remove = ops.find((o) => o.op.op === 'remove');
  const add = ops.find((o) => o.op.op === 'add');
  if (!remove || !add) return undefined;
  const from = remove.segments;
  const to = add.segments;
  if (from.length === 0) return undefined;
  const Y = yamlLib();
  const doc = parse(Y, text);
  const parentPath = from.slice(0, -1);
  const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
  if (!Y.isMap(parent)) return undefined;
  const pairOf = (k: string) => parent.items.find((p) => Y.isScalar(p.key) && String(p.key.value) === k);
  const pair = pairOf(from[from.length - 1]);
  if (!pair) return undefined;
  const before = readValue(Y, text, false);
  const expected = structuredClone(before);
  for (const o of orderOps(ops)) applyToValue(expected, o.segments, o.op);
  if (deepEqual(expected, before)) return text; // already there
  const value = (pair.value as { toJS?: (d: Document) => unknown } | null)?.toJS?.(doc) ?? null;
  const newKey = to[to.length - 1];
  const sibling = to.length === from.length && parentPath.every((s, i) => to[i] === s);
  const wanted = add.op.value;
  const same = deepEqual(wanted, value);
  const wrapped = Array.isArray(wanted) && wanted.length === 1 && deepEqual(wanted[0], value);
  const unwrapped = Array.isArray(value) && value.length === 1 && deepEqual(wanted, value[0]);
  // Not a move (the value changes, e.g. name -> generateName): the general path, as before.
  if (!same && !wrapped && !unwrapped) return undefined;
  let candidates: string[] = [];
  if (sibling && newKey !== '-' && !pairOf(newKey)) {
    if (same) candidates = [renameKey(Y, text, pair, newKey)];
    else if (wrapped) candidates = wrapInList(Y, text, pair, value).map((t) => renameKey(Y, t, pair, newKey));
    else candidates = unwrapList(Y, text, pair).map((t) => renameKey(Y, t, pair, newKey));
  }
  if (candidates.length) {
    refuseShared(Y, doc, from);
    for (const out of candidates) {
      if (out !== text && deepEqual(readValue(Y, out, false), expected)) return out;
    }
  }
  // The general path re-creates the value from JSON and removes the entry with its lines.
  if (hasComment(Y, pair)) {
    throw new NotFixable('moving it would drop a comment inside it; move it by hand');
  }
  return undefined;
}

/** The text with the key of `pair` renamed (only the key's bytes change). */
function renameKey(Y: Y, text: string, pair: import('yaml').Pair, key: string): string {
  const [start, end] = rangeOf(pair.key);
  return text.slice(0, start) + formatScalar(Y, key) + text.slice(end);
}

/**
 * The text with the value of `pair` written as a one-item list, each candidate an exact edit of
 * the value's own bytes (the caller checks it reads back as wanted). The key comes before the
 * value, so the key's range stays valid for renameKey afterwards.
 */
function wrapInList(Y: Y, text: string, pair: import('yaml').Pair, value: unknown): string[] {
  const node = pair.value;
  if (!node) return [];
  const [start, end] = rangeOf(node);
  const flowable =
    (Y.isScalar(node) && node.type !== 'BLOCK_LITERAL' && node.type !== 'BLOCK_FOLDED') ||
    (Y.isCollection(node) && node.flow);
  if (flowable) {
    const out = [`${text.slice(0, start)}[${text.slice(start, end)}]${text.slice(end)}`];
    // A plain scalar with a flow indicator (`0 1,13 * * *`) changes meaning inside [ ]: quote it
    // (a JSON string is a YAML double-quoted scalar).
    if (typeof value === 'string')
      out.push(`${text.slice(0, start)}[${JSON.stringify(value)}]${text.slice(end)}`);
    return out;
  }
  if (!Y.isMap(node)) return [];
  const column = lineIndent(text, start);
  const keyColumn = lineIndentOrColumn(text, rangeOf(pair.key)[0]);
  if (column === undefined || column <= keyColumn) return [];
  const out: string[] = [];
  // `key:\n- a: 1` (the file's lists start at their key's column): the dash takes the two spaces
  // before the first entry, and no other byte moves.
  if (!indentsSequences(text) && column - 2 >= keyColumn && text.slice(start - 2, start) === '  ') {
    out.push(`${text.slice(0, start - 2)}- ${text.slice(start)}`);
  }
  // `key:\n  - a: 1`: a dash before the first entry, every later line of the value two deeper.
  const lastLineEnd = afterLine(text, end);
  const rest = text.slice(start, lastLineEnd).replace(/\n(?=[^\r\n])/g, '\n  ');
  out.push(`${text.slice(0, start)}- ${rest}${text.slice(lastLineEnd)}`);
  return out;
}

/**
 * The text with the one-item list value of `pair` replaced by its item's own bytes: `["x"]` -> `"x"`,
 * `key:\n  - x` -> `key: x` (only when nothing but the dash stands between the key and the item).
 */
function unwrapList(Y: Y, text: string, pair: import('yaml').Pair): string[] {
  const seq = pair.value;
  if (!Y.isSeq(seq) || seq.items.length !== 1 || !Y.isScalar(seq.items[0])) return [];
  const item = seq.items[0];
  if (item.type === 'BLOCK_LITERAL' || item.type === 'BLOCK_FOLDED') return [];
  const [itemStart, itemEnd] = rangeOf(item);
  const [start, end] = rangeOf(seq);
  if (seq.flow) return [text.slice(0, start) + text.slice(itemStart, itemEnd) + text.slice(end)];
  const colon = text.indexOf(':', rangeOf(pair.key)[1]);
  if (colon < 0 || !/^[ \t]*\r?\n[ \t]*-[ \t]+$/.test(text.slice(colon + 1, itemStart))) return [];
  return [`${text.slice(0, colon + 1)} ${text.slice(itemStart)}`];
}

/** Whether an entry carries a comment (on its key line, before its first line, inside it). */
function hasComment(Y: Y, node: unknown): boolean {
  if (!node || typeof node !== 'object') return false;
  if (Y.isPair(node)) return hasComment(Y, node.key) || hasComment(Y, node.value);
  const n = node as { comment?: string | null; commentBefore?: string | null };
  if (n.comment || n.commentBefore) return true;
  if (Y.isCollection(node)) return node.items.some((i) => hasComment(Y, i));
  return false;
}

/** Applies operations to the text of one YAML document (each one exact, or NotFixable). */
export function fixYamlDocument(text: string, ops: readonly PlannedOp[]): string {
  return applyOps(text, ops, false);
}

/**
 * Adds before removes when they touch different paths (a move: remove `a`, add `b`): the result
 * is the same, and the map never becomes empty in between, which a splice could not express.
 */
function orderOps(ops: readonly PlannedOp[]): readonly PlannedOp[] {
  const related = (a: string[], b: string[]) => {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
    return true;
  };
  const removes = ops.filter((o) => o.op.op === 'remove');
  const adds = ops.filter((o) => o.op.op !== 'remove');
  if (adds.some((a) => removes.some((r) => related(a.segments, r.segments)))) return ops;
  return [...adds, ...removes];
}

type Y = typeof import('yaml');

function yamlLib(): Y {
  // Loaded only here: a lint run without --fix never pays for the `yaml` package.
  return require('yaml') as Y;
}

function parse(Y: Y, text: string): Document {
  const doc = Y.parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length) throw new NotFixable(`cannot edit: ${doc.errors[0].message}`);
  return doc;
}

function readValue(Y: Y, text: string, json: boolean): unknown {
  if (json) {
    try {
      return JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (err) {
      throw new NotFixable(`cannot edit: ${(err as Error).message}`);
    }
  }
  return parse(Y, text).toJS({ maxAliasCount: -1 });
}

function applyOp(text: string, planned: PlannedOp, json: boolean): string {
  const Y = yamlLib();
  const doc = parse(Y, text);
  const before = readValue(Y, text, json);
  const expected = structuredClone(before);
  applyToValue(expected, planned.segments, planned.op);
  if (deepEqual(expected, before)) return text; // already there
  refuseShared(Y, doc, planned.segments);
  const out = splice(Y, doc, text, planned.segments, planned.op, json);
  if (!deepEqual(readValue(Y, out, json), expected))
    throw new NotFixable('no exact edit found (the result would differ in more than this field)');
  return out;
}

/** An edit under an anchor would also change every alias of it. */
function refuseShared(Y: Y, doc: Document, segments: readonly string[]): void {
  let hasAlias = false;
  Y.visit(doc, {
    Alias() {
      hasAlias = true;
      return Y.visit.BREAK;
    },
  });
  if (!hasAlias) return;
  let node: unknown = doc.contents;
  for (let i = 0; i <= segments.length; i++) {
    if (Y.isAlias(node)) throw new NotFixable('the path goes through an alias');
    if ((node as { anchor?: string } | undefined)?.anchor)
      throw new NotFixable('the path goes through an anchor that aliases reuse');
    if (i === segments.length || !Y.isCollection(node)) break;
    node = (node as { get(k: unknown, keep: true): unknown }).get(
      Y.isSeq(node) ? Number(segments[i]) : segments[i],
      true,
    );
  }
}

interface Ranged {
  range?: [number, number, number] | null;
}

function rangeOf(node: unknown): [number, number, number] {
  const r = (node as Ranged | undefined)?.range;
  if (!r) throw new NotFixable('no source range');
  return r;
}

/** The one text edit that applies an operation; NotFixable when there is none. */
function splice(
  Y: Y,
  doc: Document,
  text: string,
  segments: readonly string[],
  op: AutofixOp,
  json: boolean,
): string {
  if (segments.length === 0) throw new NotFixable('cannot replace a whole document');
  const last = segments[segments.length - 1];
  const parentPath = segments.slice(0, -1);
  if (op.op === 'remove') {
    const parent = doc.getIn(parentPath, true);
    if (!Y.isMap(parent)) throw new NotFixable('can only remove an entry of a mapping');
    const i = parent.items.findIndex((p) => Y.isScalar(p.key) && String(p.key.value) === last);
    if (i < 0) return text;
    return parent.flow || json
      ? removeFlowPair(text, parent.items, i)
      : removeBlockPair(text, parent.items, i);
  }
  if (last === '-') {
    const seq = doc.getIn(parentPath, true);
    if (!Y.isSeq(seq)) throw new NotFixable('can only append to an existing list');
    return seq.flow || json ? appendFlow(Y, text, seq, op.value, json) : appendBlock(Y, text, seq, op.value);
  }
  if (doc.hasIn(segments)) {
    const node = doc.getIn(segments, true);
    const [start, end] = rangeOf(node);
    if (json) return text.slice(0, start) + JSON.stringify(op.value) + text.slice(end);
    if (Y.isScalar(node) && !isCollection(op.value)) {
      if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')
        throw new NotFixable('cannot replace a block scalar in place');
      return text.slice(0, start) + formatScalar(Y, op.value) + text.slice(end);
    }
    if (Y.isCollection(node) && node.flow)
      return text.slice(0, start) + formatFlow(Y, op.value) + text.slice(end);
    return replaceBlockCollection(Y, doc, text, parentPath, last, op.value);
  }
  // Add a key under the deepest existing mapping on the path, creating the missing parents.
  let depth = segments.length - 1;
  while (depth > 0 && !doc.hasIn(segments.slice(0, depth))) depth--;
  const parent = depth === 0 ? doc.contents : doc.getIn(segments.slice(0, depth), true);
  if (!Y.isMap(parent)) throw new NotFixable('the parent is not a mapping');
  let value: unknown = op.value;
  for (let i = segments.length - 1; i > depth; i--) value = { [segments[i]]: value };
  const key = segments[depth];
  if (parent.flow || json || parent.items.length === 0) return addFlowPair(Y, text, parent, key, value, json);
  return addBlockPair(Y, text, parent, key, value);
}

/** `key:` + a block collection below it becomes `key: VALUE` (one line); the entry's other bytes stay. */
function replaceBlockCollection(
  Y: Y,
  doc: Document,
  text: string,
  parentPath: readonly string[],
  key: string,
  value: unknown,
): string {
  const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
  const pair = Y.isMap(parent)
    ? parent.items.find((p) => Y.isScalar(p.key) && String(p.key.value) === key)
    : undefined;
  if (!pair) throw new NotFixable('cannot replace a block collection in place');
  const colon = text.indexOf(':', rangeOf(pair.key)[1]);
  const end = rangeOf(pair.value)[1];
  if (colon < 0 || colon > end || text.slice(rangeOf(pair.key)[1], colon).trim() !== '')
    throw new NotFixable('cannot replace a block collection in place');
  const rest = afterLine(text, end);
  const eol = rest > 0 && text[rest - 1] === '\n' ? (text[rest - 2] === '\r' ? '\r\n' : '\n') : '';
  return `${text.slice(0, colon + 1)} ${formatFlow(Y, value)}${eol}${text.slice(rest)}`;
}

function isCollection(v: unknown): boolean {
  return typeof v === 'object' && v !== null;
}

/**
 * A scalar as kubectl reads it back (YAML 1.1: a string `yes`, `on` or `012` is quoted, since
 * go-yaml v2 would read a boolean or an octal number).
 */
function formatScalar(Y: Y, v: unknown): string {
  const s = Y.stringify(v, { version: '1.1', lineWidth: 0 }).trimEnd();
  if (s.includes('\n')) throw new NotFixable('the new value needs more than one line');
  return s;
}

function formatFlow(Y: Y, v: unknown): string {
  if (!isCollection(v)) return formatScalar(Y, v);
  const s = Y.stringify(v, { version: '1.1', lineWidth: 0, collectionStyle: 'flow' }).trimEnd();
  if (s.includes('\n')) throw new NotFixable('the new value needs more than one line');
  return s;
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Column of an offset, when only spaces precede it on its line; else undefined. */
function lineIndent(text: string, offset: number): number | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^ *$/.test(text.slice(lineStart, offset)) ? offset - lineStart : undefined;
}

/** Offset of the start of the line after the one that contains offset-1 (or offset itself if already a line start). */
function afterLine(text: string, offset: number): number {
  if (offset === 0 || text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** Whether block sequences in this text are indented under their key (`key:\n  - a`) or not (`key:\n- a`). */
function indentsSequences(text: string): boolean {
  const m = /^( *)[^\s#-][^\n]*:[ \t]*\r?\n( *)- /m.exec(text);
  return m ? m[2].length > m[1].length : true;
}

/** Inserts lines (already indented, no line ending) after the block that ends at `end`. */
function insertLines(text: string, end: number, lines: string[]): string {
  const eol = eolOf(text);
  const at = afterLine(text, end);
  const before = text.slice(0, at);
  const sep = before === '' || before.endsWith('\n') ? '' : eol;
  return `${before}${sep}${lines.join(eol)}${eol}${text.slice(at)}`;
}

function indentBlock(block: string, pad: string): string[] {
  return block
    .trimEnd()
    .split('\n')
    .map((l) => pad + l);
}

function addBlockPair(
  Y: Y,
  text: string,
  parent: import('yaml').YAMLMap,
  key: string,
  value: unknown,
): string {
  const firstKey = parent.items[0].key;
  const indent = firstKey ? lineIndentOrColumn(text, rangeOf(firstKey)[0]) : undefined;
  if (indent === undefined) throw new NotFixable('cannot tell the indentation');
  const block = Y.stringify(
    { [key]: value },
    { version: '1.1', lineWidth: 0, indentSeq: indentsSequences(text) },
  );
  return insertLines(text, rangeOf(parent)[1], indentBlock(block, ' '.repeat(indent)));
}

/** The column of an offset (a first key may follow `- ` on its line). */
function lineIndentOrColumn(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function appendBlock(Y: Y, text: string, seq: import('yaml').YAMLSeq, value: unknown): string {
  if (seq.items.length === 0) throw new NotFixable('cannot append to an empty block list');
  const [start, end] = rangeOf(seq);
  const indent = lineIndent(text, start);
  if (indent === undefined) throw new NotFixable('the list does not start its line');
  const block = Y.stringify([value], { version: '1.1', lineWidth: 0, indentSeq: indentsSequences(text) });
  return insertLines(text, end, indentBlock(block, ' '.repeat(indent)));
}

function removeBlockPair(text: string, items: import('yaml').Pair[], i: number): string {
  if (items.length < 2) throw new NotFixable('removing the only entry would turn the mapping into null');
  const pair = items[i];
  const keyStart = rangeOf(pair.key)[0];
  if (lineIndent(text, keyStart) === undefined)
    throw new NotFixable('the entry shares its line with a list dash');
  const next = items[i + 1];
  if (next && lineIndent(text, rangeOf(next.key)[0]) === undefined)
    throw new NotFixable('the next entry shares a line with this one');
  const end = pair.value ? rangeOf(pair.value)[1] : rangeOf(pair.key)[1];
  const from = text.lastIndexOf('\n', keyStart - 1) + 1;
  return text.slice(0, from) + text.slice(afterLine(text, end));
}

/** Key and value of a new flow entry (JSON: a JSON member, pretty-printed like its neighbours). */
function flowEntry(Y: Y, key: string | undefined, value: unknown, json: boolean, pad?: string): string {
  const eol = '\n';
  let v: string;
  if (json) {
    v =
      pad === undefined
        ? JSON.stringify(value)
        : JSON.stringify(value, null, 2)
            .split(eol)
            .join(eol + pad);
  } else {
    v = formatFlow(Y, value);
  }
  if (key === undefined) return v;
  return `${json ? JSON.stringify(key) : formatScalar(Y, key)}: ${v}`;
}

/** Where a multi-line flow collection (pretty JSON) puts its entries: the indentation of its last entry. */
function entryPad(
  text: string,
  collection: [number, number, number],
  entryStart: number,
): string | undefined {
  if (!text.slice(collection[0], collection[1]).includes('\n')) return undefined;
  const indent = lineIndent(text, entryStart);
  return indent === undefined ? undefined : ' '.repeat(indent);
}

function addFlowPair(
  Y: Y,
  text: string,
  parent: import('yaml').YAMLMap,
  key: string,
  value: unknown,
  json: boolean,
): string {
  const range = rangeOf(parent);
  if (parent.items.length === 0) {
    if (text[range[0]] !== '{') throw new NotFixable('cannot add to an empty mapping here');
    return `${text.slice(0, range[0] + 1)}${flowEntry(Y, key, value, json)}${text.slice(range[0] + 1)}`;
  }
  const lastPair = parent.items[parent.items.length - 1];
  const end = rangeOf(lastPair.value ?? lastPair.key)[1];
  const pad = entryPad(text, range, rangeOf(lastPair.key)[0]);
  const sep = pad === undefined ? ', ' : `,${eolOf(text)}${pad}`;
  return `${text.slice(0, end)}${sep}${flowEntry(Y, key, value, json, pad)}${text.slice(end)}`;
}

function appendFlow(Y: Y, text: string, seq: import('yaml').YAMLSeq, value: unknown, json: boolean): string {
  const range = rangeOf(seq);
  if (seq.items.length === 0) {
    if (text[range[0]] !== '[') throw new NotFixable('cannot append to an empty list here');
    return `${text.slice(0, range[0] + 1)}${flowEntry(Y, undefined, value, json)}${text.slice(range[0] + 1)}`;
  }
  const lastItem = seq.items[seq.items.length - 1];
  const end = rangeOf(lastItem)[1];
  const pad = entryPad(text, range, rangeOf(lastItem)[0]);
  const sep = pad === undefined ? ', ' : `,${eolOf(text)}${pad}`;
  return `${text.slice(0, end)}${sep}${flowEntry(Y, undefined, value, json, pad)}${text.slice(end)}`;
}

function removeFlowPair(text: string, items: import('yaml').Pair[], i: number): string {
  const pair = items[i];
  const keyStart = rangeOf(pair.key)[0];
  const valueEnd = rangeOf(pair.value ?? pair.key)[1];
  if (i + 1 < items.length) return text.slice(0, keyStart) + text.slice(rangeOf(items[i + 1].key)[0]);
  if (i > 0) {
    const prev = items[i - 1];
    return text.slice(0, rangeOf(prev.value ?? prev.key)[1]) + text.slice(valueEnd);
  }
  return text.slice(0, keyStart) + text.slice(valueEnd);
}

/** The operation on a plain value: what the document must read as after the edit. */
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
  return ka.every(
    (k) =>
      Object.hasOwn(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}
