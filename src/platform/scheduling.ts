/**
 * The one model of the os/arch pin: every pod argo-guard writes (workflow templates, the
 * workflow level, the artifact-GC pod, the Argo Events pods, the watcher install) is pinned by
 * {@link pinScheduling}, and every rule that asks "where can this pod run?" reads the pin back
 * with {@link pinnedArchitectures} / {@link pinnedOperatingSystems} and decides taints with
 * {@link tolerationsTolerateTaint}. Pure and deterministic.
 *
 * The shape of a pin: `kubernetes.io/os` is always in the nodeSelector; one architecture is in the
 * nodeSelector too, several become a required node-affinity `In` expression added to every
 * required term (terms are ORed, and a nodeSelector cannot express "or"). Argo replaces rather
 * than merges nodeSelector/affinity/tolerations (workflowpod.go addSchedulingConstraints), so the
 * pin is merged into the pod's own fields and written where the pod reads them.
 */
import { arr, type Json, obj } from '../argo/json';
import { UserError } from '../errors';
import { normalizeArchitecture } from './platform';

export const ARCH_LABEL = 'kubernetes.io/arch';
export const OS_LABEL = 'kubernetes.io/os';

/** A core/v1 Toleration (wire form). Omitted strings mean `""`, as in the API. */
export interface Toleration {
  key?: string;
  /** `Equal` (also when empty) or `Exists`; `Lt`/`Gt` compare integers. */
  operator?: string;
  value?: string;
  /** `NoSchedule`, `PreferNoSchedule` or `NoExecute`; empty = every effect. */
  effect?: string;
  tolerationSeconds?: number;
}

export type TaintEffect = 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';

/** A core/v1 node Taint. */
export interface Taint {
  key: string;
  value?: string;
  effect: TaintEffect;
}

/** The scheduling fields of a pod spec (wire form), as argo-guard writes and reads them. */
export interface Scheduling {
  nodeSelector?: Record<string, string>;
  /** A core/v1 Affinity; the pin touches only `nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution`. */
  affinity?: Json;
  tolerations?: Toleration[];
}

export interface SchedulingOptions {
  /**
   * Operating system of the nodes (`kubernetes.io/os`).
   * @default 'linux'
   */
  os?: string;
  /**
   * Architectures whose nodes the clusters taint with `kubernetes.io/arch=<arch>:NoSchedule`
   * (GKE does this to every arm64 node). A pod allowed on such an architecture gets the toleration
   * unless its own tolerations already tolerate that taint.
   * @default []
   */
  taintedArchitectures?: readonly string[];
  /**
   * For a template's pod: the architectures of the workflow-level pin it would otherwise inherit,
   * or `'unknown'`. Argo replaces the workflow's affinity by the template's only when the template
   * sets one, and a workflow-level pin to several architectures lives in the affinity; so a
   * template pinned elsewhere must carry its pin in its own affinity too, or the two are ANDed and
   * the pod can run nowhere.
   * @default - a pod that inherits nothing (the workflow level itself, the watcher install)
   */
  inheritedArchitectures?: readonly string[] | 'unknown';
}

// ---------------------------------------------------------------------------------------------
// Taints and tolerations
// ---------------------------------------------------------------------------------------------

/** The taint of a tainted architecture's nodes: `kubernetes.io/arch=<arch>:NoSchedule` (GKE arm64). */
export function archTaint(arch: string): Taint {
  return { key: ARCH_LABEL, value: arch, effect: 'NoSchedule' };
}

/** The toleration the pin adds for {@link archTaint}. */
export function archToleration(arch: string): Toleration {
  return { key: ARCH_LABEL, operator: 'Equal', value: arch, effect: 'NoSchedule' };
}

/** `key=value:effect`, the way kubectl prints a taint. */
export function formatTaint(taint: Taint): string {
  return `${taint.key}${taint.value ? `=${taint.value}` : ''}:${taint.effect}`;
}

/** A string field of a toleration as the API decodes it: absent, null or not a string -> `""`. */
function field(t: Record<string, unknown>, key: string): string {
  const v = t[key];
  return typeof v === 'string' ? v : '';
}

const INT64 = /^[+-]?[0-9]+$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** strconv.ParseInt(s, 10, 64), or undefined when it fails. */
function parseInt64(s: string): bigint | undefined {
  if (!INT64.test(s)) return undefined;
  const n = BigInt(s);
  return n < INT64_MIN || n > INT64_MAX ? undefined : n;
}

