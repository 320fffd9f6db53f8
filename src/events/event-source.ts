import type { Construct } from 'constructs';
import type { Json } from '../argo/json';
import { AuthoringError } from '../authoring-errors';
import * as ev from '../imports/argo-events';
import type { MissingPart } from '../workflows/guarded-object';
import type { WorkflowRbacRule as PolicyRule } from '../workflows/rbac';
import type { EventBus } from './event-bus';
import { DEFAULT_SYNC_WAVES, EventsBase, type EventsBaseProps } from './events-base';
import { EventsRbac } from './events-rbac';
import { checkKeys, compact } from './util';

/** Every source type key of `EventSourceSpec` (`webhook`, `github`, `kafka`, ...). */
export type EventSourceType = {
  [K in keyof ev.EventSourceSpec]-?: NonNullable<ev.EventSourceSpec[K]> extends { [key: string]: infer _ }
    ? K extends 'template' | 'service'
      ? never
      : K
    : never;
}[keyof ev.EventSourceSpec];

/** Every source type, for the runtime check of JavaScript callers (the type checks it is complete). */
export const EVENT_SOURCE_TYPES = [
  'amqp',
  'azureEventsHub',
  'azureQueueStorage',
  'azureServiceBus',
  'bitbucket',
  'bitbucketserver',
  'calendar',
  'emitter',
  'file',
  'generic',
  'gerrit',
  'github',
  'gitlab',
  'hdfs',
  'kafka',
  'minio',
  'mns',
  'mqtt',
  'nats',
  'nsq',
  'pubSub',
  'pulsar',
  'redis',
  'redisStream',
  'resource',
  'sftp',
  'slack',
  'sns',
  'sqs',
  'storageGrid',
  'stripe',
  'webhook',
] as const satisfies readonly EventSourceType[];
// Compile-time: the list above names every source type of the generated EventSourceSpec.
const _allTypesListed: Exclude<EventSourceType, (typeof EVENT_SOURCE_TYPES)[number]> extends never
  ? true
  : never = true;
void _allTypesListed;

/** The config of one event of source type `K` (e.g. `ev.KafkaEventSource` for `kafka`). */
export type EventSourceConfig<K extends EventSourceType> = NonNullable<ev.EventSourceSpec[K]>[string];

/** An event an EventSource emits: what a Sensor dependency refers to. */
export interface EventSourceEvent {
  readonly eventSource: EventSource;
  readonly type: EventSourceType;
  /** The event name (`spec.<type>.<eventName>`). */
  readonly name: string;
}

/** Props of {@link EventSource}. */
export interface EventSourceProps extends EventsBaseProps {
  /** The EventBus to publish to. @default - the bus named `default` in the namespace */
  readonly eventBus?: EventBus;
  /** `spec.replicas`. @default - 1 (the controller's default) */
  readonly replicas?: number;
  /**
   * The pod template (`spec.template`): resources, env, security context. The architecture pin is
   * merged into its scheduling fields.
   * @default - only the architecture pin
   */
  readonly template?: ev.Template;
  /**
   * `spec.service`. Webhook-style sources (webhook, github, gitlab, sns, ...) need one so the
   * outside can reach them; it is named `<eventsource-name>-eventsource-svc`.
   * @default - one port per distinct webhook port, when there is any
   */
  readonly service?: ev.Service;
}

/** Props of {@link EventSource.addWebhook}. */
export interface WebhookProps extends Omit<ev.WebhookEventSource, 'port' | 'method' | 'url'> {
  /** Port the HTTP server listens on. @default 12000 */
  readonly port?: number;
  /** HTTP method. @default 'POST' */
  readonly method?: string;
  /** `url` (required by the schema; a plain webhook does not use it). @default '' */
  readonly url?: string;
}

const EVENT_SOURCE_KEYS = [
  'metadata',
  'syncWave',
  'architectures',
  'lint',
  'eventBus',
  'replicas',
  'template',
  'service',
];

