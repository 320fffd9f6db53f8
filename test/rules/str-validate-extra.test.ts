/**
 * The checks of Argo's workflow/validate (v4.0.5) that STR001 / STR008 took over after comparing
 * validate.go with the covered list of docs/rules/STR001.md: resource manifests, input artifacts
 * of steps/dag templates, hooks without expression, empty metric values and podGC.labelSelector.
 * Each failing case is one that `argo lint --offline` v4.0.5 refuses; each passing case it accepts.
 */
import { describe, expect, it } from 'vitest';
import { at, lintRule, podTemplate, safeSpec, wt } from './helpers';

const P = '/spec/templates/1';

function withStep(step: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return wt(
    't',
    safeSpec({
      templates: [
        (safeSpec().templates as unknown[])[0],
        { ...podTemplate('step'), container: undefined, ...step },
      ],
      ...extra,
    }),
  );
}

const str008 = (m: ReturnType<typeof wt>) => at(lintRule('STR008', [m]));

describe('STR008: resource templates (validateLeaf)', () => {
  const res = (resource: Record<string, unknown>, inputs?: unknown) =>
    withStep({ resource, ...(inputs ? { inputs } : {}) });
  const CM = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: "{{workflow.name}}"}\n';
  it('create / apply without manifest or manifestFrom; get and delete need none', () => {
    expect(str008(res({ action: 'create' }))).toEqual([`STR008@${P}/resource`]);
    expect(str008(res({ action: 'delete', flags: ['configmap', 'x'] }))).toEqual([]);
    expect(str008(res({ action: 'apply', manifest: CM }))).toEqual([]);
  });
  it('both manifest and manifestFrom, or manifestFrom naming no input artifact', () => {
    const inputs = { artifacts: [{ name: 'm', path: '/tmp/m', raw: { data: CM } }] };
    expect(
      str008(res({ action: 'apply', manifest: CM, manifestFrom: { artifact: { name: 'm' } } }, inputs)),
    ).toEqual([`STR008@${P}/resource/manifestFrom`]);
    const f = lintRule('STR008', [
      res({ action: 'apply', manifestFrom: { artifact: { name: 'mm' } } }, inputs),
    ]);
    expect(at(f)).toEqual([`STR008@${P}/resource/manifestFrom/artifact/name`]);
    expect(f[0].message).toContain('did you mean "m"');
    expect(str008(res({ action: 'apply', manifestFrom: { artifact: { name: 'm' } } }, inputs))).toEqual([]);
  });
  it('a manifest that is not YAML; {{...}} inside it or as all of it is fine', () => {
    const f = lintRule('STR008', [res({ action: 'apply', manifest: 'a: [b' })]);
    expect(at(f)).toEqual([`STR008@${P}/resource/manifest`]);
    expect(f[0].message).toContain('not valid YAML');
    expect(str008(res({ action: 'apply', manifest: '{{inputs.parameters.manifest}}' }))).toEqual([]);
    expect(
      str008(res({ action: 'apply', manifest: 'metadata: {name: {{=sprig.lower(workflow.name)}}}' })),
    ).toEqual([]);
  });
});

describe('STR008: input artifacts (validateInputs)', () => {
  it('a path on a steps or dag template; from in inputs', () => {
    const main = (artifact: Record<string, unknown>) =>
      wt(
        't',
        safeSpec({
          templates: [
            { ...(safeSpec().templates as Record<string, unknown>[])[0], inputs: { artifacts: [artifact] } },
            podTemplate('step'),
          ],
        }),
      );
    expect(str008(main({ name: 'src', path: '/src' }))).toEqual([
      'STR008@/spec/templates/0/inputs/artifacts/0/path',
    ]);
    expect(str008(main({ name: 'src' }))).toEqual([]);
    const leaf = withStep({
      container: { image: 'alpine:3.20' },
      inputs: { artifacts: [{ name: 'src', path: '/src', from: '{{workflow.outputs.artifacts.x}}' }] },
    });
    expect(str008(leaf)).toEqual([`STR008@${P}/inputs/artifacts/0/from`]);
  });
});

