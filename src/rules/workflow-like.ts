/**
 * The EFFECTIVE view of a Workflow-like object (Workflow, WorkflowTemplate,
 * ClusterWorkflowTemplate, CronWorkflow `spec.workflowSpec`), following the Argo merge order
 * (workflow/util `JoinWorkflowSpec`, workflowpod.go `addSchedulingConstraints`):
 *
 *   template-level  >  workflow-level  >  WorkflowTemplate (workflowTemplateRef)  >  controller workflowDefaults
 *
 * Nothing is deep-cloned: an object without a workflowTemplateRef and without controller
 * defaults uses its own spec as the effective spec. Merges allocate only the maps they touch.
 */

import { arr, isObject, metaValue, nonEmptyObj, type Obj, obj, ptr, str } from '../argo/json';
import { HOOK_ANNOTATION } from '../argo/metadata';
import type { InputIndex } from './input-index';
import type { Manifest } from './types';

export type WorkflowLikeKind = 'Workflow' | 'WorkflowTemplate' | 'ClusterWorkflowTemplate' | 'CronWorkflow';

export function isWorkflowLikeKind(k: unknown): k is WorkflowLikeKind {
  return (
    k === 'Workflow' || k === 'WorkflowTemplate' || k === 'ClusterWorkflowTemplate' || k === 'CronWorkflow'
  );
}

export type TemplateType =
  | 'container'
  | 'script'
  | 'containerSet'
  | 'steps'
  | 'dag'
  | 'suspend'
  | 'resource'
  | 'http'
  | 'plugin'
  | 'data'
  | 'unknown';

const TYPE_KEYS: readonly TemplateType[] = [
  'container',
  'script',
  'containerSet',
  'steps',
  'dag',
  'suspend',
  'resource',
  'http',
  'plugin',
  'data',
];

export interface TemplateInfo {
  /** `templates[].name`; undefined for inline templates and garbage. */
  readonly name?: string;
  readonly tmpl: Obj;
  /** JSON pointer to the template inside its owner object. */
  readonly path: string;
  /** The Workflow-like that holds the template. */
  readonly owner: WorkflowLike;
  /** Declared inline in a step/task (`inline:`). */
  readonly inline: boolean;
  readonly type: TemplateType;
  /** container / script / containerSet: the controller creates a pod for it. */
  readonly isPod: boolean;
}

export interface WorkflowTemplateRefInfo {
  readonly name?: string;
  readonly clusterScope: boolean;
  /** The referenced template when it is in the input set. */
  readonly resolved?: WorkflowLike;
  readonly path: string;
}

export interface WorkflowLike {
  readonly index: number;
  readonly manifest: Manifest;
  readonly kind: WorkflowLikeKind;
  readonly name?: string;
  readonly namespace?: string;
  /** `/spec` or `/spec/workflowSpec` (CronWorkflow). */
  readonly specPath: string;
  /** The spec as written ({} when missing or not an object). */
  readonly spec: Obj;
  /** The workflow-level spec after merging the WorkflowTemplate and controller defaults under it. */
  readonly effective: Obj;
  /** `effective.templateDefaults` as an object. */
  readonly templateDefaults?: Obj;
  /** Templates written in this object (including inline ones), in order. */
  readonly ownTemplates: readonly TemplateInfo[];
  /** Templates by name: own ones first, then those of a resolved workflowTemplateRef. */
  readonly byName: ReadonlyMap<string, TemplateInfo>;
  readonly workflowTemplateRef?: WorkflowTemplateRefInfo;
  /**
   * False when the object uses a workflowTemplateRef that is not in the input set: its effective
   * spec and template list are then only partly known, and "missing X" rules stay quiet.
   */
  readonly complete: boolean;
  /** The Argo CD hook annotation (`argocd.argoproj.io/hook`), if any. */
  readonly hook?: string;
  /**
   * Per-object results shared by rules (a plain object, not WeakMaps keyed by the Workflow-like:
   * ephemeron tables make every GC of a 10,000-object heap slower).
   */
  readonly cache: {
    calls?: Map<TemplateInfo, readonly Call[]>;
    [key: string]: unknown;
  };
}

