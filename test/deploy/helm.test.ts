/**
 * The Helm chart of the watcher install (`npm run synth:helm`) and the escaping of Argo
 * expressions for Helm, proven with the real `helm` v3.22.0 (test/deploy/helm-binary.ts):
 * `helm lint` accepts the charts, and `helm template` renders them to exactly the manifests the
 * constructs synthesize, Argo `{{…}}` expressions unchanged. (This replaces the project's own
 * re-implementation of Helm's renderer that these tests used before a helm binary was available.)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Testing } from 'cdk8s';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { escapeTemplates, HELM_CHART_NAME, helmApp } from '../../charts/helm';
import { PipelinesChart } from '../../charts/pipelines';
import { escapeForHelm, needsHelmEscape, packageVersion } from '../../src/deploy';
import { ArgoGuard } from '../../src/workflows';
import { helm, helmSkipReason } from './helm-binary';

const ROOT = join(__dirname, '..', '..');
const CHART_DIR = join(ROOT, 'build', 'helm', HELM_CHART_NAME);
const skipHelm = helmSkipReason();

/** Manifests in one order (Helm sorts by its install order of kinds; cdk8s keeps construct order). */
const byIdentity = (ms: any[]) =>
  [...ms].sort((a, b) =>
    `${a.kind}/${a.metadata.namespace}/${a.metadata.name ?? a.metadata.generateName}`.localeCompare(
      `${b.kind}/${b.metadata.namespace}/${b.metadata.name ?? b.metadata.generateName}`,
    ),
  );

/** `helm template` of a chart: the manifests as JS objects (Helm's `# Source:` comments dropped). */
function helmTemplate(chartDir: string): any[] {
  const out = helm(['template', 'release', chartDir, '--namespace', 'argo-guard']);
  return byIdentity(
    parseAllDocuments(out)
      .map((d) => d.toJS())
      .filter((d) => d !== null),
  );
}

/** A chart directory with `files` as templates. */
function tempChart(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'helm-chart-'));
  writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: escape-test\nversion: 0.1.0\n');
  mkdirSync(join(dir, 'templates'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'templates', name), text);
  return dir;
}

