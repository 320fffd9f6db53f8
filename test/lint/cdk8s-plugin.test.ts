/**
 * The validation plugin run the way users run it: a real cdk8s app, `npx cdk8s synth` from
 * cdk8s-cli, cdk8s.yaml `validations:` pointing into node_modules/cdk8s-argo-guard/lib (built).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './helpers';

const PLUGIN = join(ROOT, 'lib', 'lint', 'cdk8s-plugin.js');

const apps: string[] = [];
afterAll(() => {
  for (const d of apps) rmSync(d, { recursive: true, force: true });
});

function makeApp(mainJs: string, properties: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'argo-guard-cdk8s-app-'));
  apps.push(dir);
  // The user's node_modules: the project's dependencies plus this package, as `npm install` would lay it out.
  mkdirSync(join(dir, 'node_modules'));
  for (const e of readdirSync(join(ROOT, 'node_modules')))
    symlinkSync(join(ROOT, 'node_modules', e), join(dir, 'node_modules', e));
  symlinkSync(ROOT, join(dir, 'node_modules', 'cdk8s-argo-guard'));
  const version = require(join(ROOT, 'package.json')).version;
  writeFileSync(
    join(dir, 'cdk8s.yaml'),
    `language: typescript
app: node main.js
validations:
  - package: ./node_modules/cdk8s-argo-guard/lib/lint/cdk8s-plugin.js
    class: ArgoGuardValidation
    version: ${version}
    properties: ${JSON.stringify(properties)}
`,
  );
  writeFileSync(join(dir, 'main.js'), mainJs);
  return dir;
}

function synth(dir: string) {
  const r = spawnSync('npx', ['cdk8s', 'synth'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, CDK8S_CHECK_UPGRADE: 'false', NO_COLOR: '1' },
    timeout: 120_000,
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

const SAFE_SPEC = `{
    entrypoint: 'main',
    activeDeadlineSeconds: 3600,
    podGC: { strategy: 'OnPodCompletion' },
    ttlStrategy: { secondsAfterCompletion: 3600 },
    nodeSelector: { 'kubernetes.io/arch': 'amd64' },
    templates: [{ name: 'main', container: { image: 'alpine:3.20', command: ['echo', 'hi'] } }],
  }`;

describe('cdk8s validation plugin (real `cdk8s synth`)', () => {
  beforeAll(() => {
    ensureBuilt();
    expect(existsSync(PLUGIN)).toBe(true);
  }, 180_000);

  it('fails the synth on raw ApiObjects and Includes, naming rule, construct path and location', () => {
    const dir = makeApp(
      `const { App, Chart, ApiObject, Include } = require('cdk8s');
const app = new App();
const chart = new Chart(app, 'demo');
new ApiObject(chart, 'raw', {
  apiVersion: 'argoproj.io/v1alpha1', kind: 'WorkflowTemplate', metadata: { name: 'raw' },
  spec: { entrypoint: 'main', templates: [{ name: 'main', container: { image: 'alpine' } }] },
});
new Include(chart, 'inc', { url: 'inc.yaml' });
app.synth();
`,
      { argoVersion: '4.1' },
    );
    writeFileSync(
      join(dir, 'inc.yaml'),
      'apiVersion: argoproj.io/v1alpha1\nkind: WorkflowTemplate\nmetadata:\n  name: included\nspec:\n  entrypoint: main\n  templates:\n  - name: main\n    container: {image: alpine}\n',
    );
    const r = synth(dir);
    expect(r.code, r.out).not.toBe(0);
    expect(r.out).toMatch(/Status\s+│ failure/);
    expect(r.out).toContain('RUN001 (error)');
    expect(r.out).toContain('ARCH001 (error)');
    expect(r.out).toContain('Construct Path: demo/raw');
    expect(r.out).toMatch(/Construct Path: demo\/inc\/included/);
    expect(r.out).toMatch(
      /> \/spec \(line \d+, column 1\): WorkflowTemplate "raw" has no activeDeadlineSeconds/,
    );
    expect(r.out).toContain('Validation failed');
  }, 180_000);

  it('passes a safe app', () => {
    const dir = makeApp(
      `const { App, Chart, ApiObject } = require('cdk8s');
const app = new App();
const chart = new Chart(app, 'demo');
new ApiObject(chart, 'safe', {
  apiVersion: 'argoproj.io/v1alpha1', kind: 'WorkflowTemplate', metadata: { name: 'safe' },
  spec: ${SAFE_SPEC},
});
app.synth();
`,
      { argoVersion: '4.1', watcher: true },
    );
    const r = synth(dir);
    expect(r.out).toMatch(/Status\s+│ success/);
    expect(r.code, r.out).toBe(0);
  }, 180_000);

  it('rejects unknown properties with a clear message', () => {
    const dir = makeApp(`require('cdk8s'); new (require('cdk8s').App)().synth();\n`, { argoVerison: '4.1' });
    const r = synth(dir);
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/unknown property argoVerison in cdk8s\.yaml; known: argoVersion/);
  }, 180_000);
});
