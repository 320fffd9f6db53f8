/**
 * Architecture / platform (ARCH): every pod must land on a node whose architecture its image
 * supports. A multi-arch index without the node's platform leaves the pod Pending forever
 * (ErrImagePull); a single-arch image on the wrong node fails with `exec format error`, which on
 * old targets strands the run on the GC finalizer (argo-workflows#13499).
 * Facts: docs/failure-modes.md RUN-01.
 */

import { arr, esc, isObject, nonEmptyObj, type Obj, obj, ptr, str } from '../argo/json';
import { WORKFLOW_LIKE_KINDS } from '../argo/kinds';
import { architecturesOf } from '../platform/platform';
import {
  ARCH_LABEL,
  archTaint,
  formatTaint,
  OS_LABEL,
  pinnedArchitectures,
  pinnedOperatingSystems,
  tolerationsTolerateTaint,
} from '../platform/scheduling';
import type { InputIndex } from './input-index';
import { defineRule, type Rule, type RuleContext } from './rule';
import { isLibrary } from './run';
import {
  effectiveScheduling,
  forEachStepOrTask,
  type TemplateInfo,
  templateField,
  templateImages,
  templateLabel,
  type WorkflowLike,
} from './workflow-like';

export interface PodPin {
  readonly t: TemplateInfo;
  /** Pinned architectures; `undefined` = not pinned; `null` = pinned in a podSpecPatch (unknown). */
  readonly archs: string[] | undefined | null;
  /** The workflow level pins, but the template replaced the constraint that did. */
  readonly lostWorkflowPin?: string[];
  /** Effective `kubernetes.io/os` values (`linux` when unpinned, as on every cluster we target). */
  readonly os: string[];
}

/** The effective architecture pin of every pod template written in this object. */
export function podPins(wl: WorkflowLike): PodPin[] {
  const cached = wl.cache.pins as PodPin[] | undefined;
  if (cached) return cached;
  const wfArchs = pinnedArchitectures(
    nonEmptyObj(wl.effective.nodeSelector) ? wl.effective.nodeSelector : undefined,
    obj(wl.effective.affinity),
  );
  const wfPatch = str(wl.effective.podSpecPatch);
  const out: PodPin[] = [];
  for (const t of wl.ownTemplates) {
    if (!t.isPod) continue;
    const s = effectiveScheduling(wl, t);
    let archs: string[] | undefined | null = pinnedArchitectures(s.nodeSelector, s.affinity);
    if (archs === undefined) {
      const patch = str(templateField(wl, t, 'podSpecPatch')) ?? wfPatch;
      if (patch?.includes(ARCH_LABEL)) archs = null;
    }
    const os = pinnedOperatingSystems(s.nodeSelector, s.affinity) ?? ['linux'];
    out.push({ t, archs, lostWorkflowPin: archs === undefined && wfArchs ? wfArchs : undefined, os });
  }
  wl.cache.pins = out;
  return out;
}

function forPins(ctx: RuleContext, fn: (wl: WorkflowLike, pin: PodPin) => void): void {
  const wl = ctx.workflowLike();
  if (!wl) return;
  for (const pin of podPins(wl)) fn(wl, pin);
}

type Callers = ReadonlyMap<number, readonly number[]>;

/**
 * For every (Cluster)WorkflowTemplate of the input, the Workflow-likes that call one of its
 * templates through templateRef (steps, DAG tasks, their hooks, inline templates, workflow hooks).
 * One raw walk of the input, done once per run and only when a library has an unpinned pod.
 */
