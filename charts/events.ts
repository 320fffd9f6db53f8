/**
 * The event-driven pipeline of this repo's app: a GitHub-style push webhook starts a test run.
 * - `EventBus` `default` (JetStream), sync wave 1: up before its clients, deleted after them;
 * - `EventSource` `git-webhook`: POST /push on port 12000, with its Service;
 * - `WorkflowTemplate` `push-test` in the same namespace: the deadline, architecture pin, pod GC and
 *   TTL every run gets;
 * - `Sensor` `on-push`: one `k8s` create trigger per push to main that creates a Workflow with
 *   `generateName` and only `workflowTemplateRef` + `arguments` (the pushed revision), at least
 *   once, rate-limited, with a ServiceAccount and a Role that can create Workflows and nothing else.
 */
import { Duration } from 'cdk8s';
import type { Construct } from 'constructs';
import {
  EventBus,
  EventSource,
  EventValue,
  GuardedChart,
  type GuardedChartProps,
  Sensor,
  WorkflowTemplate,
} from '../src';

export class EventsChart extends GuardedChart {
  public readonly eventBus: EventBus;
  public readonly eventSource: EventSource;
  public readonly template: WorkflowTemplate;
  public readonly sensor: Sensor;

  constructor(scope: Construct, id: string, props: GuardedChartProps = {}) {
    super(scope, id, { namespace: 'argo-events', ...props });
    this.eventBus = new EventBus(this, 'bus');
    this.eventSource = new EventSource(this, 'git-webhook', {
      metadata: { name: 'git-webhook' },
      eventBus: this.eventBus,
    });
    const push = this.eventSource.addWebhook('push', { endpoint: '/push' });

    this.template = new WorkflowTemplate(this, 'push-test', {
      metadata: { name: 'push-test' },
      activeDeadline: Duration.minutes(30),
      arguments: { parameters: { revision: 'main', repository: 'acme/app' } },
    });
    const test = this.template.addContainer('test', {
      image: 'alpine:3.20',
      command: ['sh', '-c'],
      args: ['echo testing {{workflow.parameters.repository}}@{{workflow.parameters.revision}}'],
      retry: { limit: 2 },
    });
    this.template.entrypoint = test;

    this.sensor = new Sensor(this, 'on-push', { metadata: { name: 'on-push' }, eventBus: this.eventBus });
    const onPush = this.sensor.addDependency('push', {
      event: push,
      filters: { data: [{ path: 'body.ref', type: 'string', value: ['refs/heads/main'] }] },
    });
    this.sensor.addWorkflowTrigger('test', {
      workflowTemplate: this.template,
      parameters: {
        revision: EventValue.body(onPush, 'after').withDefault('main'),
        repository: EventValue.body(onPush, 'repository.full_name').withDefault('acme/app'),
      },
      rateLimit: { unit: 'Minute', requestsPerUnit: 10 },
    });
  }
}
