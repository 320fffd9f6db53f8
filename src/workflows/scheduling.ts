/**
 * The architecture pin. Argo replaces (does not merge) a workflow-level nodeSelector/affinity
 * with a template's own, so the pin is merged into whatever the template sets (rule ARCH002),
 * and every pod template carries it itself: a template called through `templateRef` from another
 * workflow does not get the spec-level settings of the WorkflowTemplate it lives in.
 */
import { isKnownArchitecture, KNOWN_ARCHITECTURES, KNOWN_OPERATING_SYSTEMS } from '../platform/platform';
import { ARCH_LABEL, archToleration, OS_LABEL } from '../platform/scheduling';

type Json = Record<string, any>;

export { ARCH_LABEL, OS_LABEL };

/** The scheduling fields of a pod template (wire form). */
export interface Scheduling {
  nodeSelector?: Record<string, string>;
  affinity?: Json;
  tolerations?: Json[];
}

/** Validation of an arch list: `ARCH... message — fix` strings. */
export function validateArchitectures(archs: readonly string[], os: string, where: string): string[] {
  const errors: string[] = [];
  if (archs.length === 0)
    errors.push(
      `ARCH001 ${where}: empty architecture list — name at least one (e.g. ['amd64']) or optOut('reason')`,
    );
  for (const a of archs) {
    if (!isKnownArchitecture(a))
      errors.push(
        `ARCH ${where}: unknown architecture "${a}" — use one of ${KNOWN_ARCHITECTURES.join(', ')} (kubernetes.io/arch values)`,
      );
  }
  if (!(KNOWN_OPERATING_SYSTEMS as readonly string[]).includes(os))
    errors.push(`ARCH ${where}: unknown os "${os}" — use one of ${KNOWN_OPERATING_SYSTEMS.join(', ')}`);
  return errors;
}

/** Conflicts between a template's own constraints and the pin. */
export function validatePinMerge(
  own: Scheduling,
  archs: readonly string[],
  os: string,
  where: string,
): string[] {
  const errors: string[] = [];
  const ownArch = own.nodeSelector?.[ARCH_LABEL];
  if (ownArch !== undefined && !(archs.length === 1 && archs[0] === ownArch))
    errors.push(
      `ARCH002 ${where}: nodeSelector sets ${ARCH_LABEL}=${ownArch} but the template is pinned to ${archs.join(',')} — set the template's architectures instead of the label`,
    );
  const ownOs = own.nodeSelector?.[OS_LABEL];
  if (ownOs !== undefined && ownOs !== os)
    errors.push(
      `ARCH002 ${where}: nodeSelector sets ${OS_LABEL}=${ownOs} but the os setting is ${os} — set the os setting instead of the label`,
    );
  return errors;
}

/** Merges the pin (and arch tolerations) into the template's own scheduling constraints. */
export function pinScheduling(
  own: Scheduling,
  archs: readonly string[],
  os: string,
  taintedArchitectures: readonly string[],
): Scheduling {
  const nodeSelector: Record<string, string> = { ...own.nodeSelector, [OS_LABEL]: os };
  let affinity = own.affinity;
  if (archs.length === 1) {
    nodeSelector[ARCH_LABEL] = archs[0];
  } else {
    affinity = addArchAffinity(own.affinity, archs);
  }
  let tolerations = own.tolerations;
  for (const arch of archs) {
    if (!taintedArchitectures.includes(arch)) continue;
    const present = (tolerations ?? []).some(
      (x) =>
        x.key === ARCH_LABEL &&
        (x.operator === 'Exists' || x.value === arch) &&
        (!x.effect || x.effect === 'NoSchedule'),
    );
    if (!present) tolerations = [...(tolerations ?? []), archToleration(arch)];
  }
  return { nodeSelector, affinity, tolerations };
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
