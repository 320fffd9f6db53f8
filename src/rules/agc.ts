/**
 * Artifact GC (AGC): settings that leave a Workflow hanging on the
 * `workflows.argoproj.io/artifact-gc` finalizer. Facts: docs/failure-modes.md §2;
 * version gates from src/argo/versions.ts.
 */
import { load as loadYaml } from 'js-yaml';
import { arr, isObject, nonEmptyObj, type Obj, obj, ptr, str } from '../argo/json';
import { WORKFLOW_LIKE_KINDS } from '../argo/kinds';
import { formatArgoVersion, VERSIONED_FIELDS } from '../argo/versions';
import { archTaint, pinnedArchitectures, tolerationsTolerateTaint } from '../platform/scheduling';
import type { InputIndex } from './input-index';
import { defineRule, type Rule, type RuleContext, targetHasBug, targetHasField } from './rule';
import {
  callsOf,
  effectiveScheduling,
  type Resolved,
  type TemplateInfo,
  type WorkflowLike,
} from './workflow-like';

export interface GcArtifact {
  /** Pointer to the artifact (in its owner object). */
  readonly path: string;
  /** Effective strategy: the artifact's own, else the workflow's. */
  readonly strategy: string;
  /** Pointer to where the effective strategy is written, or undefined when it is the workflow's. */
  readonly strategyPath?: string;
  readonly ownSa: boolean;
  /** The artifact is written in the linted object (not in a referenced WorkflowTemplate). */
  readonly own: boolean;
}

export interface GcInfo {
  /** Any artifact (or, with unknown templates, the workflow) has an effective strategy other than Never. */
  readonly inEffect: boolean;
  readonly wfGc?: Obj;
  readonly wfStrategy?: string;
  readonly artifacts: readonly GcArtifact[];
  readonly strategies: ReadonlySet<string>;
}

/** Every template the workflow runs: its own (incl. inline) and those of its workflowTemplateRef. */
export function allTemplates(wl: WorkflowLike): TemplateInfo[] {
  if (!wl.workflowTemplateRef?.resolved) return wl.ownTemplates as TemplateInfo[];
  const out = [...wl.ownTemplates];
  const seen = new Set(out);
  for (const t of wl.byName.values()) if (!seen.has(t)) out.push(t);
  return out;
}

/**
 * allTemplates plus the templates reached through templateRef (in the input set): at run time
 * they are in `status.storedTemplates`, which the controller also scans for artifacts.
 */
export function executedTemplates(
  input: InputIndex,
  wl: WorkflowLike,
): { templates: TemplateInfo[]; unknownCalls: boolean } {
  const base = allTemplates(wl);
  const stack: Resolved[] = [];
  let unknownCalls = false;
  for (const t of base) {
    for (const c of callsOf(input, wl, t)) {
      if (c.target && c.target.wl !== wl) stack.push(c.target);
      else if (c.missing === 'ref-absent') unknownCalls = true;
    }
  }
  if (stack.length === 0) return { templates: base, unknownCalls };
  const out = [...base];
  const seen = new Set(out);
  while (stack.length > 0) {
    const r = stack.pop()!;
    if (seen.has(r.t)) continue;
    seen.add(r.t);
    out.push(r.t);
    for (const c of callsOf(input, r.wl, r.t)) {
      if (c.target) stack.push(c.target);
      else if (c.missing === 'ref-absent') unknownCalls = true;
    }
  }
  return { templates: out, unknownCalls };
}

