/**
 * Baselines: adopt the linter on a large repository and fail only on new findings.
 * `--write-baseline FILE` records the current findings; `--baseline FILE` hides the recorded ones.
 *
 * A finding is identified by rule, file (relative to the baseline's directory), object and JSON
 * pointer: not by line, so edits elsewhere in the file do not resurrect it. Counts are kept, so a
 * second identical finding on the same spot is new. The file is written atomically (temp file in
 * the same directory, fsync, rename): an interrupted write never leaves a truncated baseline.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors';
import type { LocatedFinding } from './lint-files';

export const BASELINE_VERSION = 1;

interface BaselineEntry {
  rule: string;
  file: string;
  object: string;
  path: string;
  count: number;
}

interface BaselineFile {
  version: number;
  findings: BaselineEntry[];
}

function relFile(baselineFile: string, file: string): string {
  if (file === '<stdin>') return file;
  return relative(dirname(resolve(baselineFile)), resolve(file))
    .split(sep)
    .join('/');
}

function objectKey(f: LocatedFinding): string {
  const o = f.object;
  return `${o.kind}/${o.namespace ? `${o.namespace}/` : ''}${o.name}`;
}

function key(rule: string, file: string, object: string, path: string): string {
  return `${rule}\u0000${file}\u0000${object}\u0000${path}`;
}

export function baselineText(findings: readonly LocatedFinding[], baselineFile: string): string {
  const counts = new Map<string, BaselineEntry>();
  for (const f of findings) {
    const file = relFile(baselineFile, f.file);
    const object = objectKey(f);
    const k = key(f.rule, file, object, f.path);
    const e = counts.get(k);
    if (e) e.count++;
    else counts.set(k, { rule: f.rule, file, object, path: f.path, count: 1 });
  }
  const entries = [...counts.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([, e]) => e);
  const doc: BaselineFile = { version: BASELINE_VERSION, findings: entries };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Writes `text` to `file` atomically: a reader sees the old file or the new one, never a part. */
export function writeFileAtomic(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w', 0o644);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    unlinkSync(tmp);
    throw err;
  }
  closeSync(fd);
  renameSync(tmp, file);
  // The rename itself is durable once the directory is synced.
  try {
    const dfd = openSync(dirname(resolve(file)), 'r');
    try {
      fsyncSync(dfd);
    } finally {
      closeSync(dfd);
    }
  } catch {
    // Some filesystems refuse fsync on a directory; the rename is still atomic.
  }
}

export function writeBaseline(findings: readonly LocatedFinding[], file: string): number {
  const text = baselineText(findings, file);
  try {
    writeFileAtomic(file, text);
  } catch (err) {
    throw new UserError(`--write-baseline ${file}: ${(err as Error).message}`);
  }
  return findings.length;
}

/** Reads a baseline; a missing or malformed file is a usage error naming the file. */
export function readBaseline(file: string): Map<string, number> {
  let doc: BaselineFile;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UserError(
      `--baseline ${file}: ${(err as Error).message}`,
      'Write one with --write-baseline FILE.',
    );
  }
  if (!doc || doc.version !== BASELINE_VERSION || !Array.isArray(doc.findings)) {
    throw new UserError(`--baseline ${file}: not an argo-guard baseline (version ${BASELINE_VERSION})`);
  }
  const out = new Map<string, number>();
  for (const e of doc.findings) {
    if (!e || typeof e.rule !== 'string' || typeof e.file !== 'string') continue;
    out.set(key(e.rule, e.file, String(e.object), String(e.path)), Number(e.count) || 1);
  }
  return out;
}

/** The findings not in the baseline, and how many were hidden. */
export function applyBaseline(
  findings: readonly LocatedFinding[],
  file: string,
): { findings: LocatedFinding[]; hidden: number } {
  const left = readBaseline(file);
  const out: LocatedFinding[] = [];
  let hidden = 0;
  for (const f of findings) {
    const k = key(f.rule, relFile(file, f.file), objectKey(f), f.path);
    const n = left.get(k) ?? 0;
    if (n > 0) {
      left.set(k, n - 1);
      hidden++;
    } else out.push(f);
  }
  return { findings: out, hidden };
}
