import { Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { EventBus, EventBusBackend, EventSource } from '../../src/events';
import { optOut } from '../../src/workflows';
import { byKind, chart, one, ruleStrings, synth } from './util';

describe('EventBus', () => {
  it('is JetStream by default, named default, 3 replicas, pinned, in wave 1', () => {
    const c = chart({ architectures: ['arm64'], taintedArchitectures: ['arm64'] });
    new EventBus(c, 'bus');
    const bus = one(synth(c), 'EventBus');
    expect(bus.metadata.name).toBe('default');
    expect(bus.metadata.annotations['argocd.argoproj.io/sync-wave']).toBe('1');
    expect(bus.spec).toEqual({
      jetstream: {
        version: 'latest',
        replicas: 3,
        nodeSelector: { 'kubernetes.io/arch': 'arm64', 'kubernetes.io/os': 'linux' },
        tolerations: [{ key: 'kubernetes.io/arch', operator: 'Equal', value: 'arm64', effect: 'NoSchedule' }],
      },
    });
  });

  it('takes the other backends through typed options', () => {
    const c = chart();
    new EventBus(c, 'k', {
      metadata: { name: 'kafka' },
      backend: EventBusBackend.kafka({ url: 'kafka:9092', topic: 'events' }),
    });
    new EventBus(c, 'x', {
      metadata: { name: 'exotic' },
      backend: EventBusBackend.jetstreamExotic({ url: 'nats://nats:4222' }),
    });
    new EventBus(c, 'n', {
      metadata: { name: 'stan' },
      backend: EventBusBackend.nats({ native: { replicas: 3 } }),
    });
    const buses = byKind(synth(c), 'EventBus');
    expect(buses.map((b) => Object.keys(b.spec))).toEqual([['kafka'], ['jetstreamExotic'], ['nats']]);
    expect(buses[0].spec.kafka).toEqual({ url: 'kafka:9092', topic: 'events' });
  });

  it('refuses fewer than 3 JetStream replicas, and unknown props from JavaScript', () => {
    expect(
      () => new EventBus(chart(), 'bus', { backend: EventBusBackend.jetstream({ replicas: 1 }) }),
    ).toThrow(/^\[test\/bus\] API008 jetstream replicas 1: the controller requires at least 3/);
    expect(() => new EventBus(chart(), 'b', { jetstream: {} } as any)).toThrow(
      /^\[test\/b\] API008 EventBus props: unknown option "jetstream" — use one of /,
    );
  });

  it('can opt out of the pin, with a reason', () => {
    const c = chart();
    new EventBus(c, 'bus', { architectures: optOut('bus nodes are picked by the operator') });
    expect(one(synth(c), 'EventBus').spec.jetstream.nodeSelector).toBeUndefined();
  });
});

describe('EventSource', () => {
  function all() {
    const c = chart();
    const bus = new EventBus(c, 'bus');
    const es = new EventSource(c, 'src', { metadata: { name: 'src' }, eventBus: bus });
    const events = [
      es.addWebhook('push', { endpoint: '/push' }),
      es.addGithub('gh', {
        events: ['push'],
        repositories: [{ owner: 'acme', names: ['app'] }],
        webhook: { endpoint: '/github', port: '12001', method: 'POST', url: 'https://events.example.com' },
        apiToken: { name: 'github', key: 'token' },
      }),
      es.addCalendar('tick', {
        schedule: '*/10 * * * *',
        persistence: { configMap: { name: 'calendar-state', createIfNotExist: true } },
      }),
      es.addKafka('orders', {
        url: 'kafka:9092',
        topic: 'orders',
        jsonBody: true,
        consumerGroup: { groupName: 'g' },
      }),
      es.addSqs('queue', { queue: 'jobs', region: 'eu-west-1', waitTimeSeconds: 20, jsonBody: true }),
      es.addSns('topic', {
        topicArn: 'arn:aws:sns:eu-west-1:1:t',
        region: 'eu-west-1',
        webhook: { endpoint: '/sns', port: '12002', method: 'POST', url: 'https://events.example.com' },
      }),
      es.addEvent('redis', 'cache', { hostAddress: 'redis:6379', channels: ['c'] }),
    ];
    return { c, es, events };
  }

  it('emits every source type under spec.<type>.<name>, schema-valid, with its Service and wave', () => {
    const { c, events } = all();
    const es = one(synth(c), 'EventSource');
    expect(Object.keys(es.spec).sort()).toEqual(
      [
        'calendar',
        'eventBusName',
        'github',
        'kafka',
        'redis',
        'service',
        'sns',
        'sqs',
        'template',
        'webhook',
      ].sort(),
    );
    expect(es.spec.webhook.push).toEqual({ endpoint: '/push', method: 'POST', port: '12000', url: '' });
    expect(es.spec.service.ports.map((p: any) => p.port)).toEqual([12000, 12001, 12002]);
    expect(es.metadata.annotations['argocd.argoproj.io/sync-wave']).toBe('2');
    expect(events.map((e) => `${e.type}/${e.name}`)).toEqual([
      'webhook/push',
      'github/gh',
      'calendar/tick',
      'kafka/orders',
      'sqs/queue',
      'sns/topic',
      'redis/cache',
    ]);
  });

  it('calendar persistence gets exactly the ConfigMap verbs it needs', () => {
    const { c } = all();
    const out = synth(c);
    const role = one(out, 'Role');
    expect(role.metadata.labels['app.kubernetes.io/component']).toBe('eventsource');
    expect(ruleStrings(role)).toEqual(['configmaps.:create+get+update']);
    expect(one(out, 'EventSource').spec.template.serviceAccountName).toBe(
      one(out, 'ServiceAccount').metadata.name,
    );
  });

  it('a resource source gets get/list/watch on what it watches', () => {
    const c = chart();
    const es = new EventSource(c, 'cm');
    es.addEvent('resource', 'cms', {
      namespace: 'argo-events',
      group: '',
      version: 'v1',
      resource: 'configmaps',
      eventTypes: ['ADD'],
    });
    expect(ruleStrings(one(synth(c), 'Role'))).toEqual(['configmaps.:get+list+watch']);
  });

  it('the generic addEvent is typed by the schema', () => {
    const es = new EventSource(chart(), 'x');
    // @ts-expect-error a redis source needs hostAddress and channels
    es.addEvent('redis', 'r', { topic: 'nope' });
    // @ts-expect-error not a source type; refused at runtime too (it would be dropped silently)
    expect(() => es.addEvent('carrierPigeon', 'p', {})).toThrow(/unknown event source type "carrierPigeon"/);
  });

  it('refuses duplicate event names, a bad webhook endpoint and an EventSource without events', () => {
    const c = chart();
    const es = new EventSource(c, 'x');
    expect(() => es.addWebhook('a', { endpoint: 'push' })).toThrow(
      /^\[test\/x\] API008 event "a": endpoint "push" must start with "\/" — e\.g\. "\/push"$/,
    );
    expect(es.eventList).toEqual([]);
    es.addWebhook('a', { endpoint: '/push' });
    expect(() => es.addKafka('a', { url: 'k:9092', topic: 't' })).toThrow(/event "a" is already defined/);
    new EventSource(c, 'empty');
    expect(() => Testing.synth(c)).toThrow(/^\[test\/empty\] API007 no events — add one with addWebhook/);
  });
});
