/**
 * The watcher's least-privilege RBAC, as data. This is the single source: the install construct
 * emits exactly these rules, and the end-to-end tests bind exactly these rules to the ServiceAccount
 * the watcher runs as, under RBAC authorization (docs/watcher.md "RBAC", docs/failure-modes.md §8(a) reduced to
 * the actions this watcher performs). No wildcards, no secrets, no delete.
 */

export interface WatcherPolicyRule {
  readonly apiGroups: readonly string[];
  readonly resources: readonly string[];
  readonly verbs: readonly string[];
  readonly resourceNames?: readonly string[];
}

/** Cluster-wide (ClusterRole), or per watched namespace (Role) when `--namespace` is used. */
export const WATCHER_CLUSTER_RULES: readonly WatcherPolicyRule[] = [
  // patch: remove the artifact-gc finalizer (JSON patch test+remove) and set spec.shutdown: Terminate.
  { apiGroups: ['argoproj.io'], resources: ['workflows'], verbs: ['get', 'list', 'watch', 'patch'] },
  // Proof of deletion: status.artifactResultsByNode.
  { apiGroups: ['argoproj.io'], resources: ['workflowartifactgctasks'], verbs: ['get', 'list', 'watch'] },
  // GC pods (AGC-*), Pending pods (RUN-01), terminating pods (RUN-06). `patch` only with an option
  // that needs it: `clusterRules`.
  { apiGroups: [''], resources: ['pods'], verbs: ['get', 'list', 'watch'] },
  // An Event on the Workflow for every release and every refusal (core/v1 Events); get + patch raise
  // the count of the Event with the same stable name, so repeats across replicas and runs are one Event.
  { apiGroups: [''], resources: ['events'], verbs: ['get', 'create', 'patch'] },
];

/** Lease name for leader election, in the watcher's own namespace. */
export const WATCHER_LEASE_NAME = 'argo-guard-watcher';
/** Prefix of the leak-ledger ConfigMaps (one per Workflow namespace) in the watcher's own namespace. */
export const LEDGER_CONFIGMAP_PREFIX = 'argo-guard-leak-ledger';

/**
 * In the watcher's own namespace only (Role): the leader Lease and the leak-ledger ConfigMaps.
 * `create` cannot be limited by resourceNames (the name is not known at authorization time), so the
 * Lease has two rules: create, and get/update of exactly the Leases named here. The ledger's
 * ConfigMaps are named per Workflow namespace and shard, so they cannot be listed by name; the
 * ledger reads with get and writes with create and a resourceVersion-conditional patch (no update).
 */
export function namespaceRules(leaseNames: readonly string[] = [WATCHER_LEASE_NAME]): WatcherPolicyRule[] {
  return [
    { apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: ['create'] },
    {
      apiGroups: ['coordination.k8s.io'],
      resources: ['leases'],
      verbs: ['get', 'update'],
      resourceNames: [...new Set(leaseNames)].sort(),
    },
    { apiGroups: [''], resources: ['configmaps'], verbs: ['get', 'create', 'patch'] },
  ];
}

/** The own-namespace rules for the default Lease name. */
export const WATCHER_NAMESPACE_RULES: readonly WatcherPolicyRule[] = namespaceRules();

/** The options that each need one more permission. */
export interface WatcherPermissionOptions {
  /** AGC-06: relabel finished GC pods (`--instance-id`): `patch` on pods. */
  readonly relabel?: boolean;
  /** RUN-06: remove the status finalizer of orphaned pods (`--release-pod-finalizers`): `patch` on pods. */
  readonly releasePodFinalizers?: boolean;
}

/** The cluster rules for these options: `patch` on pods only when an option that uses it is on. */
export function clusterRules(options: WatcherPermissionOptions = {}): WatcherPolicyRule[] {
  const podPatch = options.relabel === true || options.releasePodFinalizers === true;
  return WATCHER_CLUSTER_RULES.map((r) =>
    podPatch && r.resources.includes('pods') ? { ...r, verbs: [...r.verbs, 'patch'] } : { ...r },
  );
}
