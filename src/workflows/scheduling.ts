/**
 * Authoring checks of an architecture pin (the pin itself is src/platform/scheduling.ts). Argo
 * replaces (does not merge) a workflow-level nodeSelector/affinity with a template's own, so the
 * pin is merged into whatever the template sets (rule ARCH002), and every pod template carries it
 * itself: a template called through `templateRef` from another workflow does not get the
 * spec-level settings of the WorkflowTemplate it lives in.
 */
import { isKnownArchitecture, KNOWN_ARCHITECTURES, KNOWN_OPERATING_SYSTEMS } from '../platform/platform';
import { ARCH_LABEL, OS_LABEL, type Scheduling } from '../platform/scheduling';

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