/** Whether artifact GC is in effect, as artifact_gc.go `HasArtifactGC` decides (plus unknowns). */
export function gcInfo(input: InputIndex, wl: WorkflowLike): GcInfo {
  const cached = wl.cache.gc as GcInfo | undefined;
  if (cached) return cached;
  const wfGc = obj(wl.effective.artifactGC);
  const wfStrategy = str(wfGc?.strategy);
  const artifacts: GcArtifact[] = [];
  const strategies = new Set<string>();
  const executed = executedTemplates(input, wl);
  for (const t of executed.templates) {
    const list = arr(obj(t.tmpl.outputs)?.artifacts);
    for (let i = 0; i < list.length; i++) {
      const a = obj(list[i]);
      if (!a) continue;
      const agc = obj(a.artifactGC);
      const own = str(agc?.strategy);
      const strategy = own ?? wfStrategy;
      if (!strategy || strategy === 'Never') continue;
      const path = `${t.path}/outputs/artifacts/${i}`;
      strategies.add(strategy);
      artifacts.push({
        path,
        strategy,
        strategyPath: own ? `${path}/artifactGC/strategy` : undefined,
        ownSa: str(agc?.serviceAccountName) !== undefined,
        own: t.owner === wl,
      });
    }
  }
  // Templates outside the input set may have artifacts: an explicit workflow strategy then counts.
  const unknown = !wl.complete || executed.unknownCalls;
  const inEffect = artifacts.length > 0 || (unknown && !!wfStrategy && wfStrategy !== 'Never');
  if (artifacts.length === 0 && inEffect && wfStrategy) strategies.add(wfStrategy);
  const info: GcInfo = { inEffect, wfGc, wfStrategy, artifacts, strategies };
  wl.cache.gc = info;
  return info;
}

/** Pointer to `spec.artifactGC.<field>` when written in this object, else to the closest parent. */
function gcPath(wl: WorkflowLike, field?: string): string {
  const own = obj(wl.spec.artifactGC);
  if (!own) return wl.specPath;
  if (field && own[field] !== undefined) return ptr(wl.specPath, 'artifactGC', field);
  return ptr(wl.specPath, 'artifactGC');
}

/** Where to point for "GC is on": the workflow strategy, else the first artifact written here. */
function gcOnPath(wl: WorkflowLike, gc: GcInfo): string {
  if (str(obj(wl.spec.artifactGC)?.strategy)) return ptr(wl.specPath, 'artifactGC', 'strategy');
  const a = gc.artifacts.find((x) => x.own && x.strategyPath);
  return a?.strategyPath ?? wl.specPath;
}

function withGc(ctx: RuleContext, fn: (wl: WorkflowLike, gc: GcInfo) => void): void {
  const wl = ctx.workflowLike();
  if (!wl) return;
  const gc = gcInfo(ctx.input, wl);
  if (gc.inEffect) fn(wl, gc);
}

function strategiesText(gc: GcInfo): string {
  return [...gc.strategies].sort().join('/');
}

export const AGC001 = defineRule({
  id: 'AGC001',
  severity: 'error',
  family: 'AGC',
  title: 'artifact GC on a target that never releases runs that fail before producing artifacts',
  hasAutofix: false,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    const v = ctx.options.argoVersion;
    if (ctx.options.watcher || !targetHasBug(v, 'argo-workflows#13499')) return;
    withGc(ctx, (wl, gc) => {
      ctx.report({
        path: gcOnPath(wl, gc),
        message: `artifact GC (${strategiesText(gc)}) is on and Argo Workflows ${formatArgoVersion(v)} keeps the artifact-gc finalizer forever on a run that fails before producing an artifact (argo-workflows#13499)`,
        fix: 'Target Argo Workflows >= 3.5.11 (or >= 3.6.0), or install the argo-guard watcher and lint with --watcher.',
      });
    });
  },
});

export const AGC002 = defineRule({
  id: 'AGC002',
  severity: 'error',
  family: 'AGC',
  title: 'forceFinalizerRemoval is not a safety net: it hangs when no GC pod ever ran',
  hasAutofix: false,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    const wl = ctx.workflowLike();
    if (!wl || obj(wl.effective.artifactGC)?.forceFinalizerRemoval !== true) return;
    const v = ctx.options.argoVersion;
    if (!targetHasBug(v, 'argo-workflows#16599')) return;
    // No autofix: dropping force trades the zero-pod hang for a hang after a failed GC pod
    // (without force the finalizer stays when GC fails): not always an improvement.
    ctx.report({
      path: gcPath(wl, 'forceFinalizerRemoval'),
      severity: ctx.options.watcher ? 'warning' : 'error',
      message: `spec.artifactGC.forceFinalizerRemoval: true never releases a Workflow for which no GC pod ran (it failed before producing artifacts) on Argo Workflows ${formatArgoVersion(v)} (argo-workflows#16599)`,
      fix: ctx.options.watcher
        ? 'Keep the argo-guard watcher installed: it releases these runs; force alone does not.'
        : 'Install the argo-guard watcher (and lint with --watcher), or drop forceFinalizerRemoval on a target >= 3.5.11.',
    });
  },
});