/** Deep merge of JSON-like maps (strategic merge for maps; arrays and scalars are replaced). */
export function mergeUnder(high: Obj, low: Obj | undefined): Obj {
  if (!low || low === high) return high;
  const out: Obj = { ...low };
  for (const k in high) {
    const hv = high[k];
    if (hv === undefined || hv === null) continue;
    const lv = low[k];
    out[k] = isObject(hv) && isObject(lv) && k !== 'templates' ? mergeUnder(hv, lv) : hv;
  }
  return out;
}

export function buildWorkflowLike(m: Manifest, index: number, input: InputIndex): WorkflowLike | undefined {
  const kind = m.kind;
  if (!isWorkflowLikeKind(kind)) return undefined;
  const md = obj(m.metadata);
  const outerSpec = obj(m.spec);
  const isCron = kind === 'CronWorkflow';
  const spec = (isCron ? obj(outerSpec?.workflowSpec) : outerSpec) ?? {};
  const specPath = isCron ? '/spec/workflowSpec' : '/spec';

  const ownTemplates: TemplateInfo[] = [];
  const byName = new Map<string, TemplateInfo>();
  const wl = {
    index,
    manifest: m,
    kind,
    name: str(md?.name),
    namespace: str(md?.namespace),
    specPath,
    spec,
    effective: spec,
    ownTemplates,
    byName,
    complete: true,
    hook: metaValue(md, 'annotations', HOOK_ANNOTATION),
    cache: {},
  } as {
    -readonly [K in keyof WorkflowLike]: WorkflowLike[K];
  };

  // WorkflowTemplate referenced by workflowTemplateRef, when it is in the input set.
  const ref = obj(spec.workflowTemplateRef);
  let below: Obj | undefined;
  let refWl: WorkflowLike | undefined;
  if (ref) {
    const clusterScope = ref.clusterScope === true;
    const name = str(ref.name);
    const entry = name
      ? input.find(clusterScope ? 'ClusterWorkflowTemplate' : 'WorkflowTemplate', name, wl.namespace)
      : undefined;
    refWl = entry && entry.index !== index ? input.workflowLike(entry.index) : undefined;
    wl.workflowTemplateRef = {
      name,
      clusterScope,
      resolved: refWl,
      path: `${specPath}/workflowTemplateRef`,
    };
    if (refWl)
      below = refWl.effective; // already carries the controller defaults
    else wl.complete = false;
  }
  if (!refWl) {
    const defaults = obj(input.options.controllerConfig?.workflowDefaults?.spec);
    below = defaults;
  }
  wl.effective = mergeUnder(spec, below);
  wl.templateDefaults = obj(wl.effective.templateDefaults);

  const templates = arr(spec.templates);
  for (let i = 0; i < templates.length; i++) {
    const t = templates[i];
    if (!isObject(t)) continue;
    const info = makeTemplate(wl, t, `${specPath}/templates/${i}`, false);
    ownTemplates.push(info);
    if (info.name !== undefined && !byName.has(info.name)) byName.set(info.name, info);
    collectInline(wl, info);
  }
  if (refWl) {
    for (const [n, t] of refWl.byName) if (!byName.has(n)) byName.set(n, t);
  }
  return wl;
}

function makeTemplate(owner: WorkflowLike, tmpl: Obj, path: string, inline: boolean): TemplateInfo {
  let type: TemplateType = 'unknown';
  for (const k of TYPE_KEYS) {
    if (isObject(tmpl[k]) || (k === 'steps' && Array.isArray(tmpl[k]))) {
      type = k;
      break;
    }
  }
  const isPod = type === 'container' || type === 'script' || type === 'containerSet';
  return { name: inline ? undefined : str(tmpl.name), tmpl, path, owner, inline, type, isPod };
}