describe('Helm escaping', () => {
  it('turns each {{ and }} into an action that prints it', () => {
    expect(escapeForHelm('name: {{workflow.name}}-x')).toBe('name: {{ "{{" }}workflow.name{{ "}}" }}-x');
    expect(escapeForHelm("v: '{{=sprig.trim(inputs.parameters.a)}}'")).toBe(
      `v: '{{ "{{" }}=sprig.trim(inputs.parameters.a){{ "}}" }}'`,
    );
    expect(escapeForHelm('no braces { } here')).toBe('no braces { } here');
    // A lone brace next to a delimiter goes into the same action: "{{{" would open an action.
    expect(escapeForHelm('{}}')).toBe('{{ "{}}" }}');
    expect(escapeForHelm('{"a":{"b":1}}')).toBe('{"a":{"b":1{{ "}}" }}');
  });

  describe.skipIf(skipHelm)('with the real helm', () => {
    it('helm renders any escaped text back to the original (property, 300 texts in one chart)', () => {
      const alphabet = fc.constantFrom(
        '{',
        '}',
        '{{',
        '}}',
        '"',
        '`',
        ' ',
        '-',
        'a',
        '\n',
        '\\',
        '=',
        '{{-',
        '-}}',
      );
      const texts = fc.sample(
        fc.array(alphabet, { maxLength: 40 }).map((p) => p.join('')),
        300,
      );
      const template = texts
        .map(
          (t, i) =>
            `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: t${i}\ndata:\n  text: ${JSON.stringify(t)}\n`,
        )
        .join('---\n');
      const rendered = helmTemplate(tempChart({ 'texts.yaml': escapeForHelm(template) }));
      const byIndex = new Map(rendered.map((m) => [Number(m.metadata.name.slice(1)), m.data.text]));
      expect(texts.map((_, i) => byIndex.get(i))).toEqual(texts);
    });

    it('without escaping, helm takes an Argo expression for its own action (why escaping exists)', () => {
      const chart = tempChart({
        'wf.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: "{{workflow.name}}"\n',
      });
      expect(() => helmTemplate(chart)).toThrow(/function "workflow" not defined/);
    });

    it('the example pipelines (Argo expressions throughout) come out of helm template exactly as synthesized', () => {
      const dir = mkdtempSync(join(tmpdir(), 'helm-pipelines-'));
      const app = Testing.app({ outdir: join(dir, 'templates') });
      ArgoGuard.configure(app, { argoVersion: '4.1', architectures: ['amd64'] });
      const chart = new PipelinesChart(app, 'pipelines');
      app.synth();
      const expected = Testing.synth(chart);
      const original = readFileSync(join(dir, 'templates', 'pipelines.k8s.yaml'), 'utf8');
      expect(needsHelmEscape(original)).toBe(true); // the fixture does hold Argo expressions
      expect(original).toMatch(/\{\{(inputs|workflow|steps|tasks)\./);
      escapeTemplates(join(dir, 'templates'));
      writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: pipelines\nversion: 0.1.0\n');
      // Not --strict: helm warns about the hook Workflows' empty name (they use generateName).
      expect(helm(['lint', dir])).toContain('1 chart(s) linted, 0 chart(s) failed');
      expect(helmTemplate(dir)).toEqual(byIdentity(expected));
    });
  });
});

describe('npm run synth:helm', () => {
  beforeAll(() => {
    execFileSync('npm', ['run', '--silent', 'synth:helm'], {
      cwd: ROOT,
      env: { ...process.env, CDK8S_CHECK_UPGRADE: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 120_000,
    });
  }, 150_000);

  it('writes a Helm v2 chart named after the watcher, versioned as the package', () => {
    const chart = parse(readFileSync(join(CHART_DIR, 'Chart.yaml'), 'utf8'));
    expect(chart).toMatchObject({
      apiVersion: 'v2',
      name: HELM_CHART_NAME,
      version: packageVersion(),
      appVersion: packageVersion(),
      type: 'application',
    });
  });

  it.skipIf(skipHelm)('helm lint --strict accepts it', () => {
    expect(helm(['lint', '--strict', CHART_DIR])).toContain('1 chart(s) linted, 0 chart(s) failed');
  });

  it.skipIf(skipHelm)('helm template renders exactly the watcher install the construct synthesizes', () => {
    const files = readdirSync(join(CHART_DIR, 'templates')).sort();
    expect(files).toEqual([`${HELM_CHART_NAME}.k8s.yaml`]);
    const docs = helmTemplate(CHART_DIR);
    const expected = Testing.synth(helmApp().charts[0]);
    expect(docs).toEqual(byIdentity(expected));
    expect(docs.map((d) => d.kind).sort()).toEqual([
      'ClusterRole',
      'ClusterRoleBinding',
      'CronJob',
      'Deployment',
      'PodDisruptionBudget',
      'Role',
      'RoleBinding',
      'Service',
      'ServiceAccount',
    ]);
    // Multi-arch by default: the published image has both.
    const dep = docs.find((d) => d.kind === 'Deployment');
    expect(
      dep.spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution
        .nodeSelectorTerms[0].matchExpressions[0].values,
    ).toEqual(['amd64', 'arm64']);
  });

  it('is byte-identical across runs', () => {
    const first = readFileSync(join(CHART_DIR, 'templates', `${HELM_CHART_NAME}.k8s.yaml`));
    execFileSync('npm', ['run', '--silent', 'synth:helm'], {
      cwd: ROOT,
      env: { ...process.env, CDK8S_CHECK_UPGRADE: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 120_000,
    });
    const second = readFileSync(join(CHART_DIR, 'templates', `${HELM_CHART_NAME}.k8s.yaml`));
    expect(second.equals(first)).toBe(true);
  }, 150_000);
});
