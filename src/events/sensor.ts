import type { Construct } from 'constructs';
import type { Json } from '../argo/json';
import { ARGO_API_VERSION, SYNC_WAVE_ANNOTATION } from '../argo/metadata';
import { type AuthoringCode, AuthoringError } from '../authoring-errors';
import * as ev from '../imports/argo-events';
import { IGNORE_ANNOTATION, lintTriggeredWorkflow } from '../rules';
import { TRIGGER_LEVEL_FIELDS, triggerRbacNeeds } from '../rules/evt';
import type { Finding, Manifest } from '../rules/types';
import type { MissingPart } from '../workflows/guarded-object';
import { ruleOptions } from '../workflows/settings';
import { WorkflowBase } from '../workflows/workflow-base';
import { type DependencyProps, SensorDependency } from './dependency';
import type { EventBus } from './event-bus';
import { DEFAULT_SYNC_WAVES, EventsBase, type EventsBaseProps } from './events-base';
import { EventsRbac } from './events-rbac';
import {
  type ArgoWorkflowTriggerProps,
  dependenciesOf,
  EventValue,
  renderTemplateLevel,
  renderTriggerLevel,
  type SensorTriggerSpec,
  TRIGGER_OPTION_KEYS,
  type TriggerOptions,
  WORKFLOW_FROM_TEMPLATE_KEYS,
  type WorkflowTriggerProps,
  workflowFromTemplate,
} from './trigger';
import { checkKeys, compact } from './util';

/** Props of {@link Sensor}. */
export interface SensorProps extends EventsBaseProps {
  /** The EventBus to listen on. @default - the bus named `default` in the namespace */
  readonly eventBus?: EventBus;
  /** `spec.replicas`. @default - 1 (the controller's default) */
  readonly replicas?: number;
  /**
   * The pod template (`spec.template`). The architecture pin is merged into its scheduling
   * fields; its `serviceAccountName` is set to the generated one unless `serviceAccountName` is given.
   * @default - only the pin and the service account
   */
  readonly template?: Omit<ev.Template, 'serviceAccountName'>;
  /**
   * Bring your own service account for the sensor pod; the generated Roles are still bound to it.
   * @default - a generated ServiceAccount, when a trigger needs Kubernetes RBAC
   */
  readonly serviceAccountName?: string;
  /** `spec.revisionHistoryLimit`. @default - the controller's */
  readonly revisionHistoryLimit?: number;
  /** `spec.loggingFields`. @default - none */
  readonly loggingFields?: Readonly<Record<string, string>>;
  /**
   * `spec.errorOnFailedRound`: after one failed round "no further triggers will be processed"
   * (sensor_types.go). Avoid (docs/gitops.md §5).
   * @default - unset (false)
   */
  readonly errorOnFailedRound?: boolean;
}

const SENSOR_KEYS = [
  'metadata',
  'syncWave',
  'architectures',
  'lint',
  'eventBus',
  'replicas',
  'template',
  'serviceAccountName',
  'revisionHistoryLimit',
  'loggingFields',
  'errorOnFailedRound',
];

/** The generated Trigger / TriggerTemplate field names (for the runtime check of raw triggers). */
const TRIGGER_KEYS = [
  'atLeastOnce',
  'dlqTrigger',
  'parameters',
  'policy',
  'rateLimit',
  'retryStrategy',
  'template',
];
const TRIGGER_TEMPLATE_KEYS = [
  'name',
  'conditions',
  'conditionsReset',
  'argoWorkflow',
  'awsLambda',
  'azureEventHubs',
  'azureServiceBus',
  'custom',
  'email',
  'http',
  'k8S',
  'kafka',
  'log',
  'nats',
  'openWhisk',
  'pulsar',
  'slack',
];

/** A trigger's Workflow, linted as Argo would run it. */
export interface TriggeredWorkflow {
  readonly trigger: string;
  /** The Workflow object the trigger submits. */
  readonly workflow: Manifest;
  /** Rules-engine findings on it, merged with its WorkflowTemplate (workflowTemplateRef). */
  readonly findings: readonly Finding[];
}

/**
 * An Argo Events `Sensor`: dependencies on events and triggers that act on them. The
 * recommended trigger is {@link Sensor.addWorkflowTrigger}: a `k8s` create of a Workflow that only
 * references a guarded WorkflowTemplate, with `generateName`, so every run keeps the template's
 * deadline, pin and GC, no run collides with a stuck one, and the bundled `argo` CLI is not
 * involved (argo-events#800). The sensor's ServiceAccount and a Role with exactly the verbs its
 * triggers need are emitted beside it.
 */
