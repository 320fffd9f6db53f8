/**
 * pendingTimeout (RUN-01, rule RUN006): the pure renderer (settings -> the field of one pod
 * template, or the opt-out) and the constructs that write it on every pod template of a 4.1
 * target, nothing on older ones.
 */
import { Duration } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { parseArgoVersion } from '../../src/argo/versions';
import { lintManifests, parseSuppression } from '../../src/rules';
import { ArgoGuard, optOut, WorkflowTemplate } from '../../src/workflows';
import { compactDuration, renderPendingTimeout } from '../../src/workflows/defaults';
import { DEFAULT_SETTINGS } from '../../src/workflows/settings';
import { chart, one, refusedAtCall, synth, template } from './util';

const on = (
  version: string,
  pendingTimeout: Duration | ReturnType<typeof optOut> = DEFAULT_SETTINGS.pendingTimeout,
) => ({
  argoVersion: parseArgoVersion(version),
  pendingTimeout,
});
const free = { holdsLock: false };

describe('renderPendingTimeout', () => {
  it('renders the 15-minute default on 4.1 and nothing before it', () => {
    expect(renderPendingTimeout(on('4.1'), free)).toEqual({ pendingTimeout: '15m' });
    expect(renderPendingTimeout(on('4.1.0'), free)).toEqual({ pendingTimeout: '15m' });
    for (const version of ['3.5', '3.6', '3.7', '4.0', '4.0.5'])
      expect(renderPendingTimeout(on(version), free)).toEqual({});
  });

  it('lets the template own value win over the setting, also for a locked template', () => {
    expect(renderPendingTimeout(on('4.1'), { explicit: Duration.minutes(3), holdsLock: false })).toEqual({
      pendingTimeout: '3m',
    });
    expect(renderPendingTimeout(on('4.1'), { explicit: Duration.hours(2), holdsLock: true })).toEqual({
      pendingTimeout: '2h',
    });
    expect(
      renderPendingTimeout(on('4.1', Duration.minutes(30)), {
        explicit: Duration.seconds(90),
        holdsLock: false,
      }),
    ).toEqual({ pendingTimeout: '90s' });
  });

  it('gives a template that holds its own lock no default (its lock wait is Pending time)', () => {
    expect(renderPendingTimeout(on('4.1'), { holdsLock: true })).toEqual({});
  });

  it('writes the reason of an opt-out (setting or template) and no field', () => {
    expect(renderPendingTimeout(on('4.1', optOut('batch queue, waits for GPUs')), free)).toEqual({
      optOut: 'batch queue, waits for GPUs',
    });
    expect(renderPendingTimeout(on('4.1'), { explicit: optOut('spot nodes'), holdsLock: false })).toEqual({
      optOut: 'spot nodes',
    });
    // The field does not exist before 4.1: nothing to opt out of.
    expect(renderPendingTimeout(on('4.0', optOut('x')), free)).toEqual({});
  });

  it('writes Go durations a reviewer reads', () => {
    expect([900, 3600, 5400, 90, 61].map(compactDuration)).toEqual(['15m', '1h', '90m', '90s', '61s']);
  });
});

function pipeline(argoVersion: string) {
  const c = chart({ argoVersion });
  const wt = new WorkflowTemplate(c, 'wt');
  const build = wt.addContainer('build', { image: 'busybox:1' });
  const gen = wt.addScript('gen', { image: 'python:3.12', source: 'print(1)' });
  const set = wt.addContainerSet('set');
  set.addContainer('main', { image: 'busybox:1' });
  const locked = wt.addContainer('deploy', {
    image: 'busybox:1',
    synchronization: { mutexes: [{ name: 'deploy' }] },
  });
  const own = wt.addContainer('own', { image: 'busybox:1', pendingTimeout: Duration.hours(1) });
  const dag = wt.addDag('main');
  for (const t of [build, gen, set, locked, own]) dag.addTask(t.name, { template: t });
  wt.entrypoint = dag;
  return c;
}

