import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { type Manifest, RULES } from '../../src/rules';
import { triggerRbacNeeds } from '../../src/rules/evt';
import { at, lintRule, safeSpec, wt } from './helpers';

const NS = 'argo-events';

function sensor(triggers: unknown[], extra: Record<string, unknown> = {}): Manifest {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Sensor',
    metadata: { name: 'webhook', namespace: NS },
    spec: {
      dependencies: [{ name: 'dep', eventSourceName: 'webhook', eventName: 'example' }],
      triggers,
      ...extra,
    },
  };
}

/** A Workflow that only references a template (the recommended shape). */
function refWorkflow(
  metadata: Record<string, unknown> = { generateName: 'build-' },
): Record<string, unknown> {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Workflow',
    metadata,
    spec: {
      workflowTemplateRef: { name: 'build' },
      arguments: { parameters: [{ name: 'message', value: '' }] },
    },
  };
}

function k8sTrigger(resource: unknown, extra: Record<string, unknown> = {}, tmplExtra = {}): unknown {
  return {
    template: { name: 'run', ...tmplExtra, k8s: { operation: 'create', source: { resource } } },
    atLeastOnce: true,
    ...extra,
  };
}

function argoTrigger(resource: unknown, operation = 'submit'): unknown {
  return { template: { name: 'run', argoWorkflow: { operation, source: { resource } } }, atLeastOnce: true };
}

/** Upstream examples/sensors/special-workflow-trigger.yaml: a fixed name and an inline spec. */
const UPSTREAM_SPECIAL_WORKFLOW_TRIGGER = sensor([
  {
    template: {
      name: 'argo-workflow-trigger',
      argoWorkflow: {
        operation: 'submit',
        source: {
          resource: {
            apiVersion: 'argoproj.io/v1alpha1',
            kind: 'Workflow',
            metadata: { name: 'special-trigger' },
            spec: {
              entrypoint: 'print-message',
              arguments: { parameters: [{ name: 'message', value: 'hello world' }] },
              templates: [
                {
                  name: 'print-message',
                  inputs: { parameters: [{ name: 'message' }] },
                  container: { image: 'busybox', command: ['echo'], args: ['{{inputs.parameters.message}}'] },
                },
              ],
            },
          },
        },
        parameters: [
          {
            src: { dependencyName: 'dep', dataKey: 'body.message' },
            dest: 'spec.arguments.parameters.0.value',
          },
        ],
      },
    },
  },
]);

/** Upstream examples/sensors/trigger-with-policy.yaml and trigger-with-atleast-once-semantics.yaml. */
const UPSTREAM_MISPLACED = sensor([
  {
    template: {
      name: 'webhook-workflow-trigger',
      atLeastOnce: true,
      policy: {
        k8s: {
          backoff: { duration: '1s', factor: 2, steps: 10 },
          labels: { 'workflows.argoproj.io/phase': 'Succeeded' },
          errorOnBackoffTimeout: true,
        },
      },
      k8s: { operation: 'create', source: { resource: refWorkflow() } },
    },
  },
]);

describe('EVT001 fixed metadata.name on a created Workflow', () => {
  it('fires on the upstream special-workflow-trigger shape, with a generateName autofix', () => {
    const f = lintRule('EVT001', [UPSTREAM_SPECIAL_WORKFLOW_TRIGGER]);
    expect(at(f)).toEqual(['EVT001@/spec/triggers/0/template/argoWorkflow/source/resource/metadata/name']);
    expect(f[0].severity).toBe('error');
    expect(f[0].autofix).toEqual([
      { op: 'remove', path: '/spec/triggers/0/template/argoWorkflow/source/resource/metadata/name' },
      {
        op: 'add',
        path: '/spec/triggers/0/template/argoWorkflow/source/resource/metadata/generateName',
        value: 'special-trigger-',
      },
    ]);
  });
  it('fires on a k8s create with a name, also when written as an inline YAML string', () => {
    expect(at(lintRule('EVT001', [sensor([k8sTrigger(refWorkflow({ name: 'fixed' }))])]))).toEqual([
      'EVT001@/spec/triggers/0/template/k8s/source/resource/metadata/name',
    ]);
    const inline = {
      template: {
        name: 'run',
        k8s: {
          source: { inline: 'apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata:\n  name: fixed\n' },
        },
      },
    };
    expect(at(lintRule('EVT001', [sensor([inline])]))).toEqual([
      'EVT001@/spec/triggers/0/template/k8s/source',
    ]);
  });
  it('passes with generateName, a name from the event, or an operation on an existing Workflow', () => {
    expect(lintRule('EVT001', [sensor([k8sTrigger(refWorkflow())])])).toEqual([]);
    const fromEvent = {
      template: {
        name: 'run',
        k8s: {
          source: { resource: refWorkflow({ name: 'x' }) },
          parameters: [{ src: { dependencyName: 'dep', dataKey: 'body.id' }, dest: 'metadata.name' }],
        },
      },
    };
    expect(lintRule('EVT001', [sensor([fromEvent])])).toEqual([]);
    expect(lintRule('EVT001', [sensor([argoTrigger(refWorkflow({ name: 'x' }), 'retry')])])).toEqual([]);
  });
});