/**
 * Whether one toleration tolerates `taint`, exactly as Kubernetes decides it (k8s.io/api core/v1
 * toleration.go `ToleratesTaint`): an empty effect matches every effect, else the effects must be
 * equal; an empty key matches every key (the API allows that only with `Exists`); `Exists`
 * matches every value, `Equal` (or no operator) the same value, `Lt`/`Gt` compare the values as
 * int64; any other operator matches nothing. `toleration` is untrusted input: a field that is
 * not a string counts as empty, anything but an object tolerates nothing.
 */
export function toleratesTaint(toleration: unknown, taint: Taint): boolean {
  if (typeof toleration !== 'object' || toleration === null || Array.isArray(toleration)) return false;
  const t = toleration as Record<string, unknown>;
  const effect = field(t, 'effect');
  if (effect !== '' && effect !== taint.effect) return false;
  const key = field(t, 'key');
  if (key !== '' && key !== taint.key) return false;
  const value = field(t, 'value');
  const taintValue = taint.value ?? '';
  switch (field(t, 'operator')) {
    case '':
    case 'Equal':
      return value === taintValue;
    case 'Exists':
      return true;
    case 'Lt':
    case 'Gt': {
      const tol = parseInt64(value);
      const tnt = parseInt64(taintValue);
      if (tol === undefined || tnt === undefined) return false;
      return field(t, 'operator') === 'Lt' ? tnt < tol : tnt > tol;
    }
    default:
      return false;
  }
}

/** Whether any of `tolerations` tolerates `taint` (component-helpers TolerationsTolerateTaint). */
export function tolerationsTolerateTaint(tolerations: readonly unknown[] | undefined, taint: Taint): boolean {
  return (tolerations ?? []).some((t) => toleratesTaint(t, taint));
}

// ---------------------------------------------------------------------------------------------
// Writing a pin
// ---------------------------------------------------------------------------------------------

/** Architectures as the pin writes them: normalised (`aarch64` -> `arm64`), deduplicated, sorted. */
export function pinArchitectures(archs: readonly string[]): string[] {
  return [...new Set(archs.map(normalizeArchitecture))].sort();
}

/**
 * The pod's own scheduling fields `own` with the pin to `archs` merged in:
 * - `kubernetes.io/os`, and a single architecture, set in the nodeSelector;
 * - several architectures (or one, when an own required term has an arch expression) added as an
 *   `In` expression to every required node-affinity term, replacing any arch expression there;
 * - the toleration of every tainted allowed architecture whose taint `own` does not tolerate yet.
 * An empty `archs` pins the os only (the construct's validation reports the empty list).
 */
export function pinScheduling(
  own: Scheduling,
  archs: readonly string[],
  options: SchedulingOptions = {},
): Scheduling {
  const os = options.os ?? 'linux';
  const allowed = pinArchitectures(archs);
  const nodeSelector: Record<string, string> = { ...own.nodeSelector, [OS_LABEL]: os };
  let affinity = own.affinity;
  if (allowed.length === 1) nodeSelector[ARCH_LABEL] = allowed[0];
  // Several architectures, or an own arch expression that would contradict the nodeSelector
  // (the two are ANDed): the required terms carry the pin.
  if (
    allowed.length > 1 ||
    (allowed.length === 1 && hasArchExpression(own.affinity)) ||
    (own.affinity === undefined && inheritsOtherArchAffinity(allowed, options.inheritedArchitectures))
  )
    affinity = addArchAffinity(own.affinity, allowed);
  const tainted = new Set((options.taintedArchitectures ?? []).map(normalizeArchitecture));
  let tolerations = own.tolerations;
  for (const arch of allowed) {
    if (!tainted.has(arch) || tolerationsTolerateTaint(tolerations, archTaint(arch))) continue;
    tolerations = [...(tolerations ?? []), archToleration(arch)];
  }
  const out: Scheduling = { nodeSelector };
  if (affinity !== undefined) out.affinity = affinity;
  if (tolerations !== undefined) out.tolerations = tolerations;
  return out;
}

/**
 * The pin of a pod with no scheduling fields of its own (the watcher install), refusing an empty
 * architecture list.
 */
export function schedulingFor(archs: readonly string[], options: SchedulingOptions = {}): Scheduling {
  if (archs.length === 0) {
    throw new UserError('no architecture to pin to', 'Give at least one architecture, for example "arm64".');
  }
  return pinScheduling({}, archs, options);
}

/** Whether the inherited workflow-level pin is an affinity (several architectures) other than `allowed`. */
function inheritsOtherArchAffinity(
  allowed: readonly string[],
  inherited: readonly string[] | 'unknown' | undefined,
): boolean {
  if (inherited === undefined) return false;
  if (inherited === 'unknown') return true;
  const pinned = pinArchitectures(inherited);
  return pinned.length > 1 && pinned.join(',') !== allowed.join(',');
}