function collectInline(wl: WorkflowLike, t: TemplateInfo): void {
  if (!hasInline(t.tmpl)) return;
  forEachStepOrTask(t, (step, path) => {
    const inl = obj(step.inline);
    if (!inl) return;
    const info = makeTemplate(wl, inl, `${path}/inline`, true);
    (wl.ownTemplates as TemplateInfo[]).push(info);
    collectInline(wl, info);
  });
}

/** Whether any step or task of the template declares an inline template (cheap, no allocation). */
function hasInline(tmpl: Obj): boolean {
  const groups = tmpl.steps;
  if (Array.isArray(groups)) {
    for (const g of groups) {
      if (Array.isArray(g)) {
        for (const s of g) if (isObject(s) && s.inline !== undefined) return true;
      } else if (isObject(g) && g.inline !== undefined) return true;
    }
  }
  const tasks = obj(tmpl.dag)?.tasks;
  if (Array.isArray(tasks)) for (const s of tasks) if (isObject(s) && s.inline !== undefined) return true;
  return false;
}

/** `template "name"` (or `an inline template`), for messages. */
export function templateLabel(t: TemplateInfo): string {
  return t.name !== undefined ? `template "${t.name}"` : 'an inline template';
}

/** Calls `fn` for every step (`steps[i][j]`) and DAG task (`dag.tasks[i]`) of a template. */
export function forEachStepOrTask(
  t: TemplateInfo,
  fn: (step: Obj, path: string, isTask: boolean) => void,
): void {
  const groups = arr(t.tmpl.steps);
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    // A step group is a list; tolerate a bare step object too.
    if (Array.isArray(g)) {
      for (let j = 0; j < g.length; j++) {
        const s = g[j];
        if (isObject(s)) fn(s, `${t.path}/steps/${i}/${j}`, false);
      }
    } else if (isObject(g)) fn(g, `${t.path}/steps/${i}`, false);
  }
  const tasks = arr(obj(t.tmpl.dag)?.tasks);
  for (let i = 0; i < tasks.length; i++) {
    const s = tasks[i];
    if (isObject(s)) fn(s, `${t.path}/dag/tasks/${i}`, true);
  }
}

// ---------------------------------------------------------------------------------------------
// Calls (the template call graph)
// ---------------------------------------------------------------------------------------------

export interface Resolved {
  readonly wl: WorkflowLike;
  readonly t: TemplateInfo;
}

export type CallVia = 'step' | 'task' | 'hook' | 'exit';

export interface Call {
  /** Pointer (in the caller's owner object) of the step/task/hook that makes the call. */
  readonly path: string;
  readonly via: CallVia;
  /** Has a `when` (or a hook `expression`): the call may not happen. */
  readonly guarded: boolean;
  /** What is called, as written: `tmpl`, or `wftmpl/tmpl` for a templateRef. */
  readonly label: string;
  readonly target?: Resolved;
  /**
   * Why `target` is missing: `local` (no template of that name), `ref-template` (the referenced
   * WorkflowTemplate is in the input set but has no such template), `ref-absent` (the referenced
   * WorkflowTemplate is not in the input set: unknown, not an error).
   */
  readonly missing?: 'local' | 'ref-template' | 'ref-absent';
  /** Pointer to the `template`/`templateRef` field (for DAG002). */
  readonly refPath: string;
}

/**
 * Resolves a `template` name or a `templateRef` as seen from `wl` (the workflow that executes).
 * `holder` is the step/task/hook object; `path` its pointer.
 */
