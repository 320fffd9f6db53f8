/**
 * The repository stands alone: nothing in it reads or cites the reference folder its builders
 * kept beside it, which a user's clone never has. (scripts/standalone-check.sh also proves it
 * end to end, on a clone with nothing beside it; this is the fast, local half.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const SCANNED = ['src', 'test', 'docs', 'scripts', 'charts', 'README.md'];
/** Vendored upstream files are upstream's text, not ours. */
const SKIPPED_DIRS = new Set([join(ROOT, 'test', 'upstream'), join(ROOT, 'node_modules')]);
// Assembled so that this file does not match its own pattern.
const FORBIDDEN = new RegExp(
  ['\\.\\./shar' + 'ed', '/work/shar' + 'ed', 'shar' + 'ed/(reference|design|upstream)'].join('|'),
);

function files(path: string): string[] {
  if (SKIPPED_DIRS.has(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => files(join(path, name)));
}

describe('standing alone', () => {
  it('no file under src, test, docs, scripts, charts or the README points outside the repository', () => {
    const offending: string[] = [];
    for (const file of SCANNED.flatMap((p) => files(join(ROOT, p)))) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (FORBIDDEN.test(line)) offending.push(`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offending).toEqual([]);
  });
});