/** Sources whose config carries an HTTP listener, and where its port is. */
const WEBHOOK_PORT: Partial<Record<EventSourceType, (c: any) => unknown>> = {
  webhook: (c) => c.port,
  github: (c) => c.webhook?.port,
  gitlab: (c) => c.webhook?.port,
  bitbucket: (c) => c.webhook?.port,
  bitbucketserver: (c) => c.webhook?.port,
  sns: (c) => c.webhook?.port,
  slack: (c) => c.webhook?.port,
  stripe: (c) => c.webhook?.port,
  storageGrid: (c) => c.webhook?.port,
  azureEventsHub: () => undefined,
};

/**
 * An Argo Events `EventSource`. Add events with the typed methods (`addWebhook`, `addGithub`,
 * `addCalendar`, `addKafka`, `addSqs`, `addSns`) or, for any other source type, the typed generic
 * `addEvent('redis', 'name', config)`. Each returns the event a Sensor dependency refers to.
 */
export class EventSource extends EventsBase {
  public readonly kind: string = 'EventSource';
  private readonly props: EventSourceProps;
  private readonly events: EventSourceEvent[] = [];
  private readonly configs = new Map<EventSourceType, Map<string, unknown>>();
  private rbac?: EventsRbac;

  constructor(scope: Construct, id: string, props: EventSourceProps = {}) {
    checkKeys(props, EVENT_SOURCE_KEYS, `${scope.node.path}/${id}`, 'EventSource props');
    super(scope, id, 'EventSource', props);
    this.props = props;
    this.checkBus(props.eventBus, 'EventSource');
  }

  /** The events added so far. */
  public get eventList(): readonly EventSourceEvent[] {
    return this.events;
  }

  /** The EventBus this source publishes to, when given as a construct. */
  public get eventBus(): EventBus | undefined {
    return this.props.eventBus;
  }

  /** Adds an event of any source type (`spec.<type>.<name>`), typed by the generated schema. */
  public addEvent<K extends EventSourceType>(
    type: K,
    name: string,
    config: EventSourceConfig<K>,
  ): EventSourceEvent {
    if (!(EVENT_SOURCE_TYPES as readonly string[]).includes(type))
      throw new AuthoringError(
        'API008',
        this.node.path,
        `unknown event source type "${type}"`,
        `use one of ${EVENT_SOURCE_TYPES.join(', ')}`,
      );
    this.checkEvent(type, name, config);
    let byName = this.configs.get(type);
    if (!byName) {
      byName = new Map();
      this.configs.set(type, byName);
    }
    if (this.events.some((e) => e.name === name))
      throw new AuthoringError(
        'API002',
        this.node.path,
        `event "${name}" is already defined`,
        'event names are unique per EventSource (Sensors refer to them by name)',
      );
    byName.set(name, config);
    const e: EventSourceEvent = { eventSource: this, type, name };
    this.events.push(e);
    this.ensureRbac(type, config);
    return e;
  }

  /** An HTTP endpoint (`spec.webhook`). */
  public addWebhook(name: string, props: WebhookProps): EventSourceEvent {
    return this.addEvent('webhook', name, {
      ...props,
      port: String(props.port ?? 12000),
      method: props.method ?? 'POST',
      url: props.url ?? '',
    });
  }

  /** GitHub webhooks (`spec.github`). */
  public addGithub(name: string, config: ev.GithubEventSource): EventSourceEvent {
    return this.addEvent('github', name, config);
  }

  /** A schedule or interval (`spec.calendar`). Persistence in a ConfigMap gets its RBAC. */
  public addCalendar(name: string, config: ev.CalendarEventSource): EventSourceEvent {
    return this.addEvent('calendar', name, config);
  }

  /** A Kafka topic (`spec.kafka`). */
  public addKafka(name: string, config: ev.KafkaEventSource): EventSourceEvent {
    return this.addEvent('kafka', name, config);
  }

  /** An AWS SQS queue (`spec.sqs`). */
  public addSqs(name: string, config: ev.SqsEventSource): EventSourceEvent {
    return this.addEvent('sqs', name, config);
  }

