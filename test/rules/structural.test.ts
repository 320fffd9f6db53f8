import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cronError, isTimeZone } from '../../src/rules/cron';
import { dependsSyntaxError, nearMisses, tagsOf } from '../../src/rules/structural';
import { at, cron, forTarget, hookWf, lintRule, podTemplate, safeSpec, v, wt } from './helpers';

/** Every STR finding, for "a clean object has none" checks. */
function str(manifests: Parameters<typeof lintRule>[1], options = {}) {
  return ['STR001', 'STR002', 'STR003', 'STR004', 'STR005', 'STR006', 'STR007', 'STR008', 'STR009'].flatMap(
    (r) => lintRule(r, manifests, options),
  );
}

function dagSpec(tasks: unknown[], extraTemplates: unknown[] = []): Record<string, unknown> {
  return safeSpec({ templates: [{ name: 'main', dag: { tasks } }, podTemplate('step'), ...extraTemplates] });
}

describe('generated schemas', () => {
  it('src/rules/schema/ is what scripts/gen-structural-schema.ts makes of the vendored CRDs', () => {
    const root = join(__dirname, '..', '..');
    const r = spawnSync('npx', ['tsx', 'scripts/gen-structural-schema.ts', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 120_000);
});

describe('clean objects stay clean', () => {
  it('the safe fixtures have no STR finding on every target', () => {
    for (const target of ['3.5', '3.7', '4.0', '4.1']) {
      expect(
        str([wt('t', safeSpec()), hookWf(safeSpec()), cron(safeSpec())], { argoVersion: v(target) }),
      ).toEqual([]);
    }
  });
});

describe('STR001 closed schema', () => {
  it('an unknown field is an error with a did-you-mean', () => {
    const f = lintRule('STR001', [wt('t', safeSpec({ entrypoints: 'main' }))]);
    expect(at(f)).toEqual(['STR001@/spec/entrypoints']);
    expect(f[0].severity).toBe('error');
    expect(f[0].message).toContain('did you mean "entrypoint"');
    expect(f[0].fix).toBe('Rename "entrypoints" to "entrypoint".');
  });
  it('types: activeDeadlineSeconds: 30m is not an integer, with the seconds in the fix', () => {
    const f = lintRule('STR001', [wt('t', safeSpec({ activeDeadlineSeconds: '30m' }))]);
    expect(at(f)).toEqual(['STR001@/spec/activeDeadlineSeconds']);
    expect(f[0].fix).toContain('1800');
  });
  it('quantities: 128MB is not one, 128Mi and 0.5 are', () => {
    const t = (mem: unknown) =>
      wt(
        't',
        safeSpec({
          templates: [
            podTemplate('main', { container: { image: 'a', resources: { limits: { memory: mem } } } }),
          ],
        }),
      );
    const f = lintRule('STR001', [t('128MB')]);
    expect(at(f)).toEqual(['STR001@/spec/templates/0/container/resources/limits/memory']);
    expect(f[0].fix).toContain('128Mi');
    expect(lintRule('STR001', [t('128Mi')])).toEqual([]);
    expect(lintRule('STR001', [t(0.5)])).toEqual([]);
  });
  it('parameters written as a map get the list form in the fix', () => {
    const f = lintRule('STR001', [wt('t', safeSpec({ arguments: { parameters: { region: 'eu' } } }))]);
    expect(at(f)).toEqual(['STR001@/spec/arguments/parameters']);
    expect(f[0].message).toContain('written as a map');
    expect(f[0].fix).toContain('{name: region, value: "eu"}');
  });
  it('a parameter value may be a number (Argo AnyString), a string field may not', () => {
    expect(
      lintRule('STR001', [wt('t', safeSpec({ arguments: { parameters: [{ name: 'n', value: 3 }] } }))]),
    ).toEqual([]);
    expect(at(lintRule('STR001', [wt('t', safeSpec({ serviceAccountName: 5 }))]))).toEqual([
      'STR001@/spec/serviceAccountName',
    ]);
  });
  it('per version: podResources is known to 4.1 only (VER001 reports it for 4.0, not STR001 twice)', () => {
    const m = [wt('t', forTarget('4.0', safeSpec({ podResources: { requests: { cpu: '1' } } })))];
    expect(lintRule('STR001', m, { argoVersion: v('4.1') })).toEqual([]);
    expect(lintRule('STR001', m, { argoVersion: v('4.0') })).toEqual([]);
    expect(at(lintRule('VER001', m, { argoVersion: v('4.0') }))).toEqual(['VER001@/spec/podResources']);
    for (const key of ['resourceClaims', 'executorPlugins']) {
      const x = [wt('t', forTarget('4.0', safeSpec({ [key]: [] })))];
      expect(at(lintRule('VER001', x, { argoVersion: v('4.0') }))).toEqual([`VER001@/spec/${key}`]);
      expect(lintRule('VER001', x, { argoVersion: v('4.1') })).toEqual([]);
    }
  });
  it('a field only 4.1 knows is called that on a 4.0 target', () => {
    const m = [
      wt('t', safeSpec({ templates: [podTemplate('main', { pendingTimeout: '1m' })] })),
      wt(
        'u',
        safeSpec({ templates: [podTemplate('main', { container: { image: 'a', restartPolicyRules: [] } })] }),
      ),
    ];
    const f = lintRule('STR001', m, { argoVersion: v('4.0') });
    expect(at(f)).toEqual(['STR001@/spec/templates/0/container/restartPolicyRules']);
    expect(f[0].message).toContain('only known from Argo Workflows 4.1');
    expect(lintRule('STR001', m, { argoVersion: v('4.1') })).toEqual([]);
  });
  it('Argo Events objects against their schema', () => {
    const sensor = {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Sensor',
      metadata: { name: 's' },
      spec: { dependencies: [{ name: 'd', eventSourceName: 'e', eventName: 'x' }], triggerz: [] },
    };
    // `triggers` is also required: the misspelt key does not count as it.
    expect(at(lintRule('STR001', [sensor]))).toEqual(['STR001@/spec', 'STR001@/spec/triggerz']);
  });
  it('bad input never crashes: scalars where objects belong', () => {
    const f = lintRule('STR001', [
      { apiVersion: 'argoproj.io/v1alpha1', kind: 'Workflow', metadata: { name: 'x' }, spec: 'nope' },
    ]);
    expect(at(f)).toEqual(['STR001@/spec']);
  });
});

describe('STR002 names', () => {
  it('a task named Render_Step is invalid, with a valid name in the fix', () => {
    const f = lintRule('STR002', [wt('t', dagSpec([{ name: 'Render_Step', template: 'step' }]))]);
    expect(at(f)).toEqual(['STR002@/spec/templates/0/dag/tasks/0/name']);
    expect(f[0].fix).toContain('"Render-Step"');
  });
  it('duplicate template and step names', () => {
    const spec = safeSpec({
      templates: [
        { name: 'main', steps: [[{ name: 'a', template: 'step' }], [{ name: 'a', template: 'step' }]] },
        podTemplate('step'),
        podTemplate('step'),
      ],
    });
    expect(at(lintRule('STR002', [wt('t', spec)]))).toEqual([
      'STR002@/spec/templates/0/steps/1/0/name',
      'STR002@/spec/templates/2/name',
    ]);
  });
  it('a templated output name is left to run time, as Argo does', () => {
    const t = podTemplate('main', {
      outputs: { artifacts: [{ name: 'result-{{inputs.parameters.v}}', path: '/r' }] },
    });
    expect(lintRule('STR002', [wt('t', safeSpec({ templates: [t] }))])).toEqual([]);
  });
  it('CronWorkflow names are limited to 52 characters', () => {
    const c = cron(safeSpec());
    c.metadata!.name = 'x'.repeat(53);
    expect(at(lintRule('STR002', [c]))).toEqual(['STR002@/metadata/name']);
  });
});

describe('STR003 references', () => {
  it('a workflowTemplateRef outside the input is a warning; inside it is resolved', () => {
    const wf = hookWf({ workflowTemplateRef: { name: 'lib' } });
    const f = lintRule('STR003', [wf]);
    expect(at(f)).toEqual(['STR003@/spec/workflowTemplateRef']);
    expect(f[0].severity).toBe('warning');
    expect(lintRule('STR003', [wf, wt('lib', safeSpec())])).toEqual([]);
  });
  it('spec.templates beside workflowTemplateRef is an error', () => {
    const wf = hookWf({ workflowTemplateRef: { name: 'lib' }, templates: [podTemplate('x')] });
    const f = lintRule('STR003', [wf, wt('lib', safeSpec())]);
    expect(at(f)).toEqual(['STR003@/spec/templates']);
    expect(f[0].severity).toBe('error');
  });
});

describe('STR004 tags and variables', () => {
  it('a misspelt input parameter', () => {
    const spec = safeSpec({
      templates: [
        podTemplate('main', {
          inputs: { parameters: [{ name: 'region', value: 'eu' }] },
          container: { image: 'a', args: ['{{inputs.parameters.regoin}}'] },
        }),
      ],
    });
    const f = lintRule('STR004', [wt('t', spec)]);
    expect(at(f)).toEqual(['STR004@/spec/templates/0/container/args/0']);
    expect(f[0].message).toContain('did you mean "region"');
  });
  it('an unclosed {{', () => {
    const spec = safeSpec({
      templates: [podTemplate('main', { container: { image: 'a', args: ['{{workflow.name'] } })],
    });
    expect(lintRule('STR004', [wt('t', spec)])[0].message).toContain('unclosed');
  });
  it('an output the called template does not declare; a declared one passes', () => {
    const out = podTemplate('gen', {
      outputs: { parameters: [{ name: 'version', valueFrom: { path: '/v' } }] },
    });
    const use = (p: string) =>
      wt(
        't',
        dagSpec(
          [
            { name: 'gen', template: 'gen' },
            {
              name: 'use',
              template: 'step',
              depends: 'gen',
              when: `{{tasks.gen.outputs.parameters.${p}}} == x`,
            },
          ],
          [out],
        ),
      );
    const f = lintRule('STR004', [use('typo')]);
    expect(at(f)).toEqual(['STR004@/spec/templates/0/dag/tasks/1/when']);
    expect(f[0].fix).toContain('outputs.parameters.version');
    expect(lintRule('STR004', [use('version')])).toEqual([]);
  });
  it('an argument may only read tasks it depends on', () => {
    const out = podTemplate('gen', { outputs: { parameters: [{ name: 'v', valueFrom: { path: '/v' } }] } });
    const take = podTemplate('take', { inputs: { parameters: [{ name: 'v' }] } });
    const spec = dagSpec(
      [
        { name: 'gen', template: 'gen' },
        {
          name: 'use',
          template: 'take',
          arguments: { parameters: [{ name: 'v', value: '{{tasks.gen.outputs.parameters.v}}' }] },
        },
      ],
      [out, take],
    );
    expect(at(lintRule('STR004', [wt('t', spec)]))).toEqual([
      'STR004@/spec/templates/0/dag/tasks/1/arguments/parameters/0/value',
    ]);
  });
  it('workflow parameters of a Workflow resolve; a WorkflowTemplate gets them from its caller', () => {
    const spec = safeSpec({
      arguments: { parameters: [{ name: 'env', value: 'prod' }] },
      templates: [podTemplate('main', { container: { image: 'a', args: ['{{workflow.parameters.evn}}'] } })],
    });
    expect(at(lintRule('STR004', [hookWf(spec)]))).toEqual(['STR004@/spec/templates/0/container/args/0']);
    expect(lintRule('STR004', [wt('t', spec)])).toEqual([]);
  });
  it('workflow labels of a WorkflowTemplate are its own (Argo checks them there too)', () => {
    const spec = safeSpec({
      templates: [podTemplate('main', { container: { image: 'a', args: ['{{workflow.labels.team}}'] } })],
    });
    expect(at(lintRule('STR004', [wt('t', spec)]))).toEqual(['STR004@/spec/templates/0/container/args/0']);
    expect(lintRule('STR004', [wt('t', spec, { labels: { team: 'a' } })])).toEqual([]);
  });
  it("workflow annotations the same way: the object's and workflowMetadata's keys (argo lint: failed to resolve)", () => {
    const spec = (extra: Record<string, unknown> = {}) =>
      safeSpec({
        templates: [
          podTemplate('main', { container: { image: 'a', args: ['{{workflow.annotations.team}}'] } }),
        ],
        ...extra,
      });
    const f = lintRule('STR004', [wt('t', spec(), { annotations: { teams: 'a' } })]);
    expect(at(f)).toEqual(['STR004@/spec/templates/0/container/args/0']);
    expect(f[0].message).toContain('did you mean "teams"');
    expect(lintRule('STR004', [wt('t', spec(), { annotations: { team: 'a' } })])).toEqual([]);
    expect(lintRule('STR004', [wt('t', spec({ workflowMetadata: { annotations: { team: 'a' } } }))])).toEqual(
      [],
    );
    expect(lintRule('STR004', [hookWf(spec())]).length).toBe(1);
  });
  it('item keys of withItems maps; anything under withParam; nothing outside a loop', () => {
    const step = (extra: Record<string, unknown>, value: string) => ({
      name: 'x',
      template: 'take',
      arguments: { parameters: [{ name: 'v', value }] },
      ...extra,
    });
    const take = podTemplate('take', { inputs: { parameters: [{ name: 'v' }] } });
    const lint = (s: Record<string, unknown>) =>
      at(lintRule('STR004', [wt('t', safeSpec({ templates: [{ name: 'main', steps: [[s]] }, take] }))]));
    expect(lint(step({ withItems: [{ os: 'linux' }] }, '{{item.os}}'))).toEqual([]);
    expect(lint(step({ withItems: [{ os: 'linux' }] }, '{{item.arch}}'))).toEqual([
      'STR004@/spec/templates/0/steps/0/0/arguments/parameters/0/value',
    ]);
    expect(lint(step({ withParam: '{{workflow.parameters}}' }, '{{item.anything}}'))).toEqual([]);
    expect(lint(step({}, '{{item.os}}'))).toEqual([
      'STR004@/spec/templates/0/steps/0/0/arguments/parameters/0/value',
    ]);
  });
  it('tags are split as fasttemplate does', () => {
    expect(tagsOf('a {{x}} b {{=y}} {{z')).toEqual([
      { text: 'x' },
      { text: '=y' },
      { text: 'z', unclosed: true },
    ]);
  });
});

describe('STR005 required inputs', () => {
  it('a call without a required parameter; a default or a passed value is fine', () => {
    const needs = podTemplate('needs', {
      inputs: { parameters: [{ name: 'x' }, { name: 'y', default: '1' }] },
    });
    const f = lintRule('STR005', [wt('t', dagSpec([{ name: 'a', template: 'needs' }], [needs]))]);
    expect(at(f)).toEqual(['STR005@/spec/templates/0/dag/tasks/0']);
    expect(f[0].message).toContain('parameter "x"');
    const passed = { name: 'a', template: 'needs', arguments: { parameters: [{ name: 'x', value: '2' }] } };
    expect(lintRule('STR005', [wt('t', dagSpec([passed], [needs]))])).toEqual([]);
  });
  it("a Workflow's entrypoint gets spec.arguments", () => {
    const spec = safeSpec({ templates: [podTemplate('main', { inputs: { parameters: [{ name: 'x' }] } })] });
    expect(at(lintRule('STR005', [hookWf(spec)]))).toEqual(['STR005@/spec/entrypoint']);
    expect(
      lintRule('STR005', [hookWf({ ...spec, arguments: { parameters: [{ name: 'x', value: '1' }] } })]),
    ).toEqual([]);
    expect(lintRule('STR005', [wt('t', spec)])).toEqual([]);
  });
});

describe('STR006 cron', () => {
  it('0 25 * * * and Europe/Berlinn are errors with a fix', () => {
    const f = lintRule('STR006', [
      cron(safeSpec(), { schedules: ['0 25 * * *'], timezone: 'Europe/Berlinn' }),
    ]);
    expect(at(f)).toEqual(['STR006@/spec/schedules/0', 'STR006@/spec/timezone']);
    expect(f[1].fix).toBe('Use "Europe/Berlin".');
  });
  it("robfig/cron's standard dialect", () => {
    for (const ok of [
      '*/5 * * * *',
      '0 3 * * MON-FRI',
      '0 0 1 jan,jul *',
      '@daily',
      '@every 1h30m',
      'CRON_TZ=UTC 0 3 * * *',
      '5/15 * * * ?',
    ]) {
      expect(cronError(ok), ok).toBeUndefined();
    }
    for (const bad of [
      '0 25 * * *',
      '60 * * * *',
      '* * * *',
      '0 0 0 * *',
      '0 0 * 13 *',
      '0 0 * * 7',
      '@every x',
      '@weekday',
      '5-1 * * * *',
      '*/0 * * * *',
      'CRON_TZ=Mars/Base 0 * * * *',
    ]) {
      expect(cronError(bad), bad).toBeDefined();
    }
  });
  it('IANA zones as Go reads them', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Europe/Berlinn')).toBe(false);
    expect(isTimeZone('europe/berlin')).toBe(false);
    expect(nearMisses('Europe/Berlinn', ['Europe/Berlin', 'Europe/Dublin'])).toEqual(['Europe/Berlin']);
  });
});

describe('STR007 loops', () => {
  it('a withParam literal that is not a JSON list', () => {
    const f = lintRule('STR007', [wt('t', dagSpec([{ name: 'a', template: 'step', withParam: '[1, 2' }]))]);
    expect(at(f)).toEqual(['STR007@/spec/templates/0/dag/tasks/0/withParam']);
    expect(
      lintRule('STR007', [wt('t', dagSpec([{ name: 'a', template: 'step', withParam: '[1, 2]' }]))]),
    ).toEqual([]);
    expect(
      lintRule('STR007', [wt('t', dagSpec([{ name: 'a', template: 'step', withParam: '{"a": 1}' }]))]),
    ).toHaveLength(1);
  });
  it('two loops on one task; count and end in one sequence', () => {
    const f = lintRule('STR007', [
      wt(
        't',
        dagSpec([{ name: 'a', template: 'step', withItems: [1], withSequence: { count: '2', end: '3' } }]),
      ),
    ]);
    expect(at(f)).toEqual([
      'STR007@/spec/templates/0/dag/tasks/0/withSequence',
      'STR007@/spec/templates/0/dag/tasks/0/withSequence',
    ]);
  });
});

describe('STR008 template shape', () => {
  it('depends syntax', () => {
    expect(dependsSyntaxError('a && (b.Succeeded || !c.Failed)')).toBeUndefined();
    expect(dependsSyntaxError('a &&')).toBeDefined();
    expect(dependsSyntaxError('(a || b')).toBeDefined();
    expect(dependsSyntaxError('a b')).toBeDefined();
  });
  it('a bad depends result, continueOn with depends, a template without type', () => {
    const spec = safeSpec({
      templates: [
        {
          name: 'main',
          dag: {
            tasks: [
              { name: 'a', template: 'step' },
              { name: 'b', template: 'step', depends: 'a.Succeded', continueOn: { failed: true } },
            ],
          },
        },
        podTemplate('step'),
        { name: 'empty' },
      ],
    });
    const f = lintRule('STR008', [wt('t', spec)]);
    expect(at(f)).toEqual([
      'STR008@/spec/templates/0/dag/tasks/1/continueOn',
      'STR008@/spec/templates/0/dag/tasks/1/depends',
      'STR008@/spec/templates/2',
    ]);
    expect(f[1].message).toContain('did you mean "Succeeded"');
  });
});