export class Sensor extends EventsBase {
  public readonly kind: string = 'Sensor';
  private readonly props: SensorProps;
  private readonly deps: SensorDependency[] = [];
  private readonly triggerList: SensorTriggerSpec[] = [];
  private rbacConstruct?: EventsRbac;

  constructor(scope: Construct, id: string, props: SensorProps = {}) {
    checkKeys(props, SENSOR_KEYS, `${scope.node.path}/${id}`, 'Sensor props');
    super(scope, id, 'Sensor', props);
    this.props = props;
    this.checkBus(props.eventBus, 'Sensor');
  }

  /** The dependencies added so far. */
  public get dependencies(): readonly SensorDependency[] {
    return this.deps;
  }

  /** The names of the triggers added so far. */
  public get triggerNames(): readonly string[] {
    return this.triggerList.map((t) => t.name);
  }

  /** The generated RBAC (ServiceAccount, Roles, RoleBindings), once a trigger needs it. */
  public get rbac(): EventsRbac | undefined {
    return this.rbacConstruct;
  }

  /** The service account of the sensor pod. @default - none until a trigger needs one */
  public get serviceAccountName(): string | undefined {
    return this.props.serviceAccountName ?? this.rbacConstruct?.serviceAccountName;
  }

  /** Adds a dependency on an event. */
  public addDependency(name: string, props: DependencyProps): SensorDependency {
    checkKeys(
      props,
      ['event', 'filters', 'filtersLogicalOperator', 'transform'],
      this.node.path,
      `dependency "${name}"`,
    );
    if (this.deps.some((d) => d.name === name))
      throw new AuthoringError(
        'API002',
        this.node.path,
        `dependency "${name}" already exists`,
        'give each dependency a unique name',
      );
    const d = new SensorDependency(name, props);
    this.checkDependency(d);
    d._sensorPath = this.node.path;
    this.deps.push(d);
    return d;
  }

  /**
   * The recommended trigger: creates a Workflow (`k8s` create, `generateName`) that runs a guarded
   * WorkflowTemplate through `workflowTemplateRef`, its arguments filled from the event.
   * RBAC: `create` on workflows.argoproj.io in the template's namespace.
   */
  public addWorkflowTrigger(name: string, props: WorkflowTriggerProps): void {
    checkKeys(
      props,
      [...TRIGGER_OPTION_KEYS, ...WORKFLOW_FROM_TEMPLATE_KEYS],
      this.node.path,
      `trigger "${name}"`,
      `trigger-level settings (${TRIGGER_LEVEL_FIELDS.join(', ')}) are flat props here, never under "template" (EVT003)`,
    );
    this.requireTemplate(props.workflowTemplate, name, ['WorkflowTemplate', 'ClusterWorkflowTemplate']);
    const ns = this.workflowNamespace(props.workflowTemplate);
    const { resource, parameters } = workflowFromTemplate(props, ns);
    this.add(
      {
        name,
        template: props.workflowTemplate,
        dependencies: dependenciesOf(Object.values(props.parameters ?? {})),
        workflow: () => resource,
        render: () => ({
          template: {
            ...renderTemplateLevel(name, props),
            k8s: {
              operation: 'create',
              source: { resource: structuredClone(resource) },
              ...(parameters.length ? { parameters } : {}),
            },
          },
          ...renderTriggerLevel(props),
        }),
      },
      props.dlqTrigger,
    );
  }