describe('EVT002 inline Workflow in a trigger', () => {
  it('warns and applies the Workflow rules to the embedded resource, under the Sensor path', () => {
    const f = lintRule('EVT002', [UPSTREAM_SPECIAL_WORKFLOW_TRIGGER]);
    const base = '/spec/triggers/0/template/argoWorkflow/source/resource';
    expect(f[0]).toMatchObject({ path: base, severity: 'warning' });
    const embedded = f.slice(1);
    // no deadline (RUN001) and an unpinned pod (ARCH001) are errors inside the embedded Workflow
    expect(embedded.some((x) => x.severity === 'error' && /\[RUN001\]/.test(x.message))).toBe(true);
    expect(
      embedded.some((x) => /\[ARCH001\]/.test(x.message) && x.path.startsWith(`${base}/spec/templates/0`)),
    ).toBe(true);
    // the Argo CD rules do not apply: a Sensor-created Workflow is not synced
    expect(embedded.some((x) => /\[GITOPS/.test(x.message))).toBe(false);
    expect(f.every((x) => x.object.kind === 'Sensor')).toBe(true);
  });
  it('reports only the inline warning when the embedded Workflow is safe', () => {
    const safe = { ...refWorkflow(), spec: safeSpec() };
    const f = lintRule('EVT002', [sensor([k8sTrigger(safe)])]);
    expect(at(f)).toEqual(['EVT002@/spec/triggers/0/template/k8s/source/resource']);
  });
  it('resolves templateRefs of the embedded Workflow against the input set', () => {
    const spec = safeSpec({
      templates: [{ name: 'main', steps: [[{ name: 'a', templateRef: { name: 'lib', template: 'step' } }]] }],
    });
    const inline = { ...refWorkflow(), spec };
    const lib = wt('lib', safeSpec(), { namespace: NS });
    expect(at(lintRule('EVT002', [sensor([k8sTrigger(inline)]), lib]))).toEqual([
      'EVT002@/spec/triggers/0/template/k8s/source/resource',
    ]);
    const missing = {
      ...refWorkflow(),
      spec: safeSpec({
        templates: [
          { name: 'main', steps: [[{ name: 'a', templateRef: { name: 'lib', template: 'nope' } }]] },
        ],
      }),
    };
    const f = lintRule('EVT002', [sensor([k8sTrigger(missing)]), lib]);
    expect(f.some((x) => x.severity === 'error' && /\[DAG\d+\].*nope/.test(x.message))).toBe(true);
  });
  it('passes for a Workflow that only references a WorkflowTemplate', () => {
    expect(lintRule('EVT002', [sensor([k8sTrigger(refWorkflow())]), wt('build', safeSpec())])).toEqual([]);
  });
});

describe('EVT003 trigger-level fields under triggers[].template', () => {
  it('fires on the upstream trigger-with-policy / at-least-once shape', () => {
    const f = lintRule('EVT003', [UPSTREAM_MISPLACED]);
    expect(at(f)).toEqual([
      'EVT003@/spec/triggers/0/template/atLeastOnce',
      'EVT003@/spec/triggers/0/template/policy',
    ]);
    expect(f[0].severity).toBe('error');
    // atLeastOnce moves up safely; moving a policy starts enforcing it, so no autofix there
    expect(f[0].autofix).toEqual([
      { op: 'remove', path: '/spec/triggers/0/template/atLeastOnce' },
      { op: 'add', path: '/spec/triggers/0/atLeastOnce', value: true },
    ]);
    expect(f[1].autofix).toBeUndefined();
  });
  it('also catches rateLimit and retryStrategy one level too deep', () => {
    const t = k8sTrigger(
      refWorkflow(),
      {},
      { rateLimit: { unit: 'Second', requestsPerUnit: 1 }, retryStrategy: { steps: 2 } },
    );
    expect(at(lintRule('EVT003', [sensor([t])]))).toEqual([
      'EVT003@/spec/triggers/0/template/rateLimit',
      'EVT003@/spec/triggers/0/template/retryStrategy',
    ]);
  });
  it('passes with the fields on the trigger (the e2e fixture sensor-atleastonce-fail.yaml shape)', () => {
    const t = k8sTrigger(refWorkflow(), {
      atLeastOnce: true,
      policy: { status: { allow: [200] } },
      retryStrategy: { steps: 2 },
    });
    expect(lintRule('EVT003', [sensor([t])])).toEqual([]);
  });
});

describe('EVT006 conditions that name no dependency', () => {
  it('reports each unknown name at the conditions', () => {
    const t = k8sTrigger(refWorkflow(), {}, { conditions: '(dep && nope) || !other' });
    const f = lintRule('EVT006', [sensor([t])]);
    expect(at(f)).toEqual([
      'EVT006@/spec/triggers/0/template/conditions',
      'EVT006@/spec/triggers/0/template/conditions',
    ]);
    expect(f.map((x) => x.message)).toEqual([
      expect.stringContaining('"nope"'),
      expect.stringContaining('"other"'),
    ]);
    expect(f[0].severity).toBe('error');
  });
  it('passes when every name is a dependency, or without conditions', () => {
    const t = k8sTrigger(refWorkflow(), {}, { conditions: '( dep )' });
    expect(lintRule('EVT006', [sensor([t, k8sTrigger(refWorkflow())])])).toEqual([]);
  });
});

describe('EVT004 rateLimit without atLeastOnce', () => {
  it('warns when atLeastOnce is missing or false', () => {
    const rl = { rateLimit: { unit: 'Minute', requestsPerUnit: 5 } };
    const missing = { ...(k8sTrigger(refWorkflow(), rl) as object), atLeastOnce: undefined };
    const f = lintRule('EVT004', [
      sensor([missing, k8sTrigger(refWorkflow(), { ...rl, atLeastOnce: false })]),
    ]);
    expect(at(f)).toEqual(['EVT004@/spec/triggers/0/rateLimit', 'EVT004@/spec/triggers/1/rateLimit']);
    expect(f[0].severity).toBe('warning');
  });
  it('passes with atLeastOnce: true, or without a rate limit', () => {
    const t = k8sTrigger(refWorkflow(), {
      rateLimit: { unit: 'Minute', requestsPerUnit: 5 },
      atLeastOnce: true,
    });
    expect(lintRule('EVT004', [sensor([t, k8sTrigger(refWorkflow())])])).toEqual([]);
  });
});

function rbac(rules: unknown[], sa = 'sensor-sa'): Manifest[] {
  return [
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: { name: 'sensor', namespace: NS },
      rules,
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: 'sensor', namespace: NS },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'sensor' },
      subjects: [{ kind: 'ServiceAccount', name: sa, namespace: NS }],
    },
  ];
}

