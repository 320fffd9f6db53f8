/**
 * What Workflow, WorkflowTemplate, ClusterWorkflowTemplate and CronWorkflow share: the template
 * registry, the rendering of the WorkflowSpec (defaults from defaults.ts, the artifact-GC block
 * from artifact-gc.ts, the architecture pin) and the RBAC its pods need. The lint at synth and
 * the L1 object come from GuardedObject; wrong use of the API throws at the call.
 */

import type { ApiObject, ApiObjectMetadata } from 'cdk8s';
import { Lazy } from 'cdk8s';
import type { Construct } from 'constructs';
import type { Json } from '../argo/json';
import { ARGO_API_VERSION } from '../argo/metadata';
import { AuthoringError } from '../authoring-errors';
import * as argo from '../imports/argo-workflows';
import { pinScheduling } from '../platform/scheduling';
import type { Manifest } from '../rules/types';
import { gcPodNeeded, refreshGcPodSpecPatch, renderArtifactGc } from './artifact-gc';
import { type Arguments, renderArguments } from './artifacts';
import { ContainerSetTemplate, type ContainerSetTemplateProps } from './container-set-template';
import { ContainerTemplate, type ContainerTemplateProps } from './container-template';
import { DagTemplate, type DagTemplateProps } from './dag-template';
import { finishMetadata, renderDefaults, sortKeys } from './defaults';
import { GuardedObject, type MissingPart } from './guarded-object';
import { checkHooks, type LifecycleHookProps, renderHooks } from './invocation';
import { checkOptOutReason, isOptOut, type OptOut } from './opt-out';
import { PodTemplate } from './pod-template';
import { type HookPlacement, WorkflowRbac } from './rbac';
import { ResourceTemplate, type ResourceTemplateProps } from './resource-template';
import { ScriptTemplate, type ScriptTemplateProps } from './script-template';
import { type ArgoGuardSettings, checkSettings } from './settings';
import { StepsTemplate, type StepsTemplateProps } from './steps-template';
import { SuspendTemplate, type SuspendTemplateProps } from './suspend-template';
import { checkSynchronization, renderSynchronization, type SynchronizationProps } from './synchronization';
import { checkCallable, type ITemplateOwner, type RenderContext, type Template } from './template';
import { deepMerge, setPath } from './util';

/** Props shared by every workflow-like construct. Settings given here override the chart's. */
export interface WorkflowBaseProps extends ArgoGuardSettings {
  /** Name, namespace, labels, annotations. @default - generated name, the chart's namespace */
  readonly metadata?: ApiObjectMetadata;
  /** The template to start with. More with `entrypoint = t`. @default - none (required for a Workflow) */
  readonly entrypoint?: Template;
  /** `spec.arguments`: parameter values and artifacts. @default - none */
  readonly arguments?: Arguments;
  /** Exit handler, run whatever the outcome. @default - none */
  readonly onExit?: Template;
  /** Workflow-level lifecycle hooks (`exit`, or named hooks with an expression). @default - none */
  readonly hooks?: Readonly<Record<string, LifecycleHookProps>>;
  /** Workflow-level locks (emitted in the form the target version understands). @default - none */
  readonly synchronization?: SynchronizationProps;
  /**
   * Bring your own executor service account: no ServiceAccount is generated, but the executor
   * Role (workflowtaskresults create/patch) is still bound to it. `optOut('reason')`: emit no
   * serviceAccountName and no RBAC (pods run as the namespace's `default`).
   * @default - a generated ServiceAccount + Role + RoleBinding per chart and namespace
   */
  readonly serviceAccountName?: string | OptOut;
  /** `spec.artifactRepositoryRef`. @default - the namespace's default artifact repository */
  readonly artifactRepositoryRef?: { readonly configMap?: string; readonly key?: string };
  /** Max pods running at once. @default - unlimited */
  readonly parallelism?: number;
  /** `spec.podPriority` (removed in Argo 4.0: use podPriorityClassName). @default - none */
  readonly podPriority?: number;
  /** `spec.podPriorityClassName`. @default - none */
  readonly podPriorityClassName?: string;
  /** Labels and annotations on every pod. @default - none */
  readonly podMetadata?: {
    readonly labels?: Readonly<Record<string, string>>;
    readonly annotations?: Readonly<Record<string, string>>;
  };
  /**
   * Typed escape hatch: any `WorkflowSpec` field the L2 props do not cover, deep-merged into the
   * rendered spec last (objects merge, arrays replace).
   * @default - none
   */
  readonly specOverrides?: argo.WorkflowSpec;
}

