/**
 * `npm run synth`: `cdk8s synth` of this repo's app (charts/) into dist/, then a short summary of
 * what was written and what the safety rules found. Exit code: cdk8s's own when it fails (a
 * construct validation error names the construct path), 1 when the rules find an error.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAll } from 'js-yaml';
import { lintManifests, RULES } from '../src/rules';

const root = join(__dirname, '..');
const outdir = join(root, 'dist');

const synth = spawnSync('npx', ['cdk8s', 'synth', '--check-upgrade=false'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, CDK8S_CHECK_UPGRADE: 'false' },
  encoding: 'utf8',
});
if (synth.status !== 0) {
  process.stderr.write(synth.stdout ?? '');
  process.stderr.write(
    `synth failed (cdk8s exit ${synth.status}); the lines above name the construct and the fix.\n`,
  );
  process.exit(synth.status ?? 1);
}

const files = (readdirSync(outdir, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const objects: any[] = [];
const lines: string[] = [];
for (const f of files) {
  const docs = loadAll(readFileSync(join(outdir, f), 'utf8')).filter(
    (d) => d && typeof d === 'object',
  ) as any[];
  objects.push(...docs);
  lines.push(`  dist/${f}: ${docs.length} objects (${countKinds(docs)})`);
}
const findings = lintManifests(objects);
const errors = findings.filter((f) => f.severity === 'error');
const warnings = findings.filter((f) => f.severity === 'warning');

process.stdout.write(`argo-guard synth: wrote ${objects.length} objects to dist/\n${lines.join('\n')}\n`);
const argo = objects.filter((o) => String(o.apiVersion).startsWith('argoproj.io/')).length;
process.stdout.write(
  `safety rules: ${RULES.length} rules (${families()}) over ${argo} Argo objects: ${errors.length} errors, ${warnings.length} warnings\n`,
);
for (const f of findings) {
  process.stdout.write(
    `  ${f.severity} ${f.rule} ${f.object.kind}/${f.object.name} ${f.path}: ${f.message} — ${f.fix}\n`,
  );
}
process.exit(errors.length > 0 ? 1 : 0);

function families(): string {
  const seen = [...new Set(RULES.map((r) => r.id.replace(/\d+$/, '')))];
  return seen.join(', ');
}

function countKinds(docs: any[]): string {
  const counts = new Map<string, number>();
  for (const d of docs) counts.set(d.kind, (counts.get(d.kind) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
}
