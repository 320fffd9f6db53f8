/**
 * What EventBus, EventSource and Sensor share beyond GuardedObject (the L1 object, settings,
 * lint at synth): the Argo CD sync wave and the architecture pin of the pods the controller
 * creates. Settings come from the same `ArgoGuard` scope as the Workflow constructs.
 */

import { type ApiObjectMetadata, Lazy } from 'cdk8s';
import type { Construct } from 'constructs';
import type { Json } from '../argo/json';
import { ARGO_API_VERSION, SYNC_WAVE_ANNOTATION } from '../argo/metadata';
import { AuthoringError } from '../authoring-errors';
import { pinScheduling, type Scheduling } from '../platform/scheduling';
import { GuardedObject } from '../workflows/guarded-object';
import { isOptOut, type OptOut } from '../workflows/opt-out';
import { type ArgoGuardSettings, checkSettings } from '../workflows/settings';

/** apiVersion of the Argo Events objects (the same group and version as Argo Workflows'). */
export const EVENTS_API_VERSION = ARGO_API_VERSION;

/**
 * Default Argo CD sync waves. Argo CD applies low waves first and deletes high waves first
 * (docs/gitops.md §2a, §2d): the EventBus comes up before the EventSources and Sensors that connect to
 * it, and on deletion goes after them (the EventBus controller refuses to delete a bus that still
 * has clients, installer.go). WorkflowTemplates stay at wave 0, so Sensors (which must find their
 * templates when the first event arrives) come after them.
 */
export const DEFAULT_SYNC_WAVES = {
  eventBus: 1,
  eventSource: 2,
  sensor: 2,
} as const;

/** Props every Argo Events construct takes. Settings given here override the chart's. */
export interface EventsBaseProps {
  /** Name, namespace, labels, annotations. @default - generated name, the chart's namespace */
  readonly metadata?: ApiObjectMetadata;
  /**
   * Argo CD sync wave (`argocd.argoproj.io/sync-wave`).
   * @default - EventBus 1, EventSource 2, Sensor 2 (or one above its highest WorkflowTemplate)
   */
  readonly syncWave?: number;
  /**
   * CPU architectures the controller-created pods are pinned to (the Argo Events images are
   * multi-arch). `optOut('reason')` leaves the pods unpinned.
   * @default - the `architectures` setting of the chart (['amd64'])
   */
  readonly architectures?: readonly string[] | OptOut;
  /** Run the rules engine on this object at synth. @default - the chart's `lint` setting (true) */
  readonly lint?: boolean;
}

/** Base of EventBus, EventSource and Sensor. */
export abstract class EventsBase extends GuardedObject {
  protected readonly baseProps: EventsBaseProps;

  protected constructor(scope: Construct, id: string, kind: string, props: EventsBaseProps) {
    const path = `${scope.node.path}/${id}`;
    checkSettings({ architectures: props.architectures }, path);
    if (props.syncWave !== undefined && !Number.isInteger(props.syncWave))
      throw new AuthoringError(
        'API005',
        path,
        `syncWave ${props.syncWave} is not an integer`,
        'use a whole number',
      );
    super(scope, id, kind, props.metadata);
    this.baseProps = props;
    this.apiObject.metadata.addAnnotation(
      SYNC_WAVE_ANNOTATION,
      Lazy.any({ produce: () => String(this.syncWave) }) as unknown as string,
    );
  }

  /** The Argo CD sync wave. */
  public get syncWave(): number {
    return this.baseProps.syncWave ?? this.defaultSyncWave();
  }

  // ------------------------------------------------------------------------------------------
  // for subclasses

  protected abstract renderSpec(): Json;
  protected abstract defaultSyncWave(): number;

  protected override lazyBody(): Json {
    return { spec: Lazy.any({ produce: () => this.renderSpec() }) };
  }

  protected override settingOverrides(): ArgoGuardSettings {
    return { architectures: this.baseProps.architectures, lint: this.baseProps.lint };
  }

  /**
   * Refuses, at the call, an object that must come after `bus` but does not: another namespace
   * (API009), or a sync wave not above the bus's (API010).
   */
  protected checkBus(bus: EventsBase | undefined, what: string): void {
    if (!bus) return;
    if (bus.namespace !== this.namespace)
      throw new AuthoringError(
        'API009',
        this.node.path,
        `eventBus ${bus.node.path} is in namespace ${bus.namespace}, this ${what} in ${this.namespace}: a bus serves its own namespace`,
        'put them in one namespace',
      );
    if (this.syncWave <= bus.syncWave)
      throw new AuthoringError(
        'API010',
        this.node.path,
        `sync wave ${this.syncWave} is not above its EventBus's (${bus.syncWave}): Argo CD must create the bus first and delete it last`,
        'raise syncWave',
      );
  }

  /**
   * The scheduling fields of a pod template whose own fields are `own`: the architecture pin merged
   * into them, or them unchanged when the architectures are opted out.
   */
  protected pinnedFields(own: Json): Scheduling {
    const s = this.settings;
    const pin = isOptOut(s.architectures)
      ? undefined
      : pinScheduling(
          { nodeSelector: own.nodeSelector, affinity: own.affinity, tolerations: own.tolerations },
          s.architectures,
          { os: s.os, taintedArchitectures: s.taintedArchitectures },
        );
    return {
      nodeSelector: pin?.nodeSelector ?? own.nodeSelector,
      affinity: pin?.affinity ?? own.affinity,
      tolerations: pin?.tolerations ?? own.tolerations,
    };
  }
}