const withSa = { template: { serviceAccountName: 'sensor-sa' } };

describe('EVT005 Sensor RBAC vs what its triggers do', () => {
  it('fires when the bound Role lacks create on workflows for a k8s create trigger', () => {
    const s = sensor([k8sTrigger(refWorkflow())], withSa);
    const f = lintRule('EVT005', [
      s,
      ...rbac([{ apiGroups: ['argoproj.io'], resources: ['workflowtemplates'], verbs: ['get'] }]),
    ]);
    expect(at(f)).toEqual(['EVT005@/spec/triggers/0/template']);
    expect(f[0].message).toMatch(/needs create on workflows\.argoproj\.io/);
  });
  it('fires for an argoWorkflow submit missing list (the trigger lists by its labels afterwards)', () => {
    const s = sensor([argoTrigger(refWorkflow())], withSa);
    const f = lintRule('EVT005', [
      s,
      ...rbac([{ apiGroups: ['argoproj.io'], resources: ['workflows'], verbs: ['create'] }]),
    ]);
    expect(f).toHaveLength(2);
    const messages = f.map((x) => x.message).join('\n');
    expect(messages).toMatch(/needs list on workflows\.argoproj\.io/);
    expect(messages).toMatch(/needs get on workflowtemplates\.argoproj\.io/);
  });
  it('passes with exactly the needed verbs, with wildcards, and stays quiet when the Role is not in the input', () => {
    const s = sensor([k8sTrigger(refWorkflow())], withSa);
    expect(
      lintRule('EVT005', [
        s,
        ...rbac([{ apiGroups: ['argoproj.io'], resources: ['workflows'], verbs: ['create'] }]),
      ]),
    ).toEqual([]);
    expect(lintRule('EVT005', [s, ...rbac([{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }])])).toEqual(
      [],
    );
    expect(lintRule('EVT005', [s, rbac([])[1]])).toEqual([]);
    expect(lintRule('EVT005', [s])).toEqual([]);
  });
});

