import { Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { CronWorkflow, WorkflowTemplate } from '../../src/workflows';
import { crdErrors } from '../helpers/crd-schema';
import { chart, one, refusedAtCall, synth, template } from './util';

const FILE = 'versions.test.ts';

function locked(argoVersion: string, sync: any) {
  const c = chart({ argoVersion });
  const wt = new WorkflowTemplate(c, 'wt', { synchronization: sync });
  wt.entrypoint = wt.addContainer('a', { image: 'x', synchronization: { mutexes: ['tpl-lock'] } });
  return c;
}

describe('synchronization per target version', () => {
  it('emits the plural lists from 3.6 (and on 4.x)', () => {
    for (const v of ['3.6', '3.7', '4.0', '4.1']) {
      const spec = one(
        synth(locked(v, { semaphores: [{ configMapKeyRef: { name: 'cm', key: 'k' } }] })),
        'WorkflowTemplate',
      ).spec;
      expect(spec.synchronization).toEqual({ semaphores: [{ configMapKeyRef: { name: 'cm', key: 'k' } }] });
      expect(template(spec, 'a').synchronization).toEqual({ mutexes: [{ name: 'tpl-lock' }] });
    }
  });

  it('emits the singular form before 3.6', () => {
    const m = one(
      Testing.synth(locked('3.5.11', { semaphores: [{ configMapKeyRef: { name: 'cm', key: 'k' } }] })),
      'WorkflowTemplate',
    );
    expect(m.spec.synchronization).toEqual({ semaphore: { configMapKeyRef: { name: 'cm', key: 'k' } } });
    expect(template(m.spec, 'a').synchronization).toEqual({ mutex: { name: 'tpl-lock' } });
  });

  it('refuses two locks of a kind before 3.6 at the call; the engine reports database locks before 3.7', () => {
    expect(refusedAtCall(() => locked('3.5.11', { mutexes: ['a', 'b'] }), FILE).message).toBe(
      '[test/wt] API008 workflow: 2 mutexes, but Argo 3.5.11 takes only one (synchronization.mutex) — use one mutex or target >= 3.6',
    );
    // A database lock on 3.6 is emitted as written; rule VER001 fails the synth on the field.
    expect(() => Testing.synth(locked('3.6', { mutexes: [{ name: 'a', database: true }] }))).toThrow(
      /^\[test\/wt\] VER001 \/spec\/synchronization\/mutexes\/0\/database /m,
    );
    const spec = one(
      synth(locked('3.7', { mutexes: [{ name: 'a', database: true }] })),
      'WorkflowTemplate',
    ).spec;
    expect(spec.synchronization).toEqual({ mutexes: [{ name: 'a', database: true }] });
  });
});

describe('CronWorkflow schedules per target version', () => {
  function cron(argoVersion: string, schedules: string[]) {
    const c = chart({ argoVersion });
    const cw = new CronWorkflow(c, 'nightly', {
      schedules,
      timezone: 'Europe/Berlin',
      concurrencyPolicy: 'Forbid',
    });
    cw.entrypoint = cw.addContainer('a', { image: 'x' });
    return c;
  }

  it('emits schedules from 3.6 and explicit suspend: false', () => {
    const m = one(synth(cron('4.1', ['0 3 * * *', '0 15 * * *'])), 'CronWorkflow');
    expect(m.spec.schedules).toEqual(['0 3 * * *', '0 15 * * *']);
    expect(m.spec.schedule).toBeUndefined();
    expect(m.spec.suspend).toBe(false);
    expect(m.spec.concurrencyPolicy).toBe('Forbid');
    expect(m.spec.workflowSpec.activeDeadlineSeconds).toBe(3600);
    expect(m.spec.workflowSpec.entrypoint).toBe('a');
  });

  it('emits the singular schedule before 3.6 (which the 4.x CRD no longer has)', () => {
    const m = one(Testing.synth(cron('3.5.11', ['0 3 * * *'])), 'CronWorkflow');
    expect(m.spec.schedule).toBe('0 3 * * *');
    expect(m.spec.schedules).toBeUndefined();
    const errors = crdErrors(m).join('\n');
    expect(errors).toMatch(/must have required property 'schedules'/);
    expect(errors).toMatch(/\(schedule\)/);
  });

  it('refuses several schedules before 3.6 and none at the call; the engine reports a malformed one', () => {
    expect(refusedAtCall(() => cron('3.5.11', ['0 3 * * *', '0 4 * * *']), FILE).message).toBe(
      '[test/nightly] API008 2 schedules, but Argo 3.5.11 has only the singular spec.schedule — use one schedule or target >= 3.6',
    );
    expect(refusedAtCall(() => cron('4.1', []), FILE).message).toMatch(
      /^\[test\/nightly\] API007 no schedules/,
    );
    expect(() => Testing.synth(cron('4.1', ['every day']))).toThrow(
      /^\[test\/nightly\] STR006 \/spec\/schedules\/0 /m,
    );
  });
});

describe('fields the target lacks', () => {
  it('refuses podPriority on >= 4.0 and keeps it before', () => {
    const mk = (v: string) => {
      const c = chart({ argoVersion: v });
      const wt = new WorkflowTemplate(c, 'wt', { podPriority: 10 });
      wt.entrypoint = wt.addContainer('a', { image: 'x' });
      return c;
    };
    expect(() => Testing.synth(mk('4.0'))).toThrow(
      /\[test\/wt\] VER001 \/spec\/podPriority podPriority was removed in 4.0.0: Argo Workflows 4.0 refuses it .* silently ignores it .* — Use podPriorityClassName/,
    );
    expect(one(Testing.synth(mk('3.7')), 'WorkflowTemplate').spec.podPriority).toBe(10);
  });

  it('refuses a version it does not support at the call, with the supported list', () => {
    expect(refusedAtCall(() => chart({ argoVersion: '3.4' }), 'util.ts').message).toMatch(
      /^\[test\] API006 Argo Workflows 3.4 is not supported: supported targets are 3.5, 3.6, 3.7, 4.0, 4.1/,
    );
    expect(() => new WorkflowTemplate(chart(), 'wt', { argoVersion: 'x' })).toThrow(/^\[test\/wt\] API006 /);
  });

  it('lets one workflow target another version than its chart', () => {
    const c = chart({ argoVersion: '4.1' });
    const wt = new WorkflowTemplate(c, 'wt', { argoVersion: '3.5.11', synchronization: { mutexes: ['m'] } });
    wt.entrypoint = wt.addContainer('a', { image: 'x' });
    expect(one(Testing.synth(c), 'WorkflowTemplate').spec.synchronization).toEqual({ mutex: { name: 'm' } });
  });
});