function templateRefCallers(input: InputIndex): Callers {
  return input.memo('arch.templateRefCallers', () => {
    const out = new Map<number, number[]>();
    const add = (from: { index: number; namespace?: string }, ref: unknown) => {
      const r = obj(ref);
      const name = str(r?.name);
      if (!r || !name) return;
      const e = input.find(
        r.clusterScope === true ? 'ClusterWorkflowTemplate' : 'WorkflowTemplate',
        name,
        from.namespace,
      );
      if (!e || e.index === from.index) return;
      const list = out.get(e.index);
      if (!list) out.set(e.index, [from.index]);
      else if (list[list.length - 1] !== from.index) list.push(from.index);
    };
    const walkHooks = (from: { index: number; namespace?: string }, hooks: unknown) => {
      const h = obj(hooks);
      if (h) for (const k in h) add(from, obj(h[k])?.templateRef);
    };
    const walkTemplate = (from: { index: number; namespace?: string }, tmpl: Obj) => {
      forEachStepOrTask({ tmpl, path: '' } as TemplateInfo, (step) => {
        add(from, step.templateRef);
        walkHooks(from, step.hooks);
        const inl = obj(step.inline);
        if (inl) walkTemplate(from, inl);
      });
    };
    for (const kind of WORKFLOW_LIKE_KINDS) {
      for (const e of input.ofKind(kind)) {
        const outer = obj(e.manifest.spec);
        const spec = kind === 'CronWorkflow' ? obj(outer?.workflowSpec) : outer;
        if (!spec) continue;
        walkHooks(e, spec.hooks);
        for (const t of arr(spec.templates)) {
          const tmpl = obj(t);
          if (tmpl) walkTemplate(e, tmpl);
        }
      }
    }
    return out;
  });
}

function wlLabel(wl: WorkflowLike): string {
  const name = wl.name ?? str(obj(wl.manifest.metadata)?.generateName);
  return name !== undefined ? `${wl.kind} "${name}"` : wl.kind;
}

/**
 * For each of `pins` (unpinned pod templates of library `lib`), a caller under which the pod runs
 * unpinned, or undefined when every caller pins it. A caller that is itself a library passes the
 * question on to its own callers; one with no caller in the input counts as not pinning. A caller
 * whose workflowTemplateRef is outside the input is unknown and counts as pinning (stay quiet).
 */
function unpinnedCallers(
  input: InputIndex,
  lib: WorkflowLike,
  pins: readonly PodPin[],
  callers: readonly number[],
  seen: Set<number>,
): (string | undefined)[] {
  const out: (string | undefined)[] = pins.map(() => undefined);
  for (const index of callers) {
    if (out.every((x) => x !== undefined)) break;
    if (seen.has(index)) continue;
    // Not retained: a library may have thousands of callers, each built once per library.
    const cw = input.workflowLike(index, false);
    if (!cw) continue;
    if (isLibrary(cw)) {
      const next = templateRefCallers(input).get(index);
      seen.add(index);
      const sub = next
        ? unpinnedCallers(input, lib, pins, next, seen)
        : pins.map(() => `${wlLabel(cw)} (a library with no caller in the input)`);
      seen.delete(index);
      sub.forEach((x, i) => {
        out[i] ??= x;
      });
      continue;
    }
    if (!cw.complete) continue;
    pins.forEach((pin, i) => {
      if (out[i] !== undefined) return;
      const s = effectiveScheduling(cw, pin.t);
      if (pinnedArchitectures(s.nodeSelector, s.affinity) !== undefined) return;
      const patch = str(templateField(cw, pin.t, 'podSpecPatch')) ?? str(cw.effective.podSpecPatch);
      if (patch?.includes(ARCH_LABEL)) return;
      out[i] = wlLabel(cw);
    });
  }
  return out;
}