/** Base of Workflow, WorkflowTemplate, ClusterWorkflowTemplate and CronWorkflow. */
export abstract class WorkflowBase extends GuardedObject implements ITemplateOwner {
  protected readonly props: WorkflowBaseProps;
  private readonly templateList: Template[] = [];
  private readonly specPatches: [string, unknown][] = [];
  private entry?: Template;
  private exitHandler?: Template;
  private readonly hookMap: Record<string, LifecycleHookProps>;
  private lastCtx?: RenderContext;
  /** Reachable templates, cached only while one render or lint pass runs. */
  private reachableCache?: Template[];

  protected constructor(scope: Construct, id: string, kind: string, props: WorkflowBaseProps) {
    const path = `${scope.node.path}/${id}`;
    checkSettings(props, path);
    checkOptOutReason('executorServiceAccount', props.serviceAccountName, path);
    if (props.hooks) checkHooks(props.hooks, path, 'workflow');
    super(scope, id, kind, props.metadata);
    this.props = props;
    this.hookMap = { ...props.hooks };
    if (props.synchronization)
      checkSynchronization(props.synchronization, this.settings.argoVersion, path, 'workflow');
    if (props.entrypoint) this.entrypoint = props.entrypoint;
    if (props.onExit) this.onExit(props.onExit);
    for (const [name, h] of Object.entries(this.hookMap))
      checkCallable(h.template, this, path, `hook "${name}"`);
    // RBAC objects are created now, not while rendering: constructs added during synth would
    // miss the output. Shared per chart and namespace, so this is cheap.
    if (!isOptOut(props.serviceAccountName)) this.rbac('executor', props.serviceAccountName);
    if (props.artifactGC !== undefined) this.ensureArtifactGcRbac();
  }

  public get templates(): readonly Template[] {
    return this.templateList;
  }

  /**
   * Adds a template (of any kind) to this object. A template belongs to exactly one object. Its
   * props are checked here, against this object's settings (target version, architectures).
   */
  public addTemplate<T extends Template>(template: T): T {
    if (template._owner === this) return template;
    if (template._owner)
      throw new AuthoringError(
        'API011',
        this.node.path,
        `template "${template.name}" already belongs to ${template._owner.node.path}`,
        'create a new template, or call it from there (tasks reference templates of other WorkflowTemplates)',
      );
    if (this.templateList.some((t) => t.name === template.name))
      throw new AuthoringError(
        'API002',
        this.node.path,
        `template "${template.name}": two templates with this name`,
        'give each template a unique name',
      );
    template._check(this.node.path, this.settings);
    for (const called of template._calls())
      checkCallable(called, this, this.node.path, `template "${template.name}"`);
    template._owner = this;
    this.templateList.push(template);
    if (template._hasOutputArtifacts()) this.ensureArtifactGcRbac();
    return template;
  }

  public addContainer(name: string, props: ContainerTemplateProps): ContainerTemplate {
    return this.addTemplate(new ContainerTemplate(name, props));
  }
  public addContainerSet(name: string, props: ContainerSetTemplateProps = {}): ContainerSetTemplate {
    return this.addTemplate(new ContainerSetTemplate(name, props));
  }
  public addScript(name: string, props: ScriptTemplateProps): ScriptTemplate {
    return this.addTemplate(new ScriptTemplate(name, props));
  }
  public addDag(name: string, props: DagTemplateProps = {}): DagTemplate {
    return this.addTemplate(new DagTemplate(name, props));
  }
  public addSteps(name: string, props: StepsTemplateProps = {}): StepsTemplate {
    return this.addTemplate(new StepsTemplate(name, props));
  }
  public addResource(name: string, props: ResourceTemplateProps): ResourceTemplate {
    return this.addTemplate(new ResourceTemplate(name, props));
  }
  public addSuspend(name: string, props: SuspendTemplateProps = {}): SuspendTemplate {
    return this.addTemplate(new SuspendTemplate(name, props));
  }

