/**
 * Real-world input: every file of upstream argo-workflows/examples is read and linted without a
 * crash, and the findings are pinned in corpus-findings.json so that a rule change that moves them
 * is a deliberate, reviewed diff. Regenerate with `UPDATE_CORPUS=1 npx vitest run --project unit test/lint/corpus.test.ts`.
 *
 * And no false positive on this repository's own app: the synthesized dist/ must lint clean.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/lint/format-text';
import { lintPaths } from '../../src/lint/lint-files';

const ROOT = join(__dirname, '..', '..');
const EXAMPLES = join(ROOT, 'test', 'upstream', 'argo-workflows', 'examples');
const EXPECTED = join(__dirname, 'corpus-findings.json');

type Summary = Record<string, { findings: string[]; errors?: string[] }>;

describe('upstream argo-workflows examples', () => {
  it('lint without a crash; findings match corpus-findings.json', async () => {
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
    const sorted: Summary = Object.fromEntries(Object.entries(summary).sort(([a], [b]) => (a < b ? -1 : 1)));
    // Written only on request (UPDATE_CORPUS=1; then `npm run format`, which lint:code checks); a
    // missing file is a failure, never a fresh baseline.
    if (process.env.UPDATE_CORPUS === '1') writeFileSync(EXPECTED, `${JSON.stringify(sorted, null, 2)}\n`);
    expect(existsSync(EXPECTED), `${EXPECTED} is missing: run with UPDATE_CORPUS=1 and review it`).toBe(true);
    expect(sorted).toEqual(JSON.parse(readFileSync(EXPECTED, 'utf8')));
  }, 120_000);
});

/** Synthesizes this repo's app into a fresh directory (not dist/: the e2e suite writes that in parallel). */
function synthApp(): string {
  const outdir = mkdtempSync(join(tmpdir(), 'argo-guard-app-'));
  execFileSync('npx', ['tsx', join(ROOT, 'charts', 'main.ts')], {
    cwd: ROOT,
    env: { ...process.env, CDK8S_OUTDIR: outdir },
    stdio: 'pipe',
  });
  return outdir;
}

describe("this repository's own app (what npm run synth writes to dist/)", () => {
  it('lints clean: no finding at all', async () => {
    const dist = synthApp();
    expect(readdirSync(dist).some((f) => f.endsWith('.k8s.yaml'))).toBe(true);
    // Recursive: the app also writes <outdir>/argocd/.
    const run = await lintPaths([dist], {});
    expect(run.errors).toEqual([]);
    expect(run.objects.length).toBeGreaterThan(0);
    expect(run.findings, formatText(run)).toEqual([]);
  }, 60_000);
});
