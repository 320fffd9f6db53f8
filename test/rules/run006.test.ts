/**
 * RUN006: on targets with the template field pendingTimeout (Argo Workflows >= 4.1) a pod template
 * without one (own, templateDefaults, or a template timeout) stays Pending until the workflow
 * deadline (RUN-01). Older targets: silent (the field does not exist there, VER001). STR008:
 * pendingTimeout on a steps/DAG template, or without a unit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempTrees, cli, tempTree } from '../lint/helpers';
import { at, cron, forTarget, lintRule, podTemplate, safeSpec, v, wt } from './helpers';

afterAll(cleanupTempTrees);

/** safeSpec with its pod template stripped of pendingTimeout, plus `templates` appended. */
function bare(extraTemplates: Record<string, unknown>[] = []): Record<string, unknown> {
  const spec = forTarget('4.0', safeSpec());
  return { ...spec, templates: [...(spec.templates as unknown[]), ...extraTemplates] };
}

describe('RUN006 pod template without pendingTimeout', () => {
  it('fires on container, script and containerSet templates on 4.1, with an autofix adding 15m', () => {
    const spec = bare([
      { name: 'sc', script: { image: 'python:3.12', source: 'print(1)' } },
      { name: 'cs', containerSet: { containers: [{ name: 'main', image: 'alpine:3.20' }] } },
      { name: 'wait', suspend: {} },
      { name: 'res', resource: { action: 'get', manifest: 'kind: ConfigMap' } },
    ]);
    const f = lintRule('RUN006', [wt('t', spec), cron(bare())], { argoVersion: v('4.1') });
    expect(at(f)).toEqual([
      'RUN006@/spec/templates/1',
      'RUN006@/spec/templates/2',
      'RUN006@/spec/templates/3',
      'RUN006@/spec/workflowSpec/templates/1',
    ]);
    expect(f[0].severity).toBe('warning');
    expect(f[0].message).toContain('template "step" runs a pod without pendingTimeout');
    expect(f[0].autofix).toEqual([{ op: 'add', path: '/spec/templates/1/pendingTimeout', value: '15m' }]);
    expect(f[3].autofix).toEqual([
      { op: 'add', path: '/spec/workflowSpec/templates/1/pendingTimeout', value: '15m' },
    ]);
  });

  it('is silent on every target without the field (3.5 .. 4.0.x)', () => {
    for (const version of ['3.5', '3.6', '3.7', '4.0', '4.0.5'])
      expect(lintRule('RUN006', [wt('t', bare())], { argoVersion: v(version) })).toEqual([]);
    expect(at(lintRule('RUN006', [wt('t', bare())], { argoVersion: v('4.1.0') }))).toEqual([
      'RUN006@/spec/templates/1',
    ]);
  });

  it('passes with the template own pendingTimeout, templateDefaults, or a timeout', () => {
    const opts = { argoVersion: v('4.1') };
    expect(lintRule('RUN006', [wt('t', safeSpec())], opts)).toEqual([]);
    expect(
      lintRule('RUN006', [wt('t', { ...bare(), templateDefaults: { pendingTimeout: '10m' } })], opts),
    ).toEqual([]);
    const withTimeout = bare();
    (withTimeout.templates as Record<string, unknown>[])[1].timeout = '2h';
    expect(lintRule('RUN006', [wt('t', withTimeout)], opts)).toEqual([]);
    // Controller workflowDefaults count like the object's own templateDefaults.
    const controllerConfig = { workflowDefaults: { spec: { templateDefaults: { pendingTimeout: '5m' } } } };
    expect(lintRule('RUN006', [wt('t', bare())], { ...opts, controllerConfig })).toEqual([]);
  });

  it('does not fire on a pod template that holds its own lock (lock waits are Pending time)', () => {
    const spec = bare([
      podTemplate('locked', {
        pendingTimeout: undefined,
        synchronization: { mutexes: [{ name: 'deploy' }] },
      }),
    ]);
    expect(at(lintRule('RUN006', [wt('t', spec)], { argoVersion: v('4.1') }))).toEqual([
      'RUN006@/spec/templates/1',
    ]);
  });

  it('is suppressed by the opt-out annotation the constructs write', () => {
    const m = wt('t', bare(), {
      annotations: {
        'argo-guard.io/ignore': 'RUN006: explicit opt-out, see argo-guard.io/opt-out.* annotations',
      },
    });
    expect(lintRule('RUN006', [m], { argoVersion: v('4.1') })).toEqual([]);
  });
});