  /** The entry template. */
  public get entrypoint(): Template | undefined {
    return this.entry;
  }
  /** Sets the entry template: one of this object's own (or one not yet added to any object). */
  public set entrypoint(t: Template | undefined) {
    if (t?._owner && t._owner !== this)
      throw new AuthoringError(
        'API014',
        this.node.path,
        `entrypoint "${t.name}" is a template of ${t._owner.node.path}, not of this ${this.apiObject.kind}`,
        'add the template to this object, or call it from a local dag/steps template',
      );
    this.entry = t;
  }

  /** Sets the exit handler (`spec.onExit`, or `hooks.exit` with a templateRef for a foreign template). */
  public onExit(t: Template): this {
    checkCallable(t, this, this.node.path, 'onExit');
    this.exitHandler = t;
    return this;
  }

  /** Adds a workflow-level lifecycle hook. */
  public addHook(name: string, hook: LifecycleHookProps): this {
    checkHooks({ [name]: hook }, this.node.path, 'workflow');
    checkCallable(hook.template, this, this.node.path, `hook "${name}"`);
    this.hookMap[name] = hook;
    return this;
  }

  /**
   * Escape hatch: sets a field of the rendered spec by dotted path (`volumeClaimTemplates`,
   * `podDisruptionBudget.minAvailable`); `undefined` deletes. For a CronWorkflow the path is
   * relative to `spec.workflowSpec`.
   */
  public addSpecOverride(path: string, value: unknown): this {
    this.specPatches.push([path, value]);
    return this;
  }

  /** Every template reachable from this object's templates, hooks and exit handler (own and foreign). */
  public reachableTemplates(): Template[] {
    if (this.reachableCache) return this.reachableCache;
    return this.computeReachable();
  }

  private computeReachable(): Template[] {
    const seen = new Set<Template>();
    const queue: Template[] = [...this.templateList];
    if (this.exitHandler) queue.push(this.exitHandler);
    for (const h of Object.values(this.hookMap)) queue.push(h.template);
    queue.push(...this.extraRoots());
    while (queue.length) {
      const t = queue.pop()!;
      if (seen.has(t)) continue;
      seen.add(t);
      queue.push(...t._calls());
    }
    return [...seen];
  }

  // ------------------------------------------------------------------------------------------
  // for subclasses

  protected override settingOverrides(): ArgoGuardSettings {
    return this.props;
  }

  /** The non-metadata top-level fields, lazily rendered (`{ spec }`). */
  protected override lazyBody(): Json {
    return { spec: Lazy.any({ produce: () => this.pass((ctx) => this.renderSpec(ctx)) }) };
  }

  /** The Argo objects this one references (a Workflow's WorkflowTemplate), for the cross-object rules. */
  protected referencedObjects(): ApiObject[] {
    return [];
  }

  /** Templates the object uses without owning (a Workflow's referenced WorkflowTemplate). */
  protected extraRoots(): Template[] {
    return [];
  }

  /** Whether the object is an Argo CD hook (Workflow only). */
  protected get isArgoCdHook(): boolean {
    return false;
  }

  /**
   * Where the RBAC this object uses must go so that it exists while the object runs as an Argo CD
   * hook; undefined for plain resources. Called from the base constructor: read `this.props` only.
   */
  protected rbacHookPlacement(): HookPlacement | undefined {
    return undefined;
  }

  /** Extra metadata adjustments on the final JSON (Workflow: generateName). */
  protected finishKindMetadata(_metadata: Json): void {}

  /** The manifest as the rules engine sees it, built without a second cdk8s resolve pass. */
  protected override lintManifest(): Manifest {
    return this.pass((ctx) =>
      this.finishWith(
        {
          apiVersion: ARGO_API_VERSION,
          kind: this.kind,
          metadata: this.apiObject.metadata.toJson(),
          ...this.renderTopLevel(ctx),
        },
        ctx,
      ),
    );
  }

