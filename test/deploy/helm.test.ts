/**
 * The Helm chart of the watcher install (`npm run synth:helm`), tested without a helm binary:
 * its templates are rendered by `renderHelmEscapes`, which performs exactly what Helm's renderer
 * does with the escape actions (print the string literal) and rejects any other action, and
 * the result must be the manifests the construct synthesizes, byte for byte.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Testing } from 'cdk8s';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { escapeTemplates, HELM_CHART_NAME, helmApp } from '../../charts/helm';
import { PipelinesChart } from '../../charts/pipelines';
import { escapeForHelm, needsHelmEscape, packageVersion, renderHelmEscapes } from '../../src/deploy';
import { ArgoGuard } from '../../src/workflows';

const ROOT = join(__dirname, '..', '..');
const CHART_DIR = join(ROOT, 'build', 'helm', HELM_CHART_NAME);

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

  it('renders back to the original for any text (property)', () => {
    const alphabet = fc.constantFrom('{', '}', '{{', '}}', '"', '`', ' ', '-', 'a', '\n', '\\', '=');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expect(renderHelmEscapes(escapeForHelm(text))).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('the renderer understands both escape forms and rejects real Helm actions', () => {
    expect(renderHelmEscapes('a {{`{{workflow.name}}`}} b')).toBe('a {{workflow.name}} b');
    expect(renderHelmEscapes('{{ "\\"}}\\"" }}')).toBe('"}}"');
    expect(() => renderHelmEscapes('x: {{ .Values.image }}')).toThrow(/offset 3: .* is a Helm action/);
    expect(() => renderHelmEscapes('x: {{workflow.name}}')).toThrow(/is a Helm action/);
    expect(() => renderHelmEscapes('{{{ "}}" }}')).toThrow(/is a Helm action/);
    expect(() => renderHelmEscapes('x: {{ "a"')).toThrow(/not closed/);
  });

  it('Argo expressions in real manifests (the example pipelines) survive escaping exactly', () => {
    const app = Testing.app();
    ArgoGuard.configure(app, { argoVersion: '4.1', architectures: ['amd64'] });
    const chart = new PipelinesChart(app, 'pipelines');
    const yaml = Testing.synth(chart);
    const text = yaml.map((m) => JSON.stringify(m)).join('\n');
    expect(needsHelmEscape(text)).toBe(true); // the fixture does hold Argo expressions
    const escaped = escapeForHelm(text);
    // Every action is an escape: the renderer rejects anything else.
    expect(escaped.match(/\{\{ "[{}]+" \}\}/g)?.length).toBeGreaterThan(10);
    expect(renderHelmEscapes(escaped)).toBe(text);
  });

  it('escapeTemplates escapes files on disk and leaves them renderable to the original', () => {
    const dir = mkdtempSync(join(tmpdir(), 'helm-escape-'));
    const app = Testing.app({ outdir: dir });
    ArgoGuard.configure(app, { argoVersion: '4.1' });
    new PipelinesChart(app, 'pipelines');
    app.synth();
    const before = readFileSync(join(dir, 'pipelines.k8s.yaml'), 'utf8');
    escapeTemplates(dir);
    const after = readFileSync(join(dir, 'pipelines.k8s.yaml'), 'utf8');
    expect(after).not.toBe(before);
    expect(renderHelmEscapes(after)).toBe(before);
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

  it('its templates render (escapes only) to exactly the watcher install the construct synthesizes', () => {
    const files = readdirSync(join(CHART_DIR, 'templates')).sort();
    expect(files).toEqual([`${HELM_CHART_NAME}.k8s.yaml`]);
    const rendered = renderHelmEscapes(readFileSync(join(CHART_DIR, 'templates', files[0]), 'utf8'));
    const docs = parseAllDocuments(rendered).map((d) => d.toJS());
    const expected = Testing.synth(helmApp().charts[0]);
    expect(docs).toEqual(expected);
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
