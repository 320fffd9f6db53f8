import { Duration, Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { EventBus, EventSource, EventValue, Sensor } from '../../src/events';
import { lintManifests } from '../../src/rules';
import { TRIGGER_LEVEL_FIELDS } from '../../src/rules/evt';
import { CronWorkflow, optOut, WorkflowTemplate } from '../../src/workflows';
import { refusedAtCall } from '../workflows/util';
import { eventsSchemaErrors } from './schema';
import { byKind, chart, NS, one, ruleStrings, synth } from './util';

const FILE = 'sensor.test.ts';

/** A chart with a bus, a webhook source, a template and a sensor with one dependency. */
function setup(settings = {}) {
  const c = chart(settings);
  const bus = new EventBus(c, 'bus');
  const es = new EventSource(c, 'hooks', { metadata: { name: 'hooks' }, eventBus: bus });
  const push = es.addWebhook('push', { endpoint: '/push' });
  const wt = new WorkflowTemplate(c, 'build', {
    metadata: { name: 'build' },
    arguments: { parameters: { ref: 'main', sha: '' } },
  });
  wt.entrypoint = wt.addContainer('main', {
    image: 'alpine:3.20',
    command: ['echo', '{{workflow.parameters.ref}}'],
  });
  const sensor = new Sensor(c, 'on-push', { metadata: { name: 'on-push' }, eventBus: bus });
  const dep = sensor.addDependency('push', { event: push });
  return { c, bus, es, push, wt, sensor, dep };
}

describe('Sensor: the recommended Workflow trigger', () => {
  const { c, wt, sensor, dep } = setup();
  sensor.addWorkflowTrigger('build', {
    workflowTemplate: wt,
    parameters: { ref: EventValue.body(dep, 'ref').withDefault('main'), sha: EventValue.body(dep, 'after') },
    rateLimit: { unit: 'Minute', requestsPerUnit: 10 },
    retryStrategy: { steps: 2, duration: Duration.seconds(5) },
    policy: { status: { allow: [200] } },
  });
  const out = synth(c);
  const s = one(out, 'Sensor');
  const trigger = s.spec.triggers[0];

  it('creates a Workflow through k8s create with generateName and only workflowTemplateRef + arguments', () => {
    expect(trigger.template.k8s.operation).toBe('create');
    expect(trigger.template.k8s.source.resource).toEqual({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Workflow',
      metadata: { generateName: 'build-', namespace: NS },
      spec: {
        workflowTemplateRef: { name: 'build' },
        arguments: {
          parameters: [
            { name: 'ref', value: 'main' },
            { name: 'sha', value: '' },
          ],
        },
      },
    });
  });

  it('maps the event payload to the workflow arguments by position, dependency by reference', () => {
    expect(trigger.template.k8s.parameters).toEqual([
      {
        src: { dependencyName: 'push', dataKey: 'body.ref', value: 'main' },
        dest: 'spec.arguments.parameters.0.value',
      },
      { src: { dependencyName: 'push', dataKey: 'body.after' }, dest: 'spec.arguments.parameters.1.value' },
    ]);
  });

  it('puts rateLimit, atLeastOnce, retryStrategy and policy on the trigger, nothing of them under template', () => {
    expect(trigger.atLeastOnce).toBe(true);
    expect(trigger.rateLimit).toEqual({ unit: 'Minute', requestsPerUnit: 10 });
    expect(trigger.retryStrategy).toEqual({ steps: 2, duration: '5s' });
    expect(trigger.policy).toEqual({ status: { allow: [200] } });
    for (const f of TRIGGER_LEVEL_FIELDS) expect(trigger.template[f]).toBeUndefined();
  });

  it('emits a ServiceAccount and a Role with exactly create on workflows.argoproj.io', () => {
    const sa = byKind(out, 'ServiceAccount').find(
      (x) => x.metadata.labels['app.kubernetes.io/component'] === 'sensor',
    );
    expect(s.spec.template.serviceAccountName).toBe(sa.metadata.name);
    const role = byKind(out, 'Role').find(
      (x) => x.metadata.labels['app.kubernetes.io/component'] === 'sensor',
    );
    expect(ruleStrings(role)).toEqual(['workflows.argoproj.io:create']);
    const binding = byKind(out, 'RoleBinding').find((x) => x.roleRef.name === role.metadata.name);
    expect(binding.subjects).toEqual([{ kind: 'ServiceAccount', name: sa.metadata.name, namespace: NS }]);
  });

  it('the whole output passes the rules engine (EVT005 agrees with the emitted Role)', () => {
    expect(lintManifests(out).filter((f) => f.severity === 'error')).toEqual([]);
    expect(lintManifests(out).filter((f) => f.rule.startsWith('EVT'))).toEqual([]);
    // and the rule would notice a Role without the verb
    const broken = out.map((m) =>
      m.kind === 'Role' && m.metadata.labels['app.kubernetes.io/component'] === 'sensor'
        ? { ...m, rules: [{ apiGroups: ['argoproj.io'], resources: ['workflows'], verbs: ['get'] }] }
        : m,
    );
    expect(lintManifests(broken).map((f) => f.rule)).toContain('EVT005');
  });

  it('pins the sensor pod and orders the sync waves: bus 1, then source and sensor', () => {
    expect(s.spec.template.nodeSelector).toEqual({
      'kubernetes.io/arch': 'amd64',
      'kubernetes.io/os': 'linux',
    });
    const wave = (k: string) => one(out, k).metadata.annotations['argocd.argoproj.io/sync-wave'];
    expect(wave('EventBus')).toBe('1');
    expect(wave('EventSource')).toBe('2');
    expect(wave('Sensor')).toBe('2');
    expect(s.spec.eventBusName).toBe('default');
    expect(s.spec.dependencies).toEqual([{ name: 'push', eventSourceName: 'hooks', eventName: 'push' }]);
  });

  it('is deterministic', () => {
    const again = setup();
    again.sensor.addWorkflowTrigger('build', {
      workflowTemplate: again.wt,
      parameters: {
        ref: EventValue.body(again.dep, 'ref').withDefault('main'),
        sha: EventValue.body(again.dep, 'after'),
      },
      rateLimit: { unit: 'Minute', requestsPerUnit: 10 },
      retryStrategy: { steps: 2, duration: Duration.seconds(5) },
      policy: { status: { allow: [200] } },
    });
    expect(JSON.stringify(Testing.synth(again.c))).toBe(JSON.stringify(out));
  });
});

describe('EventValue: typed payload sources', () => {
  it('renders every TriggerParameterSource form', () => {
    const { dep } = setup();
    expect(EventValue.context(dep, 'id')._render()).toEqual({ dependencyName: 'push', contextKey: 'id' });
    expect(EventValue.contextTemplate(dep, '{{ .Input.type }}')._render()).toEqual({
      dependencyName: 'push',
      contextTemplate: '{{ .Input.type }}',
    });
    expect(EventValue.dataTemplate(dep, '{{ .Input.body.ref }}')._render()).toEqual({
      dependencyName: 'push',
      dataTemplate: '{{ .Input.body.ref }}',
    });
    expect(EventValue.data(dep, 'header.X-Event.0').raw()._render()).toEqual({
      dependencyName: 'push',
      dataKey: 'header.X-Event.0',
      useRawData: true,
    });
  });
});

describe('triggered Workflows keep the template safety', () => {
  it('the Workflow a trigger creates, merged with its WorkflowTemplate, has no error findings', () => {
    const { wt, sensor, dep } = setup({ architectures: ['arm64'], taintedArchitectures: ['arm64'] });
    sensor.addWorkflowTrigger('build', {
      workflowTemplate: wt,
      parameters: { ref: EventValue.body(dep, 'ref') },
    });
    const [tw] = sensor.triggeredWorkflows();
    expect(tw.workflow.spec).toEqual({
      workflowTemplateRef: { name: 'build' },
      arguments: { parameters: [{ name: 'ref', value: '' }] },
    });
    expect(tw.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('templates called through templateRef are merged in too', () => {
    const { c, sensor } = setup();
    const lib = new WorkflowTemplate(c, 'lib', { metadata: { name: 'lib' } });
    const step = lib.addContainer('step', { image: 'alpine:3.20' });
    const main = new WorkflowTemplate(c, 'main', { metadata: { name: 'main' } });
    const dag = main.addDag('main');
    dag.addTask('a', { template: step });
    main.entrypoint = dag;
    sensor.addWorkflowTrigger('run', { workflowTemplate: main });
    const [tw] = sensor.triggeredWorkflows();
    expect(tw.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(() => synth(c)).not.toThrow();
  });

  it('a template without a deadline makes the trigger fail validation (the check can fail)', () => {
    const { c, wt, sensor } = setup();
    wt.addSpecOverride('activeDeadlineSeconds', undefined);
    sensor.addWorkflowTrigger('build', { workflowTemplate: wt });
    const [tw] = sensor.triggeredWorkflows();
    expect(tw.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toContain('RUN001');
    expect(() => Testing.synth(c)).toThrow(
      /^\[test\/on-push\] RUN001 \/spec in the Workflow trigger "build" creates: /m,
    );
  });

  it("the template's explicit opt-outs hold for the runs made from it", () => {
    const { c, sensor, dep } = setup();
    const long = new WorkflowTemplate(c, 'long', {
      metadata: { name: 'long' },
      activeDeadline: optOut('a soak test that runs for days, watched by on-call'),
    });
    long.entrypoint = long.addContainer('main', { image: 'alpine:3.20' });
    sensor.addWorkflowTrigger('soak', {
      workflowTemplate: long,
      parameters: { x: EventValue.body(dep, 'x') },
    });
    expect(sensor.triggeredWorkflows()[0].findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(() => synth(c)).not.toThrow();
  });
});

describe('argoWorkflow trigger: RBAC per operation (docs/gitops.md §1.4)', () => {
  const roleOf = (out: any[]) =>
    byKind(out, 'Role').find((x) => x.metadata.labels['app.kubernetes.io/component'] === 'sensor');

  it('submit: create + list on workflows, get on the template', () => {
    const { c, wt, sensor } = setup();
    sensor.addArgoWorkflowTrigger('submit', { workflowTemplate: wt });
    const out = synth(c);
    expect(ruleStrings(roleOf(out))).toEqual([
      'workflows.argoproj.io:create+list',
      'workflowtemplates.argoproj.io:get',
    ]);
    expect(one(out, 'Sensor').spec.triggers[0].template.argoWorkflow.operation).toBe('submit');
    expect(lintManifests(out).filter((f) => f.rule === 'EVT005')).toEqual([]);
  });

  it('submit-from a CronWorkflow, resume and terminate by a name from the event, merged in one Role', () => {
    const { c, sensor, dep } = setup();
    const cron = new CronWorkflow(c, 'nightly', {
      metadata: { name: 'nightly' },
      schedules: ['0 1 * * *'],
    } as any);
    cron.entrypoint = cron.addContainer('main', { image: 'alpine:3.20' });
    sensor.addArgoWorkflowTrigger('from', { operation: 'submit-from', from: cron });
    sensor.addArgoWorkflowTrigger('resume', {
      operation: 'resume',
      workflowName: EventValue.body(dep, 'name'),
    });
    sensor.addArgoWorkflowTrigger('stop', { operation: 'terminate', workflowName: 'x' });
    const out = synth(c);
    expect(ruleStrings(roleOf(out))).toEqual([
      'cronworkflows.argoproj.io:get',
      'workflows.argoproj.io:create+get+list+patch+update',
    ]);
    const resume = one(out, 'Sensor').spec.triggers[1].template.argoWorkflow;
    expect(resume.parameters).toEqual([
      { src: { dependencyName: 'push', dataKey: 'body.name' }, dest: 'metadata.name' },
    ]);
  });

  it('policy.k8s adds get; a template in another namespace gets its Role there', () => {
    const { c, sensor } = setup();
    const other = new WorkflowTemplate(c, 'other', { metadata: { name: 'other', namespace: 'ci' } });
    other.entrypoint = other.addContainer('main', { image: 'alpine:3.20' });
    sensor.addWorkflowTrigger('other', {
      workflowTemplate: other,
      policy: { k8s: { labels: { 'workflows.argoproj.io/phase': 'Succeeded' }, backoff: { steps: 3 } } },
    });
    const out = synth(c);
    const roles = byKind(out, 'Role').filter(
      (x) => x.metadata.labels['app.kubernetes.io/component'] === 'sensor',
    );
    expect(roles.map((r) => r.metadata.namespace)).toEqual(['ci']);
    expect(ruleStrings(roles[0])).toEqual(['workflows.argoproj.io:create+get']);
    const binding = byKind(out, 'RoleBinding').find((x) => x.roleRef.name === roles[0].metadata.name);
    expect(binding.metadata.namespace).toBe('ci');
    expect(binding.subjects[0].namespace).toBe(NS);
    expect(one(out, 'Sensor').spec.triggers[0].template.k8s.source.resource.metadata.namespace).toBe('ci');
  });

  it('binds the Role to a service account the user brings', () => {
    const c = chart();
    const wt = new WorkflowTemplate(c, 'wt', { metadata: { name: 'wt' } });
    wt.entrypoint = wt.addContainer('main', { image: 'alpine:3.20' });
    const s = new Sensor(c, 's', { serviceAccountName: 'events-sa' });
    s.addDependency('d', { event: { eventSourceName: 'hooks', eventName: 'push' } });
    s.addWorkflowTrigger('t', { workflowTemplate: wt });
    const out = synth(c);
    expect(one(out, 'Sensor').spec.template.serviceAccountName).toBe('events-sa');
    expect(
      byKind(out, 'ServiceAccount').filter(
        (x) => x.metadata.labels['app.kubernetes.io/component'] === 'sensor',
      ),
    ).toEqual([]);
    const binding = byKind(out, 'RoleBinding').find(
      (x) => x.metadata.labels['app.kubernetes.io/component'] === 'sensor',
    );
    expect(binding.subjects).toEqual([{ kind: 'ServiceAccount', name: 'events-sa', namespace: NS }]);
  });

  it('a Sensor whose triggers need no Kubernetes access gets no ServiceAccount', () => {
    const { c, sensor } = setup();
    sensor.addTrigger({ template: { name: 'log', log: { intervalSeconds: 10 } }, atLeastOnce: true });
    const out = synth(c);
    expect(
      byKind(out, 'ServiceAccount').filter(
        (x) => x.metadata.labels['app.kubernetes.io/component'] === 'sensor',
      ),
    ).toEqual([]);
    expect(one(out, 'Sensor').spec.template.serviceAccountName).toBeUndefined();
  });
});

describe('misplaced trigger fields cannot be expressed', () => {
  it('types refuse them, and so does the runtime check for JavaScript callers', () => {
    const { wt, sensor } = setup();
    expect(() =>
      sensor.addWorkflowTrigger('a', {
        workflowTemplate: wt,
        // @ts-expect-error policy/atLeastOnce under `template` do not exist in the props
        template: { atLeastOnce: true, policy: { status: { allow: [200] } } },
      }),
    ).toThrow(/unknown option "template".*never under "template" \(EVT003\)/);
    expect(() =>
      sensor.addTrigger({
        template: {
          name: 'b',
          // @ts-expect-error TriggerTemplate has no atLeastOnce (the upstream example's mistake)
          atLeastOnce: true,
          k8S: { operation: 'create' },
        },
      }),
    ).toThrow(/atLeastOnce under template is silently dropped.*EVT003/);
    expect(() =>
      sensor.addTrigger({
        // @ts-expect-error TriggerTemplate has no policy
        template: { name: 'c', policy: { status: { allow: [200] } }, k8S: { operation: 'create' } },
      }),
    ).toThrow(/policy under template/);
    // a dead-letter trigger is checked the same way
    expect(() =>
      sensor.addWorkflowTrigger('e', {
        workflowTemplate: wt,
        // @ts-expect-error TriggerTemplate has no policy
        dlqTrigger: { template: { name: 'dlq', policy: {}, log: {} } },
      }),
    ).toThrow(/trigger "e" dlqTrigger: policy under template/);
    // the wire name `k8s` is not the generated shape's `k8S`: refused rather than silently dropped
    // @ts-expect-error k8s is spelled k8S in the generated shape
    expect(() => sensor.addTrigger({ template: { name: 'd', k8s: { operation: 'create' } } })).toThrow(
      /unknown option "k8s"/,
    );
  });

  it('the closed upstream schema rejects the upstream misplacement shape and accepts the constructs output', () => {
    const upstream = {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Sensor',
      metadata: { name: 'x' },
      spec: {
        dependencies: [{ name: 'd', eventSourceName: 'e', eventName: 'n' }],
        triggers: [{ template: { name: 't', atLeastOnce: true, k8s: { operation: 'create' } } }],
      },
    };
    expect(eventsSchemaErrors(upstream).join()).toMatch(
      /must NOT have additional properties \(atLeastOnce\)/,
    );
    // the open schema (what upstream ships) does not notice
    expect(eventsSchemaErrors(upstream, false)).toEqual([]);
  });
});

describe('Sensor validation', () => {
  it('refuses at the call a dependency of another Sensor (API009) and waves below the bus (API010)', () => {
    const { c, bus, wt, sensor } = setup();
    expect(refusedAtCall(() => new Sensor(c, 'other', { eventBus: bus, syncWave: 1 }), FILE).message).toBe(
      "[test/other] API010 sync wave 1 is not above its EventBus's (1): Argo CD must create the bus first and delete it last — raise syncWave",
    );
    const other = new Sensor(c, 'other2', { eventBus: bus });
    const foreign = other.addDependency('foreign', { event: { eventSourceName: 'x', eventName: 'y' } });
    expect(
      refusedAtCall(
        () =>
          sensor.addWorkflowTrigger('t', {
            workflowTemplate: wt,
            parameters: { ref: EventValue.body(foreign, 'ref') },
          }),
        FILE,
      ).message,
    ).toBe(
      '[test/on-push] API009 trigger "t": uses dependency "foreign" of test/other2 — add the dependency to this Sensor',
    );
    expect(sensor.triggerNames).toEqual([]);
    const late = new Sensor(c, 'late', { eventBus: bus, syncWave: 2 });
    late.addDependency('d', { event: { eventSourceName: 'x', eventName: 'y' } });
    wt.apiObject.metadata.addAnnotation('argocd.argoproj.io/sync-wave', '5');
    expect(() => late.addWorkflowTrigger('u', { workflowTemplate: wt })).toThrow(
      /^\[test\/late\] API010 trigger "u": sync wave 2 is not above test\/build's \(5\)/,
    );
  });

  it('reports trigger conditions that name no dependency (EVT006, on the output)', () => {
    const { c, wt, sensor } = setup();
    sensor.addWorkflowTrigger('t', { workflowTemplate: wt, conditions: 'push && nope' });
    expect(() => Testing.synth(c)).toThrow(
      /^\[test\/on-push\] EVT006 \/spec\/triggers\/0\/template\/conditions [^\n]*"nope"/m,
    );
  });

  it('refuses at the call a parameter the template does not declare (typo-proof mapping)', () => {
    const { wt, sensor, dep } = setup();
    expect(
      refusedAtCall(
        () =>
          sensor.addWorkflowTrigger('t', {
            workflowTemplate: wt,
            parameters: { reff: EventValue.body(dep, 'ref') },
          }),
        FILE,
      ).message,
    ).toBe(
      '[test/on-push] API008 trigger "t": parameter "reff" is not an argument of test/build — use one of ref, sha',
    );
  });

  it('orders a Sensor after a template placed in a later wave', () => {
    const { c, wt, sensor } = setup();
    wt.apiObject.metadata.addAnnotation('argocd.argoproj.io/sync-wave', '5');
    sensor.addWorkflowTrigger('t', { workflowTemplate: wt });
    expect(one(synth(c), 'Sensor').metadata.annotations['argocd.argoproj.io/sync-wave']).toBe('6');
  });

  it('refuses a non-template and duplicate names', () => {
    const { sensor, dep, es } = setup();
    expect(() => sensor.addWorkflowTrigger('x', { workflowTemplate: es as any })).toThrow(
      /expected a WorkflowTemplate or ClusterWorkflowTemplate construct/,
    );
    expect(() => sensor.addDependency('push', { event: { eventSourceName: 'a', eventName: 'b' } })).toThrow(
      /dependency "push" already exists/,
    );
    expect(dep.name).toBe('push');
  });
});