describe('STR008: hooks (validateHooks)', () => {
  it('a workflow hook or a step hook other than exit needs an expression', () => {
    const hooks = (h: Record<string, unknown>) =>
      withStep({ container: { image: 'alpine:3.20' } }, { hooks: h });
    expect(str008(hooks({ running: { template: 'step' } }))).toEqual(['STR008@/spec/hooks/running']);
    expect(str008(hooks({ exit: { template: 'step' } }))).toEqual([]);
    expect(
      str008(hooks({ running: { template: 'step', expression: 'workflow.status == "Running"' } })),
    ).toEqual([]);
    const steps = wt(
      't',
      safeSpec({
        templates: [
          {
            name: 'main',
            steps: [[{ name: 'a', template: 'step', hooks: { running: { template: 'step' } } }]],
          },
          podTemplate('step'),
        ],
      }),
    );
    expect(str008(steps)).toEqual(['STR008@/spec/templates/0/steps/0/0/hooks/running']);
  });
});

describe('STR008: metric values (metrics.ValidateMetricValues)', () => {
  it('an empty gauge, counter or histogram value; a realtime gauge of resourcesDuration', () => {
    const metric = (m: Record<string, unknown>) =>
      withStep({
        container: { image: 'alpine:3.20' },
        metrics: { prometheus: [{ name: 'm', help: 'h', ...m }] },
      });
    expect(str008(metric({ gauge: { value: '', realtime: false } }))).toEqual([
      `STR008@${P}/metrics/prometheus/0/gauge/value`,
    ]);
    expect(str008(metric({ counter: { value: '' } }))).toEqual([
      `STR008@${P}/metrics/prometheus/0/counter/value`,
    ]);
    expect(str008(metric({ gauge: { value: '{{resourcesDuration.cpu}}', realtime: true } }))).toEqual([
      `STR008@${P}/metrics/prometheus/0/gauge/value`,
    ]);
    expect(str008(metric({ gauge: { value: '{{duration}}', realtime: true } }))).toEqual([]);
  });
});

describe('STR001: podGC.labelSelector (metav1.LabelSelectorAsSelector)', () => {
  const sel = (labelSelector: Record<string, unknown>) =>
    at(lintRule('STR001', [wt('t', safeSpec({ podGC: { strategy: 'OnPodSuccess', labelSelector } }))]));
  const B = '/spec/podGC/labelSelector';
  it('operator, values for the operator, label keys and values', () => {
    expect(sel({ matchExpressions: [{ key: 'a', operator: 'Inn', values: ['b'] }] })).toEqual([
      `STR001@${B}/matchExpressions/0/operator`,
    ]);
    expect(sel({ matchExpressions: [{ key: 'a', operator: 'In' }] })).toEqual([
      `STR001@${B}/matchExpressions/0/operator`,
    ]);
    expect(sel({ matchExpressions: [{ key: 'a', operator: 'Exists', values: ['b'] }] })).toEqual([
      `STR001@${B}/matchExpressions/0/values`,
    ]);
    expect(sel({ matchExpressions: [{ key: 'a b', operator: 'Exists' }] })).toEqual([
      `STR001@${B}/matchExpressions/0/key`,
    ]);
    expect(sel({ matchLabels: { 'example.com/app': 'v 1' } })).toEqual([
      `STR001@${B}/matchLabels/example.com~1app`,
    ]);
    expect(
      sel({
        matchLabels: { 'example.com/app': 'build', tier: '' },
        matchExpressions: [
          { key: 'app', operator: 'NotIn', values: ['a', 'b'] },
          { key: 'k', operator: 'DoesNotExist' },
        ],
      }),
    ).toEqual([]);
  });
});

