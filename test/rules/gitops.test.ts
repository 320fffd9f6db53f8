import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/rules';
import { at, cron, hookWf, lintRule, safeSpec, v } from './helpers';

const plainWf = (metadata: Record<string, unknown>): Manifest => ({
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Workflow',
  metadata,
  spec: safeSpec(),
});

describe('GITOPS001 non-hook Workflow with generateName', () => {
  it('fires without the hook annotation', () => {
    const f = lintRule('GITOPS001', [plainWf({ generateName: 'x-' })]);
    expect(at(f)).toEqual(['GITOPS001@/metadata/generateName']);
    expect(f[0].severity).toBe('error');
  });
  it('passes on a hook', () => {
    expect(lintRule('GITOPS001', [hookWf(safeSpec())])).toEqual([]);
  });
});

describe('GITOPS002 plain named Workflow', () => {
  it('warns on a named non-hook Workflow, not on a hook', () => {
    const f = lintRule('GITOPS002', [plainWf({ name: 'once' })]);
    expect(at(f)).toEqual(['GITOPS002@/metadata/name']);
    expect(f[0].severity).toBe('warning');
    expect(lintRule('GITOPS002', [hookWf(safeSpec())])).toEqual([]);
  });
});

describe('GITOPS003 hook Workflow that may never finish', () => {
  it('fires without a deadline and on a suspend without duration', () => {
    const spec = safeSpec({ templates: [{ name: 'main', suspend: {} }] });
    delete spec.activeDeadlineSeconds;
    const f = lintRule('GITOPS003', [hookWf(spec)]);
    expect(at(f)).toEqual(['GITOPS003@/spec', 'GITOPS003@/spec/templates/0/suspend']);
    expect(f[0].severity).toBe('error');
  });
  it('passes with a deadline and a timed suspend', () => {
    expect(
      lintRule('GITOPS003', [
        hookWf(safeSpec({ templates: [{ name: 'main', suspend: { duration: '30s' } }] })),
      ]),
    ).toEqual([]);
  });
});

describe('GITOPS004 Forbid without a deadline', () => {
  it('fires on Forbid without activeDeadlineSeconds', () => {
    const ws = safeSpec();
    delete ws.activeDeadlineSeconds;
    const f = lintRule('GITOPS004', [cron(ws, { concurrencyPolicy: 'Forbid' })]);
    expect(at(f)).toEqual(['GITOPS004@/spec/concurrencyPolicy']);
    expect(f[0].severity).toBe('error');
  });
  it('passes with a deadline, or with Replace', () => {
    expect(lintRule('GITOPS004', [cron(safeSpec(), { concurrencyPolicy: 'Forbid' })])).toEqual([]);
    const ws = safeSpec();
    delete ws.activeDeadlineSeconds;
    expect(lintRule('GITOPS004', [cron(ws)])).toEqual([]);
  });
});

describe('GITOPS005 schedule vs schedules', () => {
  it('singular schedule on >= 4.0 fires with an autofix to schedules', () => {
    const m = cron(safeSpec(), { schedules: undefined, schedule: '0 1 * * *' });
    const f = lintRule('GITOPS005', [m], { argoVersion: v('4.0') });
    expect(at(f)).toEqual(['GITOPS005@/spec/schedule']);
    expect(f[0].autofix).toEqual([
      { op: 'remove', path: '/spec/schedule' },
      { op: 'add', path: '/spec/schedules', value: ['0 1 * * *'] },
    ]);
    expect(lintRule('GITOPS005', [m], { argoVersion: v('3.7') })).toEqual([]);
  });
  it('schedules on < 3.6 fires, with an autofix only for a single schedule', () => {
    const one = cron(safeSpec());
    const f = lintRule('GITOPS005', [one], { argoVersion: v('3.5') });
    expect(at(f)).toEqual(['GITOPS005@/spec/schedules']);
    expect(f[0].severity).toBe('error');
    expect(f[0].autofix).toEqual([
      { op: 'remove', path: '/spec/schedules' },
      { op: 'add', path: '/spec/schedule', value: '0 1 * * *' },
    ]);
    const two = cron(safeSpec(), { schedules: ['0 1 * * *', '0 2 * * *'] });
    expect(lintRule('GITOPS005', [two], { argoVersion: v('3.5') })[0].autofix).toBeUndefined();
    expect(lintRule('GITOPS005', [one], { argoVersion: v('3.6') })).toEqual([]);
  });
});

describe('GITOPS006 CronWorkflow without explicit suspend', () => {
  it('warns with an autofix adding suspend: false', () => {
    const f = lintRule('GITOPS006', [cron(safeSpec(), { suspend: undefined })]);
    expect(at(f)).toEqual(['GITOPS006@/spec']);
    expect(f[0].severity).toBe('warning');
    expect(f[0].autofix).toEqual([{ op: 'add', path: '/spec/suspend', value: false }]);
  });
  it('passes with suspend set either way', () => {
    expect(lintRule('GITOPS006', [cron(safeSpec(), { suspend: true })])).toEqual([]);
  });
});

describe('GITOPS007 controller not below the Workflows in sync waves', () => {
  const deploy = (metadata: Record<string, unknown>): Manifest => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata,
    spec: {},
  });
  const waved = (m: Manifest, wave: string): Manifest => ({
    ...m,
    metadata: {
      ...m.metadata,
      annotations: { ...(m.metadata?.annotations ?? {}), 'argocd.argoproj.io/sync-wave': wave },
    },
  });
  it('fires for the watcher in the same wave as a CronWorkflow', () => {
    const watcher = deploy({ name: 'w', labels: { 'app.kubernetes.io/name': 'argo-guard-watcher' } });
    const f = lintRule('GITOPS007', [watcher, cron(safeSpec())]);
    expect(at(f)).toEqual(['GITOPS007@/metadata']);
    expect(f[0].severity).toBe('warning');
  });
  it('fires for the workflow-controller in a higher wave (by name or label)', () => {
    const byName = waved(deploy({ name: 'workflow-controller' }), '5');
    const byLabel = waved(deploy({ name: 'x', labels: { app: 'workflow-controller' } }), '1');
    const f = lintRule('GITOPS007', [byName, byLabel, waved(hookWf(safeSpec()), '1')]);
    expect(at(f)).toEqual([
      'GITOPS007@/metadata/annotations/argocd.argoproj.io~1sync-wave',
      'GITOPS007@/metadata/annotations/argocd.argoproj.io~1sync-wave',
    ]);
  });
  it('passes when the controller is in a lower wave, and ignores other Deployments', () => {
    const ctrl = waved(deploy({ name: 'workflow-controller' }), '-1');
    expect(lintRule('GITOPS007', [ctrl, cron(safeSpec())])).toEqual([]);
    expect(lintRule('GITOPS007', [deploy({ name: 'web' }), cron(safeSpec())])).toEqual([]);
    expect(lintRule('GITOPS007', [deploy({ name: 'workflow-controller' })])).toEqual([]);
  });
});