  /** An AWS SNS topic (`spec.sns`); its webhook must be reachable by AWS. */
  public addSns(name: string, config: ev.SnsEventSource): EventSourceEvent {
    return this.addEvent('sns', name, config);
  }

  protected defaultSyncWave(): number {
    const bus = this.props.eventBus;
    return bus ? Math.max(DEFAULT_SYNC_WAVES.eventSource, bus.syncWave + 1) : DEFAULT_SYNC_WAVES.eventSource;
  }

  protected renderSpec(): Json {
    const raw: Record<string, Record<string, unknown>> = {};
    for (const [type, byName] of this.configs) raw[type] = Object.fromEntries(byName);
    const sources = ev.toJson_EventSourceSpec(raw as unknown as ev.EventSourceSpec) ?? {};
    const own = ev.toJson_Template(this.props.template) ?? {};
    const template = compact({
      ...own,
      serviceAccountName: own.serviceAccountName ?? this.rbac?.serviceAccountName,
      ...this.pinnedFields(own),
    });
    return compact({
      eventBusName: this.props.eventBus?.resourceName,
      replicas: this.props.replicas,
      template: Object.keys(template).length ? template : undefined,
      service: this.props.service ? ev.toJson_Service(this.props.service) : this.defaultService(),
      ...sources,
    });
  }

  /** An EventSource without events never does anything; no call could say so. */
  protected override missingParts(): MissingPart[] {
    return this.events.length
      ? []
      : [
          {
            code: 'API007',
            detail: 'no events',
            fix: 'add one with addWebhook(), addGithub(), ... or addEvent()',
          },
        ];
  }

  /** Refuses, at addEvent, a source config the controller cannot serve (API008). */
  private checkEvent(type: EventSourceType, name: string, config: unknown): void {
    const refuse = (detail: string, fix: string) => {
      throw new AuthoringError('API008', this.node.path, `event "${name}": ${detail}`, fix);
    };
    if (type === 'webhook') {
      const endpoint = (config as ev.WebhookEventSource).endpoint;
      if (!endpoint?.startsWith('/')) refuse(`endpoint "${endpoint}" must start with "/"`, 'e.g. "/push"');
    }
    if (type === 'sqs') {
      const w = (config as ev.SqsEventSource).waitTimeSeconds;
      if (w !== undefined && (w < 1 || w > 20))
        refuse(`waitTimeSeconds ${w} is outside 1..20`, 'use 20 (long polling)');
    }
  }

  /** One Service port per distinct listener port of webhook-style sources. */
  private defaultService(): Json | undefined {
    const ports = new Set<number>();
    for (const e of this.events) {
      const get = WEBHOOK_PORT[e.type];
      const p = get ? Number(get(this.configs.get(e.type)!.get(e.name))) : Number.NaN;
      if (Number.isInteger(p) && p > 0) ports.add(p);
    }
    if (ports.size === 0) return undefined;
    return { ports: [...ports].sort((a, b) => a - b).map((port) => ({ port, targetPort: port })) };
  }

  /**
   * RBAC some sources need (docs/service-accounts.md; docs/gitops.md §1.2): `resource` watches its
   * target (list/watch), calendar persistence reads and writes its ConfigMap.
   */
  private ensureRbac(type: EventSourceType, config: unknown): void {
    const rules: PolicyRule[] = [];
    if (type === 'resource') {
      const c = config as ev.ResourceEventSource;
      rules.push({ apiGroups: [c.group ?? ''], resources: [c.resource], verbs: ['get', 'list', 'watch'] });
    }
    if (type === 'calendar') {
      const cm = (config as ev.CalendarEventSource).persistence?.configMap;
      if (cm)
        rules.push({
          apiGroups: [''],
          resources: ['configmaps'],
          verbs: cm.createIfNotExist ? ['get', 'create', 'update'] : ['get', 'update'],
        });
    }
    if (rules.length === 0) return;
    this.rbac ??= new EventsRbac(this, 'Rbac', {
      namespace: this.namespace,
      component: 'eventsource',
      serviceAccountName: this.props.template?.serviceAccountName,
    });
    this.rbac.addRules(undefined, rules);
  }
}
