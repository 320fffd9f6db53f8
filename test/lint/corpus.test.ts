/**
 * Real-world input: every file of upstream argo-workflows/examples is read and linted without a
 * crash, and the findings are pinned in corpus-findings.json so that a rule change that moves them
 * is a deliberate, reviewed diff. Regenerate with `UPDATE_CORPUS=1 npx vitest run --project unit test/lint/corpus.test.ts`.
 *
 * And no false positive on this repository's own app: the synthesized dist/ must lint clean.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/lint/format-text';
import { lintPaths } from '../../src/lint/run';

const ROOT = join(__dirname, '..', '..');
const EXAMPLES = join(ROOT, '..', 'shared', 'upstream', 'argo-workflows', 'examples');
const EXPECTED = join(__dirname, 'corpus-findings.json');
const DIST = join(ROOT, 'dist');

type Summary = Record<string, { findings: string[]; errors?: string[] }>;

describe('upstream argo-workflows examples', () => {
  it.skipIf(!existsSync(EXAMPLES))(
    'lint without a crash; findings match corpus-findings.json',
    async () => {
      const run = await lintPaths([EXAMPLES], {});
      expect(run.files.length).toBeGreaterThan(150);
      expect(run.findings.filter((f) => f.rule === 'INTERNAL001')).toEqual([]);
      const summary: Summary = {};
      for (const f of run.files) summary[relative(EXAMPLES, f)] = { findings: [] };
      for (const f of run.findings) {
        summary[relative(EXAMPLES, f.file)].findings.push(
          `${f.rule} ${f.object.kind}/${f.object.name}${f.path} @${f.line}`,
        );
      }
      for (const e of run.errors) {
        const s = summary[relative(EXAMPLES, e.file)] ?? { findings: [] };
        s.errors = [...(s.errors ?? []), `${e.line ?? 0}: ${e.message}`];
        summary[relative(EXAMPLES, e.file)] = s;
      }
      for (const s of Object.values(summary)) s.findings.sort();
      const sorted: Summary = Object.fromEntries(
        Object.entries(summary).sort(([a], [b]) => (a < b ? -1 : 1)),
      );
      if (process.env.UPDATE_CORPUS === '1' || !existsSync(EXPECTED)) {
        writeFileSync(EXPECTED, `${JSON.stringify(sorted, null, 2)}\n`);
      }
      expect(sorted).toEqual(JSON.parse(readFileSync(EXPECTED, 'utf8')));
    },
    120_000,
  );
});

function hasManifests(dir: string): boolean {
  return (
    existsSync(dir) &&
    readdirSync(dir).some((f) => /\.(ya?ml|json)$/.test(f) && f !== 'construct-metadata.json')
  );
}

describe("this repository's own app (dist/ after npm run synth)", () => {
  it.skipIf(!hasManifests(DIST))(
    'lints clean: no finding at all',
    async () => {
      // Recursive: the app also writes dist/argocd/.
      const run = await lintPaths([DIST], {});
      expect(run.errors).toEqual([]);
      expect(run.objects.length).toBeGreaterThan(0);
      expect(run.findings, formatText(run)).toEqual([]);
    },
    60_000,
  );
});