export function resolveCall(
  input: InputIndex,
  wl: WorkflowLike,
  holder: Obj,
  path: string,
  via: CallVia,
  guarded: boolean,
  inlineInfo?: TemplateInfo,
): Call | undefined {
  if (inlineInfo) {
    return {
      path,
      via,
      guarded,
      label: '(inline)',
      target: { wl, t: inlineInfo },
      refPath: `${path}/inline`,
    };
  }
  const name = str(holder.template);
  if (name !== undefined) {
    const t = wl.byName.get(name);
    if (t) return { path, via, guarded, label: name, target: { wl, t }, refPath: `${path}/template` };
    return {
      path,
      via,
      guarded,
      label: name,
      missing: wl.complete ? 'local' : 'ref-absent',
      refPath: `${path}/template`,
    };
  }
  const ref = obj(holder.templateRef);
  if (ref) {
    const refName = str(ref.name);
    const tName = str(ref.template);
    const label = `${refName ?? '?'}/${tName ?? '?'}`;
    const refPath = `${path}/templateRef`;
    if (!refName || !tName) return { path, via, guarded, label, missing: 'ref-absent', refPath };
    const kind = ref.clusterScope === true ? 'ClusterWorkflowTemplate' : 'WorkflowTemplate';
    const entry = input.find(kind, refName, wl.namespace);
    const target = entry ? input.workflowLike(entry.index) : undefined;
    // Not in the input set (or a reference cycle still being built): unknown, not an error.
    if (!target) return { path, via, guarded, label, missing: 'ref-absent', refPath };
    const t = target.byName.get(tName);
    if (!t) return { path, via, guarded, label, missing: 'ref-template', refPath };
    return { path, via, guarded, label, target: { wl: target, t }, refPath };
  }
  return undefined;
}

/**
 * Every call a template makes: steps, DAG tasks, their `onExit`, and their lifecycle `hooks`.
 * `wl` is the executing workflow (whose template names are in scope).
 */
export function callsOf(input: InputIndex, wl: WorkflowLike, t: TemplateInfo): readonly Call[] {
  let perWl = wl.cache.calls;
  if (!perWl) {
    perWl = new Map();
    wl.cache.calls = perWl;
  }
  let calls = perWl.get(t);
  if (!calls) {
    calls = computeCalls(input, wl, t);
    perWl.set(t, calls);
  }
  return calls;
}

function computeCalls(input: InputIndex, wl: WorkflowLike, t: TemplateInfo): Call[] {
  const out: Call[] = [];
  // Inline templates of this template, by pointer, so calls to them resolve to the same info.
  forEachStepOrTask(t, (step, path, isTask) => {
    const guarded = str(step.when) !== undefined;
    const via: CallVia = isTask ? 'task' : 'step';
    let inlineInfo: TemplateInfo | undefined;
    if (isObject(step.inline)) {
      const p = `${path}/inline`;
      inlineInfo = t.owner.ownTemplates.find((x) => x.inline && x.path === p);
    }
    const c = resolveCall(input, wl, step, path, via, guarded, inlineInfo);
    if (c) out.push(c);
    const onExit = str(step.onExit);
    if (onExit !== undefined) {
      const c2 = resolveCall(input, wl, { template: onExit }, path, 'exit', guarded);
      if (c2) out.push({ ...c2, refPath: `${path}/onExit` });
    }
    const hooks = obj(step.hooks);
    if (hooks) {
      for (const hk in hooks) {
        const h = obj(hooks[hk]);
        if (!h) continue;
        const hp = ptr(path, 'hooks', hk);
        const c3 = resolveCall(
          input,
          wl,
          h,
          hp,
          hk === 'exit' ? 'exit' : 'hook',
          guarded || (hk !== 'exit' && str(h.expression) !== undefined),
        );
        if (c3) out.push(c3);
      }
    }
  });
  return out;
}

/** The workflow-level entry points of exit handlers: `spec.onExit` and `spec.hooks.exit`. */
export function workflowExitCalls(input: InputIndex, wl: WorkflowLike): Call[] {
  const out: Call[] = [];
  const onExit = str(wl.effective.onExit);
  if (onExit !== undefined) {
    const c = resolveCall(input, wl, { template: onExit }, wl.specPath, 'exit', false);
    if (c) out.push({ ...c, refPath: ptr(wl.specPath, 'onExit') });
  }
  const exit = obj(obj(wl.effective.hooks)?.exit);
  if (exit) {
    const c = resolveCall(input, wl, exit, ptr(wl.specPath, 'hooks', 'exit'), 'exit', false);
    if (c) out.push(c);
  }
  return out;
}

