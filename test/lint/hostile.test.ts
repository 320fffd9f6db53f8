/**
 * `argo-guard lint` on hostile input, as shipped (bin/argo-guard.js on lib/): every case ends with
 * exit 2 (or the lint result) and a one-line message, within generous time and memory bounds
 * measured by /usr/bin/time (max RSS) and a hard timeout that kills a hung process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupTempTrees, ensureBuilt, ROOT, SAFE_WORKFLOW_TEMPLATE, tempTree } from './helpers';

afterAll(cleanupTempTrees);

const BIN = join(ROOT, 'bin', 'argo-guard.js');
/** A hung process is killed after this long; a passing case takes about a second. */
const HARD_TIMEOUT_MS = 60_000;
/** Max RSS allowed for any case (a 32 MiB input cap plus Node itself stays far below). */
const MAX_RSS_KB = 400 * 1024;

interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  maxRssKb: number;
}

/** Runs a bash command line in which $CLI is the built argo-guard under /usr/bin/time. */
function sh(cwd: string, script: string): Outcome {
  const rss = join(cwd, `.rss-${process.hrtime.bigint()}`);
  const cli = `/usr/bin/time -f %M -o ${rss} ${process.execPath} ${BIN}`;
  // coreutils timeout kills the whole process group (the CLI and any `yes` feeding it).
  const r = spawnSync('timeout', ['-s', 'KILL', String(HARD_TIMEOUT_MS / 1000), 'bash', '-c', script], {
    cwd,
    encoding: 'utf8',
    timeout: HARD_TIMEOUT_MS * 2,
    killSignal: 'SIGKILL',
    env: { ...process.env, CLI: cli, NO_COLOR: '1' },
  });
  const maxRssKb = existsSync(rss) ? Number(readFileSync(rss, 'utf8').trim().split('\n').pop()) : Number.NaN;
  rmSync(rss, { force: true });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, maxRssKb };
}

function expectBounded(o: Outcome): void {
  expect(o.signal, 'hung').toBeNull();
  expect(o.code, `killed after ${HARD_TIMEOUT_MS} ms: hung`).not.toBe(128 + 9);
  expect(o.maxRssKb).toBeLessThan(MAX_RSS_KB);
  expect(o.stderr).not.toMatch(/^\s+at /m); // no stack trace
}

