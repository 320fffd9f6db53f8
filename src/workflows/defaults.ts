/**
 * Where defaults are set: the pure renderer from resolved settings to the spec fields of a
 * Workflow-like object and the opt-outs in effect, and the metadata those opt-outs write. No
 * construct, no cdk8s: `settings -> fields + opt-outs` (the settings and their layering are
 * settings.ts; the artifact-GC block is artifact-gc.ts).
 */
import type { Duration } from 'cdk8s';
import type { Json } from '../argo/json';
import { LABEL_INSTANCE_ID } from '../argo/metadata';
import { hasField } from '../argo/versions';
import { IGNORE_ANNOTATION } from '../rules';
import {
  isOptOut,
  OPT_OUT_ANNOTATION_PREFIX,
  OPT_OUT_SETTINGS,
  type OptOut,
  type OptOutSetting,
} from './opt-out';
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

/** What a pod template is, as far as its pendingTimeout default cares. */
export interface PendingTimeoutTarget {
  /** The template's own `pendingTimeout` prop: it wins over the setting. */
  readonly explicit?: Duration | OptOut;
  /**
   * The template holds a lock of its own (`synchronization`). Its node is Pending while it waits
   * for the lock, and that wait counts against pendingTimeout ("counting from the node's start
   * time", the field's schema text; the controller creates the node Pending before it tries the
   * lock, operator.go executeTemplate), so a default would fail runs that only queue.
   */
  readonly holdsLock: boolean;
}

/** The pendingTimeout of one pod template, or the opt-out that left it out. */
export interface RenderedPendingTimeout {
  /** Go duration text (`15m`, `90s`); undefined = write nothing. */
  readonly pendingTimeout?: string;
  readonly optOut?: string;
}

/**
 * Renders a pod template's `pendingTimeout` (RUN-01, rule RUN006). Only targets whose schema has
 * the field get one (Argo Workflows >= 4.1; older targets do not know it, VER001); on those the
 * watcher's `--pending-timeout` is the safety net. It goes on each pod template, never into
 * `templateDefaults`: the controller merges templateDefaults into every template, steps, DAG and
 * suspend ones included (operator.go mergedTemplateDefaultsInto), and suspend nodes and nodes
 * waiting for a lock are Pending for as long as they wait; the field "may not be applied to Step
 * or DAG templates" (schema text; argo-workflows#12762 validates it like `timeout`).
 */
export function renderPendingTimeout(
  settings: Pick<ResolvedSettings, 'argoVersion' | 'pendingTimeout'>,
  target: PendingTimeoutTarget,
): RenderedPendingTimeout {
  if (!hasField(settings.argoVersion, 'pendingTimeout')) return {};
  const chosen = target.explicit ?? (target.holdsLock ? undefined : settings.pendingTimeout);
  if (chosen === undefined) return {};
  if (isOptOut(chosen)) return { optOut: chosen.reason };
  return { pendingTimeout: compactDuration(chosen.toSeconds()) };
}

/** `900` -> `15m`, `7200` -> `2h`, `90` -> `90s`: what a reviewer reads in the YAML (Go syntax). */
export function compactDuration(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
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
