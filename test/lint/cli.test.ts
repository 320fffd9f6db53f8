import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatText } from '../../src/lint/format-text';
import { RULES } from '../../src/rules';
import { cleanupTempTrees, cli, SAFE_WORKFLOW_TEMPLATE, tempTree } from './helpers';

afterAll(cleanupTempTrees);

/** The safe template with one problem: no activeDeadlineSeconds (RUN001, error). */
const NO_DEADLINE = SAFE_WORKFLOW_TEMPLATE.replace('  activeDeadlineSeconds: 3600\n', '');

/** A template that loses the workflow's arch pin (ARCH002, which has a safe autofix). */
const LOST_PIN = SAFE_WORKFLOW_TEMPLATE.replace(
  '  - name: main\n',
  '  - name: main\n    # the template wants fast disks\n    nodeSelector:\n      disk: ssd\n',
);

describe('argo-guard lint: output and exit codes', () => {
  it('exits 0 with no findings on a safe template', async () => {
    const root = tempTree({ 'safe.yaml': SAFE_WORKFLOW_TEMPLATE });
    const r = await cli(['lint', root]);
    expect(r.stdout).toBe('no problems (1 file, 1 object)\n');
    expect(r.code).toBe(0);
  });

  it('prints file:line:col, rule, severity, message and fix; exits 1 on an error-level finding; no colour in a pipe', async () => {
    const root = tempTree({
      'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n',
      'wt.yaml': `---\n${NO_DEADLINE}`,
    });
    const r = await cli(['lint', root]);
    expect(r.code).toBe(1);
    const file = join(root, 'wt.yaml');
    // `spec:` is line 7 of the file (after the `---` line): a missing field points at its parent.
    expect(r.stdout).toMatch(
      new RegExp(
        `^${file}:7:1: error RUN001 .*activeDeadlineSeconds.* \\[WorkflowTemplate/ci/safe /spec\\]\\n    fix: .+$`,
        'm',
      ),
    );
    expect(r.stdout).toMatch(/^1 error, 0 warnings \(2 files, 2 objects\)$/m);
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('colours only when asked (a TTY)', () => {
    const run = {
      findings: [
        {
          rule: 'RUN001',
          severity: 'error' as const,
          message: 'm',
          fix: 'f',
          object: { apiVersion: 'v1', kind: 'K', name: 'n' },
          path: '/spec',
          index: 0,
          file: 'f.yaml',
          line: 3,
          column: 1,
        },
      ],
      errors: [],
      files: ['f.yaml'],
      objects: [],
      texts: new Map(),
      hashes: new Map(),
    };
    expect(formatText(run, { color: true })).toContain('\x1b[31merror\x1b[0m');
    expect(formatText(run, { color: false })).not.toContain('\x1b[');
  });

  it('--format json follows the contract of docs/rule-catalog.md', async () => {
    const root = tempTree({ 'wt.yaml': NO_DEADLINE });
    const r = await cli(['lint', '--format', 'json', root]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['findings', 'summary']);
    expect(doc.summary).toEqual({ files: 1, objects: 1, errors: 1, warnings: 0 });
    expect(doc.findings).toEqual([
      {
        rule: 'RUN001',
        severity: 'error',
        message: expect.any(String),
        file: join(root, 'wt.yaml'),
        line: 6,
        column: 1,
        object: {
          apiVersion: 'argoproj.io/v1alpha1',
          kind: 'WorkflowTemplate',
          name: 'safe',
          namespace: 'ci',
        },
        path: '/spec',
        fix: expect.any(String),
      },
    ]);
  });

  it('--format sarif is SARIF 2.1.0 with rule metadata, help links and source regions', async () => {
    const root = tempTree({ 'wt.yaml': NO_DEADLINE, 'bad.yaml': 'kind: [\n' });
    const r = await cli(['lint', '--format', 'sarif', root]);
    expect(r.code).toBe(2);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('argo-guard');
    const ids = run.tool.driver.rules.map((x: { id: string }) => x.id);
    for (const rule of RULES) expect(ids).toContain(rule.id);
    const run001 = run.tool.driver.rules.find((x: { id: string }) => x.id === 'RUN001');
    expect(run001.helpUri).toMatch(/^https:\/\/.+\/docs\/rules\/RUN001\.md$/);
    expect(run001.defaultConfiguration).toEqual({ level: 'error' });
    expect(run001.shortDescription.text).toBeTruthy();
    expect(run.results).toHaveLength(1);
    const res = run.results[0];
    expect(res).toMatchObject({ ruleId: 'RUN001', level: 'error', ruleIndex: ids.indexOf('RUN001') });
    expect(res.locations[0].physicalLocation.region).toEqual({ startLine: 6, startColumn: 1 });
    expect(res.locations[0].physicalLocation.artifactLocation.uri).toMatch(/wt\.yaml$/);
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(
      run.invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation.region.startLine,
    ).toBe(2);
  });

  it('exits 2 when an input cannot be read, and still reports the readable ones', async () => {
    const root = tempTree({ 'wt.yaml': NO_DEADLINE, 'broken.yaml': 'kind: A\nspec:\n  x: [1,\n' });
    const r = await cli(['lint', root]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('RUN001');
    expect(r.stderr).toMatch(new RegExp(`^${join(root, 'broken.yaml')}:4:1: invalid YAML: `, 'm'));
  });

  it('reads stdin for -', async () => {
    const r = await cli(['lint', '-'], `kind: ConfigMap\napiVersion: v1\n---\n${NO_DEADLINE}`);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^<stdin>:9:1: error RUN001 /m);
  });

  it('rejects bad options with exit 2 and no stack trace', async () => {
    for (const args of [
      ['lint', '--format', 'xml', '.'],
      ['lint', '--argo-version', '9.9', '.'],
      ['lint', '--max-file-size', 'lots', '.'],
      ['lint', '--fix', '-'],
      ['lint', '--controller-config', '/nonexistent.yaml', '.'],
      ['lint', '--no-such-option'],
    ]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/^argo-guard: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('argo-guard lint: options', () => {
  it('--controller-config merges workflowDefaults into the effective spec', async () => {
    const root = tempTree({
      'wt.yaml': NO_DEADLINE,
      'cm.yaml': `apiVersion: v1
kind: ConfigMap
metadata: {name: workflow-controller-configmap, namespace: argo}
data:
  instanceID: ci
  parallelism: "10"
  workflowDefaults: |
    spec:
      activeDeadlineSeconds: 7200
`,
    });
    const without = await cli(['lint', join(root, 'wt.yaml')]);
    expect(without.stdout).toContain('RUN001');
    const withDefaults = await cli([
      'lint',
      '--controller-config',
      join(root, 'cm.yaml'),
      join(root, 'wt.yaml'),
    ]);
    expect(withDefaults.stdout).not.toContain('RUN001');
    expect(withDefaults.code).toBe(0);
  });

  it('--platforms checks the pinned architecture against the image platform lock', async () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    const root = tempTree({
      'wt.yaml': SAFE_WORKFLOW_TEMPLATE,
      'arm-only.json': JSON.stringify({
        version: 1,
        images: { 'alpine:3.20': { digest, platforms: ['linux/arm64'] } },
      }),
      'both.json': JSON.stringify({
        version: 1,
        images: { 'alpine:3.20': { digest, platforms: ['linux/amd64', 'linux/arm64'] } },
      }),
      'bad.json': '{"version": 1, "images": {"alpine:3.20": {"digest": "nope", "platforms": []}}}',
    });
    const rules = (r: { stdout: string }) =>
      JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule);
    const wt = join(root, 'wt.yaml');
    const armOnly = await cli(['lint', '--format', 'json', '--platforms', join(root, 'arm-only.json'), wt]);
    expect(rules(armOnly)).toEqual(['ARCH003']);
    expect(armOnly.code).toBe(1);
    const both = await cli(['lint', '--format', 'json', '--platforms', join(root, 'both.json'), wt]);
    expect(rules(both)).toEqual([]);
    const bad = await cli(['lint', '--platforms', join(root, 'bad.json'), wt]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.json: images\["alpine:3\.20"\]\.digest/);
  });

  it('--argo-version selects version-dependent rules', async () => {
    const root = tempTree({
      'cron.yaml': `apiVersion: argoproj.io/v1alpha1
kind: CronWorkflow
metadata: {name: c}
spec:
  schedule: "0 * * * *"
  suspend: false
  workflowSpec:
    entrypoint: main
    activeDeadlineSeconds: 60
    podGC: {strategy: OnPodCompletion}
    ttlStrategy: {secondsAfterCompletion: 60}
    nodeSelector: {kubernetes.io/arch: amd64}
    templates:
    - name: main
      container: {image: alpine}
`,
    });
    const v41 = await cli(['lint', '--format', 'json', '--argo-version', '4.1', root]);
    const v36 = await cli(['lint', '--format', 'json', '--argo-version', '3.6', root]);
    const rules = (r: { stdout: string }) =>
      JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule);
    expect(rules(v41)).toContain('GITOPS005');
    expect(rules(v36)).not.toContain('GITOPS005');
  });
});

describe('argo-guard lint: YAML as kubectl reads it', () => {
  it('judges a YAML 1.1 boolean (`yes`, `on`) like true where a rule reads a boolean', async () => {
    const withForce = (v: string) =>
      SAFE_WORKFLOW_TEMPLATE.replace(
        '  entrypoint: main\n',
        `  entrypoint: main\n  artifactGC:\n    strategy: OnWorkflowDeletion\n    serviceAccountName: gc\n    forceFinalizerRemoval: ${v}\n`,
      );
    const rules = async (v: string) => {
      const root = tempTree({ 'wt.yaml': withForce(v) });
      const r = await cli(['lint', '--argo-version', '3.5.0', '--format', 'json', root]);
      return (JSON.parse(r.stdout).findings as { rule: string }[]).map((f) => f.rule).sort();
    };
    const asTrue = await rules('true');
    expect(asTrue).toContain('AGC002');
    expect(await rules('yes')).toEqual(asTrue);
    expect(await rules('On')).toEqual(asTrue);
    expect(await rules('"yes"')).not.toContain('AGC002'); // a quoted string is not a boolean
  });
});

describe('argo-guard lint: suppression (end to end)', () => {
  const suppressed = (value: string) =>
    NO_DEADLINE.replace(
      '  namespace: ci\n',
      `  namespace: ci\n  annotations:\n    argo-guard.io/ignore: "${value}"\n`,
    );

  it('an annotation with a reason silences the rule', async () => {
    const root = tempTree({ 'wt.yaml': suppressed('RUN001: runs are bounded by the CI job timeout') });
    const r = await cli(['lint', '--format', 'json', root]);
    expect(JSON.parse(r.stdout).findings).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('an annotation without a reason silences the rule but is itself a warning, pointing at the annotation', async () => {
    const root = tempTree({ 'wt.yaml': suppressed('RUN001') });
    const r = await cli(['lint', '--format', 'json', root]);
    const findings = JSON.parse(r.stdout).findings;
    expect(findings.map((f: { rule: string; severity: string }) => [f.rule, f.severity])).toEqual([
      ['IGNORE001', 'warning'],
    ]);
    expect(findings[0].line).toBe(7);
    expect(r.code).toBe(0);
  });

  it('suppressing one rule leaves the others', async () => {
    const root = tempTree({ 'wt.yaml': suppressed('RUN003: pods are kept for debugging') });
    const r = await cli(['lint', '--format', 'json', root]);
    expect(JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(['RUN001']);
  });
});

describe('argo-guard lint --fix', () => {
  it('applies safe fixes in place, keeps comments and layout, reports what is left, and a second run changes nothing', async () => {
    const text = `# pipeline\n${LOST_PIN.replace('  activeDeadlineSeconds: 3600\n', '')}`;
    const root = tempTree({ 'wt.yaml': text });
    const file = join(root, 'wt.yaml');
    const first = await cli(['lint', '--fix', file]);
    const fixed = readFileSync(file, 'utf8');
    expect(fixed).toBe(
      text.replace('      disk: ssd\n', '      disk: ssd\n      kubernetes.io/arch: amd64\n'),
    );
    expect(first.stderr).toMatch(/fixed: .*wt\.yaml: ARCH002 WorkflowTemplate\/safe/);
    expect(first.stderr).toMatch(/1 finding\(s\) need a human/);
    expect(first.stdout).toContain('RUN001');
    expect(first.stdout).not.toContain('ARCH002');
    expect(first.code).toBe(1);
    const second = await cli(['lint', '--fix', file]);
    expect(readFileSync(file, 'utf8')).toBe(fixed);
    expect(second.stderr).toMatch(/0 finding\(s\) fixed/);
  });

  it('leaves files without fixable findings byte-identical', async () => {
    const root = tempTree({ 'wt.yaml': NO_DEADLINE });
    await cli(['lint', '--fix', root]);
    expect(readFileSync(join(root, 'wt.yaml'), 'utf8')).toBe(NO_DEADLINE);
  });
});

describe('argo-guard explain', () => {
  it('prints the docs page of a rule', async () => {
    const r = await cli(['explain', 'run001']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(__dirname, '../../docs/rules/RUN001.md'), 'utf8'));
  });

  it('knows every rule of the registry (its docs page, whose heading names it)', async () => {
    for (const r of RULES) {
      const out = await cli(['explain', r.id]);
      expect(out.code, r.id).toBe(0);
      expect(out.stdout.startsWith(`# ${r.id}: `), r.id).toBe(true);
    }
  });

  it('an unknown rule exits 2 and lists the known ones', async () => {
    const r = await cli(['explain', 'NOPE042']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown rule "NOPE042"/);
    expect(r.stderr).toMatch(/Known rules: .*RUN001/);
  });
});
