/**
 * What Workflow, WorkflowTemplate, ClusterWorkflowTemplate and CronWorkflow share: the template
 * list, the safe defaults, the RBAC, the validations and the lint call.
 */
import { ApiObject, type ApiObjectMetadata, Chart, Lazy } from 'cdk8s';
import { Construct, type IConstruct } from 'constructs';
import type { Json } from '../argo/json';
import { ARGO_API_VERSION, LABEL_INSTANCE_ID } from '../argo/metadata';
import { hasBug, hasField } from '../argo/versions';
import { AuthoringError, authoringLine, registerValidation, reportWarning } from '../authoring-errors';
import * as argo from '../imports/argo-workflows';
import { pinScheduling, schedulingPodSpecPatch } from '../platform/scheduling';
import { IGNORE_ANNOTATION, lintManifests } from '../rules';
import type { Finding, Manifest } from '../rules/types';
import { type Arguments, renderArguments } from './artifacts';
import { ContainerSetTemplate, type ContainerSetTemplateProps } from './container-set-template';
import { ContainerTemplate, type ContainerTemplateProps } from './container-template';
import { DagTemplate, type DagTemplateProps } from './dag-template';
import { type LifecycleHookProps, renderHooks } from './invocation';
import {
  isOptOut,
  OPT_OUT_ANNOTATION_PREFIX,
  OPT_OUT_SETTINGS,
  type OptOut,
  type OptOutSetting,
} from './opt-out';
import { PodTemplate } from './pod-template';
import { type HookPlacement, WorkflowRbac } from './rbac';
import { ResourceTemplate, type ResourceTemplateProps } from './resource-template';
import { validateArchitectures } from './scheduling';
import { ScriptTemplate, type ScriptTemplateProps } from './script-template';
import {
  ArgoGuard,
  type ArgoGuardSettings,
  type ArtifactGcSettings,
  type ResolvedSettings,
  ruleOptions,
  settingsGeneration,
} from './settings';
import { StepsTemplate, type StepsTemplateProps } from './steps-template';
import { SuspendTemplate, type SuspendTemplateProps } from './suspend-template';
import { renderSynchronization, type SynchronizationProps, validateSynchronization } from './synchronization';
import { type ITemplateOwner, type RenderContext, type Template, validateReference } from './template';
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

/** The non-Argo objects of an app as JSON, shared by every construct's lint in one validation sweep. */
const nonArgoObjects = new WeakMap<object, Manifest[]>();

/** An ApiObject whose final JSON gets argo-guard's metadata adjustments (opt-out annotations, generateName). */
class GuardedApiObject extends ApiObject {
  /** @internal */
  public _finish?: (json: Json) => Json;
  public override toJson(): any {
    const json = super.toJson();
    return this._finish ? this._finish(json) : json;
  }
}

/** Base of Workflow, WorkflowTemplate, ClusterWorkflowTemplate and CronWorkflow. */
export abstract class WorkflowBase extends Construct implements ITemplateOwner {
  /** The L1 object. */
  public readonly apiObject: ApiObject;
  public abstract readonly kind: string;
  protected readonly props: WorkflowBaseProps;
  private readonly templateList: Template[] = [];
  private readonly specPatches: [string, unknown][] = [];
  private entry?: Template;
  private exitHandler?: Template;
  private readonly hookMap: Record<string, LifecycleHookProps>;
  private lastCtx?: RenderContext;
  private lastFindings?: Finding[];
  /** Reachable templates, cached only while one render or validation pass runs. */
  private reachableCache?: Template[];
  private settingsCache?: { gen: number; value: ResolvedSettings };
  /** Warnings already printed (cdk8s may validate more than once per synth). */
  private readonly warned = new Set<string>();

  protected constructor(scope: Construct, id: string, kind: string, props: WorkflowBaseProps) {
    super(scope, id);
    this.props = props;
    this.entry = props.entrypoint;
    this.exitHandler = props.onExit;
    this.hookMap = { ...props.hooks };
    const obj = new GuardedApiObject(this, 'Resource', {
      apiVersion: ARGO_API_VERSION,
      kind,
      metadata: props.metadata,
      ...this.lazyBody(),
    });
    obj._finish = (json) => this.finishJson(json);
    this.apiObject = obj;
    // RBAC objects are created now, not while rendering: constructs added during synth would
    // miss the output. Shared per chart and namespace, so this is cheap.
    if (!isOptOut(props.serviceAccountName)) this.rbac('executor', props.serviceAccountName);
    if (props.artifactGC !== undefined) this.ensureArtifactGcRbac();
    registerValidation(this, () => this.validateAll());
  }

