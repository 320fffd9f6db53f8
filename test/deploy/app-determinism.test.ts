/**
 * This repo's app (charts/main.ts, which installs the watcher): two synths write byte-identical
 * files, the Argo CD Application included, so a committed dist/ only changes when the code does.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');

function synth(): Map<string, Buffer> {
  const outdir = mkdtempSync(join(tmpdir(), 'app-synth-'));
  execFileSync('npx', ['tsx', 'charts/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, CDK8S_OUTDIR: outdir },
    stdio: 'pipe',
    timeout: 120_000,
  });
  const files = new Map<string, Buffer>();
  const walk = (dir: string) => {
    for (const f of readdirSync(dir).sort()) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else files.set(relative(outdir, p), readFileSync(p));
    }
  };
  walk(outdir);
  return files;
}

describe('charts/main.ts', () => {
  it('two synths are byte-identical, and include the watcher and its Application', () => {
    const a = synth();
    const b = synth();
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [f, content] of a) expect(b.get(f)?.equals(content), f).toBe(true);
    expect([...a.keys()]).toContain('argo-guard.k8s.yaml');
    expect([...a.keys()]).toContain(join('argocd', 'argo-guard-application.k8s.yaml'));
  }, 240_000);
});
