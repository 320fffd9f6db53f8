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

/** The table's version texts, parsed once: hasField runs for every field of every linted object. */
const parsedTexts = new Map<string, ArgoVersion>();

function parseLoose(text: string): ArgoVersion {
  let v = parsedTexts.get(text);
  if (!v) {
    const [major, minor, patch] = text.split('.').map(Number);
    v = Object.freeze({ major, minor, patch: patch ?? 0, minorOnly: false });
    parsedTexts.set(text, v);
  }
  return v;
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

export type BugId =
  | 'argo-workflows#13499'
  | 'argo-workflows#16599'
  | 'argo-workflows#16894'
  | 'argo-workflows#15609'
  | 'argo-workflows#15239'
  | 'argo-workflows#16160'
  | 'argo-workflows#16405'
  | 'argo-workflows#16567'
  | 'argo-workflows#16776'
  | 'argo-workflows#16772'
  | 'argo-workflows#7633'
  | 'argo-workflows#16569'
  | 'argo-workflows#16575'
  | 'argo-workflows#15164'
  | 'argo-workflows#17024'
  | 'argo-workflows#16488'
  | 'argo-workflows#17041';

export interface KnownBug {
  readonly id: BugId;
  readonly summary: string;
  /**
   * First affected version. Where upstream does not say, the oldest supported target (3.5.0):
   * the bug is assumed present in every version before its fix.
   */
  readonly introducedIn: string;
  /**
   * First fixed version per minor line (`3.5.11` fixes 3.5.x; `3.6.0` fixes every later minor).
   * Empty: no released fix known up to {@link NEWEST_KNOWN_ARGO_VERSION}.
   */
  readonly fixedIn: readonly string[];
  /**
   * The failure modes (docs/failure-modes.md IDs) the bug leaves a Workflow (or pod) stuck in.
   * Catalog entries without a mode ID are cited by their section row (`§9 N4`).
   */
  readonly modes: readonly string[];
  /** Only Workflows that use this feature can hit it (e.g. locks). @default any Workflow */
  readonly feature?: 'synchronization' | 'database-locks';
}

export const KNOWN_BUGS: Readonly<Record<BugId, KnownBug>> = {
  'argo-workflows#13499': {
    id: 'argo-workflows#13499',
    summary:
      'a Workflow with artifact GC that failed before producing any artifact keeps the artifact-gc finalizer forever',
    introducedIn: '3.4.0',
    fixedIn: ['3.5.11', '3.6.0'],
    modes: ['AGC-01'],
  },
  'argo-workflows#16599': {
    id: 'argo-workflows#16599',
    summary:
      'forceFinalizerRemoval: true never releases a Workflow for which no GC pod ran (zero artifacts): AllArtifactGCPodsRecouped() is false for an empty map',
    introducedIn: '3.5.0',
    fixedIn: [],
    modes: ['AGC-02'],
  },
  'argo-workflows#16894': {
    id: 'argo-workflows#16894',
    summary: 'a failed artifact GC attempt is marked processed and never retried',
    introducedIn: '3.4.0',
    fixedIn: [],
    modes: ['AGC-03'],
  },
  // Locks (SYNC-04; docs/failure-modes.md §4 SYNC-04 and §9 N1-N3).
  'argo-workflows#15609': {
    id: 'argo-workflows#15609',
    summary:
      'lock holders are lost when the controller restarts, so waiters queue behind a lock nobody holds',
    introducedIn: '3.5.0',
    fixedIn: ['3.7.11', '4.0.2'],
    modes: ['SYNC-04'],
    feature: 'synchronization',
  },
  'argo-workflows#15239': {
    id: 'argo-workflows#15239',
    summary: 'a lock is leaked by the controller',
    introducedIn: '3.5.0',
    fixedIn: ['3.7.13', '4.0.4'],
    modes: ['SYNC-04'],
    feature: 'synchronization',
  },
  'argo-workflows#16160': {
    id: 'argo-workflows#16160',
    summary: 'a lock ends "in a poisoned state", and nothing acquires it until manual intervention',
    introducedIn: '3.5.0',
    fixedIn: ['3.7.15', '4.0.6'],
    modes: ['SYNC-04'],
    feature: 'synchronization',
  },
  'argo-workflows#16405': {
    id: 'argo-workflows#16405',
    summary: 'a semaphore slot leaks when the limit lookup fails',
    introducedIn: '3.5.0',
    fixedIn: ['3.7.17', '4.0.8'],
    modes: ['SYNC-04'],
    feature: 'synchronization',
  },
  'argo-workflows#16567': {
    id: 'argo-workflows#16567',
    summary: 'the wrong waiter is dequeued, so a waiting Workflow can wait forever',
    introducedIn: '3.5.0',
    fixedIn: ['3.7.18', '4.0.9', '4.1.1'],
    modes: ['SYNC-04'],
    feature: 'synchronization',
  },
  'argo-workflows#16776': {
    id: 'argo-workflows#16776',
    summary:
      'a Workflow terminated while waiting on a lock ends Succeeded and its waiting nodes never fail; a transient lock error fails the Workflow (also #16777, #16745)',
    introducedIn: '3.5.0',
    fixedIn: ['4.0.10', '4.1.2'],
    modes: ['SYNC-04'],
    feature: 'synchronization',
  },
  'argo-workflows#16772': {
    id: 'argo-workflows#16772',
    summary:
      'rows of a database-backed semaphore outlive a broken database session; the lock stays taken until they are deleted by hand (also #16771)',
    introducedIn: '3.7.0',
    fixedIn: [],
    modes: ['SYNC-04'],
    feature: 'database-locks',
  },
  'argo-workflows#7633': {
    id: 'argo-workflows#7633',
    summary: 'terminating a Workflow does not release its semaphore',
    introducedIn: '3.5.0',
    fixedIn: [],
    modes: ['SYNC-04'],
    feature: 'synchronization',
  },
  // Throttling, archiving, pods, shutdown (docs/failure-modes.md §9).
  'argo-workflows#16569': {
    id: 'argo-workflows#16569',
    summary:
      'a Running Workflow is postponed by the parallelism throttle and its pods are orphaned (regression of 4.0.0, #14123)',
    introducedIn: '4.0.0',
    fixedIn: ['4.0.9', '4.1.0'],
    modes: ['§9 N4'],
  },
  'argo-workflows#16575': {
    id: 'argo-workflows#16575',
    summary: 'a failed archive write is not retried, so archiving stays Pending and TTL GC waits on it',
    introducedIn: '3.5.0',
    fixedIn: ['4.0.9', '4.1.0'],
    modes: ['ARCHIVE-01'],
  },
  'argo-workflows#15164': {
    id: 'argo-workflows#15164',
    summary:
      'pods of a done or deleted Workflow keep the workflows.argoproj.io/status finalizer in abnormal cases (pod finalizer from 3.6.0, #12413)',
    introducedIn: '3.6.0',
    fixedIn: ['3.6.16', '3.7.7'],
    modes: ['RUN-06'],
  },
  'argo-workflows#17024': {
    id: 'argo-workflows#17024',
    summary:
      'a Workflow deleted during deleteDelayDuration, with a controller restart, leaves its pods Terminating behind the status finalizer (PR #14088 open)',
    introducedIn: '3.6.0',
    fixedIn: [],
    modes: ['RUN-06'],
  },
  'argo-workflows#16488': {
    id: 'argo-workflows#16488',
    summary: 'nested DAG exit hooks keep running after a Stop',
    introducedIn: '3.5.0',
    fixedIn: ['3.7.17', '4.0.8'],
    modes: ['RUN-07'],
  },
  'argo-workflows#17041': {
    id: 'argo-workflows#17041',
    summary: 'with spec.suspend: true, stop and terminate are silent no-ops',
    introducedIn: '3.5.0',
    fixedIn: [],
    modes: ['RUN-07'],
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

/** The first version after `v` that has the fix of `id` (a backport on a later line counts), if any. */
export function firstFixedAfter(v: ArgoVersion, id: BugId): string | undefined {
  return KNOWN_BUGS[id].fixedIn
    .map(parseLoose)
    .filter((f) => compareArgoVersions(f, v) > 0 && !hasBug(f, id))
    .sort(compareArgoVersions)
    .map((f) => `${f.major}.${f.minor}.${f.patch}`)[0];
}

/**
 * The first version after `v` that has none of `ids` that a later version fixes (the open ones
 * stay open everywhere), or undefined when no later version fixes any of them.
 */
export function firstVersionWithout(v: ArgoVersion, ids: readonly BugId[]): string | undefined {
  const fixable = ids.filter((id) => firstFixedAfter(v, id) !== undefined);
  if (fixable.length === 0) return undefined;
  const candidates = [...new Set(fixable.flatMap((id) => KNOWN_BUGS[id].fixedIn))]
    .map(parseLoose)
    .filter((c) => compareArgoVersions(c, v) > 0)
    .sort(compareArgoVersions);
  const found = candidates.find((c) => fixable.every((id) => !hasBug(c, id)));
  return found && `${found.major}.${found.minor}.${found.patch}`;
}

/** The bugs that leave Workflows stuck in `mode` (a docs/failure-modes.md ID), in table order. */
export function bugsForMode(mode: string): KnownBug[] {
  return Object.values(KNOWN_BUGS).filter((b) => b.modes.includes(mode));
}

/**
 * One sentence on the known controller bugs behind `mode`, for the watcher's Events: with a
 * target version given as X.Y.Z, the ones it has, each with its fix, and the first version
 * without them; otherwise every one with its fixed versions.
 */
export function knownBugsText(mode: string, v?: ArgoVersion): string {
  const all = bugsForMode(mode);
  if (all.length === 0) return '';
  const num = (b: KnownBug) => b.id.replace('argo-workflows', '');
  const fixes = (b: KnownBug) => (b.fixedIn.length > 0 ? `fixed ${b.fixedIn.join(', ')}` : 'no fix released');
  if (v === undefined || v.minorOnly)
    return `Known controller bugs: ${all.map((b) => `${num(b)} (${fixes(b)})`).join(', ')}`;
  const has = all.filter((b) => hasBug(v, b.id));
  const version = formatArgoVersion(v);
  if (has.length === 0)
    return `Argo Workflows ${version} has none of the known controller bugs behind ${mode}`;
  const each = has.map((b) => {
    const next = firstFixedAfter(v, b.id);
    return `${num(b)} ${b.summary} (${next ? `fixed in ${next}` : 'no fix released'})`;
  });
  const upgrade = firstVersionWithout(
    v,
    has.map((b) => b.id),
  );
  return `Argo Workflows ${version} has ${each.join('; ')}${upgrade ? `. First version without the fixed ones: ${upgrade}` : ''}`;
}
