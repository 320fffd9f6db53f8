import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { command as explain } from '../../src/cli/explain';
import { command as lint } from '../../src/cli/lint';
import { reportError } from '../../src/cli/main';

// main() loads subcommands with require(), which vitest does not transform: dispatch here instead.
const COMMANDS = { lint, explain } as const;

async function main(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  try {
    return await COMMANDS[name as keyof typeof COMMANDS].run(rest);
  } catch (err) {
    return reportError(err);
  }
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `argo-guard ARGS` in-process, capturing stdout and stderr (and feeding stdin when given). */
export async function cli(args: string[], stdin?: string): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write;
  const err = process.stderr.write;
  const inDesc = Object.getOwnPropertyDescriptor(process, 'stdin');
  process.stdout.write = ((s: string | Uint8Array) => {
    stdout += String(s);
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((s: string | Uint8Array) => {
    stderr += String(s);
    return true;
  }) as typeof process.stderr.write;
  if (stdin !== undefined) {
    Object.defineProperty(process, 'stdin', {
      value: Readable.from([Buffer.from(stdin)]),
      configurable: true,
    });
  }
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
    if (stdin !== undefined && inDesc) Object.defineProperty(process, 'stdin', inDesc);
  }
}

const trees: string[] = [];
/** Removes the trees tempTree made; each test file calls it in afterAll. */
export function cleanupTempTrees(): void {
  for (const t of trees.splice(0)) rmSync(t, { recursive: true, force: true });
}

/** A temp directory filled with the given files (path -> content); removed when the test process exits. */
export function tempTree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'argo-guard-lint-'));
  trees.push(root);
  for (const [rel, content] of Object.entries(files)) {
    const p = join(root, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return root;
}

/**
 * A Workflow with every safety setting the rules ask for on the default target (4.1, so the pod
 * template has a pendingTimeout: RUN006), so that tests add exactly one problem.
 */
export const SAFE_WORKFLOW_TEMPLATE = `apiVersion: argoproj.io/v1alpha1
kind: WorkflowTemplate
metadata:
  name: safe
  namespace: ci
spec:
  entrypoint: main
  activeDeadlineSeconds: 3600
  podGC:
    strategy: OnPodCompletion
  ttlStrategy:
    secondsAfterCompletion: 3600
  nodeSelector:
    kubernetes.io/arch: amd64
  templates:
  - name: main
    container:
      image: alpine:3.20
      command: [echo, hi]
    pendingTimeout: 15m
`;

export const ROOT = join(__dirname, '..', '..');

/** Newest modification time under a folder. */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** `npm test` builds lib/ first; rebuild only when lib/ is missing or older than the sources it runs. */
export function ensureBuilt(): void {
  const marker = join(ROOT, 'lib', 'lint', 'cdk8s-plugin.js');
  const src = Math.max(...['lint', 'rules', 'cli'].map((d) => newest(join(ROOT, 'src', d))));
  if (!existsSync(marker) || statSync(marker).mtimeMs < src) {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'ignore' });
  }
}
