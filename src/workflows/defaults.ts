/**
 * Where defaults are set: the pure renderer from resolved settings to the spec fields of a
 * Workflow-like object and the opt-outs in effect, and the metadata those opt-outs write. No
 * construct, no cdk8s: `settings -> fields + opt-outs` (the settings and their layering are
 * settings.ts; the artifact-GC block is artifact-gc.ts).
 */
import type { Json } from '../argo/json';
import { LABEL_INSTANCE_ID } from '../argo/metadata';
import { IGNORE_ANNOTATION } from '../rules';
import { isOptOut, OPT_OUT_ANNOTATION_PREFIX, OPT_OUT_SETTINGS, type OptOutSetting } from './opt-out';
import type { ResolvedSettings } from './settings';

/** The safe-default spec fields, and the opt-outs (setting -> reason) that left one out. */
export interface RenderedDefaults {
  readonly fields: {
    readonly activeDeadlineSeconds?: number;
    readonly podGC?: Json;
    readonly ttlStrategy?: Json;
  };
  readonly optOuts: ReadonlyMap<OptOutSetting, string>;
}

/** What the object is, as far as the defaults care. */
export interface DefaultsTarget {
  /** An Argo CD hook: its lifetime belongs to its delete policy, so no default TTL. */
  readonly argoCdHook: boolean;
  /** The construct's own props set a ttlStrategy (then even a hook gets it). */
  readonly explicitTtl: boolean;
}

/** Renders the deadline, pod GC and TTL defaults of `settings` for `target`. */
export function renderDefaults(
  settings: Pick<ResolvedSettings, 'activeDeadline' | 'podGC' | 'ttlStrategy'>,
  target: DefaultsTarget,
): RenderedDefaults {
  const optOuts = new Map<OptOutSetting, string>();
  const d = settings.activeDeadline;
  const p = settings.podGC;
  const t = settings.ttlStrategy;
  if (isOptOut(d)) optOuts.set('activeDeadline', d.reason);
  if (isOptOut(p)) optOuts.set('podGC', p.reason);
  if (isOptOut(t)) optOuts.set('ttlStrategy', t.reason);
  // An Argo CD hook deleted by a TTL before Argo CD observed its result leaves the sync waiting
  // (GITOPS-03, docs/failure-modes.md): only an explicit prop sets one on a hook.
  const ttlApplies = !isOptOut(t) && (!target.argoCdHook || target.explicitTtl);
  return {
    fields: {
      activeDeadlineSeconds: isOptOut(d) ? undefined : d.toSeconds(),
      podGC: isOptOut(p)
        ? undefined
        : {
            strategy: p.strategy,
            deleteDelayDuration: p.deleteDelay ? `${p.deleteDelay.toSeconds()}s` : undefined,
          },
      ttlStrategy: ttlApplies
        ? {
            secondsAfterCompletion: t.afterCompletion?.toSeconds(),
            secondsAfterSuccess: t.afterSuccess?.toSeconds(),
            secondsAfterFailure: t.afterFailure?.toSeconds(),
          }
        : undefined,
    },
    optOuts,
  };
}

/**
 * The metadata the settings write: the controller's instance label (a controller with an
 * instanceID ignores objects without it, RUN-05), each opt-out's reason as an annotation, and the
 * `argo-guard.io/ignore` suppression of exactly the rules the opt-outs turn off. Keys sorted.
 */
export function finishMetadata(
  metadata: Json,
  optOuts: ReadonlyMap<OptOutSetting, string> | undefined,
  instanceId: string | undefined,
): Json {
  const out: Json = { ...metadata };
  if (instanceId && out.labels?.[LABEL_INSTANCE_ID] === undefined)
    out.labels = sortKeys({ ...out.labels, [LABEL_INSTANCE_ID]: instanceId });
  if (optOuts && optOuts.size > 0) {
    const annotations: Record<string, string> = { ...out.annotations };
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
    out.annotations = sortKeys(annotations);
  }
  return out;
}

export function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
}