  /**
   * An `argoWorkflow` trigger (runs the `argo` CLI bundled in the sensor image). Use it for
   * resubmit/retry/resume/suspend/terminate/stop; prefer addWorkflowTrigger for creating runs.
   * RBAC per operation (docs/gitops.md §1.4): submit create+list on workflows (+ get on the template);
   * resubmit get+create; retry/resume/suspend get+update; terminate/stop get+update+patch.
   */
  public addArgoWorkflowTrigger(name: string, props: ArgoWorkflowTriggerProps): void {
    const op = props.operation ?? 'submit';
    const where = `trigger "${name}"`;
    const opKeys =
      op === 'submit'
        ? WORKFLOW_FROM_TEMPLATE_KEYS
        : op === 'submit-from'
          ? ['from']
          : ['workflowName', 'namespace'];
    checkKeys(
      props,
      [...TRIGGER_OPTION_KEYS, 'operation', 'args', ...opKeys],
      this.node.path,
      where,
      `operation "${op}" takes ${[...opKeys].join(', ')}; trigger-level settings (${TRIGGER_LEVEL_FIELDS.join(', ')}) are flat props, never under "template" (EVT003)`,
    );
    let resource: Json;
    let parameters: Json[] = [];
    let template: WorkflowBase | undefined;
    let deps: SensorDependency[] = [];
    if (props.operation === undefined || props.operation === 'submit') {
      this.requireTemplate(props.workflowTemplate, name, ['WorkflowTemplate', 'ClusterWorkflowTemplate']);
      template = props.workflowTemplate;
      ({ resource, parameters } = workflowFromTemplate(props, this.workflowNamespace(template)));
      deps = dependenciesOf(Object.values(props.parameters ?? {}));
    } else if (props.operation === 'submit-from') {
      this.requireTemplate(props.from, name, ['WorkflowTemplate', 'CronWorkflow']);
      template = props.from;
      const ns = this.workflowNamespace(props.from);
      resource = {
        apiVersion: ARGO_API_VERSION,
        kind: props.from.kind,
        metadata: { name: props.from.resourceName, ...(ns ? { namespace: ns } : {}) },
      };
    } else if ('workflowName' in props) {
      const wn = props.workflowName;
      const ns = props.namespace ?? this.namespace;
      resource = {
        apiVersion: ARGO_API_VERSION,
        kind: 'Workflow',
        metadata: {
          name: typeof wn === 'string' ? wn : (wn.defaultValue ?? 'from-event'),
          ...(ns ? { namespace: ns } : {}),
        },
      };
      if (wn instanceof EventValue) {
        parameters = [{ src: wn._render(), dest: 'metadata.name' }];
        deps = [wn.dependency];
      }
    } else {
      throw new AuthoringError(
        'API008',
        this.node.path,
        `${where}: operation "${op}" needs workflowName`,
        'name the Workflow to act on',
      );
    }
    this.add(
      {
        name,
        template,
        dependencies: deps,
        workflow: op === 'submit' ? () => resource : undefined,
        render: () => ({
          template: {
            ...renderTemplateLevel(name, props),
            argoWorkflow: {
              operation: op,
              source: { resource: structuredClone(resource) },
              ...(parameters.length ? { parameters } : {}),
              ...(props.args ? { args: [...props.args] } : {}),
            },
          },
          ...renderTriggerLevel(props),
        }),
      },
      props.dlqTrigger,
    );
  }

  /**
   * Any trigger, typed by the generated Argo Events shape (note `k8S` for `k8s`). For JS callers
   * a trigger-level field under `template` is refused here (the controller would drop it, EVT003).
   */
  public addTrigger(trigger: ev.Trigger): void {
    const where = `trigger "${trigger?.template?.name ?? '?'}"`;
    checkRawTrigger(trigger, this.node.path, where);
    if (!trigger.template?.name)
      throw new AuthoringError(
        'API008',
        this.node.path,
        `${where}: template.name is required`,
        'name the trigger',
      );
    const json = ev.toJson_Trigger(trigger)!;
    this.add({ name: trigger.template.name, dependencies: [], render: () => structuredClone(json) });
  }

