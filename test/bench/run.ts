/**
 * `npm run bench`: runs every `test/bench/*.bench.ts`, prints the results, and records them in
 * test/bench/RESULTS.md (and results.json) with the date and the machine. Every goal is a ratio
 * against a baseline measured in the same run, because these machines are shared and noisy.
 * It records; it never fails on a missed goal (exit 1 only when a benchmark itself crashes).
 *
 * A bench module exports `bench(): Promise<BenchRecord[]>`.
 * `npm run bench -- lint` runs only the modules whose file name contains "lint".
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

export interface BenchRecord {
  /** What was measured, e.g. "synth 1,000 WorkflowTemplates: L2 + validation". */
  name: string;
  /** The measured value and its unit ("s", "ms", "MB", "requests"). */
  value: number;
  unit: string;
  /** The baseline measured in the same run, when there is one. */
  baseline?: { name: string; value: number };
  /** The goal, as text ("ratio <= 1.5", "p99 < 1 s"). */
  goal?: string;
  /** Whether the goal was met, when it can be judged. */
  met?: boolean;
  note?: string;
}

async function main(): Promise<void> {
  const filter = process.argv[2];
  const dir = __dirname;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter)))
    .sort();
  const sections: { file: string; records: BenchRecord[]; error?: string }[] = [];
  let crashed = false;
  for (const file of files) {
    process.stderr.write(`bench: ${file}\n`);
    try {
      const mod = await import(join(dir, file));
      const records: BenchRecord[] = await mod.bench();
      sections.push({ file, records });
      for (const r of records) process.stderr.write(`  ${line(r)}\n`);
    } catch (err) {
      crashed = true;
      sections.push({ file, records: [], error: String((err as Error)?.stack ?? err) });
      process.stderr.write(`  FAILED: ${(err as Error)?.message ?? err}\n`);
    }
  }
  const when = new Date().toISOString();
  const machine = `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}/${process.arch}`;
  if (!filter) {
    writeFileSync(join(dir, 'results.json'), `${JSON.stringify({ when, machine, sections }, null, 2)}\n`);
    const md = [
      '# Benchmark results',
      '',
      `Measured ${when} on ${machine}. Regenerate with \`npm run bench\`.`,
      'Goals are ratios against a baseline measured in the same run (docs/architecture.md, "Performance goals").',
      '',
      ...sections.flatMap((s) => [
        `## ${s.file}`,
        '',
        ...(s.error
          ? ['```', s.error, '```']
          : [
              '| measure | value | baseline | ratio | goal | met |',
              '|---|---|---|---|---|---|',
              ...s.records.map(row),
            ]),
        '',
        ...s.records.filter((r) => r.note).map((r) => `- ${r.name}: ${r.note}`),
        '',
      ]),
    ].join('\n');
    writeFileSync(join(dir, 'RESULTS.md'), md);
  }
  process.exitCode = crashed ? 1 : 0;
}

function ratio(r: BenchRecord): string {
  return r.baseline && r.baseline.value > 0 ? (r.value / r.baseline.value).toFixed(2) : '';
}

function line(r: BenchRecord): string {
  const base = r.baseline
    ? ` (baseline ${r.baseline.name}: ${fmt(r.baseline.value)} ${r.unit}, ratio ${ratio(r)})`
    : '';
  const goal = r.goal ? ` goal ${r.goal}: ${r.met === undefined ? '?' : r.met ? 'met' : 'NOT met'}` : '';
  return `${r.name}: ${fmt(r.value)} ${r.unit}${base}${goal}`;
}

function row(r: BenchRecord): string {
  const met = r.met === undefined ? '' : r.met ? 'yes' : 'no';
  const base = r.baseline ? `${r.baseline.name}: ${fmt(r.baseline.value)} ${r.unit}` : '';
  return `| ${r.name} | ${fmt(r.value)} ${r.unit} | ${base} | ${ratio(r)} | ${r.goal ?? ''} | ${met} |`;
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(3);
}

void main();
