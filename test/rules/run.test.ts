import { describe, expect, it } from 'vitest';
import { at, cron, hookWf, lintRule, podTemplate, safeSpec, wt } from './helpers';

function without(key: string, extra: Record<string, unknown> = {}) {
  const s = safeSpec(extra);
  delete s[key];
  return s;
}

describe('RUN001 no effective activeDeadlineSeconds', () => {
  it('fires on a WorkflowTemplate and a CronWorkflow without a deadline', () => {
    const f = lintRule('RUN001', [
      wt('t', without('activeDeadlineSeconds')),
      cron(without('activeDeadlineSeconds')),
    ]);
    expect(at(f)).toEqual(['RUN001@/spec', 'RUN001@/spec/workflowSpec']);
    expect(f[0].severity).toBe('error');
  });
  it('takes the deadline from the referenced WorkflowTemplate', () => {
    const wf = hookWf({ workflowTemplateRef: { name: 'lib' } });
    expect(lintRule('RUN001', [wt('lib', safeSpec()), wf])).toEqual([]);
    expect(at(lintRule('RUN001', [wt('lib', without('activeDeadlineSeconds')), wf]))).toEqual([
      'RUN001@/spec',
      'RUN001@/spec',
    ]);
  });
  it('takes the deadline from controller workflowDefaults', () => {
    const options = { controllerConfig: { workflowDefaults: { spec: { activeDeadlineSeconds: 600 } } } };
    expect(lintRule('RUN001', [wt('t', without('activeDeadlineSeconds'))], options)).toEqual([]);
  });
  it('does not apply RUN001/RUN003/RUN004 to a template library (WorkflowTemplate without entrypoint)', () => {
    const lib = without('activeDeadlineSeconds');
    delete lib.entrypoint;
    delete lib.podGC;
    delete lib.ttlStrategy;
    for (const rule of ['RUN001', 'RUN003', 'RUN004']) expect(lintRule(rule, [wt('lib', lib)])).toEqual([]);
    // ... but the Workflow that runs it through workflowTemplateRef is checked with it merged in
    const wf = { ...hookWf({ workflowTemplateRef: { name: 'lib' }, entrypoint: 'main' }) };
    expect(at(lintRule('RUN001', [wt('lib', lib), wf]))).toEqual(['RUN001@/spec']);
  });
  it('stays quiet when the referenced WorkflowTemplate is not in the input (unknown)', () => {
    expect(lintRule('RUN001', [hookWf({ workflowTemplateRef: { name: 'elsewhere' } })])).toEqual([]);
  });
});

describe('RUN002 retryStrategy without limit', () => {
  it('fires on a template, templateDefaults and the workflow', () => {
    const spec = safeSpec({
      retryStrategy: { retryPolicy: 'Always' },
      templateDefaults: { retryStrategy: {} },
    });
    (spec.templates as any)[1].retryStrategy = { retryPolicy: 'OnFailure' };
    const f = lintRule('RUN002', [wt('t', spec)]);
    expect(at(f)).toEqual([
      'RUN002@/spec/retryStrategy',
      'RUN002@/spec/templateDefaults/retryStrategy',
      'RUN002@/spec/templates/1/retryStrategy',
    ]);
    expect(f[0].severity).toBe('error');
  });
  it('passes with a limit', () => {
    const spec = safeSpec();
    (spec.templates as any)[1].retryStrategy = { limit: '3' };
    expect(lintRule('RUN002', [wt('t', spec)])).toEqual([]);
  });
});

describe('RUN003 no podGC', () => {
  it('fires without podGC, passes with it', () => {
    const f = lintRule('RUN003', [wt('t', without('podGC'))]);
    expect(at(f)).toEqual(['RUN003@/spec']);
    expect(f[0].severity).toBe('warning');
    expect(lintRule('RUN003', [wt('t', safeSpec())])).toEqual([]);
  });
});

describe('RUN004 no ttlStrategy', () => {
  it('fires on a WorkflowTemplate without ttlStrategy', () => {
    const f = lintRule('RUN004', [wt('t', without('ttlStrategy'))]);
    expect(at(f)).toEqual(['RUN004@/spec']);
    expect(f[0].severity).toBe('warning');
  });
  it('does not fire on an Argo CD hook (its delete policy removes it)', () => {
    expect(
      lintRule('RUN004', [
        hookWf(without('ttlStrategy'), { 'argocd.argoproj.io/hook-delete-policy': 'HookSucceeded' }),
      ]),
    ).toEqual([]);
  });
});

describe('RUN005 exit-handler pod template without its own deadline', () => {
  it('fires for spec.onExit and step-level hooks.exit, following steps to the pod', () => {
    const spec = safeSpec({
      onExit: 'cleanup',
      templates: [
        { name: 'main', steps: [[{ name: 's', template: 'step', hooks: { exit: { template: 'notify' } } }]] },
        podTemplate('step'),
        { name: 'cleanup', steps: [[{ name: 'c', template: 'cleanup-pod' }]] },
        podTemplate('cleanup-pod'),
        podTemplate('notify'),
      ],
    });
    const f = lintRule('RUN005', [wt('t', spec)]);
    expect(at(f)).toEqual(['RUN005@/spec/templates/3', 'RUN005@/spec/templates/4']);
    expect(f[0].severity).toBe('warning');
  });
  it('passes when the exit pod has activeDeadlineSeconds (own or templateDefaults)', () => {
    const spec = safeSpec({
      onExit: 'cleanup',
      templates: [
        { name: 'main', steps: [[{ name: 's', template: 'step' }]] },
        podTemplate('step'),
        podTemplate('cleanup', { activeDeadlineSeconds: 300 }),
      ],
    });
    expect(lintRule('RUN005', [wt('t', spec)])).toEqual([]);
    (spec.templates as any)[2].activeDeadlineSeconds = undefined;
    spec.templateDefaults = { activeDeadlineSeconds: 300 };
    expect(lintRule('RUN005', [wt('t', spec)])).toEqual([]);
  });
});
