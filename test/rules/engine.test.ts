import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  getRule,
  IGNORE_ANNOTATION,
  lintManifests,
  type Manifest,
  parseSuppression,
  RULES,
} from '../../src/rules';
import { existingPrefix, runRules } from '../../src/rules/engine';
import { ALL_RULES, RULE_FAMILIES } from '../../src/rules/registry';
import { defineRule } from '../../src/rules/rule';
import { at, safeSpec, wt } from './helpers';

const ROOT = join(__dirname, '..', '..');

function noDeadline(name: string, annotations?: Record<string, string>): Manifest {
  const s = safeSpec();
  delete s.activeDeadlineSeconds;
  delete s.podGC;
  return wt(name, s, annotations ? { annotations } : {});
}

describe('catalog', () => {
  it('has unique IDs, one-line titles and docs pages', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.title).not.toContain('\n');
      expect(r.helpUri).toBe(`docs/rules/${r.id}.md`);
      // EVT pages are written with the EVT rules (src/rules/evt.ts), by their owner.
      if (r.family !== 'EVT') expect(existsSync(join(ROOT, r.helpUri)), `${r.helpUri} exists`).toBe(true);
    }
  });
  it('holds every rule of the catalog (docs/rule-catalog.md) except EVT*', () => {
    const expected = [
      ...['AGC001', 'AGC002', 'AGC003', 'AGC004', 'AGC005', 'AGC006', 'AGC007'],
      ...['RUN001', 'RUN002', 'RUN003', 'RUN004', 'RUN005', 'RUN006'],
      ...['ARCH001', 'ARCH002', 'ARCH003', 'ARCH004', 'ARCH005'],
      ...['SYNC001', 'SYNC002', 'SYNC003', 'SYNC004'],
      ...['DAG001', 'DAG002', 'DAG003', 'DAG004'],
      ...['GITOPS001', 'GITOPS002', 'GITOPS003', 'GITOPS004', 'GITOPS005', 'GITOPS006', 'GITOPS007'],
      ...['GITOPS008', 'GITOPS009', 'GITOPS010'],
      ...['VER001', 'VER002'],
      ...['STR001', 'STR002', 'STR003', 'STR004', 'STR005', 'STR006', 'STR007', 'STR008', 'STR009'],
      'IGNORE001',
      'INTERNAL001',
    ];
    expect(RULES.map((r) => r.id).filter((id) => !id.startsWith('EVT'))).toEqual(expected);
  });
  it('getRule finds entries case-insensitively and returns undefined for unknown IDs', () => {
    expect(getRule('run001')?.severity).toBe('error');
    expect(getRule('RUN003')?.severity).toBe('warning');
    expect(getRule('NOPE')).toBeUndefined();
  });
  it('marks hasAutofix on the rules that produce autofixes', () => {
    expect(RULES.filter((r) => r.hasAutofix && r.family !== 'EVT').map((r) => r.id)).toEqual([
      'RUN006',
      'ARCH002',
      'SYNC004',
      'GITOPS005',
      'GITOPS006',
      'STR001',
    ]);
  });
  it('registry lists families as arrays of rules (adding evt.ts is one entry)', () => {
    expect(RULE_FAMILIES.flat()).toEqual(ALL_RULES);
  });
});