/** Workflow-level lifecycle hooks other than `exit` (`spec.hooks.<name>`). */
export function workflowHookCalls(input: InputIndex, wl: WorkflowLike): Call[] {
  const out: Call[] = [];
  const hooks = obj(wl.effective.hooks);
  if (!hooks) return out;
  for (const hk in hooks) {
    if (hk === 'exit') continue;
    const h = obj(hooks[hk]);
    if (!h) continue;
    const c = resolveCall(input, wl, h, ptr(wl.specPath, 'hooks', hk), 'hook', true);
    if (c) out.push(c);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Effective template fields and scheduling
// ---------------------------------------------------------------------------------------------

/** A template field after `templateDefaults` (template value wins; maps merge). */
export function templateField(wl: WorkflowLike, t: TemplateInfo, key: string): unknown {
  const v = t.tmpl[key];
  const d = wl.templateDefaults?.[key];
  if (d === undefined || d === null) return v;
  if (v === undefined || v === null) return d;
  return isObject(v) && isObject(d) ? mergeUnder(v, d) : v;
}

/**
 * The scheduling fields the controller gives a pod, as written (untrusted: read the pin with
 * src/platform/scheduling.ts), and where each comes from.
 */
export interface EffectiveScheduling {
  readonly nodeSelector?: Obj;
  /** Where the effective nodeSelector comes from. */
  readonly nodeSelectorFrom: 'template' | 'workflow' | 'none';
  readonly affinity?: Obj;
  readonly affinityFrom: 'template' | 'workflow' | 'none';
  readonly tolerations: readonly unknown[];
}

/**
 * The scheduling constraints of a pod template, as workflowpod.go applies them: a template's
 * non-empty nodeSelector REPLACES the workflow's (no merge); same for affinity and tolerations.
 */
export function effectiveScheduling(wl: WorkflowLike, t: TemplateInfo): EffectiveScheduling {
  const tns = templateField(wl, t, 'nodeSelector');
  const wns = wl.effective.nodeSelector;
  const taff = templateField(wl, t, 'affinity');
  const waff = wl.effective.affinity;
  const ttol = templateField(wl, t, 'tolerations');
  const wtol = wl.effective.tolerations;
  return {
    nodeSelector: nonEmptyObj(tns) ? tns : nonEmptyObj(wns) ? wns : undefined,
    nodeSelectorFrom: nonEmptyObj(tns) ? 'template' : nonEmptyObj(wns) ? 'workflow' : 'none',
    affinity: isObject(taff) ? taff : isObject(waff) ? waff : undefined,
    affinityFrom: isObject(taff) ? 'template' : isObject(waff) ? 'workflow' : 'none',
    tolerations: arr(ttol).length > 0 ? arr(ttol) : arr(wtol),
  };
}

/** Images a pod template runs: main container/script, containerSet containers, init containers, sidecars. */
export function templateImages(t: TemplateInfo): { image: string; path: string }[] {
  const out: { image: string; path: string }[] = [];
  const add = (c: unknown, path: string) => {
    const image = str(obj(c)?.image);
    if (image !== undefined) out.push({ image, path: ptr(path, 'image') });
  };
  add(t.tmpl.container, ptr(t.path, 'container'));
  add(t.tmpl.script, ptr(t.path, 'script'));
  const cs = arr(obj(t.tmpl.containerSet)?.containers);
  for (let i = 0; i < cs.length; i++) add(cs[i], ptr(t.path, 'containerSet', 'containers', i));
  const inits = arr(t.tmpl.initContainers);
  for (let i = 0; i < inits.length; i++) add(inits[i], ptr(t.path, 'initContainers', i));
  const sidecars = arr(t.tmpl.sidecars);
  for (let i = 0; i < sidecars.length; i++) add(sidecars[i], ptr(t.path, 'sidecars', i));
  return out;
}
