/**
 * Second step of `npm run build`, after tsc: makes `argo-guard lint` start fast (measured in
 * test/bench/RESULTS.md, "start-up"). Most of its start-up was reading, parsing and compiling ~70
 * modules (the rules and js-yaml), not running them. This step:
 *
 * 1. bundles lib/cli/lint.js (tsc's output, not src/: the bundle runs the code tsc emitted, each
 *    CommonJS module in its own wrapper, run when first required as before) and js-yaml into
 *    lib/cli/lint.bundle.js;
 * 2. runs that bundle once on a sample manifest in a plain `node` and stores V8's code cache of
 *    everything the run compiled in lib/cli/lint.bundle.js.v8-cache (src/cli/code-cache.ts);
 * 3. replaces lib/cli/lint.js with a stub that runs the bundle with that cache, and checks that a
 *    fresh `node` accepts the cache.
 *
 * What stays outside the bundle, and why:
 * - lib/errors.js: main.js's `instanceof UserError` must see the class the bundled command throws.
 * - every package but js-yaml: `yaml` (positions, --fix) is still loaded only when needed.
 * - lib/cli/main.js and the other commands: `--help` and `--version` load only main.js and
 *   errors.js; watch, sweep, doctor, alerts, platforms and explain run from tsc's modules.
 * Each bundled module's `__dirname` becomes lib/cli, two levels below the package root as lib/lint
 * is, which is what src/lint/catalog.ts counts on (docs/rules/ for SARIF output).
 *
 * tsc alone (test helpers, the image build) rewrites lib/cli/lint.js unbundled: a slower start,
 * the same behaviour, and never a stale bundle (the stub is written last, after the bundle and
 * its cache). Usage: `tsx scripts/bundle-cli.ts [LIBDIR]` (default: lib/ of this package).
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdtempSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { codeCacheFile } from '../src/cli/code-cache';

/** The first words of the stub's comment: tells a stub from tsc's lib/cli/lint.js. */
const STUB_MARK = 'Written by scripts/bundle-cli.ts';

/** Packages compiled into the bundle: what every lint run loads. */
const INLINED_PACKAGES = ['js-yaml'];

/** What the warm-up lints: the kinds of code a typical run compiles (parse, rules, positions, text output). */
const SAMPLE = `apiVersion: argoproj.io/v1alpha1
kind: WorkflowTemplate
metadata:
  name: sample
  namespace: ci
spec:
  entrypoint: main
  serviceAccountName: runner
  podGC:
    strategy: OnPodCompletion
  artifactGC:
    strategy: OnWorkflowDeletion
  templates:
  - name: main
    dag:
      tasks:
      - name: build
        template: build
      - name: test
        template: build
        dependencies: [build]
        arguments:
          artifacts:
          - name: input
            from: "{{tasks.build.outputs.artifacts.result}}"
  - name: build
    inputs:
      artifacts:
      - name: input
        path: /tmp/input
        optional: true
    outputs:
      artifacts:
      - name: result
        path: /tmp/result
    container:
      image: example.com/build:1.0.0
      args: ["make"]
---
apiVersion: argoproj.io/v1alpha1
kind: CronWorkflow
metadata:
  name: nightly
spec:
  schedules: ["0 3 * * *"]
  workflowSpec:
    workflowTemplateRef:
      name: sample
`;