describe('findings', () => {
  it('are sorted by index, then path, then rule, and name the object', () => {
    const f = lintManifests([noDeadline('b'), noDeadline('a')]);
    expect(f.map((x) => `${x.index}${x.path}${x.rule}`)).toEqual([
      '0/specRUN001',
      '0/specRUN003',
      '1/specRUN001',
      '1/specRUN003',
    ]);
    expect(f[0].object).toEqual({ apiVersion: 'argoproj.io/v1alpha1', kind: 'WorkflowTemplate', name: 'b' });
    expect(f[0].fix).toMatch(/\.$/);
  });
  it('are deterministic (same input, same output)', () => {
    const input = [noDeadline('b'), noDeadline('a')];
    expect(JSON.stringify(lintManifests(input))).toBe(JSON.stringify(lintManifests(input)));
  });
  it('do not mutate the input', () => {
    const input = [noDeadline('a')];
    const before = JSON.stringify(input);
    lintManifests(input, {
      controllerConfig: { workflowDefaults: { spec: { podGC: { strategy: 'OnPodSuccess' } } } },
    });
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('existingPrefix', () => {
  it('trims a pointer to the deepest part that exists', () => {
    const doc = { spec: { templates: [{ 'a/b': 1 }] } };
    expect(existingPrefix(doc, '/spec/templates/0/a~1b')).toBe('/spec/templates/0/a~1b');
    expect(existingPrefix(doc, '/spec/workflowSpec/templates')).toBe('/spec');
    expect(existingPrefix(doc, '/spec/templates/3')).toBe('/spec/templates');
    expect(existingPrefix(doc, '')).toBe('');
  });
  it('is applied to findings (a CronWorkflow without workflowSpec)', () => {
    const f = lintManifests([
      { kind: 'CronWorkflow', metadata: { name: 'c' }, spec: { schedules: ['* * * * *'] } },
    ]);
    expect(at(f.filter((x) => x.rule === 'DAG001'))).toEqual(['DAG001@/spec']);
  });
});

describe('suppression (argo-guard.io/ignore)', () => {
  it('parses IDs and reason', () => {
    expect(parseSuppression('run001, RUN003: nightly batch, bounded by Cron')).toEqual({
      ids: new Set(['RUN001', 'RUN003']),
      reason: 'nightly batch, bounded by Cron',
    });
    expect(parseSuppression('RUN001').reason).toBeUndefined();
    expect(parseSuppression('RUN001:  ').reason).toBeUndefined();
  });
  it('suppresses the named rules for that object only', () => {
    const f = lintManifests([
      noDeadline('a', { 'argo-guard.io/ignore': 'RUN001: bounded by the caller' }),
      noDeadline('b'),
    ]);
    expect(at(f.filter((x) => x.index === 0))).toEqual(['RUN003@/spec']);
    expect(at(f.filter((x) => x.index === 1))).toEqual(['RUN001@/spec', 'RUN003@/spec']);
  });
  it('warns with IGNORE001 when the reason is missing (and still suppresses)', () => {
    const f = lintManifests([noDeadline('a', { 'argo-guard.io/ignore': 'RUN001,RUN003' })]);
    expect(at(f)).toEqual(['IGNORE001@/metadata/annotations/argo-guard.io~1ignore']);
    expect(f[0].severity).toBe('warning');
  });
});

describe('crash isolation', () => {
  it('turns a crashing rule into INTERNAL001 and still runs the others', () => {
    const boom = defineRule({
      id: 'TEST001',
      severity: 'error',
      family: 'RUN',
      title: 'crashes',
      hasAutofix: false,
      kinds: ['WorkflowTemplate'],
      check() {
        throw new Error('kaboom');
      },
    });
    const f = runRules([noDeadline('a')], {}, [boom, ...ALL_RULES]);
    const internal = f.filter((x) => x.rule === 'INTERNAL001');
    expect(internal).toHaveLength(1);
    expect(internal[0].message).toContain('TEST001');
    expect(internal[0].message).toContain('kaboom');
    expect(internal[0].severity).toBe('error');
    expect(f.some((x) => x.rule === 'RUN001')).toBe(true);
  });
});

describe("context objects (the constructs lint their own manifest beside the app's)", () => {
  it('checks only the first `linted` objects, with the whole input indexed for lookups', () => {
    const checked: number[] = [];
    const seen: string[] = [];
    const probe = defineRule({
      id: 'TEST002',
      severity: 'warning',
      family: 'RUN',
      title: 'records what it checks',
      hasAutofix: false,
      check(ctx) {
        checked.push(ctx.index);
        for (const e of ctx.input.ofKind('WorkflowTemplate')) seen.push(String(e.name));
      },
    });
    runRules([noDeadline('own'), noDeadline('ctx-1'), noDeadline('ctx-2')], {}, [probe], 1);
    expect(checked).toEqual([0]);
    expect(seen).toEqual(['own', 'ctx-1', 'ctx-2']);
  });

  it("gives the first objects' findings exactly as a full run does", () => {
    const input = [noDeadline('a'), noDeadline('b'), noDeadline('c', { [IGNORE_ANNOTATION]: 'RUN001' })];
    const full = runRules(input);
    expect(full.some((f) => f.index === 0)).toBe(true);
    expect(full.some((f) => f.index > 0)).toBe(true);
    expect(runRules(input, {}, ALL_RULES, 1)).toEqual(full.filter((f) => f.index === 0));
    expect(runRules(input, {}, ALL_RULES, 2)).toEqual(full.filter((f) => f.index < 2));
  });
});