  /** The Workflow each trigger would create, linted with its WorkflowTemplate beside it. */
  public triggeredWorkflows(): TriggeredWorkflow[] {
    const s = this.settings;
    const templates = this.templateManifests();
    const out: TriggeredWorkflow[] = [];
    for (const t of this.triggerList) {
      if (!t.workflow) continue;
      const workflow = t.workflow();
      // The template's explicit opt-outs (argo-guard.io/ignore with their reasons) hold for the
      // runs made from it: lint the run with them.
      const ignore = t.template?.toJson().metadata?.annotations?.[IGNORE_ANNOTATION];
      const linted = ignore
        ? { ...workflow, metadata: { ...workflow.metadata, annotations: { [IGNORE_ANNOTATION]: ignore } } }
        : workflow;
      out.push({
        trigger: t.name,
        workflow,
        findings: lintTriggeredWorkflow(linted, templates, ruleOptions(s)),
      });
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------

  protected defaultSyncWave(): number {
    let w: number = DEFAULT_SYNC_WAVES.sensor;
    if (this.props.eventBus) w = Math.max(w, this.props.eventBus.syncWave + 1);
    for (const t of this.triggerList) if (t.template) w = Math.max(w, templateWave(t.template) + 1);
    return w;
  }

  protected renderSpec(): Json {
    const own = ev.toJson_Template(this.props.template as ev.Template) ?? {};
    const template = compact({
      ...own,
      serviceAccountName: this.serviceAccountName ?? own.serviceAccountName,
      ...this.pinnedFields(own),
    });
    return compact({
      eventBusName: this.props.eventBus?.resourceName,
      replicas: this.props.replicas,
      revisionHistoryLimit: this.props.revisionHistoryLimit,
      loggingFields: this.props.loggingFields ? { ...this.props.loggingFields } : undefined,
      errorOnFailedRound: this.props.errorOnFailedRound,
      template: Object.keys(template).length ? template : undefined,
      dependencies: this.deps.map((d) => d._render()),
      triggers: this.triggerList.map((t) => t.render()),
    });
  }

  protected override lintContext(): Manifest[] {
    return [...(this.rbacConstruct?.manifests() ?? []), ...this.templateManifests()];
  }

  /** A Sensor without dependencies or triggers never does anything; no call could say so. */
  protected override missingParts(): MissingPart[] {
    const missing: MissingPart[] = [];
    if (this.deps.length === 0)
      missing.push({ code: 'API007', detail: 'no dependencies', fix: 'add one with addDependency()' });
    if (this.triggerList.length === 0)
      missing.push({ code: 'API007', detail: 'no triggers', fix: 'add one with addWorkflowTrigger()' });
    return missing;
  }

  /** Triggered Workflows keep the template's safety: the errors of what Argo would run. */
  protected override derivedFindings(): Finding[] {
    return this.triggeredWorkflows().flatMap((tw) =>
      tw.findings
        .filter((f) => f.severity === 'error')
        .map((f) => ({ ...f, message: `in the Workflow trigger "${tw.trigger}" creates: ${f.message}` })),
    );
  }

  /** Refuses a dependency on an EventSource this Sensor cannot hear (API009). */
  private checkDependency(d: SensorDependency): void {
    const es = d.event?.eventSource;
    if (!es) return;
    const bus = this.props.eventBus;
    if (es.namespace !== this.namespace)
      throw new AuthoringError(
        'API009',
        this.node.path,
        `dependency "${d.name}": EventSource ${es.node.path} is in namespace ${es.namespace}, the Sensor in ${this.namespace}: events travel on the namespace's bus`,
        'put them in one namespace',
      );
    if (es.eventBus !== bus && (es.eventBus?.resourceName ?? 'default') !== (bus?.resourceName ?? 'default'))
      throw new AuthoringError(
        'API009',
        this.node.path,
        `dependency "${d.name}": EventSource ${es.node.path} publishes to another EventBus than this Sensor listens on`,
        'use the same eventBus',
      );
  }

  /**
   * Refuses, at the call that adds it, a trigger that cannot work: a duplicate name (API002), a
   * dependency of another Sensor (API009), a sync wave not above its template's (API010), a
   * parameter its template does not declare or a dlqTrigger without atLeastOnce (API008).
   */
  private checkTrigger(t: SensorTriggerSpec): void {
    const where = `trigger "${t.name}"`;
    const refuse = (code: AuthoringCode, detail: string, fix: string) => {
      throw new AuthoringError(code, this.node.path, `${where}: ${detail}`, fix);
    };
    if (this.triggerList.some((x) => x.name === t.name))
      refuse('API002', 'a trigger with this name already exists', 'give each trigger a unique name');
    for (const d of t.dependencies)
      if (d._sensorPath !== this.node.path)
        refuse(
          'API009',
          `uses dependency "${d.name}" of ${d._sensorPath}`,
          'add the dependency to this Sensor',
        );
    if (t.template && this.baseProps.syncWave !== undefined && this.syncWave <= templateWave(t.template))
      refuse(
        'API010',
        `sync wave ${this.syncWave} is not above ${t.template.node.path}'s (${templateWave(t.template)}): the template must exist before the Sensor can fire`,
        'raise syncWave',
      );
    // Typo-proof argument mapping: a name the template does not declare is almost always a typo
    // (Argo would pass it along unused, and the template's default runs instead).
    const resource = t.workflow?.() as { spec?: any } | undefined;
    const passed: { name: string }[] = resource?.spec?.arguments?.parameters ?? [];
    const declared: { name: string }[] | undefined = t.template?.toJson().spec?.arguments?.parameters;
    if (declared?.length)
      for (const p of passed)
        if (!declared.some((d) => d.name === p.name))
          refuse(
            'API008',
            `parameter "${p.name}" is not an argument of ${t.template!.node.path}`,
            `use one of ${declared.map((d) => d.name).join(', ')}`,
          );
    const json = t.render();
    if (json.dlqTrigger && json.atLeastOnce !== true)
      refuse('API008', 'dlqTrigger runs only with atLeastOnce: true', 'set atLeastOnce');
  }

  // ------------------------------------------------------------------------------------------

  private add(t: SensorTriggerSpec, dlq?: ev.Trigger): void {
    if (dlq) checkRawTrigger(dlq, this.node.path, `trigger "${t.name}" dlqTrigger`);
    this.checkTrigger(t);
    this.triggerList.push(t);
    // RBAC objects are created now, not at render: constructs added during synth miss the output.
    const json = t.render();
    const needs = [...triggerRbacNeeds(json), ...(json.dlqTrigger ? triggerRbacNeeds(json.dlqTrigger) : [])];
    if (needs.length === 0) return;
    this.rbacConstruct ??= new EventsRbac(this, 'Rbac', {
      namespace: this.namespace,
      component: 'sensor',
      serviceAccountName: this.props.serviceAccountName,
    });
    for (const n of needs)
      this.rbacConstruct.addRules(n.namespace ?? this.namespace, [
        { apiGroups: [n.apiGroup], resources: [n.resource], verbs: [...n.verbs] },
      ]);
  }

  private requireTemplate(t: unknown, trigger: string, kinds: readonly string[]): void {
    if (!(t instanceof WorkflowBase) || !kinds.includes(t.kind))
      throw new AuthoringError(
        'API014',
        this.node.path,
        `trigger "${trigger}": expected a ${kinds.join(' or ')} construct, got ${t instanceof WorkflowBase ? t.kind : typeof t}`,
        'pass the construct',
      );
  }

  /** Where the created Workflow lives: the template's namespace (a ClusterWorkflowTemplate: the Sensor's). */
  private workflowNamespace(t: WorkflowBase): string | undefined {
    return t.kind === 'ClusterWorkflowTemplate' ? this.namespace : (t.namespace ?? this.namespace);
  }

  /**
   * The WorkflowTemplates/ClusterWorkflowTemplates the triggers run, and those their templates
   * call through templateRef: what Argo merges into a triggered Workflow (not every template of
   * the app, which would make a synth of many Sensors quadratic).
   */
  private templateManifests(): Manifest[] {
    const owners = new Set<WorkflowBase>();
    for (const t of this.triggerList) {
      if (!t.template) continue;
      owners.add(t.template);
      for (const tmpl of t.template.reachableTemplates())
        if (tmpl._owner instanceof WorkflowBase) owners.add(tmpl._owner);
    }
    return [...owners]
      .filter((c) => c.kind === 'WorkflowTemplate' || c.kind === 'ClusterWorkflowTemplate')
      .map((c) => c.toJson());
  }
}

/** Refuses, for JavaScript callers, what the types refuse: trigger-level fields under `template`. */
function checkRawTrigger(trigger: ev.Trigger, constructPath: string, where: string): void {
  const tmpl = (trigger as { template?: Record<string, unknown> }).template;
  if (tmpl) {
    const misplaced = TRIGGER_LEVEL_FIELDS.filter((f) => f in tmpl);
    if (misplaced.length)
      throw new AuthoringError(
        'API008',
        constructPath,
        `${where}: ${misplaced.join(', ')} under template is silently dropped by the Sensor controller (EVT003)`,
        `put ${misplaced.length > 1 ? 'them' : 'it'} on the trigger, next to template`,
      );
    checkKeys(
      tmpl,
      TRIGGER_TEMPLATE_KEYS,
      constructPath,
      `${where} template`,
      `use the generated TriggerTemplate fields (${TRIGGER_TEMPLATE_KEYS.join(', ')})`,
    );
  }
  checkKeys(trigger, TRIGGER_KEYS, constructPath, where);
  if (trigger.dlqTrigger) checkRawTrigger(trigger.dlqTrigger, constructPath, `${where} dlqTrigger`);
}

function templateWave(t: WorkflowBase): number {
  const v = t.apiObject.metadata.toJson().annotations?.[SYNC_WAVE_ANNOTATION];
  const n = v === undefined ? 0 : Number.parseInt(String(v), 10);
  return Number.isFinite(n) ? n : 0;
}

export type { TriggerOptions };