describe('STR008: outputs (validateOutputs, validateOutputParameter)', () => {
  const out = (
    outputs: Record<string, unknown>,
    body: Record<string, unknown> = { container: { image: 'alpine:3.20' } },
  ) => str008(withStep({ ...body, outputs }));
  const param = (p: Record<string, unknown>) => ({ parameters: [{ name: 'p', ...p }] });
  const Q = `${P}/outputs/parameters/0`;
  it('value and valueFrom, neither, no kind or two kinds', () => {
    expect(out(param({ value: 'x', valueFrom: { path: '/p' } }))).toEqual([`STR008@${Q}/value`]);
    expect(out(param({}))).toEqual([`STR008@${Q}`]);
    expect(out(param({ valueFrom: {} }))).toEqual([`STR008@${Q}/valueFrom`]);
    expect(out(param({ valueFrom: { path: '/p', jsonPath: '{.a}' } }))).toEqual([`STR008@${Q}/valueFrom`]);
    expect(out(param({ value: 'x' }))).toEqual([]);
    expect(out(param({ valueFrom: { path: '/p', default: 'none' } }))).toEqual([]);
  });
  it('the kind the template type reads: path, jsonPath / jqFilter, parameter / expression', () => {
    expect(out(param({ valueFrom: { jsonPath: '{.a}' } }))).toEqual([`STR008@${Q}/valueFrom`]);
    const get = { resource: { action: 'get', flags: ['configmap', 'x'] } };
    expect(out(param({ valueFrom: { path: '/p' } }), get)).toEqual([`STR008@${Q}/valueFrom`]);
    expect(out(param({ valueFrom: { jqFilter: '.data' } }), get)).toEqual([]);
  });
  it('an output artifact path on a steps template; a global name that is not a parameter name', () => {
    const steps = wt(
      't',
      safeSpec({
        templates: [
          {
            ...(safeSpec().templates as Record<string, unknown>[])[0],
            outputs: { artifacts: [{ name: 'a', path: '/a' }] },
          },
          podTemplate('step'),
        ],
      }),
    );
    expect(str008(steps)).toEqual(['STR008@/spec/templates/0/outputs/artifacts/0/path']);
    expect(out(param({ valueFrom: { path: '/p' }, globalName: 'bad name' }))).toEqual([
      `STR008@${Q}/globalName`,
    ]);
    expect(out(param({ valueFrom: { path: '/p' }, globalName: '{{inputs.parameters.name}}' }))).toEqual([]);
  });
});

describe('STR008: artifact paths of leaf templates (Artifact.CleanPath)', () => {
  const arts = (
    where: 'inputs' | 'outputs',
    a: Record<string, unknown>,
    body: Record<string, unknown> = { container: { image: 'alpine:3.20' } },
  ) =>
    str008(
      withStep({
        ...body,
        [where]: { artifacts: [{ name: 'a', ...(where === 'inputs' ? { raw: { data: 'x' } } : {}), ...a }] },
      }),
    );
  it('no path on an input or output artifact of a leaf template; a suspend template takes none', () => {
    expect(arts('inputs', {})).toEqual([`STR008@${P}/inputs/artifacts/0`]);
    expect(arts('outputs', {})).toEqual([`STR008@${P}/outputs/artifacts/0`]);
    expect(arts('inputs', { path: '/in' })).toEqual([]);
    // (no pendingTimeout on a suspend template: STR008 says so too)
    const suspend = (a: Record<string, unknown>) =>
      str008(
        wt(
          't',
          safeSpec({
            templates: [
              (safeSpec().templates as unknown[])[0],
              { name: 'step', suspend: {}, inputs: { artifacts: [{ name: 'a', ...a }] } },
            ],
          }),
        ),
      );
    expect(suspend({})).toEqual([]);
    expect(suspend({ path: '/in' })).toEqual([`STR008@${P}/inputs/artifacts/0/path`]);
  });
  it('a ".." that leaves the directory before it; one that stays inside is fine', () => {
    expect(arts('inputs', { path: '/tmp/safe/../../etc' })).toEqual([`STR008@${P}/inputs/artifacts/0/path`]);
    expect(arts('outputs', { path: '/tmp/out/..' })).toEqual([`STR008@${P}/outputs/artifacts/0/path`]);
    // The directory is what comes before the first "/../": /tmp/safe/a, which /tmp/safe/b leaves.
    expect(arts('inputs', { path: '/tmp/safe/a/../b' })).toEqual([`STR008@${P}/inputs/artifacts/0/path`]);
    expect(arts('inputs', { path: '/tmp/safe/a/../a/b' })).toEqual([]);
    expect(arts('inputs', { path: '/tmp/safe/../{{inputs.parameters.dir}}' })).toEqual([]);
  });
});
