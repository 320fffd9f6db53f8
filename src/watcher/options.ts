/**
 * Flags shared by `argo-guard watch` and `argo-guard sweep`, parsed into watcher options. Bad
 * values are UserErrors (exit 2, no stack trace).
 */
import { existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { ARTIFACT_GC_STRATEGIES, type GCStrategy } from '../argo/enums';
import { defaultDurationText } from '../argo/runtime-defaults';
import { type ArgoVersion, ArgoVersionError, parseArgoVersion } from '../argo/versions';
import { UserError } from '../errors';
import { ApiError, KubeApi, loadKubeConfig, paths } from './kube';
import { createLogger, defaultLogFormat, type LogFormat, type Logger } from './log';
import type { Metrics } from './metrics';
import type { RuntimeSettings } from './runtime';
import type { ControllerFacts, Policy } from './types';

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Go-style durations: `90s`, `2m`, `1h30m`, `500ms`, `1d`. */
export function parseDuration(text: string, flag: string): number {
  const t = String(text).trim();
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;
  let total = 0;
  let pos = 0;
  while (pos < t.length) {
    const m = re.exec(t);
    if (m === null) break;
    total += Number(m[1]) * UNITS[m[2]];
    pos = re.lastIndex;
  }
  if (t === '' || pos !== t.length)
    throw new UserError(
      `${flag} "${text}" is not a duration`,
      'Use a number with a unit: 90s, 2m, 1h30m, 1d.',
    );
  return total;
}

/** A count flag: a positive integer. */
export function parsePositiveInt(text: string | undefined, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UserError(`${flag} "${text}" is not a positive integer`);
  return n;
}

export function parsePolicy(text: string): Policy {
  if (text === 'safe') return { kind: 'safe' };
  if (text === 'report-only') return { kind: 'report-only' };
  const m = /^force-after=(.+)$/.exec(text);
  if (m) return { kind: 'force-after', afterMs: parseDuration(m[1], '--policy force-after') };
  throw new UserError(
    `--policy "${text}" is not a policy`,
    'Use safe, report-only, or force-after=DURATION (e.g. force-after=24h).',
  );
}

/**
 * How long a deletion waits before the watcher acts, and how long a Workflow under `shutdown: Stop`
 * may wind down before Terminate: the watcher's own defaults (the runtime ones are in
 * src/argo/runtime-defaults.ts, shared with the rules).
 */
const GRACE_DEFAULT = '2m';
const STOP_WAIT_DEFAULT = '10m';

export const COMMON_OPTIONS = {
  kubeconfig: { type: 'string' },
  namespace: { type: 'string', multiple: true, short: 'n' },
  selector: { type: 'string', short: 'l' },
  grace: { type: 'string', default: GRACE_DEFAULT },
  policy: { type: 'string', default: 'safe' },
  'dry-run': { type: 'boolean', default: false },
  'log-format': { type: 'string' },
  'instance-id': { type: 'string' },
  offload: { type: 'boolean', default: false },
  'default-gc-strategy': { type: 'string' },
  'watcher-namespace': { type: 'string' },
  'stop-wait': { type: 'string', default: STOP_WAIT_DEFAULT },
  'no-runtime': { type: 'boolean', default: false },
  'deadline-grace': { type: 'string', default: defaultDurationText('deadlineGrace') },
  'start-timeout': { type: 'string', default: defaultDurationText('startTimeout') },
  'lock-timeout': { type: 'string', default: defaultDurationText('lockTimeout') },
  'resume-to-stop': { type: 'boolean', default: false },
  'pending-timeout': { type: 'string' },
  'terminate-pending': { type: 'boolean', default: false },
  'release-pod-finalizers': { type: 'boolean', default: false },
  'archive-timeout': { type: 'string', default: defaultDurationText('archiveTimeout') },
  'argo-version': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const COMMON_HELP = `  --kubeconfig FILE        kubeconfig (default: KUBECONFIG, else in-cluster, else ~/.kube/config)
  -n, --namespace NS       watch only this namespace (repeatable; default: all)
  -l, --selector SEL       only Workflows matching this label selector
  --grace DURATION         how long a deletion must be pending before acting (default ${GRACE_DEFAULT})
  --policy POLICY          safe (default) | force-after=DURATION | report-only
  --dry-run                decide and report, change nothing (no patches, no Events)
  --log-format FORMAT      json | text (default: json unless stderr is a terminal)
  --instance-id ID         the Argo controller's instanceID (enables the AGC-06 relabel fix)
  --offload                the controller offloads node status (nodes cannot be judged from the object)
  --default-gc-strategy S  the artifactGC strategy the controller's workflowDefaults inject (default Never)
  --watcher-namespace NS   where the leak ledger and the Lease live (default: the pod's namespace; outside a
                           cluster the kubeconfig context's namespace, else argo-guard); must exist
  --stop-wait DURATION     how long a deleted Workflow under shutdown: Stop may wind down (exit handlers)
                           before it is escalated to Terminate (default ${STOP_WAIT_DEFAULT})
  --no-runtime             judge only the artifact-gc finalizer, not the runtime modes below
  --deadline-grace D       RUN-04: terminate a Workflow still running this long past
                           startedAt + activeDeadlineSeconds (default ${defaultDurationText('deadlineGrace')})
  --start-timeout D        RUN-05: report a Workflow without a phase this long after creation (default ${defaultDurationText('startTimeout')})
  --lock-timeout D         SYNC-04: report a Workflow waiting this long on a lock whose holders are all
                           final or gone (default ${defaultDurationText('lockTimeout')})
  --resume-to-stop         RUN-07: resume a suspended Workflow whose shutdown is set, so the shutdown
                           takes effect (default: report only)
  --pending-timeout D      RUN-01: report a Workflow whose pod stays Pending (Unschedulable, image pull,
                           container config) this long (default: off; on, it caches Pending pods)
  --terminate-pending      RUN-01: also terminate such a Workflow (needs --pending-timeout)
  --release-pod-finalizers RUN-06: remove the workflows.argoproj.io/status finalizer of a pod stuck
                           Terminating whose Workflow is gone or final, --grace after both (needs
                           patch on pods; default: report only)
  --archive-timeout D      ARCHIVE-01: report a final Workflow whose archiving stays Pending this long
                           after it finished (default ${defaultDurationText('archiveTimeout')})
  --argo-version X.Y[.Z]   the controller's version: Events name the known bugs it has (SYNC-04, RUN-06,
                           RUN-07, ARCHIVE-01) and the first version with their fix (default: name them all)
`;

export interface CommonValues {
  kubeconfig?: string;
  namespace?: string[];
  selector?: string;
  grace?: string;
  policy?: string;
  'dry-run'?: boolean;
  'log-format'?: string;
  'instance-id'?: string;
  offload?: boolean;
  'default-gc-strategy'?: string;
  'watcher-namespace'?: string;
  'stop-wait'?: string;
  'no-runtime'?: boolean;
  'deadline-grace'?: string;
  'start-timeout'?: string;
  'lock-timeout'?: string;
  'resume-to-stop'?: boolean;
  'pending-timeout'?: string;
  'terminate-pending'?: boolean;
  'release-pod-finalizers'?: boolean;
  'archive-timeout'?: string;
  'argo-version'?: string;
}

/** What `watch` and `sweep` both take: the shared flags, parsed. */
export interface ReleaseOptions {
  /** The API server; optional only when the caller gives a source and leadership of its own. */
  readonly api?: KubeApi;
  /** Workflow namespaces to watch; empty or undefined: all. */
  readonly namespaces?: readonly string[];
  /** Label selector for Workflows. */
  readonly selector?: string;
  readonly graceMs: number;
  readonly policy: Policy;
  /** The policy as written (for the ledger and logs). */
  readonly policyText: string;
  readonly dryRun: boolean;
  readonly facts: ControllerFacts;
  /** The watcher's own namespace: the Lease and the ledger live here. */
  readonly ownNamespace: string;
  readonly log: Logger;
  readonly metrics?: Metrics;
  /** How long a user's `shutdown: Stop` may wind down before escalating to Terminate. */
  readonly stopWaitMs?: number;
  /** How long to wait after the AGC-06 relabel before deciding again. @default diagnose's */
  readonly relabelWaitMs?: number;
  /** The runtime detectors' settings; absent (`--no-runtime`): only the finalizer is judged. */
  readonly runtime?: RuntimeSettings;
}

/** The shared flags, parsed. */
export interface Common extends ReleaseOptions {
  readonly api: KubeApi;
  readonly identity: string;
  /** Where `ownNamespace` came from, for the start-up log. */
  readonly ownNamespaceFrom: 'flag' | 'pod' | 'kubeconfig' | 'default';
}

/** Validates every flag before touching the cluster. */
export function parseCommon(v: CommonValues): Common {
  const graceMs = parseDuration(v.grace ?? GRACE_DEFAULT, '--grace');
  const policyText = v.policy ?? 'safe';
  const policy = parsePolicy(policyText);
  const format = v['log-format'] ?? defaultLogFormat();
  if (format !== 'json' && format !== 'text')
    throw new UserError(`--log-format "${format}" is not json or text`);
  const strategy = v['default-gc-strategy'];
  if (strategy !== undefined && !(ARTIFACT_GC_STRATEGIES as readonly string[]).includes(strategy)) {
    throw new UserError(
      `--default-gc-strategy "${strategy}" is not Never, OnWorkflowCompletion or OnWorkflowDeletion`,
    );
  }
  for (const ns of v.namespace ?? []) {
    if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(ns))
      throw new UserError(`--namespace "${ns}" is not a namespace name`);
  }
  const stopWaitMs = parseDuration(v['stop-wait'] ?? STOP_WAIT_DEFAULT, '--stop-wait');
  if (v['no-runtime'] && v['release-pod-finalizers'])
    throw new UserError('--release-pod-finalizers needs the runtime modes', 'Drop --no-runtime.');
  if (v['terminate-pending'] && v['pending-timeout'] === undefined)
    throw new UserError(
      '--terminate-pending needs --pending-timeout',
      `Add --pending-timeout ${defaultDurationText('pendingTimeout')}, say.`,
    );
  let argoVersion: ArgoVersion | undefined;
  try {
    argoVersion = v['argo-version'] === undefined ? undefined : parseArgoVersion(v['argo-version']);
  } catch (err) {
    if (err instanceof ArgoVersionError) throw new UserError(`--argo-version: ${err.message}`);
    throw err;
  }
  const runtime: RuntimeSettings | undefined = v['no-runtime']
    ? undefined
    : {
        deadlineGraceMs: parseDuration(
          v['deadline-grace'] ?? defaultDurationText('deadlineGrace'),
          '--deadline-grace',
        ),
        startTimeoutMs: parseDuration(
          v['start-timeout'] ?? defaultDurationText('startTimeout'),
          '--start-timeout',
        ),
        lockTimeoutMs: parseDuration(
          v['lock-timeout'] ?? defaultDurationText('lockTimeout'),
          '--lock-timeout',
        ),
        resumeToStop: v['resume-to-stop'] === true,
        ...(v['pending-timeout'] !== undefined
          ? {
              pendingTimeoutMs: parseDuration(v['pending-timeout'], '--pending-timeout'),
              terminatePending: v['terminate-pending'] === true,
            }
          : {}),
        instanceId: v['instance-id'] || undefined,
        releasePodFinalizers: v['release-pod-finalizers'] === true,
        archiveTimeoutMs: parseDuration(
          v['archive-timeout'] ?? defaultDurationText('archiveTimeout'),
          '--archive-timeout',
        ),
        ...(argoVersion ? { argoVersion } : {}),
      };
  const log = createLogger({ format: format as LogFormat });
  const kc = loadKubeConfig(v.kubeconfig);
  const own = resolveOwnNamespace(
    v['watcher-namespace'],
    kc.getContextObject(kc.getCurrentContext())?.namespace,
  );
  if (own.from === 'kubeconfig')
    log.info(
      `not in a cluster: the Lease and the leak ledger live in the kubeconfig context's namespace "${own.namespace}" (set --watcher-namespace to choose)`,
    );
  return {
    api: new KubeApi(kc),
    namespaces: v.namespace && v.namespace.length > 0 ? v.namespace : undefined,
    selector: v.selector,
    graceMs,
    policy,
    policyText,
    dryRun: v['dry-run'] === true,
    facts: {
      instanceId: v['instance-id'] || undefined,
      offload: v.offload === true,
      defaultGCStrategy: strategy as GCStrategy | undefined,
    },
    ownNamespace: own.namespace,
    ownNamespaceFrom: own.from,
    stopWaitMs,
    runtime,
    identity: `${hostname()}-${process.pid}`,
    log,
  };
}

/**
 * The watcher's own namespace: `--watcher-namespace`, else the pod's (downward API env, or the
 * ServiceAccount mount), else (outside a cluster) the kubeconfig context's namespace, else `argo-guard`.
 */
export function resolveOwnNamespace(
  flag: string | undefined,
  contextNamespace: string | undefined,
): { namespace: string; from: Common['ownNamespaceFrom'] } {
  if (flag) return { namespace: flag, from: 'flag' };
  if (process.env.POD_NAMESPACE) return { namespace: process.env.POD_NAMESPACE, from: 'pod' };
  const file = '/var/run/secrets/kubernetes.io/serviceaccount/namespace';
  if (existsSync(file)) return { namespace: readFileSync(file, 'utf8').trim(), from: 'pod' };
  if (contextNamespace) return { namespace: contextNamespace, from: 'kubeconfig' };
  return { namespace: 'argo-guard', from: 'default' };
}

/**
 * Fails at start when the watcher cannot work in its own namespace: the Lease could never be taken
 * and no forced release could ever be recorded, so the watcher would run and never act. A
 * server-side dry-run create of a ConfigMap (the Role allows create there, and nothing is stored)
 * answers 404 when the namespace does not exist, and 403 when the watcher has no Role there (which
 * is also what a missing namespace looks like to a ServiceAccount bound only in it). `needed`:
 * whether this run uses the namespace at all (a Lease, or a force-after policy's ledger). Other
 * errors (API server down) are left to the retries.
 */
export async function checkOwnNamespace(c: Common, needed: boolean): Promise<void> {
  if (!needed) return;
  const where = `the watcher namespace "${c.ownNamespace}" (${NAMESPACE_ORIGIN[c.ownNamespaceFrom]})`;
  try {
    await c.api.post(`${paths.configmaps(c.ownNamespace)}?dryRun=All`, {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'argo-guard-preflight', namespace: c.ownNamespace },
    });
  } catch (err) {
    if (err instanceof ApiError && err.status === 404)
      throw new UserError(
        `${where} does not exist: the Lease and the leak ledger live there`,
        'Create it, or pass --watcher-namespace NS naming an existing namespace.',
      );
    if (err instanceof ApiError && err.status === 403)
      throw new UserError(
        `${where} cannot be written: it does not exist, or the watcher has no Role there (${err.message})`,
        'Pass --watcher-namespace NS naming the namespace of the watcher install (its Role allows Leases and ConfigMaps there).',
      );
    if (!(err instanceof ApiError && err.status === 409))
      c.log.warn('could not check the watcher namespace', { namespace: c.ownNamespace, error: err as Error });
  }
}

const NAMESPACE_ORIGIN: Record<Common['ownNamespaceFrom'], string> = {
  flag: 'from --watcher-namespace',
  pod: "the pod's namespace",
  kubeconfig: "the kubeconfig context's namespace",
  default: 'the default; set --watcher-namespace',
};
