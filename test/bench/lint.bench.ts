/**
 * Lint throughput (docs/architecture.md "Performance goals", "Lint"): `argo-guard lint` over 10,000 WorkflowTemplates (a DAG
 * of 5 tasks, 5 container templates, artifacts, GC settings; ~24 MB of YAML in one multi-document
 * file) against a baseline measured in the same run: js-yaml `loadAll` of the same text. Goal
 * 1.5x (the design doc; issue 4 said 2x). Also the start-up of the built CLI on one file (< 0.5 s and
 * at most 1.3x a bare Node start), next to the same sources built by tsc alone and to `--version`,
 * and, when a built `argo` v4.0.5 is at hand (ARGO_BIN, else ~/.cache/argo-guard/bin/argo-v4.0.5;
 * how to build it: docs/rules/STR001.md, "Side by side with argo lint"), Argo's own
 * `argo lint --offline` on the same file next to the built `argo-guard lint`, time and peak memory.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { homedir, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as jsYaml from 'js-yaml';
import { parseArgoVersion } from '../../src/argo/versions';
import { lintPaths } from '../../src/lint/lint-files';
import type { BenchRecord } from './run';

const COUNT = 10_000;
/** Start-up goal against a bare Node start (docs/architecture.md, "Performance goals"). */
const STARTUP_RATIO = 1.3;
const STARTUP_RUNS = 15;
/**
 * The target Argo version: that of the `argo lint` (v4.0.5) the run is compared with, so both
 * judge the same objects by the same schema. On the default target (4.1) every pod template here
 * would also get RUN006 (no pendingTimeout, a 4.1 field that 4.0's strict decoding refuses), and
 * the run would pay for positions and output of 50,000 warnings instead of 100 findings.
 */
const ARGO_VERSION = '4.0';
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
          const run = await lintPaths([file], { argoVersion: parseArgoVersion(ARGO_VERSION) });
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

    records.push(...startup(dir));
    const bin = join(__dirname, '..', '..', 'bin', 'argo-guard.js');
    records.push(...argoSideBySide(bin, file));
    return records;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Start-up: the built CLI on one small file, as a user runs it, against a bare Node start in the
 * same runs. Runs alone with `npx tsx -e "require('./test/bench/lint.bench.ts').startupOnly()"`.
 */
export function startup(dir: string): BenchRecord[] {
  const root = join(__dirname, '..', '..');
  const bin = join(root, 'bin', 'argo-guard.js');
  // Always rebuilt, as `npm run build` does (tsc, then scripts/bundle-cli.ts): a stale lib/
  // would measure old code.
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'ignore' });
  const cacheAccepted = codeCacheAccepted(root);
  // The same sources built by tsc alone (no bundle, no code cache), as lib/ was before
  // scripts/bundle-cli.ts: the "before" of the start-up, in the same run.
  const tscOnly = tscOnlyPackage(root, join(dir, 'tsc-only'));
  const one = join(dir, 'one.yaml');
  writeFileSync(one, workflowTemplate(1));
  const spawnTime = (args: string[], expected: number) =>
    time(() => {
      const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
      if (r.status !== expected)
        throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}${r.stdout}`);
    });
  const bare: number[] = [];
  const startup: number[] = [];
  const startupTsc: number[] = [];
  const version: number[] = [];
  for (let i = 0; i < STARTUP_RUNS; i++) {
    bare.push(spawnTime(['-e', ''], 0));
    startup.push(spawnTime([bin, 'lint', one], 0));
    startupTsc.push(spawnTime([tscOnly, 'lint', one], 0));
    version.push(spawnTime([bin, '--version'], 0));
  }
  const b0 = median(bare);
  const s = median(startup);
  const sTsc = median(startupTsc);
  const bareRecord = { name: 'node -e "" (bare Node start)', value: b0 };
  return [
    {
      name: 'start-up: node bin/argo-guard.js lint one.yaml',
      value: s,
      unit: 's',
      baseline: bareRecord,
      goal: `ratio <= ${STARTUP_RATIO} and < 0.5 s`,
      met: s < 0.5 && s / b0 <= STARTUP_RATIO,
      note: `median of ${STARTUP_RUNS} alternating runs; ${((s - b0) * 1000).toFixed(0)} ms over a bare Node start; lint runs as one bundle with V8's code cache (scripts/bundle-cli.ts; cache ${cacheAccepted ? 'accepted' : 'REJECTED, compiled from source'}); no Kubernetes client, no cdk8s, no \`yaml\` package; --fix, baselines, json and sarif output run only when asked for; load average ${loadavg()[0].toFixed(1)} at the end`,
    },
    {
      name: 'start-up: the same, lib/ built by tsc alone (before the bundle)',
      value: sTsc,
      unit: 's',
      baseline: bareRecord,
      note: `same runs; the bundle with its code cache takes ${((sTsc - s) * 1000).toFixed(0)} ms off`,
    },
    {
      name: 'start-up: node bin/argo-guard.js --version',
      value: median(version),
      unit: 's',
      baseline: bareRecord,
      note: 'same runs; loads lib/cli/main.js and lib/errors.js only',
    },
  ];
}

/** The start-up records alone, printed (a filtered bench run that leaves RESULTS.md alone). */
export function startupOnly(): void {
  const dir = mkdtempSync(join(tmpdir(), 'argo-guard-startup-bench-'));
  try {
    for (const r of startup(dir)) process.stdout.write(`${JSON.stringify(r)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whether a fresh `node` accepts the code cache scripts/bundle-cli.ts stored next to the bundle. */
function codeCacheAccepted(root: string): boolean {
  const cli = join(root, 'lib', 'cli');
  const script =
    'process.stdout.write(String(require(process.argv[1]).runBundle(process.argv[2]).cacheRejected))';
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const r = spawnSync(
    process.execPath,
    ['-e', script, join(cli, 'code-cache.js'), join(cli, 'lint.bundle.js')],
    {
      encoding: 'utf8',
      env,
    },
  );
  return r.stdout === 'false';
}

/**
 * A package at `at` whose lib/ is tsc's output alone (bin/, package.json, and node_modules and
 * docs linked to the repository's); returns its bin/argo-guard.js.
 */
function tscOnlyPackage(root: string, at: string): string {
  mkdirSync(join(at, 'bin'), { recursive: true });
  copyFileSync(join(root, 'package.json'), join(at, 'package.json'));
  copyFileSync(join(root, 'bin', 'argo-guard.js'), join(at, 'bin', 'argo-guard.js'));
  symlinkSync(join(root, 'node_modules'), join(at, 'node_modules'));
  symlinkSync(join(root, 'docs'), join(at, 'docs'));
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      'tsconfig.build.json',
      '--outDir',
      join(at, 'lib'),
    ],
    { cwd: root, stdio: 'ignore' },
  );
  return join(at, 'bin', 'argo-guard.js');
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
    const g = timed(process.execPath, [bin, 'lint', '--argo-version', ARGO_VERSION, file]);
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