describe('STR008 pendingTimeout where Argo refuses it', () => {
  it('reports it on steps and DAG templates and without a unit, on 4.1 only', () => {
    const spec = safeSpec();
    const templates = spec.templates as Record<string, unknown>[];
    templates[0].pendingTimeout = '15m'; // the DAG
    templates[1].pendingTimeout = '900'; // the pod template, no unit
    templates.push({ name: 'seq', pendingTimeout: '5m', steps: [[{ name: 's', template: 'step' }]] });
    // Template.IsLeaf() leaves out suspend templates too (validate.go: "suspend template doesn't
    // support timeout field"), for timeout as well.
    templates.push({ name: 'gate', suspend: {}, timeout: '1h', pendingTimeout: '1h' });
    const f = lintRule('STR008', [wt('t', spec)], { argoVersion: v('4.1') });
    expect(at(f)).toEqual([
      'STR008@/spec/templates/0/pendingTimeout',
      'STR008@/spec/templates/1/pendingTimeout',
      'STR008@/spec/templates/2/pendingTimeout',
      'STR008@/spec/templates/3/pendingTimeout',
      'STR008@/spec/templates/3/timeout',
    ]);
    expect(f[0].message).toContain('dag templates do not support pendingTimeout');
    expect(f[1].message).toContain('pendingTimeout "900" has no unit');
    expect(f[2].message).toContain('steps templates do not support pendingTimeout');
    expect(f[4].message).toContain('suspend templates do not support timeout');
    // 4.0 does not know the field: VER001 reports it, STR008 does not a second time.
    expect(at(lintRule('STR008', [wt('t', spec)], { argoVersion: v('4.0') }))).toEqual([
      'STR008@/spec/templates/3/timeout',
    ]);
    expect(at(lintRule('VER001', [wt('t', spec)], { argoVersion: v('4.0') }))).toContain(
      'VER001@/spec/templates/0/pendingTimeout',
    );
  });
});

describe('argo-guard lint --fix adds pendingTimeout (RUN006)', () => {
  const YAML = `apiVersion: argoproj.io/v1alpha1
kind: WorkflowTemplate
metadata:
  name: build   # keep this comment
spec:
  entrypoint: main
  activeDeadlineSeconds: 600
  podGC: {strategy: OnPodCompletion}
  ttlStrategy: {secondsAfterCompletion: 60}
  nodeSelector: {kubernetes.io/arch: amd64}
  templates:
  - name: main
    container:
      image: alpine:3.20
      command: [echo, hi]   # say hi
`;
  it('writes pendingTimeout: 15m into the template on a 4.1 target; a second run changes nothing', async () => {
    const root = tempTree({ 'wt.yaml': YAML });
    const file = join(root, 'wt.yaml');
    const r = await cli(['lint', '--fix', '--argo-version', '4.1', file]);
    expect(r.stderr).toContain(`fixed: ${file}: RUN006 WorkflowTemplate/build /spec/templates/0\n`);
    const fixed = readFileSync(file, 'utf8');
    expect(fixed).toBe(`${YAML}    pendingTimeout: 15m\n`);
    expect(r.code).toBe(0);
    const again = await cli(['lint', '--fix', '--argo-version', '4.1', file]);
    expect(readFileSync(file, 'utf8')).toBe(fixed);
    expect(again.stdout).not.toContain('RUN006');
  });
  it('leaves a 4.0 target alone', async () => {
    const root = tempTree({ 'wt.yaml': YAML });
    const file = join(root, 'wt.yaml');
    const r = await cli(['lint', '--fix', '--argo-version', '4.0', file]);
    expect(r.stdout).not.toContain('RUN006');
    expect(readFileSync(file, 'utf8')).toBe(YAML);
  });
});
