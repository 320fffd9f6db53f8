/**
 * Lint throughput (docs/architecture.md "Performance goals", "Lint"): `argo-guard lint` over 10,000 WorkflowTemplates (a DAG
 * of 5 tasks, 5 container templates, artifacts, GC settings; ~24 MB of YAML in one multi-document
 * file) against a baseline measured in the same run: js-yaml `loadAll` of the same text. Goal
 * 1.5x (the design doc; issue 4 said 2x). Also the start-up of the built CLI on one file (< 0.5 s).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as jsYaml from 'js-yaml';
import { lintPaths } from '../../src/lint/lint-files';
import type { BenchRecord } from './run';

const COUNT = 10_000;
/** Every 100th template lacks a deadline, so the run also pays for some positions. */
const BROKEN_EVERY = 100;

/** One WorkflowTemplate as YAML: every safety setting, 5 container templates, a 5-task DAG with artifacts. */
export function workflowTemplate(i: number): string {
  const tasks = [0, 1, 2, 3, 4]
    .map(
      (t) => `      - name: step-${t}
        template: run-${t}
${t > 0 ? `        dependencies: [step-${t - 1}]\n` : ''}${
  t > 0
    ? `        arguments:
          artifacts:
          - name: input
            from: "{{tasks.step-${t - 1}.outputs.artifacts.result}}"
`
    : ''
}`,
    )
    .join('');
  const templates = [0, 1, 2, 3, 4]
    .map(
      (t) => `  - name: run-${t}
${
  t > 0
    ? `    inputs:
      artifacts:
      - name: input
        path: /tmp/input
`
    : ''
}    outputs:
      artifacts:
      - name: result
        path: /tmp/result
    container:
      image: example.com/stage-${t}:1.${i % 50}.0
      args: ["run-stage ${i} ${t}"]
`,
    )
    .join('');
  return `---
apiVersion: argoproj.io/v1alpha1
kind: WorkflowTemplate
metadata:
  name: pipeline-${i}
  namespace: team-${i % 20}
spec:
  entrypoint: main
  serviceAccountName: pipeline-runner
${i % BROKEN_EVERY === 0 ? '' : '  activeDeadlineSeconds: 7200\n'}  podGC:
    strategy: OnPodCompletion
  ttlStrategy:
    secondsAfterCompletion: 86400
  nodeSelector:
    kubernetes.io/arch: amd64
  artifactGC:
    strategy: OnWorkflowDeletion
    serviceAccountName: artifact-gc
    podSpecPatch: '{"nodeSelector": {"kubernetes.io/arch": "amd64"}}'
  templates:
  - name: main
    dag:
      tasks:
${tasks}${templates}`;
}

function time(fn: () => unknown): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e9;
}

async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e9;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

export async function bench(): Promise<BenchRecord[]> {
  const dir = mkdtempSync(join(tmpdir(), 'argo-guard-lint-bench-'));
  try {
    const file = join(dir, 'corpus.yaml');
    const parts: string[] = [];
    for (let i = 0; i < COUNT; i++) parts.push(workflowTemplate(i));
    writeFileSync(file, parts.join(''));
    const mb = readFileSync(file).length / 1e6;

    // Alternate baseline and lint runs so machine noise hits both alike; report medians.
    const base: number[] = [];
    const lint: number[] = [];
    let findings = 0;
    let objects = 0;
    for (let round = 0; round < 5; round++) {
      base.push(
        time(() => {
          const docs = jsYaml.loadAll(readFileSync(file, 'utf8'));
          if (docs.length !== COUNT) throw new Error(`baseline parsed ${docs.length} documents`);
        }),
      );
      lint.push(
        await timeAsync(async () => {
          const run = await lintPaths([file], {});
          findings = run.findings.length;
          objects = run.objects.length;
          if (run.errors.length) throw new Error(`lint could not read the corpus: ${run.errors[0].message}`);
        }),
      );
    }
    if (objects !== COUNT) throw new Error(`lint read ${objects} objects`);
    const b = median(base);
    const l = median(lint);
    const records: BenchRecord[] = [
      {
        name: `lint ${COUNT.toLocaleString('en')} WorkflowTemplates (${mb.toFixed(1)} MB, ${findings} findings)`,
        value: l,
        unit: 's',
        baseline: { name: 'js-yaml loadAll of the same file', value: b },
        goal: 'ratio <= 1.5 (issue 4: 2)',
        met: l / b <= 1.5,
        note: `median of 5 alternating runs; lint = read + parse + all rules + positions of the findings; ratio ${(l / b).toFixed(2)} (issue 4's 2x goal ${l / b <= 2 ? 'met' : 'NOT met'})`,
      },
    ];

    // Start-up: the built CLI on one file, as a user runs it.
    const root = join(__dirname, '..', '..');
    const bin = join(root, 'bin', 'argo-guard.js');
    if (!existsSync(join(root, 'lib', 'cli', 'lint.js'))) {
      execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'ignore' });
    }
    const one = join(dir, 'one.yaml');
    writeFileSync(one, workflowTemplate(1));
    const startup: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < 5; i++) {
      bare.push(time(() => spawnSync(process.execPath, ['-e', ''])));
      startup.push(
        time(() => {
          const r = spawnSync(process.execPath, [bin, 'lint', one], { encoding: 'utf8' });
          if (r.status !== 0)
            throw new Error(`argo-guard lint one file exited ${r.status}: ${r.stderr}${r.stdout}`);
        }),
      );
    }
    const s = median(startup);
    records.push({
      name: 'start-up: node bin/argo-guard.js lint one.yaml',
      value: s,
      unit: 's',
      baseline: { name: 'node -e "" (bare Node start)', value: median(bare) },
      goal: '< 0.5 s',
      met: s < 0.5,
      note: `median of 5; ${((s - median(bare)) * 1000).toFixed(0)} ms over a bare Node start (the goal is absolute, so a loaded machine can miss it); the lint command loads js-yaml and the rules only (no Kubernetes client, no cdk8s)`,
    });
    return records;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
