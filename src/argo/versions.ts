/**
 * The Argo Workflows versions argo-guard supports, and which fields and known bugs each has.
 *
 * This is the one source of these facts: the constructs (what to emit), the rules (VER001, AGC001,
 * AGC002, AGC007, SYNC004, GITOPS005) and the watcher all read it. Sources for every row:
 * docs/failure-modes.md §1 and the upstream issues named in each entry.
 */

/** A parsed Argo Workflows version. */
export interface ArgoVersion {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  /**
   * True when the user gave only `X.Y`. Bug checks then assume the worst patch of that minor
   * (a `3.5` target may be running 3.5.0, which still has #13499).
   */
  readonly minorOnly: boolean;
}

/** The minor versions argo-guard supports as targets, oldest first. */
export const SUPPORTED_ARGO_MINORS = ['3.5', '3.6', '3.7', '4.0', '4.1'] as const;

/** The newest version whose behaviour the facts below were checked against. */
export const NEWEST_KNOWN_ARGO_VERSION = '4.1.2';

/** The default target: the newest supported version. */
export const DEFAULT_ARGO_VERSION: ArgoVersion = parseArgoVersion(NEWEST_KNOWN_ARGO_VERSION);

/** Error raised for a version string argo-guard does not understand or support. */
export class ArgoVersionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArgoVersionError';
  }
}

/**
 * Parses `X.Y` or `X.Y.Z` (an optional leading `v` is accepted) and checks it is a supported minor.
 * @throws ArgoVersionError with a message that says what is supported.
 */
export function parseArgoVersion(text: string): ArgoVersion {
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?$/.exec(String(text).trim());
  if (!m) {
    throw new ArgoVersionError(
      `"${text}" is not an Argo Workflows version: use X.Y or X.Y.Z, one of ${SUPPORTED_ARGO_MINORS.join(', ')}`,
    );
  }
  const v: ArgoVersion = {
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: m[3] === undefined ? 0 : Number(m[3]),
    minorOnly: m[3] === undefined,
  };
  if (!(SUPPORTED_ARGO_MINORS as readonly string[]).includes(`${v.major}.${v.minor}`)) {
    throw new ArgoVersionError(
      `Argo Workflows ${text} is not supported: supported targets are ${SUPPORTED_ARGO_MINORS.join(', ')}`,
    );
  }
  return v;
}

/** `X.Y` or `X.Y.Z`, as the user would write it. */
export function formatArgoVersion(v: ArgoVersion): string {
  return v.minorOnly ? `${v.major}.${v.minor}` : `${v.major}.${v.minor}.${v.patch}`;
}

/** Negative when a < b, 0 when equal, positive when a > b. */
export function compareArgoVersions(a: ArgoVersion, b: ArgoVersion): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

function atLeast(v: ArgoVersion, text: string): boolean {
  return compareArgoVersions(v, parseLoose(text)) >= 0;
}

function parseLoose(text: string): ArgoVersion {
  const [major, minor, patch] = text.split('.').map(Number);
  return { major, minor, patch: patch ?? 0, minorOnly: false };
}

// ---------------------------------------------------------------------------------------------
// Fields
// ---------------------------------------------------------------------------------------------

/** A field (or field form) whose existence depends on the target version. */
export interface VersionedField {
  /** Stable key, used by code that asks `hasField`. */
  readonly id: FieldId;
  /** Human-readable location, as it appears in messages. */
  readonly display: string;
  /** First version that understands the field, if it is newer than 3.5.0. */
  readonly since?: string;
  /** First version that no longer understands it (silently ignored from then on). */
  readonly removedIn?: string;
  /** What to use instead, for messages. */
  readonly replacement?: string;
  /** Where the fact comes from. */
  readonly source: string;
}

export type FieldId =
  | 'synchronization.mutex'
  | 'synchronization.semaphore'
  | 'synchronization.mutexes'
  | 'synchronization.semaphores'
  | 'synchronization.database'
  | 'cronWorkflow.schedule'
  | 'cronWorkflow.schedules'
  | 'podPriority'
  | 'artifactGC.forceFinalizerRemoval'
  | 'artifactGC.podSpecPatch'
  | 'podResources'
  | 'resourceClaims'
  | 'executorPlugins'
  | 'pendingTimeout';