  /**
   * The other objects of the app the rules may need: every non-Argo object (ConfigMaps, RBAC) and
   * the Argo objects this one references (a Workflow's WorkflowTemplate, GITOPS008, GITOPS010).
   */
  protected override lintContext(): Manifest[] {
    return [...this.appPlainObjects(), ...this.referencedObjects().map((o) => o.toJson())];
  }

  /** The own templates' missing parts (a DAG without tasks, steps without steps). */
  protected override missingParts(): MissingPart[] {
    return this.templateList.flatMap((t) => t._missingParts());
  }

  /** Templates added to a referenced WorkflowTemplate after construction may need the GC RBAC. */
  protected override beforeSynthCheck(): void {
    this.pass(() => {
      if (this.hasArtifactGcWork()) this.ensureArtifactGcRbac();
    });
  }

  /** The non-metadata top-level fields, rendered now. */
  protected renderTopLevel(ctx: RenderContext): Json {
    return { spec: this.renderSpec(ctx) };
  }

  /** Runs one render or lint pass with the reachable templates computed once. */
  protected pass<T>(fn: (ctx: RenderContext) => T): T {
    const outer = this.reachableCache;
    this.reachableCache = this.computeReachable();
    try {
      return fn(this.newContext());
    } finally {
      this.reachableCache = outer;
    }
  }

  /** A fresh render context. */
  protected newContext(): RenderContext {
    const exitTemplates = new Set<Template>();
    if (this.exitHandler) exitTemplates.add(this.exitHandler);
    if (this.hookMap.exit) exitTemplates.add(this.hookMap.exit.template);
    for (const t of this.reachableTemplates()) {
      if (t instanceof DagTemplate || t instanceof StepsTemplate)
        for (const e of t._exitCalls()) exitTemplates.add(e);
    }
    const ctx: RenderContext = { owner: this, settings: this.settings, optOuts: new Map(), exitTemplates };
    this.lastCtx = ctx;
    return ctx;
  }

  /** Renders the WorkflowSpec. */
  protected renderSpec(ctx: RenderContext): Json {
    const s = ctx.settings;
    const v = s.argoVersion;
    const templates = this.templateList.map((t) => t._render(ctx));
    const wfPin = this.workflowScheduling(ctx);
    const defaults = renderDefaults(s, {
      argoCdHook: this.isArgoCdHook,
      explicitTtl: this.props.ttlStrategy !== undefined,
    });
    for (const [setting, reason] of defaults.optOuts) ctx.optOuts.set(setting, reason);
    const serviceAccountName = this.executorServiceAccount(ctx);
    const gc = renderArtifactGc(
      {
        settings: s.artifactGC,
        explicit: this.props.artifactGC !== undefined,
        argoCdHook: this.isArgoCdHook,
        version: v,
        hasWork: this.hasArtifactGcWork(),
        artifactStrategies: this.artifactStrategies(),
        pin: wfPin,
      },
      (name) => this.rbac('artifact-gc', name).serviceAccountName,
    );
    if (gc.optOut !== undefined) ctx.optOuts.set('artifactGC', gc.optOut);
    let spec: Json = {
      entrypoint: this.entry?.name,
      arguments: renderArguments(this.props.arguments),
      serviceAccountName,
      activeDeadlineSeconds: defaults.fields.activeDeadlineSeconds,
      podGC: defaults.fields.podGC,
      ttlStrategy: defaults.fields.ttlStrategy,
      artifactGC: gc.field,
      artifactRepositoryRef: this.props.artifactRepositoryRef
        ? { configMap: this.props.artifactRepositoryRef.configMap, key: this.props.artifactRepositoryRef.key }
        : undefined,
      nodeSelector: wfPin?.nodeSelector,
      affinity: wfPin?.affinity,
      tolerations: wfPin?.tolerations,
      synchronization: renderSynchronization(this.props.synchronization, v),
      parallelism: this.props.parallelism,
      podPriority: this.props.podPriority,
      podPriorityClassName: this.props.podPriorityClassName,
      podMetadata: this.props.podMetadata
        ? { labels: this.props.podMetadata.labels, annotations: this.props.podMetadata.annotations }
        : undefined,
      ...this.exitFields(),
      templates: templates.length ? templates : undefined,
      ...this.extraSpecFields(ctx),
    };
    if (!this.props.specOverrides && this.specPatches.length === 0) return spec;
    const generatedPatch = spec.artifactGC?.podSpecPatch;
    if (this.props.specOverrides) spec = deepMerge(spec, argo.toJson_WorkflowSpec(this.props.specOverrides));
    if (this.specPatches.length) {
      spec = structuredClone(spec);
      for (const [path, value] of this.specPatches) setPath(spec, path, value);
    }
    return refreshGcPodSpecPatch(spec, generatedPatch);
  }

