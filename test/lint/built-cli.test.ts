/** The CLI as shipped: bin/argo-guard.js running lib/ (built), from any working directory. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupTempTrees, ensureBuilt, ROOT, SAFE_WORKFLOW_TEMPLATE, tempTree } from './helpers';

afterAll(cleanupTempTrees);

const BIN = join(ROOT, 'bin', 'argo-guard.js');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('built argo-guard CLI', () => {
  beforeAll(() => ensureBuilt(), 180_000);

  it('lints relative paths from another directory, with exit codes 0 / 1 / 2', () => {
    const root = tempTree({
      'ok/safe.yaml': SAFE_WORKFLOW_TEMPLATE,
      'bad/wt.yaml': SAFE_WORKFLOW_TEMPLATE.replace('  activeDeadlineSeconds: 3600\n', ''),
      'broken/x.yaml': 'a: [\n',
    });
    expect(run(['lint', 'ok'], root).code).toBe(0);
    const bad = run(['lint', 'bad'], root);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^bad\/wt\.yaml:6:1: error RUN001 /m);
    const broken = run(['lint', 'ok', 'broken'], root);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^broken\/x\.yaml:2:1: invalid YAML/m);
  });

  it('explain finds docs/ relative to the package root from lib/', () => {
    const r = run(['explain', 'RUN001'], '/');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(ROOT, 'docs', 'rules', 'RUN001.md'), 'utf8'));
    expect(run(['explain', 'XYZ999'], '/').code).toBe(2);
  });

  it('lint loads neither the Kubernetes client nor cdk8s (start-up)', () => {
    const root = tempTree({ 'safe.yaml': SAFE_WORKFLOW_TEMPLATE });
    const script = `
      const cli = require(${JSON.stringify(join(ROOT, 'lib', 'cli', 'main.js'))});
      const write = process.stdout.write.bind(process.stdout);
      process.stdout.write = () => true;
      cli.main(['lint', 'safe.yaml']).then((code) => {
        const pkgs = new Set(Object.keys(require.cache).filter((k) => k.includes('/node_modules/')).map((k) => k.split('/node_modules/').pop().split('/')[0]));
        write(JSON.stringify({ code, pkgs: [...pkgs].sort() }));
      });`;
    const r = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
    const out = JSON.parse(r.stdout);
    expect(out.code).toBe(0);
    expect(out.pkgs).not.toContain('@kubernetes');
    expect(out.pkgs).not.toContain('cdk8s');
    expect(out.pkgs).not.toContain('yaml'); // the `yaml` package is only for positions and --fix
  });
});