describe('trigger RBAC needs (docs/gitops.md §1.4)', () => {
  const needs = (t: unknown) =>
    triggerRbacNeeds(t).map((n) => `${n.resource}.${n.apiGroup}:${n.verbs.join('+')}`);
  it('k8s create -> create; with policy.k8s -> get too', () => {
    expect(needs(k8sTrigger(refWorkflow()))).toEqual(['workflows.argoproj.io:create']);
    expect(needs(k8sTrigger(refWorkflow(), { policy: { k8s: { labels: {} } } }))).toEqual([
      'workflows.argoproj.io:create+get',
    ]);
  });
  it('argoWorkflow operations', () => {
    expect(needs(argoTrigger(refWorkflow()))).toEqual([
      'workflows.argoproj.io:create+list',
      'workflowtemplates.argoproj.io:get',
    ]);
    expect(needs(argoTrigger(refWorkflow({ name: 'x' }), 'resume'))).toEqual([
      'workflows.argoproj.io:get+update',
    ]);
    expect(needs(argoTrigger(refWorkflow({ name: 'x' }), 'terminate'))).toEqual([
      'workflows.argoproj.io:get+update+patch',
    ]);
    expect(
      needs(
        argoTrigger(
          { apiVersion: 'argoproj.io/v1alpha1', kind: 'CronWorkflow', metadata: { name: 'c' } },
          'submit-from',
        ),
      ),
    ).toEqual(['workflows.argoproj.io:create+list', 'cronworkflows.argoproj.io:get']);
  });
  it('other trigger types need nothing', () => {
    expect(needs({ template: { name: 'h', http: { url: 'http://x' } } })).toEqual([]);
  });
});

/** The fenced YAML under `## <heading>` of a docs page. */
function docBlock(md: string, heading: string): Manifest[] {
  const m = new RegExp(`## ${heading}\\n\\n\`\`\`yaml\\n([\\s\\S]*?)\`\`\``).exec(md);
  if (!m) throw new Error(`no ${heading} block`);
  return (loadAll(m[1]) as unknown[]).filter((d): d is Manifest => !!d && typeof d === 'object');
}

describe('EVT catalog and docs', () => {
  const evt = RULES.filter((r) => r.family === 'EVT');
  it('lists EVT001-EVT006', () => {
    expect(evt.map((r) => r.id)).toEqual(['EVT001', 'EVT002', 'EVT003', 'EVT004', 'EVT005', 'EVT006']);
  });
  for (const r of evt) {
    it(`${r.id}: docs page exists, its Bad example triggers the rule and its Good one does not`, () => {
      const file = join(__dirname, '../..', r.helpUri);
      expect(existsSync(file), file).toBe(true);
      const md = readFileSync(file, 'utf8');
      expect(md.split('\n')[0]).toMatch(new RegExp(`^# ${r.id}: `));
      expect(lintRule(r.id, docBlock(md, 'Bad')).length).toBeGreaterThan(0);
      expect(lintRule(r.id, docBlock(md, 'Good'))).toEqual([]);
    });
  }
});