describe('lint on hostile input (built CLI)', () => {
  beforeAll(() => ensureBuilt(), 180_000);
  const hasTime = existsSync('/usr/bin/time');

  it.runIf(hasTime)('refuses /dev/zero without reading it', () => {
    const o = sh(tempTree({}), '$CLI lint /dev/zero');
    expectBounded(o);
    expect(o.code).toBe(2);
    expect(o.stderr).toContain('/dev/zero: not a regular file or pipe (a character device); not read');
  });

  it.runIf(hasTime)('stops reading an endless stdin at the size cap', () => {
    // `yes` never ends: only the cap (default 32 MiB) and letting go of stdin end the run.
    const o = sh(tempTree({}), "yes 'a: b' | $CLI lint -");
    expectBounded(o);
    expect(o.code).toBe(2);
    expect(o.stderr).toContain(
      '<stdin>: input is larger than --max-file-size (33554432 bytes); not read further',
    );
  });

  it.runIf(hasTime)('stops reading an endless process substitution at the size cap', () => {
    const o = sh(tempTree({}), "$CLI lint --max-file-size 1000000 <(yes 'a: b')");
    expectBounded(o);
    expect(o.code).toBe(2);
    expect(o.stderr).toMatch(/^\/dev\/fd\/\d+: input is larger than --max-file-size \(1000000 bytes\)/m);
  });

  it.runIf(hasTime)('reports positions inside a <(…) input from the bytes it parsed (not 1:1)', () => {
    const root = tempTree({
      'wt.yaml': SAFE_WORKFLOW_TEMPLATE.replace('  activeDeadlineSeconds: 3600\n', ''),
    });
    const o = sh(root, '$CLI lint <(cat wt.yaml)');
    expectBounded(o);
    expect(o.code).toBe(1);
    // Same line:column as the file itself.
    expect(o.stdout).toMatch(/^\/dev\/fd\/\d+:6:1: error RUN001 /m);
  });

  it.runIf(hasTime)(
    '--fix with a <(…) input re-lints from the bytes it read, not from the spent pipe',
    () => {
      const cron =
        'apiVersion: argoproj.io/v1alpha1\nkind: CronWorkflow\nmetadata:\n  name: c\nspec:\n  schedules: ["0 0 * * *"]\n  workflowSpec:\n    entrypoint: main\n';
      const root = tempTree({ 'c.yaml': cron, 'wt.yaml': SAFE_WORKFLOW_TEMPLATE });
      const o = sh(root, '$CLI lint --fix c.yaml <(cat wt.yaml)');
      expectBounded(o);
      expect(o.stderr).toContain('fixed: c.yaml: GITOPS006 CronWorkflow/c /spec');
      expect(o.stderr).not.toMatch(/\/dev\/fd\/\d+:/); // no read error for the pipe the second time
      expect(readFileSync(join(root, 'c.yaml'), 'utf8')).toContain('  suspend: false\n');
    },
  );

  it.runIf(hasTime)('does not block on a FIFO that no one writes, and reads one that someone does', () => {
    const root = tempTree({
      'wt.yaml': SAFE_WORKFLOW_TEMPLATE.replace('  activeDeadlineSeconds: 3600\n', ''),
    });
    const idle = sh(root, 'mkfifo idle.yaml && $CLI lint idle.yaml');
    expectBounded(idle);
    expect(idle.code).toBe(2);
    expect(idle.stderr).toContain('idle.yaml: a pipe or FIFO with no writer: nothing to read');
    // A writer that is there first: read to the end, positions right.
    // The writer opens first and waits in open() for a reader (the kernel's wait_for_partner):
    // from then on the FIFO has a writer, so lint must wait for its data and its end.
    const fed = sh(
      root,
      `mkfifo fed.yaml; ( exec 3>fed.yaml; cat wt.yaml >&3 ) & W=$!
       until grep -qx wait_for_partner /proc/$W/wchan; do sleep 0.01; done
       $CLI lint fed.yaml`,
    );
    expectBounded(fed);
    expect(fed.stdout).toMatch(/^fed\.yaml:6:1: error RUN001 /m);
  });

  it.runIf(hasTime)('refuses JSON nested 1,000 deep with file:line:column instead of aborting', () => {
    const deep = `{"apiVersion": "argoproj.io/v1alpha1", "kind": "CronWorkflow", "metadata": {"name": "x"},\n "spec": {"x": ${'['.repeat(1000)}${']'.repeat(1000)}}}\n`;
    const root = tempTree({ 'deep.json': deep });
    const o = sh(root, '$CLI lint deep.json');
    expectBounded(o);
    expect(o.code).toBe(2);
    expect(o.stderr).toContain('deep.json:2:114: JSON nested deeper than 100 levels; not linted');
  });

  it.runIf(hasTime)('reports invalid UTF-8 as an error at file:line:column', () => {
    const root = tempTree({
      'latin1.yaml': Buffer.concat([
        Buffer.from(SAFE_WORKFLOW_TEMPLATE),
        Buffer.from('---\n# Jos'),
        Buffer.from([0xe9]),
        Buffer.from('\nkind: ConfigMap\n'),
      ]),
    });
    const o = sh(root, '$CLI lint latin1.yaml');
    expectBounded(o);
    expect(o.code).toBe(2);
    // The byte is on the line after the `---` that follows the safe template.
    const line = SAFE_WORKFLOW_TEMPLATE.split('\n').length + 1;
    expect(o.stderr).toContain(`latin1.yaml:${line}:6: invalid UTF-8 (byte 0xE9); kubectl rejects it`);
  });
});
