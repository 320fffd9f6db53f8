/**
 * The lint at synth: cdk8s validates the whole app once per synth and once more per chart, so
 * each construct keeps the findings of an unchanged input instead of running the rules again;
 * any change to what it lints runs them again, also between two synths in the same tick.
 */
import { App, type Chart, Testing } from 'cdk8s';
import { afterEach, describe, expect, it } from 'vitest';
import { ContainerTemplate, GuardedChart, Workflow, WorkflowTemplate } from '../../src';
import { ALL_RULES } from '../../src/rules/registry';
import type { Rule, RuleContext } from '../../src/rules/rule';
import { lintFingerprint } from '../../src/workflows/guarded-object';
import { chart, synthFailure } from './util';

/** Counts the objects RUN001 (a rule of every Workflow-like) checks, by name, until restored. */
function countChecks(): { counts: Map<string, number>; restore: () => void } {
  const rule = ALL_RULES.find((r) => r.id === 'RUN001') as Rule & { check: (ctx: RuleContext) => void };
  const original = rule.check;
  const counts = new Map<string, number>();
  rule.check = (ctx) => {
    const md = ctx.manifest.metadata as { name?: string; generateName?: string };
    const name = String(md.name ?? md.generateName);
    counts.set(name, (counts.get(name) ?? 0) + 1);
    original.call(rule, ctx);
  };
  return { counts, restore: () => (rule.check = original) };
}

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

function guardedTemplate(scope: Chart, id: string) {
  const wt = new WorkflowTemplate(scope, id, { metadata: { name: id } });
  const dag = wt.addDag('main');
  dag.addTask('a', { template: wt.addContainer('a', { image: 'registry.example.com/a:1.0' }) });
  wt.entrypoint = dag;
  return { wt, dag };
}

describe('lint at synth', () => {
  it('runs the rules once per construct and synth, however many charts cdk8s validates the app for', () => {
    const probe = countChecks();
    restore = probe.restore;
    const app = Testing.app();
    for (const i of [0, 1, 2])
      guardedTemplate(new GuardedChart(app, `c${i}`, { namespace: 'ci' }), `wt-${i}`);
    app.synthYaml(); // validates the app 1 + 3 times
    expect([...probe.counts]).toEqual([
      ['wt-0', 1],
      ['wt-1', 1],
      ['wt-2', 1],
    ]);
  });

  it('lints again what changed between two synths in the same tick, and reports it with the construct path', () => {
    const c = chart();
    const { dag } = guardedTemplate(c, 'wt');
    expect(() => Testing.synth(c)).not.toThrow();
    dag.addTask('x', {
      template: new ContainerTemplate('loose', { image: 'x' }),
    });
    expect(synthFailure(c).message).toMatch(
      /^\[test\/wt\] DAG002 \/spec\/templates\/0\/dag\/tasks\/1\/template /m,
    );
  });

  it('lints again when only the context changed (the WorkflowTemplate a Workflow references)', () => {
    const probe = countChecks();
    restore = probe.restore;
    const c = chart();
    const { wt } = guardedTemplate(c, 'shared');
    const wf = new Workflow(c, 'wf', { workflowTemplate: wt, metadata: { name: 'run' } });
    Testing.synth(c);
    expect(probe.counts.get('run')).toBe(1);
    wt.addSpecOverride('podMetadata.labels.team', 'a');
    Testing.synth(c);
    expect(probe.counts.get('run')).toBe(2);
    expect(probe.counts.get('shared')).toBe(2);
    Testing.synth(c);
    expect(probe.counts.get('run')).toBe(2);
    expect(wf.findings().filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('lintFingerprint', () => {
  const same = (a: unknown, b: unknown) => {
    const fa = lintFingerprint(a);
    return fa !== undefined && fa === lintFingerprint(b);
  };
  it('is equal exactly for equal JSON, key order and undefined-valued keys included', () => {
    expect(same({ a: [1, { b: 'x' }], c: null }, { a: [1, { b: 'x' }], c: null })).toBe(true);
    expect(same({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(same({ a: undefined }, {})).toBe(false);
    expect(same([undefined], [null])).toBe(false);
    expect(same([1, 2], [1, 2, 3])).toBe(false);
    expect(same({ 0: 'a' }, ['a'])).toBe(false);
    expect(same('1', 1)).toBe(false);
  });

  it('gives none (the rules run) for anything but plain JSON: a class instance, a Date', () => {
    expect(lintFingerprint({ d: new Date(0) })).toBeUndefined();
    expect(lintFingerprint([{ app: new App() }])).toBeUndefined();
    expect(lintFingerprint({ m: new Map() })).toBeUndefined();
    expect(lintFingerprint([{ a: Object.create(null) }])).toBeDefined();
  });
});
