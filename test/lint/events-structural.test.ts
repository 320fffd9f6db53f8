/**
 * STR001 on Argo Events objects (EventBus, EventSource, Sensor), cross-checked against a second,
 * independent validator: ajv with the vendored upstream JSON schema (test/upstream/argo-events,
 * closed as test/events/schema.ts closes it). No Argo Events examples are vendored, so the corpus is
 * the constructs' own output plus hand-written bad objects; for each, STR001 must find a problem
 * exactly when ajv does, at the place ajv names.
 */
import { Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { EventBus, EventSource, EventValue, Sensor } from '../../src/events';
import { lintManifests } from '../../src/rules';
import { GuardedChart, WorkflowTemplate } from '../../src/workflows';
import { eventsSchemaErrors } from '../events/schema';

const EVENTS = new Set(['EventBus', 'EventSource', 'Sensor']);

/** The constructs' output: a bus, a webhook source, and a sensor that starts a Workflow. */
function constructOutput(): any[] {
  const c = new GuardedChart(Testing.app(), 'test', { namespace: 'argo-events' });
  const bus = new EventBus(c, 'bus');
  const es = new EventSource(c, 'hooks', { metadata: { name: 'hooks' }, eventBus: bus });
  const push = es.addWebhook('push', { endpoint: '/push' });
  const wt = new WorkflowTemplate(c, 'build', {
    metadata: { name: 'build' },
    arguments: { parameters: { ref: 'main' } },
  });
  wt.entrypoint = wt.addContainer('main', {
    image: 'alpine:3.20',
    command: ['echo', '{{workflow.parameters.ref}}'],
  });
  const sensor = new Sensor(c, 'on-push', { metadata: { name: 'on-push' }, eventBus: bus });
  const dep = sensor.addDependency('push', { event: push });
  sensor.addWorkflowTrigger('build', {
    workflowTemplate: wt,
    parameters: { ref: EventValue.body(dep, 'ref').withDefault('main') },
  });
  return Testing.synth(c);
}

function str001(m: any): string[] {
  return lintManifests([m])
    .filter((f) => f.rule === 'STR001')
    .map((f) => f.path);
}

/** `m` with `edit` applied to a deep copy. */
function edited(m: any, edit: (x: any) => void): any {
  const x = structuredClone(m);
  edit(x);
  return x;
}

describe('STR001 on Argo Events objects, agreeing with ajv and the upstream schema', () => {
  const out = constructOutput();
  const byKind = (k: string) => out.find((m) => m.kind === k);

  it('the constructs output nothing either validator refuses', () => {
    const events = out.filter((m) => EVENTS.has(m.kind));
    expect(events.map((m) => m.kind).sort()).toEqual(['EventBus', 'EventSource', 'Sensor']);
    for (const m of events) {
      expect(eventsSchemaErrors(m)).toEqual([]);
      expect(str001(m)).toEqual([]);
    }
  });

  const bad: { name: string; object: () => any; at: string }[] = [
    {
      name: 'EventBus: a misspelt jetstream field',
      object: () => edited(byKind('EventBus'), (x) => (x.spec.jetstream.replica = 3)),
      at: '/spec/jetstream',
    },
    {
      name: 'EventBus: replicas as a string',
      object: () => edited(byKind('EventBus'), (x) => (x.spec.jetstream.replicas = 'three')),
      at: '/spec/jetstream/replicas',
    },
    {
      name: 'EventSource: a misspelt webhook field',
      object: () => edited(byKind('EventSource'), (x) => (x.spec.webhook.push.endpont = '/push')),
      at: '/spec/webhook/push',
    },
    {
      name: 'EventSource: the webhook list written as a list',
      object: () => edited(byKind('EventSource'), (x) => (x.spec.webhook = [x.spec.webhook.push])),
      at: '/spec/webhook',
    },
    {
      name: 'Sensor: a misspelt trigger template kind',
      object: () =>
        edited(byKind('Sensor'), (x) => {
          const t = x.spec.triggers[0].template;
          t.k8z = t.k8s;
          delete t.k8s;
        }),
      at: '/spec/triggers/0/template',
    },
    {
      name: 'Sensor: dependencies as a map',
      object: () => edited(byKind('Sensor'), (x) => (x.spec.dependencies = { push: x.spec.dependencies[0] })),
      at: '/spec/dependencies',
    },
  ];
  for (const c of bad) {
    it(`${c.name}: both refuse it, at the same place`, () => {
      const m = c.object();
      const ajv = eventsSchemaErrors(m);
      expect(ajv.length).toBeGreaterThan(0);
      const ours = str001(m);
      expect(ours.length).toBeGreaterThan(0);
      // STR001 reports at the field (or at the object holding an unknown key); ajv names the
      // instance path of the object or value it rejects.
      for (const p of ours) expect(p.startsWith(c.at)).toBe(true);
      expect(ajv.some((e) => e.includes(c.at))).toBe(true);
    });
  }
});
