/**
 * What EventBus, EventSource and Sensor share: the L1 object with a lazily rendered spec, the
 * Argo CD sync wave, the architecture pin of the pods the controller creates, and the lint call
 * at synth. Settings come from the same `ArgoGuard` scope as the Workflow constructs.
 */
import { ApiObject, type ApiObjectMetadata, Chart, Lazy } from 'cdk8s';
import { Construct } from 'constructs';
import type { Json } from '../argo/json';
import { ARGO_API_VERSION, SYNC_WAVE_ANNOTATION } from '../argo/metadata';
import { registerValidation, reportWarning } from '../authoring-errors';
import { pinScheduling, type Scheduling } from '../platform/scheduling';
import { lintManifests } from '../rules';
import type { Finding, Manifest } from '../rules/types';
import { isOptOut, type OptOut } from '../workflows/opt-out';
import { validateArchitectures } from '../workflows/scheduling';
import { ArgoGuard, type ArgoGuardSettings, type ResolvedSettings, ruleOptions } from '../workflows/settings';

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
export abstract class EventsBase extends Construct {
  /** The L1 object. */
  public readonly apiObject: ApiObject;
  public abstract readonly kind: string;
  protected readonly baseProps: EventsBaseProps;
  private lastFindings?: Finding[];
  /** Warnings already printed (cdk8s may validate more than once per synth). */
  private readonly warned = new Set<string>();

  protected constructor(scope: Construct, id: string, kind: string, props: EventsBaseProps) {
    super(scope, id);
    this.baseProps = props;
    this.apiObject = new ApiObject(this, 'Resource', {
      apiVersion: ARGO_API_VERSION,
      kind,
      metadata: props.metadata,
      spec: Lazy.any({ produce: () => this.renderSpec() }),
    });
    this.apiObject.metadata.addAnnotation(
      SYNC_WAVE_ANNOTATION,
      Lazy.any({ produce: () => String(this.syncWave) }) as unknown as string,
    );
    registerValidation(this, () => this.validateAll());
  }

  /** `metadata.name`. */
  public get resourceName(): string {
    return this.apiObject.name;
  }

  /** The namespace of the object. */
  public get namespace(): string | undefined {
    return this.apiObject.metadata.namespace ?? Chart.of(this).namespace;
  }

  /** The effective settings (chart/app settings, this construct's `architectures` and `lint`). */
  public get settings(): ResolvedSettings {
    const o: ArgoGuardSettings = { architectures: this.baseProps.architectures, lint: this.baseProps.lint };
    return ArgoGuard.of(this, o);
  }

  /** The Argo CD sync wave. */
  public get syncWave(): number {
    return this.baseProps.syncWave ?? this.defaultSyncWave();
  }

  /** The synthesized manifest (plain JSON, as the rules engine and `kubectl` see it). */
  public toJson(): Json {
    return this.apiObject.toJson();
  }

  /** The rules engine's findings for this object (computed at synth validation, or now). */
  public findings(): Finding[] {
    this.lastFindings ??= this.runLint();
    return this.lastFindings;
  }

  // ------------------------------------------------------------------------------------------
  // for subclasses

  protected abstract renderSpec(): Json;
  protected abstract defaultSyncWave(): number;

  /** Kind-specific validation: `ID message — fix` strings. */
  protected validateKind(): string[] {
    return [];
  }

  /** Other manifests the lint of this object needs beside it (a Sensor: its Role and templates). */
  protected lintCompanions(): Manifest[] {
    return [];
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

  private runLint(): Finding[] {
    const s = this.settings;
    if (!s.lint) return [];
    return lintManifests([this.toJson(), ...this.lintCompanions()], ruleOptions(s)).filter(
      (f) => f.index === 0,
    );
  }

  private validateAll(): string[] {
    const errors: string[] = [];
    const s = this.settings;
    if (s.argoVersionError)
      return [`API006 ${s.argoVersionError} — set argoVersion to a supported X.Y or X.Y.Z`];
    if (isOptOut(s.architectures)) {
      if (!s.architectures.reason.trim())
        errors.push(`API001 architectures: an opt-out needs a reason — optOut('why this is safe here')`);
    } else errors.push(...validateArchitectures(s.architectures, s.os, 'architectures setting'));
    const w = this.baseProps.syncWave;
    if (w !== undefined && !Number.isInteger(w))
      errors.push(`API005 syncWave ${w} is not an integer — use e.g. ${this.defaultSyncWave()}`);
    errors.push(...this.validateKind());
    if (errors.length === 0) {
      this.lastFindings = this.runLint();
      for (const f of this.lastFindings) {
        const line = `${f.rule} ${f.path || '/'} ${f.message} — ${f.fix}`;
        if (f.severity === 'error') errors.push(line);
        else if (!this.warned.has(line)) {
          this.warned.add(line);
          reportWarning(this, line);
        }
      }
    }
    return errors;
  }
}
