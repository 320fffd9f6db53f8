import { describe, expect, it } from 'vitest';
import { dependsNames } from '../../src/rules/dag';
import { at, cwt, hookWf, lintRule, podTemplate, safeSpec, wt } from './helpers';

describe('DAG001 entrypoint/onExit names no template', () => {
  it('fires on a missing entrypoint template and a missing onExit template', () => {
    const f = lintRule('DAG001', [wt('t', safeSpec({ entrypoint: 'mian', onExit: 'gone' }))]);
    expect(at(f)).toEqual(['DAG001@/spec/entrypoint', 'DAG001@/spec/onExit']);
    expect(f[0].severity).toBe('error');
  });
  it('fires on a Workflow with neither entrypoint nor workflowTemplateRef', () => {
    const spec = safeSpec();
    delete spec.entrypoint;
    expect(at(lintRule('DAG001', [hookWf(spec)]))).toEqual(['DAG001@/spec']);
    expect(lintRule('DAG001', [wt('library', spec)])).toEqual([]);
  });
  it('resolves the entrypoint through workflowTemplateRef (Workflow templates merge over the WorkflowTemplate)', () => {
    const wf = hookWf({ workflowTemplateRef: { name: 'lib' }, entrypoint: 'step' });
    expect(lintRule('DAG001', [wt('lib', safeSpec()), wf])).toEqual([]);
    expect(lintRule('DAG001', [wf])).toEqual([]); // lib not in the input: unknown
    const bad = hookWf({ workflowTemplateRef: { name: 'lib' }, entrypoint: 'nope' });
    expect(at(lintRule('DAG001', [wt('lib', safeSpec()), bad]))).toEqual(['DAG001@/spec/entrypoint']);
  });
});

describe('DAG002 reference to a template that does not exist', () => {
  it('fires on a missing local template and a templateRef into a WorkflowTemplate that lacks it', () => {
    const spec = safeSpec({
      templates: [
        {
          name: 'main',
          steps: [
            [
              { name: 'a', template: 'nope' },
              { name: 'b', templateRef: { name: 'lib', template: 'missing' } },
              { name: 'c', templateRef: { name: 'lib', template: 'step' } },
              { name: 'd', templateRef: { name: 'not-in-input', template: 'x' } },
              { name: 'e', templateRef: { name: 'clib', template: 'step', clusterScope: true } },
            ],
          ],
        },
      ],
    });
    const f = lintRule('DAG002', [wt('lib', safeSpec()), cwt('clib', safeSpec()), wt('t', spec)]);
    expect(at(f)).toEqual([
      'DAG002@/spec/templates/0/steps/0/0/template',
      'DAG002@/spec/templates/0/steps/0/1/templateRef',
    ]);
    expect(f.every((x) => x.index === 2 && x.severity === 'error')).toBe(true);
  });
  it('checks onExit and hooks of steps', () => {
    const spec = safeSpec();
    (spec.templates as any)[0].dag.tasks[0].onExit = 'nope';
    (spec.templates as any)[0].dag.tasks[1].hooks = { exit: { template: 'nope2' } };
    expect(at(lintRule('DAG002', [wt('t', spec)]))).toEqual([
      'DAG002@/spec/templates/0/dag/tasks/0/onExit',
      'DAG002@/spec/templates/0/dag/tasks/1/hooks/exit/template',
    ]);
  });
  it('passes on the baseline', () => {
    expect(lintRule('DAG002', [wt('t', safeSpec())])).toEqual([]);
  });
});

describe('DAG003 missing dependency or cycle', () => {
  it('fires on a missing dependency (dependencies and depends)', () => {
    const spec = safeSpec();
    (spec.templates as any)[0].dag.tasks[1].depends = 'a.Succeeded && (x || !y.Failed)';
    (spec.templates as any)[0].dag.tasks[0].dependencies = ['zz'];
    const f = lintRule('DAG003', [wt('t', spec)]);
    expect(at(f)).toEqual([
      'DAG003@/spec/templates/0/dag/tasks/0/dependencies/0',
      'DAG003@/spec/templates/0/dag/tasks/1/depends',
      'DAG003@/spec/templates/0/dag/tasks/1/depends',
    ]);
  });
  it('fires on a cycle', () => {
    const spec = safeSpec();
    (spec.templates as any)[0].dag.tasks[0].depends = 'b';
    const f = lintRule('DAG003', [wt('t', spec)]);
    expect(at(f)).toEqual(['DAG003@/spec/templates/0/dag/tasks/0']);
    expect(f[0].message).toContain('a -> b -> a');
  });
  it('parses depends expressions', () => {
    expect(dependsNames('(a.Succeeded || b-c.AnySucceeded) && !d')).toEqual(['a', 'b-c', 'd']);
  });
});

describe('DAG004 unbounded recursion', () => {
  it('fires on direct and mutual recursion without when', () => {
    const spec = safeSpec({
      templates: [
        { name: 'main', steps: [[{ name: 'again', template: 'main' }]] },
        { name: 'ping', steps: [[{ name: 'p', template: 'pong' }]] },
        { name: 'pong', dag: { tasks: [{ name: 'q', template: 'ping' }] } },
      ],
    });
    const f = lintRule('DAG004', [wt('t', spec)]);
    expect(at(f)).toEqual(['DAG004@/spec/templates/0', 'DAG004@/spec/templates/1']);
    expect(f[0].severity).toBe('error');
  });
  it('passes with a when guard (coinflip-recursive)', () => {
    const spec = safeSpec({
      templates: [
        {
          name: 'main',
          steps: [
            [{ name: 'flip', template: 'flip' }],
            [{ name: 'again', template: 'main', when: '{{steps.flip.outputs.result}} == tails' }],
          ],
        },
        podTemplate('flip'),
      ],
    });
    expect(lintRule('DAG004', [wt('t', spec)])).toEqual([]);
  });
});
