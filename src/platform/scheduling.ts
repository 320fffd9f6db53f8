/**
 * Scheduling constraints that pin a pod to the architectures its images support. Pure: the
 * constructs put the result into each template (Argo replaces nodeSelector/affinity/tolerations
 * rather than merging them, workflowpod.go addSchedulingConstraints) and into the GC pod's
 * podSpecPatch.
 */
import { UserError } from '../errors';
import { normalizeArchitecture } from './platform';

export const ARCH_LABEL = 'kubernetes.io/arch';
export const OS_LABEL = 'kubernetes.io/os';

export interface NodeSelectorRequirement {
  key: string;
  operator: 'In';
  values: string[];
}

export interface Toleration {
  key: string;
  operator: 'Equal';
  value: string;
  effect: 'NoSchedule';
}

export interface Scheduling {
  nodeSelector?: Record<string, string>;
  affinity?: {
    nodeAffinity: {
      requiredDuringSchedulingIgnoredDuringExecution: {
        nodeSelectorTerms: { matchExpressions: NodeSelectorRequirement[] }[];
      };
    };
  };
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
   * (GKE does this to every arm64 node). A pod allowed on such an architecture gets the toleration.
   * @default []
   */
  taintedArchitectures?: readonly string[];
}

/** The toleration of the `kubernetes.io/arch=<arch>:NoSchedule` taint (GKE's on arm64 nodes). */
export function archToleration(arch: string): Toleration {
  return { key: ARCH_LABEL, operator: 'Equal', value: arch, effect: 'NoSchedule' };
}

/**
 * The constraints for a pod allowed on `arches`: one architecture becomes a `nodeSelector`;
 * several become a required node-affinity `In` term (a nodeSelector cannot express "or").
 * Deterministic: architectures are normalised (`aarch64`, `linux/arm64/v8` -> `arm64`) and sorted.
 */
export function schedulingFor(arches: readonly string[], options: SchedulingOptions = {}): Scheduling {
  const os = options.os ?? 'linux';
  const allowed = [...new Set(arches.map(normalizeArchitecture))].sort();
  if (allowed.length === 0) {
    throw new UserError('no architecture to pin to', 'Give at least one architecture, for example "arm64".');
  }
  const out: Scheduling = {};
  if (allowed.length === 1) {
    out.nodeSelector = { [ARCH_LABEL]: allowed[0], [OS_LABEL]: os };
  } else {
    out.affinity = {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [
            {
              matchExpressions: [
                { key: ARCH_LABEL, operator: 'In', values: allowed },
                { key: OS_LABEL, operator: 'In', values: [os] },
              ],
            },
          ],
        },
      },
    };
  }
  const tainted = new Set((options.taintedArchitectures ?? []).map(normalizeArchitecture));
  const tolerations = allowed.filter((a) => tainted.has(a)).map(archToleration);
  if (tolerations.length > 0) out.tolerations = tolerations;
  return out;
}

/**
 * The same constraints as a pod-spec patch string (for `podSpecPatch`, e.g. the artifact-GC pod,
 * whose pod spec argo-guard does not otherwise control). Keys in a fixed order for byte-identical synth.
 */
export function schedulingPodSpecPatch(scheduling: Scheduling): string {
  const patch: Record<string, unknown> = {};
  if (scheduling.nodeSelector) patch.nodeSelector = scheduling.nodeSelector;
  if (scheduling.affinity) patch.affinity = scheduling.affinity;
  if (scheduling.tolerations) patch.tolerations = scheduling.tolerations;
  return JSON.stringify(patch);
}