  /** Kind-specific spec fields (Workflow: workflowTemplateRef). */
  protected extraSpecFields(_ctx: RenderContext): Json {
    return {};
  }

  /** Metadata finishing of the synthesized JSON, with the opt-outs of the last render. */
  protected override finishJson(json: Json): Json {
    return this.finishWith(json, this.lastCtx);
  }

  // ------------------------------------------------------------------------------------------

  private finishWith(json: Json, ctx: RenderContext | undefined): Json {
    const metadata = finishMetadata(
      json.metadata ?? {},
      ctx?.optOuts,
      ctx?.settings.controllerConfig?.instanceID,
    );
    this.finishKindMetadata(metadata);
    json.metadata = sortKeys(metadata);
    return json;
  }

  private executorServiceAccount(ctx: RenderContext): string | undefined {
    const sa = this.props.serviceAccountName;
    if (isOptOut(sa)) {
      ctx.optOuts.set('executorServiceAccount', sa.reason);
      return undefined;
    }
    return this.rbac('executor', sa).serviceAccountName;
  }

  /** The workflow-level pin (also carried into the GC pod through podSpecPatch). */
  private workflowScheduling(ctx: RenderContext) {
    const archs = ctx.settings.imageArchitectures
      ? (this.imagePinUnion(ctx) ?? ctx.settings.architectures)
      : ctx.settings.architectures;
    if (isOptOut(archs)) {
      ctx.optOuts.set('architecture', archs.reason);
      return undefined;
    }
    return pinScheduling({}, archs, {
      os: ctx.settings.os,
      taintedArchitectures: ctx.settings.taintedArchitectures,
    });
  }

  /**
   * Chart-level `Architectures.fromImage()`: the workflow level (and so the GC pod, whose argoexec
   * image is multi-arch) goes where the pods go, the union of the reachable pod templates' pins.
   */
  private imagePinUnion(ctx: RenderContext): string[] | undefined {
    const union = new Set<string>();
    for (const t of this.reachableTemplates()) {
      if (!(t instanceof PodTemplate)) continue;
      const archs = t._architectures(ctx);
      if (archs && !isOptOut(archs)) for (const a of archs) union.add(a);
    }
    return union.size ? [...union].sort() : undefined;
  }

  private artifactStrategies(): string[] {
    return this.reachableTemplates().flatMap((t) => t._artifactGcStrategies());
  }

  private hasArtifactGcWork(): boolean {
    return (
      this.props.artifactGC !== undefined || this.reachableTemplates().some((t) => t._hasOutputArtifacts())
    );
  }

  /** Creates the shared GC RBAC if this object will use it. */
  private ensureArtifactGcRbac(): void {
    const gc = this.settings.artifactGC;
    if (isOptOut(gc) || !gcPodNeeded(gc.strategy, this.artifactStrategies())) return;
    this.rbac('artifact-gc', gc.serviceAccountName);
  }

  /**
   * The shared RBAC of this object's pods: plain resources, or for an Argo CD hook that would run
   * before they exist (or after they are gone), its own objects placed as hooks before it.
   */
  private rbac(purpose: 'executor' | 'artifact-gc', serviceAccountName: string | undefined): WorkflowRbac {
    return WorkflowRbac.of(this, purpose, this.namespace, serviceAccountName, this.rbacHookPlacement());
  }

  private exitFields(): Json {
    const hooks = { ...this.hookMap };
    let onExit: string | undefined;
    if (this.exitHandler) {
      if (this.exitHandler._owner === this) onExit = this.exitHandler.name;
      else hooks.exit = { template: this.exitHandler };
    }
    return { onExit, hooks: Object.keys(hooks).length ? renderHooks(hooks, this) : undefined };
  }
}
