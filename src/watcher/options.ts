/**
 * Flags shared by `argo-guard watch` and `argo-guard sweep`, parsed into watcher options. Bad
 * values are UserErrors (exit 2, no stack trace).
 */
import { existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { UserError } from '../errors';
import { KubeApi, loadKubeConfig } from './kube';
import { createLogger, defaultLogFormat, type LogFormat, type Logger } from './log';
import type { Metrics } from './metrics';
import type { ControllerFacts, GCStrategy, Policy } from './types';

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

export const COMMON_OPTIONS = {
  kubeconfig: { type: 'string' },
  namespace: { type: 'string', multiple: true, short: 'n' },
  selector: { type: 'string', short: 'l' },
  grace: { type: 'string', default: '2m' },
  policy: { type: 'string', default: 'safe' },
  'dry-run': { type: 'boolean', default: false },
  'log-format': { type: 'string' },
  'instance-id': { type: 'string' },
  offload: { type: 'boolean', default: false },
  'default-gc-strategy': { type: 'string' },
  'watcher-namespace': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const COMMON_HELP = `  --kubeconfig FILE        kubeconfig (default: KUBECONFIG, else in-cluster, else ~/.kube/config)
  -n, --namespace NS       watch only this namespace (repeatable; default: all)
  -l, --selector SEL       only Workflows matching this label selector
  --grace DURATION         how long a deletion must be pending before acting (default 2m)
  --policy POLICY          safe (default) | force-after=DURATION | report-only
  --dry-run                decide and report, change nothing (no patches, no Events)
  --log-format FORMAT      json | text (default: json unless stderr is a terminal)
  --instance-id ID         the Argo controller's instanceID (enables the AGC-06 relabel fix)
  --offload                the controller offloads node status (nodes cannot be judged from the object)
  --default-gc-strategy S  the artifactGC strategy the controller's workflowDefaults inject (default Never)
  --watcher-namespace NS   where the leak ledger (and the Lease) live (default: the pod's namespace, else argo-guard)
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
}

/** What `watch` and `sweep` both take: the shared flags, parsed, and the test hooks. */
export interface ReleaseOptions {
  readonly api: KubeApi;
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
  readonly now?: () => number;
}

/** The shared flags, parsed. */
export interface Common extends ReleaseOptions {
  readonly identity: string;
}

/** Validates every flag before touching the cluster. */
export function parseCommon(v: CommonValues): Common {
  const graceMs = parseDuration(v.grace ?? '2m', '--grace');
  const policyText = v.policy ?? 'safe';
  const policy = parsePolicy(policyText);
  const format = v['log-format'] ?? defaultLogFormat();
  if (format !== 'json' && format !== 'text')
    throw new UserError(`--log-format "${format}" is not json or text`);
  const strategy = v['default-gc-strategy'];
  if (strategy !== undefined && !['Never', 'OnWorkflowCompletion', 'OnWorkflowDeletion'].includes(strategy)) {
    throw new UserError(
      `--default-gc-strategy "${strategy}" is not Never, OnWorkflowCompletion or OnWorkflowDeletion`,
    );
  }
  for (const ns of v.namespace ?? []) {
    if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(ns))
      throw new UserError(`--namespace "${ns}" is not a namespace name`);
  }
  const log = createLogger({ format: format as LogFormat });
  const kc = loadKubeConfig(v.kubeconfig);
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
    ownNamespace: v['watcher-namespace'] ?? ownNamespace(),
    identity: `${hostname()}-${process.pid}`,
    log,
  };
}

/** The pod's namespace (downward API env, or the ServiceAccount mount), else `argo-guard`. */
function ownNamespace(): string {
  if (process.env.POD_NAMESPACE) return process.env.POD_NAMESPACE;
  const file = '/var/run/secrets/kubernetes.io/serviceaccount/namespace';
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  return 'argo-guard';
}