export const VERSIONED_FIELDS: Readonly<Record<FieldId, VersionedField>> = {
  'synchronization.mutex': {
    id: 'synchronization.mutex',
    display: 'synchronization.mutex',
    removedIn: '4.0.0',
    replacement: 'synchronization.mutexes',
    source: 'argo-workflows#14189 (singular form removed in v4.0.0)',
  },
  'synchronization.semaphore': {
    id: 'synchronization.semaphore',
    display: 'synchronization.semaphore',
    removedIn: '4.0.0',
    replacement: 'synchronization.semaphores',
    source: 'argo-workflows#14189 (singular form removed in v4.0.0)',
  },
  'synchronization.mutexes': {
    id: 'synchronization.mutexes',
    display: 'synchronization.mutexes',
    since: '3.6.0',
    replacement: 'synchronization.mutex',
    source: 'Argo Workflows v3.6.0 (multiple locks)',
  },
  'synchronization.semaphores': {
    id: 'synchronization.semaphores',
    display: 'synchronization.semaphores',
    since: '3.6.0',
    replacement: 'synchronization.semaphore',
    source: 'Argo Workflows v3.6.0 (multiple locks)',
  },
  'synchronization.database': {
    id: 'synchronization.database',
    display: 'synchronization.{mutexes,semaphores}[].database',
    since: '3.7.0',
    source: 'Argo Workflows v3.7.0 (database-backed locks)',
  },
  'cronWorkflow.schedule': {
    id: 'cronWorkflow.schedule',
    display: 'CronWorkflow spec.schedule',
    removedIn: '4.0.0',
    replacement: 'spec.schedules',
    source: 'Argo Workflows v4.0.0 upgrading notes (schedule removed)',
  },
  'cronWorkflow.schedules': {
    id: 'cronWorkflow.schedules',
    display: 'CronWorkflow spec.schedules',
    since: '3.6.0',
    replacement: 'spec.schedule',
    source: 'Argo Workflows v3.6.0 (multiple schedules)',
  },
  podPriority: {
    id: 'podPriority',
    display: 'podPriority',
    removedIn: '4.0.0',
    replacement: 'podPriorityClassName / priorityClassName',
    source: 'Argo Workflows v4.0.0 upgrading notes (podPriority removed)',
  },
  'artifactGC.forceFinalizerRemoval': {
    id: 'artifactGC.forceFinalizerRemoval',
    display: 'spec.artifactGC.forceFinalizerRemoval',
    since: '3.5.0',
    source: 'argo-workflows#10810 (v3.5.0)',
  },
  'artifactGC.podSpecPatch': {
    id: 'artifactGC.podSpecPatch',
    display: 'spec.artifactGC.podSpecPatch',
    since: '3.5.0',
    source: 'argo-workflows#11586 (v3.5.0)',
  },
  // The four below are in the CRDs after v4.1.0-rc2 (test/upstream/argo-workflows) and absent from
  // v4.0.5's (test/upstream/argo-workflows-v4.0.5), whose strict decoder refuses them.
  podResources: {
    id: 'podResources',
    display: 'podResources (workflow spec, templateDefaults, templates)',
    since: '4.1.0',
    source: 'Argo Workflows v4.1.0 (absent from the v4.0.5 CRDs)',
  },
  resourceClaims: {
    id: 'resourceClaims',
    display: 'resourceClaims (workflow spec, templateDefaults, templates)',
    since: '4.1.0',
    source: 'Argo Workflows v4.1.0 (absent from the v4.0.5 CRDs)',
  },
  executorPlugins: {
    id: 'executorPlugins',
    display: 'spec.executorPlugins',
    since: '4.1.0',
    source: 'Argo Workflows v4.1.0 (absent from the v4.0.5 CRDs)',
  },
  pendingTimeout: {
    id: 'pendingTimeout',
    display: 'pendingTimeout (templateDefaults, templates)',
    since: '4.1.0',
    source: 'Argo Workflows v4.1.0 (absent from the v4.0.5 CRDs)',
  },
};

/** Whether the target controller understands the field (unknown fields are silently dropped). */
export function hasField(v: ArgoVersion, id: FieldId): boolean {
  const f = VERSIONED_FIELDS[id];
  if (f.since && !atLeast(v, f.since)) return false;
  if (f.removedIn && atLeast(v, f.removedIn)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Known bugs
// ---------------------------------------------------------------------------------------------

export type BugId = 'argo-workflows#13499' | 'argo-workflows#16599' | 'argo-workflows#16894';

export interface KnownBug {
  readonly id: BugId;
  readonly summary: string;
  /** First affected version. */
  readonly introducedIn: string;
  /**
   * First fixed version per minor line (`3.5.11` fixes 3.5.x; `3.6.0` fixes every later minor).
   * Empty: no released fix known up to {@link NEWEST_KNOWN_ARGO_VERSION}.
   */
  readonly fixedIn: readonly string[];
}

export const KNOWN_BUGS: Readonly<Record<BugId, KnownBug>> = {
  'argo-workflows#13499': {
    id: 'argo-workflows#13499',
    summary:
      'a Workflow with artifact GC that failed before producing any artifact keeps the artifact-gc finalizer forever',
    introducedIn: '3.4.0',
    fixedIn: ['3.5.11', '3.6.0'],
  },
  'argo-workflows#16599': {
    id: 'argo-workflows#16599',
    summary:
      'forceFinalizerRemoval: true never releases a Workflow for which no GC pod ran (zero artifacts): AllArtifactGCPodsRecouped() is false for an empty map',
    introducedIn: '3.5.0',
    fixedIn: [],
  },
  'argo-workflows#16894': {
    id: 'argo-workflows#16894',
    summary: 'a failed artifact GC attempt is marked processed and never retried',
    introducedIn: '3.4.0',
    fixedIn: [],
  },
};

/**
 * Whether the target may have the bug. A minor-only target (`3.5`) is treated as its earliest
 * patch, so a bug fixed in a later patch of that minor still applies.
 *
 * `fixedIn`: the last entry is the mainline fix (it covers every later version); the entries before
 * it are backports that cover only their own minor line (3.5.11 fixes 3.5.x, not 3.4.x).
 */
export function hasBug(v: ArgoVersion, id: BugId): boolean {
  const bug = KNOWN_BUGS[id];
  if (!atLeast(v, bug.introducedIn)) return false;
  const fixes = bug.fixedIn.map(parseLoose);
  return !fixes.some((f, i) => {
    const mainline = i === fixes.length - 1;
    const sameLine = f.major === v.major && f.minor === v.minor;
    return compareArgoVersions(v, f) >= 0 && (mainline || sameLine);
  });
}