export const ARCH001 = defineRule({
  id: 'ARCH001',
  severity: 'error',
  family: 'ARCH',
  title: 'a pod template is not pinned to an architecture',
  hasAutofix: false,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    const wl = ctx.workflowLike();
    // Incomplete: the workflow-level pin may come from a WorkflowTemplate outside the input.
    if (!wl?.complete) return;
    // nodeSelector and required node affinity are ANDed: together they may allow no architecture.
    for (const pin of podPins(wl)) {
      if (pin.archs?.length !== 0) continue;
      ctx.report({
        path: pin.t.path,
        message: `${templateLabel(pin.t)} can run on no architecture: its effective nodeSelector and required node affinity (both must match) allow no common ${ARCH_LABEL} value, so the pod stays Pending`,
        fix: `Name the architecture in one place (the nodeSelector or every required node-affinity term), with an architecture the image supports.`,
      });
    }
    const unpinned = podPins(wl).filter((p) => p.archs === undefined && !p.lostWorkflowPin);
    if (unpinned.length === 0) return;
    // A library's templates run inside the Workflows that call them through templateRef, under
    // THEIR workflow-level scheduling: judge the pin there when callers are in the input.
    const callers = isLibrary(wl) ? templateRefCallers(ctx.input).get(wl.index) : undefined;
    const offenders = callers
      ? unpinnedCallers(ctx.input, wl, unpinned, callers, new Set([wl.index]))
      : undefined;
    unpinned.forEach((pin, i) => {
      const caller = offenders?.[i];
      if (offenders && caller === undefined) return;
      ctx.report({
        path: pin.t.path,
        message: caller
          ? `${templateLabel(pin.t)} runs a pod that is not pinned to an architecture: ${caller} calls it through templateRef without ${ARCH_LABEL} in its workflow-level nodeSelector or required node affinity, so on a mixed cluster it may land where its image cannot run`
          : `${templateLabel(pin.t)} runs a pod that is not pinned to an architecture (no ${ARCH_LABEL} in its effective nodeSelector or required node affinity): on a mixed cluster it may land where its image cannot run`,
        fix: caller
          ? `Add nodeSelector {${ARCH_LABEL}: <arch>} to the spec of ${caller} (or to the template), with an architecture the image supports.`
          : `Add nodeSelector {${ARCH_LABEL}: <arch>} to the template or the workflow spec, with an architecture the image supports.`,
      });
    });
  },
});

export const ARCH002 = defineRule({
  id: 'ARCH002',
  severity: 'error',
  family: 'ARCH',
  title: "a template's own nodeSelector/affinity silently drops the workflow's architecture pin",
  hasAutofix: true,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    forPins(ctx, (wl, pin) => {
      if (!pin.lostWorkflowPin) return;
      const t = pin.t;
      const ownNs = obj(t.tmpl.nodeSelector);
      const field = nonEmptyObj(templateField(wl, t, 'nodeSelector')) ? 'nodeSelector' : 'affinity';
      const path = t.tmpl[field] !== undefined ? ptr(t.path, field) : t.path;
      // Safe autofix: the workflow pins through its nodeSelector and the template replaced it
      // with its own nodeSelector map; adding the same arch key restores exactly the intended pin.
      const wfArch = str(obj(wl.effective.nodeSelector)?.[ARCH_LABEL]);
      const autofix =
        field === 'nodeSelector' && wfArch && ownNs && nonEmptyObj(ownNs)
          ? [{ op: 'add' as const, path: `${ptr(t.path, 'nodeSelector')}/${esc(ARCH_LABEL)}`, value: wfArch }]
          : undefined;
      ctx.report({
        path,
        message: `${templateLabel(t)} sets its own ${field} without ${ARCH_LABEL}; Argo replaces (does not merge) the workflow's ${field}, so the workflow pin to ${pin.lostWorkflowPin!.join(',')} is lost for this pod`,
        fix: `Add ${ARCH_LABEL}: ${pin.lostWorkflowPin!.join(',')} to the template's ${field}.`,
        autofix,
      });
    });
  },
});

/** Images whose name is computed at run time cannot be looked up. */
function isTemplated(image: string): boolean {
  return image.includes('{{');
}