export const AGC003 = defineRule({
  id: 'AGC003',
  severity: 'error',
  family: 'AGC',
  title: 'artifact GC without spec.artifactGC.serviceAccountName (the GC pod runs as default)',
  hasAutofix: false,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    withGc(ctx, (wl, gc) => {
      if (str(gc.wfGc?.serviceAccountName)) return;
      // Artifacts that name their own GC service account are covered; unknown templates are not.
      if (gc.artifacts.length > 0 && gc.artifacts.every((a) => a.ownSa)) return;
      ctx.report({
        path: gcPath(wl),
        message:
          'artifact GC is on but spec.artifactGC.serviceAccountName is not set: the GC pod runs as the namespace "default" service account, which normally lacks workflowartifactgctasks RBAC and storage credentials',
        fix: 'Set spec.artifactGC.serviceAccountName to a service account with the artifact-GC Role and storage access.',
      });
    });
  },
});

/** Parsed podSpecPatch texts: the same patch is usually repeated in every template of a repo. */
const patchCache = new Map<string, Obj | undefined>();

function parsePatch(text: string): Obj | undefined {
  if (patchCache.has(text)) return patchCache.get(text);
  let out: Obj | undefined;
  try {
    const v = loadYaml(text);
    out = isObject(v) ? v : undefined;
  } catch {
    out = undefined;
  }
  if (patchCache.size > 1000) patchCache.clear();
  patchCache.set(text, out);
  return out;
}

export const AGC004 = defineRule({
  id: 'AGC004',
  severity: 'warning',
  family: 'AGC',
  title: 'scheduling constraints the artifact-GC pod does not inherit',
  hasAutofix: false,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    withGc(ctx, (wl, gc) => {
      const used = new Set<string>();
      const tolerations: unknown[] = [];
      const e = wl.effective;
      if (nonEmptyObj(e.nodeSelector)) used.add('nodeSelector');
      if (isObject(e.affinity)) used.add('affinity');
      for (const t of allTemplates(wl)) {
        if (!t.isPod) continue;
        const s = effectiveScheduling(wl, t);
        if (s.nodeSelectorFrom === 'template') used.add('nodeSelector');
        if (s.affinityFrom === 'template') used.add('affinity');
        tolerations.push(...s.tolerations);
      }
      tolerations.push(...arr(e.tolerations));
      if (used.size === 0 && tolerations.length === 0) return;
      const patchText = str(gc.wfGc?.podSpecPatch);
      const patch = (patchText ? parsePatch(patchText) : undefined) ?? {};
      // A patch with its own nodeSelector/affinity is a deliberate placement of the GC pod: the
      // workflow's placement need not be copied, but its tolerations must be when the patch
      // places the pod on an architecture the workflow tolerates a taint for (or that the app
      // declares tainted). Without any placement, the GC pod needs everything the workflow uses.
      const placed = nonEmptyObj(patch.nodeSelector) || isObject(patch.affinity);
      const missing: string[] = [];
      if (!placed) {
        if (used.has('nodeSelector')) missing.push('nodeSelector');
        if (used.has('affinity')) missing.push('affinity');
      }
      if (tolerations.length > 0 && arr(patch.tolerations).length === 0) {
        const patchArchs = placed
          ? pinnedArchitectures(obj(patch.nodeSelector), obj(patch.affinity))
          : undefined;
        const needsTolerations =
          !placed ||
          (patchArchs ?? []).some(
            (a) => ctx.options.taintedArchitectures.has(a) || tolerationsCoverArch(tolerations, a),
          );
        if (needsTolerations) missing.push('tolerations');
      }
      if (missing.length === 0) return;
      ctx.report({
        path: gcPath(wl, 'podSpecPatch'),
        message: `the workflow schedules its pods with ${missing.join(', ')} but spec.artifactGC.podSpecPatch does not carry ${missing.length > 1 ? 'them' : 'it'}: the GC pod inherits none and may never schedule`,
        fix: `Repeat ${missing.join(', ')} in spec.artifactGC.podSpecPatch (Argo Workflows >= 3.5).`,
      });
    });
  },
});

