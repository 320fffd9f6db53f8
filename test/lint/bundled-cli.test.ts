/**
 * `npm run build`'s second step (scripts/bundle-cli.ts: `argo-guard lint` as one bundle run with
 * V8's code cache) must change how fast the CLI starts and nothing else. Two packages built from
 * the same sources side by side, tsc only and tsc + bundle, run the same commands on the same
 * inputs: exit code, stdout, stderr and the files --fix writes must be the same bytes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SAFE_WORKFLOW_TEMPLATE } from './helpers';

let work: string;
/** Package roots: lib/ from tsc only, and the same lib/ after scripts/bundle-cli.ts. */
let plain: string;
let bundled: string;

function packageRoot(name: string): string {
  const root = join(work, name);
  mkdirSync(join(root, 'bin'), { recursive: true });
  copyFileSync(join(ROOT, 'package.json'), join(root, 'package.json'));
  copyFileSync(join(ROOT, 'bin', 'argo-guard.js'), join(root, 'bin', 'argo-guard.js'));
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  symlinkSync(join(ROOT, 'docs'), join(root, 'docs'));
  return root;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'argo-guard-bundle-test-'));
  plain = packageRoot('plain');
  bundled = packageRoot('bundled');
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      'tsconfig.build.json',
      '--outDir',
      join(plain, 'lib'),
    ],
    { cwd: ROOT, stdio: 'pipe' },
  );
  cpSync(join(plain, 'lib'), join(bundled, 'lib'), { recursive: true });
  execFileSync(
    join(ROOT, 'node_modules', '.bin', 'tsx'),
    [join(ROOT, 'scripts', 'bundle-cli.ts'), join(bundled, 'lib')],
    {
      cwd: ROOT,
      stdio: 'pipe',
    },
  );
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `argo-guard ARGS` of the package at `root`, from `cwd`. */
function run(root: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Run {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'argo-guard.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ARGO_GUARD_DEBUG: '', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** An input tree, once per package (--fix writes in it). */
function inputs(name: string): string {
  const dir = join(work, 'inputs', name);
  const files: Record<string, string> = {
    'ok/safe.yaml': SAFE_WORKFLOW_TEMPLATE,
    'bad/wt.yaml': SAFE_WORKFLOW_TEMPLATE.replace('  activeDeadlineSeconds: 3600\n', '').replace(
      '    pendingTimeout: 15m\n',
      '',
    ),
    'bad/cron.yaml': `apiVersion: argoproj.io/v1alpha1
kind: CronWorkflow
metadata:
  name: nightly
spec:
  schedules: ["61 * * * *"]
  workflowSpec:
    entrypoint: main
    unknownField: 1
    templates:
    - name: main
      container: {image: alpine}
`,
    'broken/x.yaml': 'a: [\n',
  };
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
  return dir;
}

const CASES: string[][] = [
  ['lint', 'ok'],
  ['lint', 'bad'],
  ['lint', 'bad', 'ok', 'broken'],
  ['lint', '--format', 'json', 'bad'],
  ['lint', '--format', 'sarif', 'bad'],
  ['lint', '--preset', 'argo', '--argo-version', '4.0', 'bad'],
  ['lint', '--write-baseline', 'baseline.json', 'bad'],
  ['lint', '--baseline', 'baseline.json', 'bad'],
  ['lint', 'missing.yaml'],
  ['lint', '--help'],
  // Usage errors: a UserError thrown inside the bundle, reported by main.js.
  ['lint', '--format', 'xml', 'ok'],
  ['lint', '--argo-version', 'nine', 'ok'],
  ['lint', '--no-such-flag'],
  ['lint', '--fix', 'bad'],
  ['lint', 'bad'],
  ['explain', 'RUN001'],
  ['--version'],
  ['--help'],
];

describe('argo-guard lint bundled with a code cache (npm run build)', () => {
  it('writes the bundle, its code cache and the stub; lint loads 4 of the package modules', () => {
    const cli = join(bundled, 'lib', 'cli');
    expect(readFileSync(join(cli, 'lint.js'), 'utf8')).toContain('runBundle');
    expect(statSync(join(cli, 'lint.bundle.js.v8-cache')).size).toBeGreaterThan(0);
    const loaded = (root: string) => {
      const script = `
        const write = process.stdout.write.bind(process.stdout);
        process.stdout.write = () => true;
        require(process.argv[1]).main(['lint', 'ok']).then(() => {
          write(JSON.stringify(Object.keys(require.cache).filter((f) => !f.includes('/node_modules/'))));
        });`;
      const r = spawnSync(process.execPath, ['-e', script, join(root, 'lib', 'cli', 'main.js')], {
        cwd: inputs(`loaded-${root === bundled ? 'b' : 'p'}`),
        encoding: 'utf8',
      });
      return (JSON.parse(r.stdout) as string[]).map((f) => f.slice(root.length + 1)).sort();
    };
    expect(loaded(bundled)).toEqual([
      'lib/cli/code-cache.js',
      'lib/cli/lint.js',
      'lib/cli/main.js',
      'lib/errors.js',
    ]);
    // What the bundle saves: the tsc build loads the rules and the linter module by module.
    expect(loaded(plain).length).toBeGreaterThan(30);
  });

  it('V8 accepts the code cache in a fresh node', () => {
    const script = `const r = require(process.argv[1]).runBundle(process.argv[2]); process.stdout.write(String(r.cacheRejected));`;
    const cli = join(bundled, 'lib', 'cli');
    const r = spawnSync(
      process.execPath,
      ['-e', script, join(cli, 'code-cache.js'), join(cli, 'lint.bundle.js')],
      {
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: '' },
      },
    );
    expect(r.stdout).toBe('false');
  });

  it('every command gives the same exit code, output and --fix edits as the tsc build', () => {
    const inP = inputs('plain');
    const inB = inputs('bundled');
    for (const args of CASES) {
      const p = run(plain, args, inP);
      const b = run(bundled, args, inB);
      expect({ args, ...b }).toEqual({ args, ...p });
    }
    // The cases above ran one --fix in each tree: the same edits, byte for byte.
    for (const f of ['bad/wt.yaml', 'bad/cron.yaml', 'baseline.json'])
      expect(readFileSync(join(inB, f), 'utf8')).toBe(readFileSync(join(inP, f), 'utf8'));
    // And the fix did something (the trees are not merely both untouched).
    expect(readFileSync(join(inB, 'bad/wt.yaml'), 'utf8')).not.toBe(
      SAFE_WORKFLOW_TEMPLATE.replace('  activeDeadlineSeconds: 3600\n', '').replace(
        '    pendingTimeout: 15m\n',
        '',
      ),
    );
  });

  it('a usage error raised inside the bundle is a usage error (exit 2), not an internal error', () => {
    const r = run(bundled, ['lint', '--format', 'xml', 'ok'], inputs('usage'));
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'argo-guard: --format xml: use text, json or sarif\n' });
  });

  it('a damaged code cache is rejected by V8 and lint still gives the same result', () => {
    const cache = join(bundled, 'lib', 'cli', 'lint.bundle.js.v8-cache');
    const good = readFileSync(cache);
    try {
      writeFileSync(cache, Buffer.alloc(good.length, 0x5a));
      const dir = inputs('damaged');
      expect(run(bundled, ['lint', 'bad', 'ok'], dir)).toEqual(run(plain, ['lint', 'bad', 'ok'], dir));
    } finally {
      writeFileSync(cache, good);
    }
  });
});