export const ARCH003 = defineRule({
  id: 'ARCH003',
  severity: 'error',
  family: 'ARCH',
  title: "the pinned architecture is not among the image's platforms",
  hasAutofix: false,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    const lock = ctx.options.platforms;
    if (!lock) return;
    forPins(ctx, (_wl, pin) => {
      if (!pin.archs || pin.archs.length === 0) return;
      for (const { image, path } of templateImages(pin.t)) {
        if (isTemplated(image)) continue;
        const entry = lock.lookup(image);
        if (!entry) continue;
        // The pod may land on any allowed (os, arch) node: the image must run on every one.
        // Architectures are qualified by OS only when the pod may run elsewhere than linux.
        const qualify = pin.os.length !== 1 || pin.os[0] !== 'linux';
        const fmt = (os: string, a: string) => (qualify ? `${os}/${a}` : a);
        const bad: string[] = [];
        const have: string[] = [];
        for (const os of pin.os) {
          const archs = architecturesOf(entry.platforms, os);
          for (const a of archs) have.push(fmt(os, a));
          for (const a of pin.archs) if (!archs.includes(a)) bad.push(fmt(os, a));
        }
        if (bad.length === 0) continue;
        const os = pin.os.join(',');
        ctx.report({
          path,
          message: `${templateLabel(pin.t)} is pinned to ${pin.archs.join(',')} on ${os} (${ARCH_LABEL}, ${OS_LABEL}) but image ${image} is built for ${have.join(', ') || `no ${os} architecture`} (platform lock: ${entry.platforms.join(', ') || 'no platform'}): the pod will be Pending (no match for platform) or fail with exec format error`,
          fix: `Pin the template to one of ${have.join(', ') || 'the image platforms'}, or use an image built for ${bad.join(', ')}.`,
        });
      }
    });
  },
});

export const ARCH004 = defineRule({
  id: 'ARCH004',
  severity: 'warning',
  family: 'ARCH',
  title: 'an image is not in the platform lock file',
  hasAutofix: false,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    const lock = ctx.options.platforms;
    if (!lock) return;
    const wl = ctx.workflowLike();
    if (!wl) return;
    for (const t of wl.ownTemplates) {
      if (!t.isPod) continue;
      for (const { image, path } of templateImages(t)) {
        if (isTemplated(image) || lock.lookup(image)) continue;
        ctx.report({
          path,
          severity: ctx.options.strictPlatforms ? 'error' : 'warning',
          message: `image ${image} (${templateLabel(t)}) is not in the platform lock: its architectures are unknown, so the pin cannot be checked`,
          fix: 'Add the image to the platform lock file (argo-guard platforms).',
        });
      }
    }
  },
});

export const ARCH005 = defineRule({
  id: 'ARCH005',
  severity: 'warning',
  family: 'ARCH',
  title: 'pinned to a tainted architecture without a toleration',
  hasAutofix: false,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    const tainted = ctx.options.taintedArchitectures;
    if (tainted.size === 0) return;
    forPins(ctx, (wl, pin) => {
      if (!pin.archs || pin.archs.length === 0) return;
      const tols = effectiveScheduling(wl, pin.t).tolerations;
      // The pod can schedule if at least one pinned architecture is untainted or tolerated.
      if (pin.archs.some((a) => !tainted.has(a) || tolerationsTolerateTaint(tols, archTaint(a)))) return;
      const taints = pin.archs.map((a) => formatTaint(archTaint(a))).join(', ');
      // No autofix: template tolerations REPLACE the workflow's, so adding one can drop others.
      ctx.report({
        path:
          isObject(pin.t.tmpl.tolerations) || Array.isArray(pin.t.tmpl.tolerations)
            ? ptr(pin.t.path, 'tolerations')
            : pin.t.path,
        message:
          tols.length === 0
            ? `${templateLabel(pin.t)} is pinned to ${pin.archs.join(',')}, whose nodes carry the taint ${taints}, but it has no toleration: the pod stays Pending`
            : `${templateLabel(pin.t)} is pinned to ${pin.archs.join(',')}, whose nodes carry the taint ${taints}, but none of its tolerations tolerates it (the key, the value or Exists, and the effect or none must match): the pod stays Pending`,
        fix: `Add a toleration {key: ${ARCH_LABEL}, operator: Equal, value: ${pin.archs[0]}, effect: NoSchedule}.`,
      });
    });
  },
});

export const rules: readonly Rule[] = [ARCH001, ARCH002, ARCH003, ARCH004, ARCH005];
