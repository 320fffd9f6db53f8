/**
 * Authoring checks of an architecture pin (the pin itself is src/platform/scheduling.ts). Argo
 * replaces (does not merge) a workflow-level nodeSelector/affinity with a template's own, so the
 * pin is merged into whatever the template sets (rule ARCH002), and every pod template carries it
 * itself: a template called through `templateRef` from another workflow does not get the
 * spec-level settings of the WorkflowTemplate it lives in.
 */
import { AuthoringError } from '../authoring-errors';
import { isKnownArchitecture, KNOWN_ARCHITECTURES, KNOWN_OPERATING_SYSTEMS } from '../platform/platform';
import { ARCH_LABEL, OS_LABEL, type Scheduling } from '../platform/scheduling';

/** Refuses an empty architecture list or a name Kubernetes does not use (API012). */
export function checkArchitectures(archs: readonly string[], constructPath: string, where: string): void {
  if (archs.length === 0)
    throw new AuthoringError(
      'API012',
      constructPath,
      `${where}: empty architecture list`,
      "name at least one (e.g. ['amd64']) or optOut('reason')",
    );
  for (const a of archs) {
    if (!isKnownArchitecture(a))
      throw new AuthoringError(
        'API012',
        constructPath,
        `${where}: unknown architecture "${a}"`,
        `use one of ${KNOWN_ARCHITECTURES.join(', ')} (kubernetes.io/arch values)`,
      );
  }
}

/** Refuses an os Kubernetes does not use (API012). */
export function checkOs(os: string, constructPath: string): void {
  if (!(KNOWN_OPERATING_SYSTEMS as readonly string[]).includes(os))
    throw new AuthoringError(
      'API012',
      constructPath,
      `unknown os "${os}"`,
      `use one of ${KNOWN_OPERATING_SYSTEMS.join(', ')}`,
    );
}

/**
 * Refuses a template whose own nodeSelector names another architecture or os than its pin: the
 * merged pin would contradict it (API015).
 */
export function checkPinMerge(
  own: Scheduling,
  archs: readonly string[],
  os: string,
  constructPath: string,
  where: string,
): void {
  const ownArch = own.nodeSelector?.[ARCH_LABEL];
  if (ownArch !== undefined && !(archs.length === 1 && archs[0] === ownArch))
    throw new AuthoringError(
      'API015',
      constructPath,
      `${where}: nodeSelector sets ${ARCH_LABEL}=${ownArch} but the template is pinned to ${archs.join(',')}`,
      "set the template's architectures instead of the label",
    );
  const ownOs = own.nodeSelector?.[OS_LABEL];
  if (ownOs !== undefined && ownOs !== os)
    throw new AuthoringError(
      'API015',
      constructPath,
      `${where}: nodeSelector sets ${OS_LABEL}=${ownOs} but the os setting is ${os}`,
      'set the os setting instead of the label',
    );
}
