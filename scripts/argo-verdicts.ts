/**
 * Regenerates test/lint/argo-verdicts-v4.0.5.json: Argo's own verdict (`argo lint --offline`, v4.0.5)
 * on every file of Argo's examples (test/upstream/argo-workflows/examples), all files in one run so
 * that templateRefs between them resolve as they do for argo-guard. test/lint/argo-agreement.test.ts
 * compares argo-guard's structural verdict with it.
 *
 *   npx tsx scripts/argo-verdicts.ts        # needs the argo binary, see below
 *
 * The binary: ARGO_BIN, else ~/.cache/argo-guard/bin/argo-v4.0.5. To build it (about 10 minutes and
 * 2 GB on two cores): the module zip of github.com/argoproj/argo-workflows/v4@v4.0.5 from the Go
 * module proxy has no ui/dist, which cmd/argo embeds, so a placeholder is needed:
 *
 *   GOFLAGS=-mod=mod go mod download -json github.com/argoproj/argo-workflows/v4@v4.0.5   # prints Dir
 *   cp -r "$Dir" /tmp/argo-src && chmod -R u+w /tmp/argo-src
 *   mkdir -p /tmp/argo-src/ui/dist/app && echo '<html></html>' > /tmp/argo-src/ui/dist/app/index.html
 *   (cd /tmp/argo-src && GOFLAGS=-mod=mod go build -o ~/.cache/argo-guard/bin/argo-v4.0.5 ./cmd/argo)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..');
const EXAMPLES = 'test/upstream/argo-workflows/examples';
const OUT = join(ROOT, 'test', 'lint', 'argo-verdicts-v4.0.5.json');

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...yamlFiles(p));
    else if (/\.(ya?ml|json)$/.test(name)) out.push(p);
  }
  return out;
}

function main(): void {
  const bin = process.env.ARGO_BIN ?? join(homedir(), '.cache', 'argo-guard', 'bin', 'argo-v4.0.5');
  if (!existsSync(bin)) {
    process.stderr.write(
      `argo-verdicts: no argo binary at ${bin}; build it as described at the top of this script\n`,
    );
    process.exit(2);
  }
  const files = yamlFiles(join(ROOT, EXAMPLES)).map((f) => relative(ROOT, f));
  const r = spawnSync(bin, ['lint', '--offline', '--output', 'simple', ...files], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // No cluster: offline lint must not need one.
    env: { ...process.env, KUBECONFIG: '/dev/null', HOME: process.env.HOME ?? '/tmp' },
  });
  if (r.error) throw r.error;
  const rejected: Record<string, string[]> = {};
  for (const line of `${r.stdout}\n${r.stderr}`.split('\n')) {
    const f = files.find((x) => line.startsWith(`${x}: `));
    if (!f) continue;
    const list = rejected[f] ?? [];
    list.push(line.slice(f.length + 2).trim());
    rejected[f] = list;
  }
  const verdicts: Record<string, { accepted: boolean; messages?: string[] }> = {};
  for (const f of files) {
    const msgs = rejected[f];
    verdicts[f.slice(EXAMPLES.length + 1)] = msgs
      ? { accepted: false, messages: [...new Set(msgs)].sort() }
      : { accepted: true };
  }
  const doc = {
    generatedBy: 'scripts/argo-verdicts.ts',
    argo: 'v4.0.5 (github.com/argoproj/argo-workflows/v4 cmd/argo, built from the Go module proxy)',
    command: `argo lint --offline --output simple <every file of ${EXAMPLES}>`,
    exitCode: r.status,
    verdicts,
  };
  writeFileSync(OUT, `${JSON.stringify(doc, null, 2)}\n`);
  const n = Object.values(verdicts).filter((v) => !v.accepted).length;
  process.stdout.write(`wrote ${relative(ROOT, OUT)}: ${files.length} files, ${n} rejected by argo\n`);
}

main();
