/**
 * Architecture / platform (ARCH): every pod must land on a node whose architecture its image
 * supports. A multi-arch index without the node's platform leaves the pod Pending forever
 * (ErrImagePull); a single-arch image on the wrong node fails with `exec format error`, which on
 * old targets strands the run on the GC finalizer (argo-workflows#13499).
 * Facts: ../../shared/reference/failure-modes.md RUN-01, ../../shared/reference/gitops.md §4.
 */
import { parsePlatform } from '../platform/platform';
import { defineRule, type Rule, type RuleContext, WORKFLOW_LIKE_KINDS } from './rule';
import { esc, isObj, nonEmptyObj, obj, ptr, str } from './util';
import {
  ARCH_LABEL,
  effectiveScheduling,
  pinnedArchitectures,
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
    out.push({ t, archs, lostWorkflowPin: archs === undefined && wfArchs ? wfArchs : undefined });
  }
  wl.cache.pins = out;
  return out;
}

function forPins(ctx: RuleContext, fn: (wl: WorkflowLike, pin: PodPin) => void): void {
  const wl = ctx.workflowLike();
  if (!wl) return;
  for (const pin of podPins(wl)) fn(wl, pin);
}

export const ARCH001 = defineRule({
  id: 'ARCH001',
  severity: 'error',
  family: 'ARCH',
  title: 'a pod template is not pinned to an architecture',
  hasAutofix: false,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    forPins(ctx, (wl, pin) => {
      // Incomplete: the workflow-level pin may come from a WorkflowTemplate outside the input.
      if (pin.archs !== undefined || pin.lostWorkflowPin || !wl.complete) return;
      ctx.report({
        path: pin.t.path,
        message: `${templateLabel(pin.t)} runs a pod that is not pinned to an architecture (no ${ARCH_LABEL} in its effective nodeSelector or required node affinity): on a mixed cluster it may land where its image cannot run`,
        fix: `Add nodeSelector {${ARCH_LABEL}: <arch>} to the template or the workflow spec, with an architecture the image supports.`,
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

function archsOf(platforms: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const p of platforms) {
    const parsed = parsePlatform(p);
    if (parsed) out.add(parsed.architecture);
  }
  return out;
}

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
        const have = archsOf(entry.platforms);
        const bad = pin.archs.filter((a) => !have.has(a));
        if (bad.length === 0) continue;
        ctx.report({
          path,
          message: `${templateLabel(pin.t)} is pinned to ${pin.archs.join(',')} but image ${image} is built for ${[...have].sort().join(', ') || 'no known architecture'} (platform lock): the pod will be Pending (no match for platform) or fail with exec format error`,
          fix: `Pin the template to one of ${[...have].sort().join(', ') || 'the image architectures'}, or use an image built for ${bad.join(',')}.`,
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

function tolerates(tolerations: readonly unknown[], arch: string): boolean {
  for (const x of tolerations) {
    const tol = obj(x);
    if (!tol) continue;
    const op = str(tol.operator) ?? 'Equal';
    const key = str(tol.key);
    if (key === undefined && op === 'Exists') return true;
    if (key === ARCH_LABEL && (op === 'Exists' || tol.value === arch)) return true;
  }
  return false;
}

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
      if (pin.archs.some((a) => !tainted.has(a) || tolerates(tols, a))) return;
      // No autofix: template tolerations REPLACE the workflow's, so adding one can drop others.
      ctx.report({
        path:
          isObj(pin.t.tmpl.tolerations) || Array.isArray(pin.t.tmpl.tolerations)
            ? ptr(pin.t.path, 'tolerations')
            : pin.t.path,
        message: `${templateLabel(pin.t)} is pinned to ${pin.archs.join(',')}, whose nodes carry a ${ARCH_LABEL} taint, but it has no toleration for it: the pod stays Pending`,
        fix: `Add a toleration {key: ${ARCH_LABEL}, operator: Equal, value: ${pin.archs[0]}, effect: NoSchedule}.`,
      });
    });
  },
});

export const rules: readonly Rule[] = [ARCH001, ARCH002, ARCH003, ARCH004, ARCH005];