  /** `metadata.name`. */
  public get resourceName(): string {
    return this.apiObject.name;
  }

  /** The namespace the object (and its RBAC) lives in. */
  public get namespace(): string | undefined {
    return this.apiObject.metadata.namespace ?? Chart.of(this).namespace;
  }

  /** The effective settings (chart/app settings overridden by this construct's props). */
  public get settings(): ResolvedSettings {
    const gen = settingsGeneration();
    let cache = this.settingsCache;
    if (cache?.gen !== gen) {
      cache = { gen, value: ArgoGuard.of(this, this.props) };
      this.settingsCache = cache;
    }
    return cache.value;
  }

  public get templates(): readonly Template[] {
    return this.templateList;
  }

  /** Adds a template (of any kind) to this object. A template belongs to exactly one object. */
  public addTemplate<T extends Template>(template: T): T {
    if (template._owner && template._owner !== this)
      throw new AuthoringError(
        'API011',
        this.node.path,
        `template "${template.name}" already belongs to ${template._owner.node.path}`,
        'create a new template, or call it from there (tasks reference templates of other WorkflowTemplates)',
      );
    if (!template._owner && this.templateList.some((t) => t.name === template.name))
      throw new AuthoringError(
        'API002',
        this.node.path,
        `template "${template.name}": two templates with this name`,
        'give each template a unique name',
      );
    if (!template._owner) {
      template._owner = this;
      this.templateList.push(template);
      if (template._hasOutputArtifacts()) this.ensureArtifactGcRbac();
    }
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
  public set entrypoint(t: Template | undefined) {
    this.entry = t;
  }

  /** Sets the exit handler (`spec.onExit`, or `hooks.exit` with a templateRef for a foreign template). */
  public onExit(t: Template): this {
    this.exitHandler = t;
    return this;
  }

  /** Adds a workflow-level lifecycle hook. */
  public addHook(name: string, hook: LifecycleHookProps): this {
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

  /** The synthesized manifest (same as `apiObject.toJson()`). */
  public toJson(): Json {
    return this.apiObject.toJson();
  }

  /**
   * The rules engine's findings (errors and warnings) for this object's manifest, with the
   * chart's version, watcher, platform settings. Computed at synth validation, or now.
   */
  public findings(): Finding[] {
    this.lastFindings ??= this.runLint();
    return this.lastFindings;
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

  /** The non-metadata top-level fields, lazily rendered (`{ spec }`). */
  protected lazyBody(): Json {
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

  /** Whether an entrypoint is required. */
  protected get requiresEntrypoint(): boolean {
    return false;
  }

  /** Kind-specific validation. */
  protected validateKind(_ctx: RenderContext): string[] {
    return [];
  }

  /** Extra metadata adjustments on the final JSON (Workflow: generateName). */
  protected finishMetadata(_metadata: Json): void {}

  /** The manifest as the rules engine sees it, built without a second cdk8s resolve pass. */
  protected lintManifest(): Manifest {
    return this.pass((ctx) =>
      this.finishJson(
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

  /** The non-metadata top-level fields, rendered now. */
  protected renderTopLevel(ctx: RenderContext): Json {
    return { spec: this.renderSpec(ctx) };
  }

  /** Runs one render or validation pass with the reachable templates computed once. */
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
    let spec: Json = {
      entrypoint: this.entry?.name,
      arguments: renderArguments(this.props.arguments),
      serviceAccountName: this.executorServiceAccount(ctx),
      activeDeadlineSeconds: this.activeDeadlineSeconds(ctx),
      podGC: this.podGc(ctx),
      ttlStrategy: this.ttl(ctx),
      artifactGC: this.artifactGc(ctx, wfPin),
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
    // Scheduling constraints added through the escape hatches reach the GC pod too, unless the
    // user wrote the podSpecPatch.
    if (generatedPatch !== undefined && spec.artifactGC?.podSpecPatch === generatedPatch) {
      const { nodeSelector, affinity, tolerations } = spec;
      spec.artifactGC = {
        ...spec.artifactGC,
        podSpecPatch: schedulingPodSpecPatch({ nodeSelector, affinity, tolerations }),
      };
    }
    return spec;
  }

  /** Kind-specific spec fields (Workflow: workflowTemplateRef). */
  protected extraSpecFields(_ctx: RenderContext): Json {
    return {};
  }

  // ------------------------------------------------------------------------------------------
  // defaults

  private activeDeadlineSeconds(ctx: RenderContext): number | undefined {
    const d = ctx.settings.activeDeadline;
    if (isOptOut(d)) {
      ctx.optOuts.set('activeDeadline', d.reason);
      return undefined;
    }
    return d.toSeconds();
  }

  private podGc(ctx: RenderContext): Json | undefined {
    const p = ctx.settings.podGC;
    if (isOptOut(p)) {
      ctx.optOuts.set('podGC', p.reason);
      return undefined;
    }
    return {
      strategy: p.strategy,
      deleteDelayDuration: p.deleteDelay ? `${p.deleteDelay.toSeconds()}s` : undefined,
    };
  }

  private ttl(ctx: RenderContext): Json | undefined {
    const t = ctx.settings.ttlStrategy;
    if (isOptOut(t)) {
      ctx.optOuts.set('ttlStrategy', t.reason);
      return undefined;
    }
    // An Argo CD hook's lifetime belongs to its delete policy; a TTL that deletes it before Argo CD
    // observed the result leaves the sync waiting (GITOPS-03). Only an explicit prop sets one.
    if (this.isArgoCdHook && this.props.ttlStrategy === undefined) return undefined;
    return {
      secondsAfterCompletion: t.afterCompletion?.toSeconds(),
      secondsAfterSuccess: t.afterSuccess?.toSeconds(),
      secondsAfterFailure: t.afterFailure?.toSeconds(),
    };
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

  private artifactGcSettings(ctx: RenderContext): ArtifactGcSettings | OptOut {
    return ctx.settings.artifactGC;
  }

  /** Creates the shared GC RBAC if this object will use it. */
  private ensureArtifactGcRbac(): void {
    const gc = this.settings.artifactGC;
    if (isOptOut(gc) || !this.gcPodNeeded(gc)) return;
    this.rbac('artifact-gc', gc.serviceAccountName);
  }

  /**
   * The shared RBAC of this object's pods: plain resources, or for an Argo CD hook that would run
   * before they exist (or after they are gone), its own objects placed as hooks before it.
   */
  private rbac(purpose: 'executor' | 'artifact-gc', serviceAccountName: string | undefined): WorkflowRbac {
    return WorkflowRbac.of(this, purpose, this.namespace, serviceAccountName, this.rbacHookPlacement());
  }

  /** A per-artifact strategy still needs the GC pod (and its RBAC) when the workflow's is Never. */
  private gcPodNeeded(gc: ArtifactGcSettings): boolean {
    return (
      (gc.strategy ?? 'OnWorkflowDeletion') !== 'Never' ||
      this.reachableTemplates().some((t) => t._artifactGcStrategies().some((x) => x !== 'Never'))
    );
  }

  private hasArtifactGcWork(): boolean {
    return (
      this.props.artifactGC !== undefined || this.reachableTemplates().some((t) => t._hasOutputArtifacts())
    );
  }

  private artifactGc(
    ctx: RenderContext,
    pin: ReturnType<WorkflowBase['workflowScheduling']>,
  ): Json | undefined {
    const gc = this.artifactGcSettings(ctx);
    if (isOptOut(gc)) {
      ctx.optOuts.set('artifactGC', gc.reason);
      return undefined;
    }
    if (!this.hasArtifactGcWork()) return undefined;
    const v = ctx.settings.argoVersion;
    // argo-workflows AGC006: OnWorkflowDeletion on an Argo CD hook blocks the next sync forever.
    const strategy =
      this.isArgoCdHook && !this.props.artifactGC
        ? 'OnWorkflowCompletion'
        : (gc.strategy ?? 'OnWorkflowDeletion');
    if (!this.gcPodNeeded({ strategy })) return { strategy };
    const sa = this.rbac('artifact-gc', gc.serviceAccountName).serviceAccountName;
    // The GC pod inherits none of the workflow's scheduling (artifact_gc.go createArtifactGCPod);
    // only podSpecPatch can carry the pin, or it may never schedule (AGC-05).
    const podSpecPatch =
      pin && hasField(v, 'artifactGC.podSpecPatch') ? schedulingPodSpecPatch(pin) : undefined;
    // argo-workflows#16599: force never releases a Workflow for which no GC pod ran, so on those
    // versions it is no safety net; set only where fixed, or when the user asks for it.
    let force = gc.forceFinalizerRemoval;
    if (
      force === undefined &&
      hasField(v, 'artifactGC.forceFinalizerRemoval') &&
      !hasBug(v, 'argo-workflows#16599')
    )
      force = true;
    return { strategy, serviceAccountName: sa, podSpecPatch, forceFinalizerRemoval: force };
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

  // ------------------------------------------------------------------------------------------
  // output and validation

  private finishJson(json: Json, ctx: RenderContext | undefined = this.lastCtx): Json {
    const optOuts = ctx?.optOuts;
    const metadata = json.metadata ?? {};
    // A controller with an instanceID ignores objects without its label (RUN-05: never picked up).
    const instanceId = ctx?.settings.controllerConfig?.instanceID;
    if (instanceId && metadata.labels?.[LABEL_INSTANCE_ID] === undefined) {
      metadata.labels = Object.fromEntries(
        Object.entries({ ...metadata.labels, [LABEL_INSTANCE_ID]: instanceId }).sort(([a], [b]) =>
          a < b ? -1 : 1,
        ),
      );
    }
    if (optOuts && optOuts.size > 0) {
      const annotations: Record<string, string> = { ...metadata.annotations };
      const rules = new Set<string>();
      for (const [setting, reason] of optOuts) {
        annotations[OPT_OUT_ANNOTATION_PREFIX + setting] = reason;
        for (const r of OPT_OUT_SETTINGS[setting]) rules.add(r);
      }
      if (rules.size > 0) {
        const prior = annotations[IGNORE_ANNOTATION];
        const ours = [...rules].sort().join(',');
        annotations[IGNORE_ANNOTATION] = prior
          ? prior.replace(/^([^:]*)/, (m) => `${m},${ours}`)
          : `${ours}: explicit opt-out, see ${OPT_OUT_ANNOTATION_PREFIX}* annotations`;
      }
      metadata.annotations = Object.fromEntries(
        Object.entries(annotations).sort(([a], [b]) => (a < b ? -1 : 1)),
      );
    }
    this.finishMetadata(metadata);
    json.metadata = Object.fromEntries(Object.entries(metadata).sort(([a], [b]) => (a < b ? -1 : 1)));
    return json;
  }

  private runLint(): Finding[] {
    const s = this.settings;
    if (!s.lint) return [];
    // Cross-object rules (a hook's dependencies GITOPS008, the artifact repository GITOPS010) need
    // the rest of the app: lint this object beside it and keep only its own findings.
    return lintManifests([this.lintManifest(), ...this.appContext()], ruleOptions(s)).filter(
      (f) => f.index === 0,
    );
  }

  /**
   * The other objects of the app the rules may need: every non-Argo object (ConfigMaps, RBAC;
   * rendered once per validation sweep) and the Argo objects this one references (a Workflow's
   * WorkflowTemplate). Linting every Argo object beside each construct would make synth quadratic.
   */
  private appContext(): Manifest[] {
    const root = this.node.root;
    let plain = nonArgoObjects.get(root);
    if (!plain) {
      plain = root.node
        .findAll()
        .filter((c): c is ApiObject => c instanceof ApiObject && !c.apiVersion.startsWith('argoproj.io/'))
        .map((o) => o.toJson());
      nonArgoObjects.set(root, plain);
      // Valid for this synchronous validation sweep only: the app may change before the next synth.
      process.nextTick(() => nonArgoObjects.delete(root));
    }
    return [...plain, ...this.referencedObjects().map((o) => o.toJson())];
  }

  /**
   * Authoring problems first (one line each: code, message, fix); when there are none, the
   * engine's findings on the output: errors fail the synth, warnings are printed.
   */
  private validateAll(): string[] {
    const errors = this.pass((ctx) => this.validateWith(ctx));
    if (errors.length === 0) {
      this.lastFindings = this.runLint();
      for (const f of this.lastFindings) {
        const line = `${f.rule} ${f.message} — ${f.fix}`;
        if (f.severity === 'error') errors.push(line);
        else if (!this.warned.has(line)) {
          this.warned.add(line);
          reportWarning(this, line);
        }
      }
    }
    return errors;
  }

  private validateWith(ctx: RenderContext): string[] {
    const s = ctx.settings;
    const errors: string[] = [];
    if (s.argoVersionError)
      return [authoringLine('API006', s.argoVersionError, 'set argoVersion to a supported X.Y or X.Y.Z')];
    const archs = s.architectures;
    if (s.imageArchitectures) {
      if (s.imageArchitectures.allowed)
        errors.push(...validateArchitectures(s.imageArchitectures.allowed, s.os, 'architectures setting'));
    } else if (!isOptOut(archs)) errors.push(...validateArchitectures(archs, s.os, 'architectures setting'));
    const reasons: [OptOutSetting, unknown][] = [
      ['activeDeadline', s.activeDeadline],
      ['podGC', s.podGC],
      ['ttlStrategy', s.ttlStrategy],
      ['retryLimit', s.retryLimit],
      ['architecture', s.architectures],
      ['artifactGC', s.artifactGC],
      ['executorServiceAccount', this.props.serviceAccountName],
    ];
    for (const [setting, value] of reasons) {
      if (isOptOut(value) && !value.reason.trim())
        errors.push(
          authoringLine('API001', `${setting}: an opt-out needs a reason`, "optOut('why this is safe here')"),
        );
    }
    const d = s.activeDeadline;
    if (!isOptOut(d)) {
      const secs = d.toSeconds();
      if (!(secs >= 1) || !Number.isInteger(secs))
        errors.push(
          authoringLine(
            'API008',
            `activeDeadline is ${secs}s (0 terminates the workflow at once)`,
            'use a positive whole number of seconds, e.g. Duration.hours(1)',
          ),
        );
    }
    if (typeof s.retryLimit === 'number' && (!Number.isInteger(s.retryLimit) || s.retryLimit < 0))
      errors.push(
        authoringLine('API008', `retryLimit ${s.retryLimit} is not a non-negative integer`, 'use e.g. 3'),
      );
    // Version-dependent fields, hook deadlines and hook GC strategies are rules on the output
    // (VER001, AGC007, GITOPS003, AGC006): the lint below reports them.
    if (this.props.synchronization)
      errors.push(...validateSynchronization(this.props.synchronization, s.argoVersion, 'workflow'));
    // Template names are unique: addTemplate refuses a second one (API002).
    for (const t of this.templateList) errors.push(...t._validate(ctx));
    if (this.entry) {
      if (this.entry._owner !== this)
        errors.push(
          `DAG001 entrypoint "${this.entry.name}" is not a template of this ${this.kind} — add it with addTemplate() or call it from a local dag/steps template`,
        );
    } else if (this.requiresEntrypoint) {
      errors.push(`DAG001 no entrypoint — pass entrypoint: <template> or set .entrypoint`);
    }
    if (this.exitHandler) errors.push(...validateReference(this.exitHandler, this, 'onExit'));
    for (const [name, h] of Object.entries(this.hookMap)) {
      errors.push(...validateReference(h.template, this, `hook "${name}"`));
      if (name !== 'exit' && !h.expression)
        errors.push(
          authoringLine(
            'API003',
            `hook "${name}": a hook other than "exit" needs an expression`,
            'set expression',
          ),
        );
    }
    errors.push(...this.validateKind(ctx));
    if (this.hasArtifactGcWork()) this.ensureArtifactGcRbac();
    return errors;
  }
}

/** Findings of every argo-guard construct under `scope`, by construct path (for a synth summary). */
export function collectFindings(scope: IConstruct): { path: string; findings: Finding[] }[] {
  return scope.node
    .findAll()
    .filter((c): c is WorkflowBase => c instanceof WorkflowBase)
    .map((c) => ({ path: c.node.path, findings: c.findings() }));
}