/**
 * Whether the tolerations tolerate a `kubernetes.io/arch` taint on `arch` that keeps pods off
 * (NoSchedule or NoExecute), so such a taint is to be expected.
 */
function tolerationsCoverArch(tolerations: readonly unknown[], arch: string): boolean {
  return (['NoSchedule', 'NoExecute'] as const).some((effect) =>
    tolerationsTolerateTaint(tolerations, { ...archTaint(arch), effect }),
  );
}

export const AGC005 = defineRule({
  id: 'AGC005',
  severity: 'warning',
  family: 'AGC',
  title: 'mixed GC strategies with forceFinalizerRemoval leak OnWorkflowDeletion artifacts',
  hasAutofix: false,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    withGc(ctx, (wl, gc) => {
      if (gc.wfGc?.forceFinalizerRemoval !== true) return;
      if (!gc.strategies.has('OnWorkflowDeletion') || !gc.strategies.has('OnWorkflowCompletion')) return;
      ctx.report({
        path: gcPath(wl, 'forceFinalizerRemoval'),
        message:
          'artifacts use both OnWorkflowCompletion and OnWorkflowDeletion GC with forceFinalizerRemoval: true: the finalizer can go after the completion pass and the OnWorkflowDeletion artifacts leak',
        fix: 'Use one GC strategy for all artifacts, or drop forceFinalizerRemoval.',
      });
    });
  },
});

export const AGC006 = defineRule({
  id: 'AGC006',
  severity: 'error',
  family: 'AGC',
  title: 'an Argo CD hook Workflow with OnWorkflowDeletion artifact GC',
  hasAutofix: false,
  kinds: ['Workflow'],
  check(ctx) {
    withGc(ctx, (wl, gc) => {
      if (wl.hook === undefined || !gc.strategies.has('OnWorkflowDeletion')) return;
      const own = gc.artifacts.find((a) => a.own && a.strategy === 'OnWorkflowDeletion' && a.strategyPath);
      const path =
        gc.wfStrategy === 'OnWorkflowDeletion' && str(obj(wl.spec.artifactGC)?.strategy)
          ? ptr(wl.specPath, 'artifactGC', 'strategy')
          : (own?.strategyPath ?? gcPath(wl, 'strategy'));
      ctx.report({
        path,
        message: `this Argo CD ${wl.hook} hook uses OnWorkflowDeletion artifact GC: when Argo CD deletes it before the next sync, a stuck GC blocks that sync forever (argo-cd#26180)`,
        fix: 'Use OnWorkflowCompletion (or no artifact GC) for hook Workflows.',
      });
    });
  },
});

export const AGC007 = defineRule({
  id: 'AGC007',
  severity: 'warning',
  family: 'AGC',
  title: 'an artifact-GC field the target version does not know (silently ignored)',
  hasAutofix: false,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    const v = ctx.options.argoVersion;
    withGc(ctx, (wl) => {
      const own = obj(wl.spec.artifactGC);
      if (!own) return;
      for (const [key, id] of [
        ['forceFinalizerRemoval', 'artifactGC.forceFinalizerRemoval'],
        ['podSpecPatch', 'artifactGC.podSpecPatch'],
      ] as const) {
        if (own[key] === undefined || targetHasField(v, id)) continue;
        const f = VERSIONED_FIELDS[id];
        ctx.report({
          path: ptr(wl.specPath, 'artifactGC', key),
          message: `${f.display} is not known to Argo Workflows ${formatArgoVersion(v)} (added in ${f.since}): the controller silently ignores it`,
          fix: `Target Argo Workflows >= ${f.since} or remove ${f.display}.`,
        });
      }
    });
  },
});

export const rules: readonly Rule[] = [AGC001, AGC002, AGC003, AGC004, AGC005, AGC006, AGC007];
