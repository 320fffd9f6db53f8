/**
 * Explicit opt-outs from a safe default. Every opt-out carries a reason, which lands in the
 * annotation `argo-guard.io/opt-out.<setting>` of the object, so a reviewer sees it in the
 * synthesized YAML; the matching lint rules are suppressed through `argo-guard.io/ignore`.
 */

import { AuthoringError } from '../authoring-errors';

/** Annotation prefix for opt-out reasons: `argo-guard.io/opt-out.<setting>: "<reason>"`. */
export const OPT_OUT_ANNOTATION_PREFIX = 'argo-guard.io/opt-out.';

/** A safe default that is deliberately turned off. Create it with {@link optOut}. */
export class OptOut {
  /** @param reason why the default does not apply here; required, lands in an annotation. */
  public static because(reason: string): OptOut {
    return new OptOut(reason);
  }

  private constructor(public readonly reason: string) {}
}

/** Shorthand for `OptOut.because(reason)`. */
export function optOut(reason: string): OptOut {
  return OptOut.because(reason);
}

export function isOptOut(x: unknown): x is OptOut {
  return x instanceof OptOut;
}

/**
 * The settings that can be opted out of, and the lint rule each opt-out suppresses: exactly the
 * rule that reports the missing default, nothing about other fields. The artifactGC opt-out
 * suppresses none: AGC003/AGC004 only fire when artifact GC is on anyway (a per-artifact strategy),
 * and then the GC pod's service account and placement matter whatever the opt-out says.
 */
export const OPT_OUT_SETTINGS = {
  activeDeadline: ['RUN001'],
  podGC: ['RUN003'],
  ttlStrategy: ['RUN004'],
  retryLimit: ['RUN002'],
  architecture: ['ARCH001'],
  pendingTimeout: ['RUN006'],
  artifactGC: [],
  executorServiceAccount: [],
} as const satisfies Record<string, readonly string[]>;

export type OptOutSetting = keyof typeof OPT_OUT_SETTINGS;

/** Refuses, at the call that passes it, an opt-out whose reason is empty (API001). */
export function checkOptOutReason(setting: string, value: unknown, constructPath: string): void {
  if (isOptOut(value) && !value.reason.trim())
    throw new AuthoringError(
      'API001',
      constructPath,
      `${setting}: an opt-out needs a reason`,
      "optOut('why this is safe here')",
    );
}