describe('constructs', () => {
  it('write pendingTimeout on every pod template of a 4.1 target, none on the DAG, and lint clean', () => {
    const out = synth(pipeline('4.1'));
    const spec = one(out, 'WorkflowTemplate').spec;
    expect(template(spec, 'build').pendingTimeout).toBe('15m');
    expect(template(spec, 'gen').pendingTimeout).toBe('15m');
    expect(template(spec, 'set').pendingTimeout).toBe('15m');
    expect(template(spec, 'own').pendingTimeout).toBe('1h');
    expect(template(spec, 'deploy').pendingTimeout).toBeUndefined();
    expect(template(spec, 'main').pendingTimeout).toBeUndefined();
    expect(spec.templateDefaults).toBeUndefined();
    expect(lintManifests(out, { argoVersion: parseArgoVersion('4.1') })).toEqual([]);
  });

  it('write none on a 4.0 target, and that output lints clean for 4.0 (no VER001)', () => {
    const c = chart({ argoVersion: '4.0' });
    const wt = new WorkflowTemplate(c, 'wt');
    wt.entrypoint = wt.addContainer('main', { image: 'busybox:1' });
    const out = synth(c);
    expect(template(one(out, 'WorkflowTemplate').spec, 'main')).not.toHaveProperty('pendingTimeout');
    expect(lintManifests(out, { argoVersion: parseArgoVersion('4.0') })).toEqual([]);
  });

  it('take the chart setting and record an opt-out as annotation + RUN006 suppression', () => {
    const c = chart({ argoVersion: '4.1', pendingTimeout: Duration.minutes(40) });
    const wt = new WorkflowTemplate(c, 'wt');
    wt.entrypoint = wt.addContainer('main', { image: 'busybox:1' });
    expect(template(one(synth(c), 'WorkflowTemplate').spec, 'main').pendingTimeout).toBe('40m');

    const c2 = chart({ argoVersion: '4.1' });
    ArgoGuard.configure(c2, { pendingTimeout: optOut('GPU queue: pods wait for nodes by design') });
    const wt2 = new WorkflowTemplate(c2, 'wt');
    wt2.entrypoint = wt2.addContainer('main', { image: 'busybox:1' });
    const m = one(synth(c2), 'WorkflowTemplate');
    expect(template(m.spec, 'main')).not.toHaveProperty('pendingTimeout');
    expect(m.metadata.annotations['argo-guard.io/opt-out.pendingTimeout']).toBe(
      'GPU queue: pods wait for nodes by design',
    );
    expect([...parseSuppression(m.metadata.annotations['argo-guard.io/ignore']).ids]).toEqual(['RUN006']);
  });

  it('refuse an explicit pendingTimeout on a target without the field, and a zero one (API008)', () => {
    const wt = new WorkflowTemplate(chart({ argoVersion: '4.0' }), 'wt');
    expect(
      refusedAtCall(
        () => wt.addContainer('a', { image: 'x', pendingTimeout: Duration.minutes(5) }),
        'pending-timeout.test.ts',
      ).message,
    ).toBe(
      '[test/wt] API008 template "a": pendingTimeout does not exist in Argo Workflows 4.0 (added in 4.1) — drop it (the watcher covers Pending pods there: RUN-01), or target >= 4.1',
    );
    const wt41 = new WorkflowTemplate(chart({ argoVersion: '4.1' }), 'wt');
    expect(
      refusedAtCall(
        () => wt41.addContainer('a', { image: 'x', pendingTimeout: Duration.seconds(0) }),
        'pending-timeout.test.ts',
      ).message,
    ).toContain('API008 template "a": pendingTimeout is 0s');
    expect(refusedAtCall(() => chart({ pendingTimeout: optOut(' ') }), 'util.ts').message).toBe(
      "[test] API001 pendingTimeout: an opt-out needs a reason — optOut('why this is safe here')",
    );
  });
});
