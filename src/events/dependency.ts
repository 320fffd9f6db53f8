import type { Json } from '../argo/json';
import * as ev from '../imports/argo-events';
import type { EventSourceEvent } from './event-source';

/** Props of {@link Sensor.addDependency}. */
export interface DependencyProps {
  /**
   * The event: what `EventSource.addWebhook()` & co. return (typo-proof), or the names of an
   * EventSource outside this app.
   */
  readonly event: EventSourceEvent | { readonly eventSourceName: string; readonly eventName: string };
  /** `filters`: time, context, data, exprs, script. @default - none */
  readonly filters?: ev.EventDependencyFilter;
  /** How the filter groups combine. @default 'and' */
  readonly filtersLogicalOperator?: 'and' | 'or';
  /** `transform`: a jq expression or a Lua script applied to the event. @default - none */
  readonly transform?: { readonly jq: string } | { readonly script: string };
}

/** A Sensor dependency; triggers and payload mappings take it by reference, never by name. */
export class SensorDependency {
  /** @internal */
  public _sensorPath?: string;

  constructor(
    /** `dependencies[].name`. */
    public readonly name: string,
    private readonly props: DependencyProps,
  ) {}

  /** The EventSource event, when given as a construct output. */
  public get event(): EventSourceEvent | undefined {
    return 'eventSource' in this.props.event ? this.props.event : undefined;
  }

  /** @internal */
  public _render(): Json {
    const e = this.props.event;
    const [eventSourceName, eventName] =
      'eventSource' in e ? [e.eventSource.resourceName, e.name] : [e.eventSourceName, e.eventName];
    const out: Json = { name: this.name, eventSourceName, eventName };
    if (this.props.filters) out.filters = ev.toJson_EventDependencyFilter(this.props.filters);
    if (this.props.filtersLogicalOperator) out.filtersLogicalOperator = this.props.filtersLogicalOperator;
    if (this.props.transform) out.transform = { ...this.props.transform };
    return out;
  }
}
