/**
 * Lint throughput (docs/architecture.md "Performance goals", "Lint"): `argo-guard lint` over 10,000 WorkflowTemplates (a DAG
 * of 5 tasks, 5 container templates, artifacts, GC settings; ~24 MB of YAML in one multi-document
 * file) against a baseline measured in the same run: js-yaml `loadAll` of the same text. Goal
 * 1.5x (the design doc; issue 4 said 2x). Also the start-up of the built CLI on one file (< 0.5 s),
 * and, when a built `argo` v4.0.5 is at hand (ARGO_BIN, else ~/.cache/argo-guard/bin/argo-v4.0.5;
 * how to build it: docs/rules/STR001.md, "Side by side with argo lint"), Argo's own
 * `argo lint --offline` on the same file next to the built `argo-guard lint`, time and peak memory.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, loadavg, tmpdir } from 'node:os';
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

/** CPU seconds (user + system, all threads: GC included) of the process while `fn` runs. */
let lastCpu = 0;

async function timeAsync(fn: () => unknown): Promise<number> {
  const c = process.cpuUsage();
  const t = process.hrtime.bigint();
  await fn();
  const wall = Number(process.hrtime.bigint() - t) / 1e9;
  const u = process.cpuUsage(c);
  lastCpu = (u.user + u.system) / 1e6;
  return wall;
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
    const baseCpu: number[] = [];
    const lintCpu: number[] = [];
    let findings = 0;
    let objects = 0;
    for (let round = 0; round < 5; round++) {
      base.push(
        await timeAsync(() => {
          const docs = jsYaml.loadAll(readFileSync(file, 'utf8'));
          if (docs.length !== COUNT) throw new Error(`baseline parsed ${docs.length} documents`);
        }),
      );
      baseCpu.push(lastCpu);
      lint.push(
        await timeAsync(async () => {
          const run = await lintPaths([file], {});
          findings = run.findings.length;
          objects = run.objects.length;
          if (run.errors.length) throw new Error(`lint could not read the corpus: ${run.errors[0].message}`);
        }),
      );
      lintCpu.push(lastCpu);
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
        note: `median of 5 alternating runs; lint = read + parse + all rules + positions of the findings; ratio ${(l / b).toFixed(2)} (issue 4's 2x goal ${l / b <= 2 ? 'met' : 'NOT met'}); CPU time (all threads, GC included; steadier than wall time on a shared machine) ${median(lintCpu).toFixed(2)} s vs ${median(baseCpu).toFixed(2)} s, ratio ${(median(lintCpu) / median(baseCpu)).toFixed(2)}; load average ${loadavg()[0].toFixed(1)} at the end`,
      },
    ];

    // Start-up: the built CLI on one file, as a user runs it.
    const root = join(__dirname, '..', '..');
    const bin = join(root, 'bin', 'argo-guard.js');
    // Always rebuilt: a stale lib/ would measure old code.
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'ignore' });
    const one = join(dir, 'one.yaml');
    writeFileSync(one, workflowTemplate(1));
    const startup: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < 9; i++) {
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
      goal: 'ratio <= 1.5 and < 0.5 s',
      met: s < 0.5 && s / median(bare) <= 1.5,
      note: `median of 9 alternating runs; ${((s - median(bare)) * 1000).toFixed(0)} ms over a bare Node start; the lint command loads js-yaml and the rules only (no Kubernetes client, no cdk8s; --fix, baselines, json and sarif output are imported when asked for)`,
    });
    records.push(...argoSideBySide(bin, file));
    return records;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Seconds and peak RSS (MB) of one process, measured by GNU time (Debian's `time`). */
function timed(
  cmd: string,
  args: string[],
  env?: NodeJS.ProcessEnv,
): { s: number; mb?: number; status: number | null } {
  const gnuTime = '/usr/bin/time';
  const useTime = existsSync(gnuTime);
  const t = process.hrtime.bigint();
  const r = useTime
    ? spawnSync(gnuTime, ['-f', 'maxrss=%M', cmd, ...args], {
        encoding: 'utf8',
        env,
        maxBuffer: 256 * 1024 * 1024,
      })
    : spawnSync(cmd, args, { encoding: 'utf8', env, maxBuffer: 256 * 1024 * 1024 });
  const s = Number(process.hrtime.bigint() - t) / 1e9;
  const m = useTime ? /maxrss=(\d+)/.exec(r.stderr ?? '') : null;
  return { s, mb: m ? Number(m[1]) / 1024 : undefined, status: r.status };
}

/**
 * `argo lint --offline` (v4.0.5) and the built `argo-guard lint` on the same corpus, each as a
 * whole process (start-up included), one run each. Skipped, with one line saying
 * how to get the binary, when it is not built.
 */
function argoSideBySide(bin: string, file: string): BenchRecord[] {
  const argo = process.env.ARGO_BIN ?? join(homedir(), '.cache', 'argo-guard', 'bin', 'argo-v4.0.5');
  if (!existsSync(argo)) {
    process.stderr.write(
      `  argo lint --offline: skipped, no argo binary at ${argo} (build it as docs/rules/STR001.md, "Side by side with argo lint", says: about 10 minutes and 2 GB on two cores; or set ARGO_BIN)\n`,
    );
    return [];
  }
  // No cluster: offline lint must not need one.
  const env = { ...process.env, KUBECONFIG: '/dev/null' };
  const argoRuns: { s: number; mb?: number }[] = [];
  const guardRuns: { s: number; mb?: number }[] = [];
  // One run each: argo takes tens of seconds, and a 10x ratio does not hinge on noise.
  for (let i = 0; i < 1; i++) {
    const a = timed(argo, ['lint', '--offline', '--output', 'simple', file], env);
    // argo exits 1 when it rejects something; the corpus has findings for argo-guard only.
    if (a.status !== 0 && a.status !== 1) throw new Error(`argo lint --offline exited ${a.status}`);
    argoRuns.push(a);
    const g = timed(process.execPath, [bin, 'lint', file]);
    if (g.status !== 1)
      throw new Error(`argo-guard lint of the corpus exited ${g.status} (expected 1: findings)`);
    guardRuns.push(g);
  }
  const med = (xs: (number | undefined)[]) => {
    const v = xs.filter((x): x is number => x !== undefined);
    return v.length ? median(v) : undefined;
  };
  const as = med(argoRuns.map((r) => r.s))!;
  const gs = med(guardRuns.map((r) => r.s))!;
  const records: BenchRecord[] = [
    {
      name: `argo lint --offline v4.0.5, ${COUNT.toLocaleString('en')} WorkflowTemplates (whole process)`,
      value: as,
      unit: 's',
      baseline: { name: 'argo-guard lint (built CLI, whole process)', value: gs },
      goal: 'ratio >= 10 (argo-guard stays 10x faster)',
      met: as / gs >= 10,
      note: `one run each; ratio ${(as / gs).toFixed(1)} = how many times longer argo lint takes`,
    },
  ];
  const am = med(argoRuns.map((r) => r.mb));
  const gm = med(guardRuns.map((r) => r.mb));
  if (am !== undefined && gm !== undefined) {
    records.push({
      name: 'argo lint --offline v4.0.5, peak memory (max RSS)',
      value: Math.round(am),
      unit: 'MB',
      baseline: { name: 'argo-guard lint (built CLI)', value: Math.round(gm) },
      note: 'GNU time %M',
    });
  }
  return records;
}