function writeAtomically(target: string, data: string | Uint8Array): void {
  const tmp = join(dirname(target), `.${Date.now()}-${process.pid}.tmp`);
  try {
    writeFileSync(tmp, data);
    const fd = openSync(tmp, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** Runs `script` in a plain node: no NODE_OPTIONS, whose V8 flags would make the cache another run's. */
function plainNode(script: string, args: string[]): string {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const r = spawnSync(process.execPath, ['-e', script, ...args], { encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`node exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

async function main(): Promise<void> {
  const lib = resolve(process.argv[2] ?? join(__dirname, '..', 'lib'));
  const cliDir = join(lib, 'cli');
  const entry = join(cliDir, 'lint.js');
  const bundle = join(cliDir, 'lint.bundle.js');
  const cache = codeCacheFile(bundle);
  const loader = join(cliDir, 'code-cache.js');
  for (const f of [entry, loader, join(lib, 'errors.js')])
    if (!existsSync(f)) throw new Error(`${f} is missing: run tsc -p tsconfig.build.json first`);
  if (readFileSync(entry, 'utf8').includes(STUB_MARK))
    throw new Error(
      `${entry} is already the bundle's stub: run tsc -p tsconfig.build.json first (npm run build does both)`,
    );

  /** Modules that must exist once per process, shared with main.js (absolute paths, no extension). */
  const shared = [join(lib, 'errors')];
  const externals: Plugin = {
    name: 'argo-guard-externals',
    setup(b) {
      b.onResolve({ filter: /^\.\.?\// }, (args) => {
        const target = resolve(args.resolveDir, args.path).replace(/\.js$/, '');
        return shared.includes(target)
          ? { path: `${relative(cliDir, target)}.js`, external: true }
          : undefined;
      });
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith('node:')) return { path: args.path, external: true };
        const pkg = args.path.startsWith('@')
          ? args.path.split('/').slice(0, 2).join('/')
          : args.path.split('/')[0];
        return INLINED_PACKAGES.includes(pkg) ? undefined : { path: args.path, external: true };
      });
    },
  };
  const out = await build({
    entryPoints: [entry],
    outfile: bundle,
    write: false,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Class and function names as tsc emitted them (esbuild would rename clashing ones).
    keepNames: true,
    minifyWhitespace: true,
    plugins: [externals],
    logLevel: 'warning',
  });
  rmSync(cache, { force: true });
  writeAtomically(bundle, out.outputFiles[0].contents);

  // Warm-up: lint the sample (output discarded), then store what V8 compiled.
  const dir = mkdtempSync(join(tmpdir(), 'argo-guard-bundle-'));
  try {
    const sample = join(dir, 'sample.yaml');
    writeFileSync(sample, SAMPLE);
    plainNode(
      `const { runBundle, codeCacheFile } = require(process.argv[1]);
       const { closeSync, fsyncSync, openSync, renameSync, writeSync } = require('node:fs');
       const bundle = process.argv[2];
       const { exports, script } = runBundle(bundle);
       const write = process.stdout.write;
       process.stdout.write = () => true;
       exports.command.run([process.argv[3]]).then(() => {
         process.stdout.write = write;
         const tmp = codeCacheFile(bundle) + '.' + process.pid + '.tmp';
         const fd = openSync(tmp, 'w');
         writeSync(fd, script.createCachedData());
         fsyncSync(fd);
         closeSync(fd);
         renameSync(tmp, codeCacheFile(bundle));
       });`,
      [loader, bundle, sample],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  writeAtomically(
    entry,
    `"use strict";
// ${STUB_MARK} (npm run build): \`argo-guard lint\` as one bundle, run with
// V8's code cache (src/cli/code-cache.ts). tsc writes this file unbundled.
module.exports = require("./code-cache.js").runBundle(require("node:path").join(__dirname, "lint.bundle.js")).exports;
`,
  );

  const check = plainNode(
    `const r = require(process.argv[1]).runBundle(process.argv[2]);
     process.stdout.write(String(r.cacheRejected) + ' ' + typeof r.exports.command.run);`,
    [loader, bundle],
  );
  if (check !== 'false function') throw new Error(`the fresh code cache was not accepted: ${check}`);
  process.stdout.write(`bundle-cli: ${relative(process.cwd(), bundle)} and its code cache written\n`);
}

main().catch((err) => {
  process.stderr.write(`bundle-cli: ${(err as Error).message}\n`);
  process.exit(1);
});
