/**
 * The TypeScript in README.md (the cdk8s quick start) runs as written (with the package name mapped to src/),
 * and produces what the quick start says it does.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';

const ROOT = join(__dirname, '..', '..');

describe('README.md quick start', () => {
  it('the cdk8s example synthesizes the files and objects the text promises', () => {
    const doc = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const [, code] = /```ts\n([\s\S]*?)```/.exec(doc) ?? [];
    expect(code).toContain('app.synth()');
    // build/ is git-ignored and inside the repository, so node_modules resolves.
    const dir = join(ROOT, 'build', 'docs-test');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'quickstart-main.ts');
    writeFileSync(file, code.replaceAll("'cdk8s-argo-guard'", `'${join(ROOT, 'src')}'`));
    const outdir = mkdtempSync(join(tmpdir(), 'quickstart-'));
    execFileSync('npx', ['tsx', file], {
      cwd: ROOT,
      env: { ...process.env, CDK8S_OUTDIR: outdir },
      stdio: 'pipe',
    });
    expect(readdirSync(outdir).sort()).toEqual(['argo-guard.k8s.yaml', 'ci.k8s.yaml']);
    const objs = parseAllDocuments(readFileSync(join(outdir, 'argo-guard.k8s.yaml'), 'utf8')).map((d) =>
      d.toJS(),
    );
    expect(objs.map((o) => o.kind).sort()).toEqual([
      'ClusterRole',
      'ClusterRoleBinding',
      'CronJob',
      'Deployment',
      'Namespace',
      'PodDisruptionBudget',
      'Role',
      'RoleBinding',
      'Service',
      'ServiceAccount',
    ]);
    const ci = parseAllDocuments(readFileSync(join(outdir, 'ci.k8s.yaml'), 'utf8')).map((d) => d.toJS());
    const hook = ci.find((o) => o.kind === 'Workflow');
    expect(hook.metadata.annotations['argocd.argoproj.io/hook-delete-policy']).toBe('HookSucceeded');
  }, 60_000);
});
