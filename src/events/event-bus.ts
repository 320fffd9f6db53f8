import type { Construct } from 'constructs';
import type { Json } from '../argo/json';
import { AuthoringError } from '../authoring-errors';
import * as ev from '../imports/argo-events';
import { DEFAULT_SYNC_WAVES, EventsBase, type EventsBaseProps } from './events-base';
import { checkKeys, compact } from './util';

/** The transport of an EventBus: exactly one. Create it with the static methods. */
export class EventBusBackend {
  /**
   * JetStream (recommended; docs/gitops.md §1.1). `version` must be a key of the
   * `argo-events-controller-config` ConfigMap; `replicas` is at least 3.
   */
  public static jetstream(options: ev.JetStreamBus = {}): EventBusBackend {
    return new EventBusBackend('jetstream', options, ev.toJson_JetStreamBus);
  }
  /** An existing JetStream server (`spec.jetstreamExotic`). */
  public static jetstreamExotic(options: ev.JetStreamConfig): EventBusBackend {
    return new EventBusBackend('jetstreamExotic', options, ev.toJson_JetStreamConfig);
  }
  /** Kafka (`spec.kafka`); each Sensor needs two extra topics (docs/eventbus/kafka.md). */
  public static kafka(options: ev.KafkaBus): EventBusBackend {
    return new EventBusBackend('kafka', options, ev.toJson_KafkaBus);
  }
  /** NATS Streaming (STAN, legacy): `{ native: {...} }` or `{ exotic: {...} }`. */
  public static nats(options: ev.NatsBus): EventBusBackend {
    return new EventBusBackend('nats', options, ev.toJson_NatsBus);
  }

  private constructor(
    /** The `spec` key. */
    public readonly type: 'jetstream' | 'jetstreamExotic' | 'kafka' | 'nats',
    private readonly options: object,
    private readonly toJson: (o: any) => Json | undefined,
  ) {}

  /** @internal */
  public _render(): Json {
    return this.toJson(this.options) ?? {};
  }

  /** @internal */
  public _raw(): any {
    return this.options;
  }
}

/** Props of {@link EventBus}. */
export interface EventBusProps extends EventsBaseProps {
  /** The transport. @default EventBusBackend.jetstream() with version 'latest' and 3 replicas */
  readonly backend?: EventBusBackend;
}

const EVENT_BUS_KEYS = ['metadata', 'syncWave', 'architectures', 'lint', 'backend'];

/**
 * An Argo Events `EventBus`. Named `default` unless `metadata.name` says otherwise: EventSources and
 * Sensors that name no bus use `default` (docs/eventbus/eventbus.md), one per namespace.
 * JetStream pods are pinned to the chart's architectures.
 */
export class EventBus extends EventsBase {
  public readonly kind: string = 'EventBus';
  public readonly backend: EventBusBackend;

  constructor(scope: Construct, id: string, props: EventBusProps = {}) {
    checkKeys(props, EVENT_BUS_KEYS, `${scope.node.path}/${id}`, 'EventBus props');
    super(scope, id, 'EventBus', {
      ...props,
      metadata: { ...props.metadata, name: props.metadata?.name ?? 'default' },
    });
    this.backend = props.backend ?? EventBusBackend.jetstream();
    if (this.backend.type === 'jetstream') {
      const r = (this.backend._raw() as ev.JetStreamBus).replicas;
      if (r !== undefined && r < 3)
        throw new AuthoringError(
          'API008',
          this.node.path,
          `jetstream replicas ${r}: the controller requires at least 3 (jetstream_eventbus.go)`,
          'use 3 or more',
        );
    }
  }

  protected defaultSyncWave(): number {
    return DEFAULT_SYNC_WAVES.eventBus;
  }

  protected renderSpec(): Json {
    const b = this.backend;
    let body = b._render();
    if (b.type === 'jetstream') {
      body = compact({
        version: 'latest',
        replicas: 3,
        ...body,
        ...this.pinnedFields(body),
      });
    }
    return { [b.type]: body };
  }
}