function hasArchExpression(affinity: Json | undefined): boolean {
  const terms = affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  return (
    Array.isArray(terms) &&
    terms.some(
      (t: Json) =>
        Array.isArray(t?.matchExpressions) && t.matchExpressions.some((e: Json) => e?.key === ARCH_LABEL),
    )
  );
}

/** Adds `kubernetes.io/arch In archs` to every required term (terms are ORed, so each needs it). */
function addArchAffinity(affinity: Json | undefined, archs: readonly string[]): Json {
  const expr = { key: ARCH_LABEL, operator: 'In', values: [...archs] };
  const nodeAffinity = affinity?.nodeAffinity ?? {};
  const required = nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution;
  const terms: Json[] = required?.nodeSelectorTerms?.length ? required.nodeSelectorTerms : [{}];
  const pinned = terms.map((t) => ({
    ...t,
    matchExpressions: [...(t.matchExpressions ?? []).filter((e: Json) => e.key !== ARCH_LABEL), expr],
  }));
  return {
    ...affinity,
    nodeAffinity: {
      ...nodeAffinity,
      requiredDuringSchedulingIgnoredDuringExecution: { ...required, nodeSelectorTerms: pinned },
    },
  };
}

/**
 * The scheduling fields as a pod-spec patch string (`podSpecPatch`, e.g. of the artifact-GC pod,
 * which inherits none of the workflow's scheduling: artifact_gc.go createArtifactGCPod). Keys in
 * a fixed order, absent fields left out, for byte-identical synth.
 */
export function schedulingPodSpecPatch(scheduling: Scheduling): string {
  const patch: Scheduling = {};
  if (scheduling.nodeSelector !== undefined) patch.nodeSelector = scheduling.nodeSelector;
  if (scheduling.affinity !== undefined) patch.affinity = scheduling.affinity;
  if (scheduling.tolerations !== undefined) patch.tolerations = scheduling.tolerations;
  return JSON.stringify(patch);
}

// ---------------------------------------------------------------------------------------------
// Reading a pin (untrusted input)
// ---------------------------------------------------------------------------------------------

/**
 * The values of node label `label` a nodeSelector/affinity pair restricts the pod to, or
 * `undefined` when it does not restrict it. A required node affinity restricts only when EVERY
 * term (terms are ORed) has an `In` on the label (several in one term intersect); both together
 * intersect (`[]`: nowhere).
 */
export function pinnedLabelValues(
  label: string,
  nodeSelector: unknown,
  affinity: unknown,
): string[] | undefined {
  const fromSelector = obj(nodeSelector)?.[label];
  const selected = typeof fromSelector === 'string' && fromSelector !== '' ? fromSelector : undefined;
  let fromAffinity: Set<string> | undefined;
  const terms = arr(
    obj(obj(obj(affinity)?.nodeAffinity)?.requiredDuringSchedulingIgnoredDuringExecution)?.nodeSelectorTerms,
  );
  if (terms.length > 0) {
    let all = true;
    const union = new Set<string>();
    for (const term of terms) {
      let termValues: string[] | undefined;
      for (const e of arr(obj(term)?.matchExpressions)) {
        const ex = obj(e);
        if (ex && ex.key === label && ex.operator === 'In') {
          const values = arr(ex.values).filter((v): v is string => typeof v === 'string' && v !== '');
          termValues = termValues ? termValues.filter((x) => values.includes(x)) : values;
        }
      }
      if (!termValues || termValues.length === 0) {
        all = false;
        break;
      }
      for (const x of termValues) union.add(x);
    }
    if (all) fromAffinity = union;
  }
  if (selected !== undefined) return fromAffinity && !fromAffinity.has(selected) ? [] : [selected];
  return fromAffinity ? [...fromAffinity].sort() : undefined;
}

/** The architectures a nodeSelector/affinity pair pins the pod to, or `undefined` when not pinned. */
export function pinnedArchitectures(nodeSelector: unknown, affinity: unknown): string[] | undefined {
  return pinnedLabelValues(ARCH_LABEL, nodeSelector, affinity);
}

/** The operating systems a nodeSelector/affinity pair pins the pod to, or `undefined` when not pinned. */
export function pinnedOperatingSystems(nodeSelector: unknown, affinity: unknown): string[] | undefined {
  return pinnedLabelValues(OS_LABEL, nodeSelector, affinity);
}
