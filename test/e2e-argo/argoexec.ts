/**
 * The part of a pod's life that needs a container runtime, played by the test: kwok runs the nodes
 * and the pod lifecycle (Pending → Running → Succeeded/Failed through the stages in
 * test/control-plane/kwok/stages.yaml), the real workflow-controller does everything else. What
 * argoexec would write, this writes, for each Running pod of a Workflow in the watched namespaces:
 *
 * - a workflow pod (`wait` container): its WorkflowTaskResult, named after the node ID, with label
 *   `workflows.argoproj.io/report-outputs-completed=true` and the template's output artifacts at
 *   their S3 location in the configured repository (none when the pod is annotated
 *   `argo-guard.test/fail`: the image never ran, so nothing was produced);
 * - an artifact-GC pod (`argoexec artifact delete`): the status of each of its
 *   WorkflowArtifactGCTasks, every artifact `success: true`, or `success: false` with the
 *   annotation's message when the pod is annotated `argo-guard.test/fail`;
 *
 * then annotates the pod `argo-guard.test/argoexec-done=true`, which is what lets kwok end it (the
 * container "exits" only after it wrote its results, as argoexec does). A pod annotated
 * `argo-guard.test/hold` is left Running.
 */
import { KubeConfig } from '@kubernetes/client-node';
import { ApiError, isTransient, KubeApi, paths, sleep } from '../../src/watcher/kube';

export const ANNOTATION = {
  done: 'argo-guard.test/argoexec-done',
  fail: 'argo-guard.test/fail',
  failMessage: 'argo-guard.test/fail-message',
  hold: 'argo-guard.test/hold',
} as const;

/** The artifact repository of test/control-plane/argo/workflow-controller-configmap.yaml. */
export const S3_REPOSITORY = {
  bucket: 'argo-guard-e2e',
  endpoint: 's3.argo-guard-e2e.invalid:9000',
  insecure: true,
  accessKeySecret: { name: 'argo-guard-e2e-s3', key: 'accesskey' },
  secretKeySecret: { name: 'argo-guard-e2e-s3', key: 'secretkey' },
};

const LABEL_WORKFLOW = 'workflows.argoproj.io/workflow';
const LABEL_COMPONENT = 'workflows.argoproj.io/component';
const ANNOTATION_NODE_ID = 'workflows.argoproj.io/node-id';
const LABEL_GC_POD_HASH = 'workflows.argoproj.io/artifact-gc-pod';
const INSTANCE_ID_LABEL = 'workflows.argoproj.io/controller-instanceid';

export interface Handled {
  kind: 'task-result' | 'gc-task-status';
  namespace: string;
  workflow: string;
  /**
   * When it started writing (ms since the epoch): a watcher can see the write (through its watch)
   * before this process gets the response, so that is the earliest moment anything may act on it.
   */
  at: number;
  /** The pod as this process saw it Running (scheduled: `spec.nodeName` set). */
  pod: any;
}

export interface Argoexec {
  /** What it wrote, by pod name (for the tests' assertions). */
  readonly handled: Map<string, Handled>;
  stop(): Promise<void>;
}

/** The value of env var `name` in the first container (init containers included) that sets it. */
function env(pod: any, name: string): string | undefined {
  for (const c of [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])]) {
    const v = c.env?.find((e: any) => e.name === name)?.value;
    if (v !== undefined) return v;
  }
  return undefined;
}

async function writeTaskResult(api: KubeApi, pod: any): Promise<void> {
  const ns = pod.metadata.namespace;
  const nodeId = pod.metadata.annotations?.[ANNOTATION_NODE_ID];
  if (!nodeId) throw new Error(`pod ${ns}/${pod.metadata.name} has no ${ANNOTATION_NODE_ID} annotation`);
  const failed = pod.metadata.annotations?.[ANNOTATION.fail] !== undefined;
  // The template the controller hands argoexec (v4.0.5: ARGO_TEMPLATE on the `init` container).
  const template = JSON.parse(env(pod, 'ARGO_TEMPLATE') ?? '{}');
  const artifacts = failed
    ? []
    : (template.outputs?.artifacts ?? []).map((a: any) => ({
        ...a,
        s3: {
          ...S3_REPOSITORY,
          key: `${ns}/${pod.metadata.labels[LABEL_WORKFLOW]}/${pod.metadata.name}/${a.name}.tgz`,
          ...a.s3,
        },
      }));
  const labels: Record<string, string> = {
    [LABEL_WORKFLOW]: pod.metadata.labels[LABEL_WORKFLOW],
    'workflows.argoproj.io/report-outputs-completed': 'true',
  };
  const instanceId = pod.metadata.labels[INSTANCE_ID_LABEL];
  if (instanceId) labels[INSTANCE_ID_LABEL] = instanceId;
  const wfOwner = (pod.metadata.ownerReferences ?? []).find((o: any) => o.kind === 'Workflow');
  const body = {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'WorkflowTaskResult',
    metadata: { name: nodeId, namespace: ns, labels, ownerReferences: wfOwner ? [wfOwner] : [] },
    outputs: artifacts.length > 0 ? { artifacts } : {},
  };
  try {
    await api.post(`/apis/argoproj.io/v1alpha1/namespaces/${ns}/workflowtaskresults`, body);
  } catch (err) {
    if (!(err instanceof ApiError && err.status === 409)) throw err;
  }
}

async function writeGcTaskStatus(api: KubeApi, pod: any): Promise<void> {
  const ns = pod.metadata.namespace;
  const hash = env(pod, 'ARGO_ARTIFACT_POD_NAME');
  if (!hash) throw new Error(`GC pod ${ns}/${pod.metadata.name} has no ARGO_ARTIFACT_POD_NAME`);
  const failMessage =
    pod.metadata.annotations?.[ANNOTATION.fail] !== undefined
      ? (pod.metadata.annotations?.[ANNOTATION.failMessage] ?? 'artifact delete failed')
      : undefined;
  const tasks = await api.list(paths.tasks(ns), { labelSelector: `${LABEL_GC_POD_HASH}=${hash}` });
  for (const task of tasks.items ?? []) {
    const artifactResultsByNode: Record<string, { artifactResults: Record<string, unknown> }> = {};
    for (const [nodeId, node] of Object.entries<any>(task.spec?.artifactsByNode ?? {})) {
      const artifactResults: Record<string, unknown> = {};
      for (const name of Object.keys(node.artifacts ?? {}))
        artifactResults[name] = failMessage
          ? { name, success: false, error: failMessage }
          : { name, success: true };
      artifactResultsByNode[nodeId] = { artifactResults };
    }
    await api.mergePatch(`${paths.tasks(ns)}/${task.metadata.name}/status`, {
      status: { artifactResultsByNode },
    });
  }
}

export interface ArgoexecOptions {
  /**
   * Write as the pod's ServiceAccount (a TokenRequest token), as argoexec does, so the
   * ServiceAccount's RBAC is what allows it; otherwise as the admin `api`.
   */
  asPodServiceAccount?: boolean;
}

/** Starts playing argoexec for every Workflow pod in `namespaces`. */
export function startArgoexec(admin: KubeApi, namespaces: string[], opts: ArgoexecOptions = {}): Argoexec {
  const handled = new Map<string, Handled>();
  const clients = new Map<string, KubeApi>();
  const clientFor = async (pod: any): Promise<KubeApi> => {
    if (!opts.asPodServiceAccount) return admin;
    const ns = pod.metadata.namespace;
    const sa = pod.spec.serviceAccountName || 'default';
    const key = `${ns}/${sa}`;
    const known = clients.get(key);
    if (known) return known;
    const tr = await admin.post(`/api/v1/namespaces/${ns}/serviceaccounts/${sa}/token`, {
      apiVersion: 'authentication.k8s.io/v1',
      kind: 'TokenRequest',
      spec: { expirationSeconds: 3600 },
    });
    const cluster = admin.kc.getCurrentCluster()!;
    const kc = new KubeConfig();
    kc.loadFromOptions({
      clusters: [cluster],
      users: [{ name: key, token: tr.status.token }],
      contexts: [{ name: key, cluster: cluster.name, user: key }],
      currentContext: key,
    });
    const api = new KubeApi(kc);
    clients.set(key, api);
    return api;
  };
  const stop = new AbortController();
  const failures: Error[] = [];
  const loop = (async () => {
    while (!stop.signal.aborted) {
      for (const ns of namespaces) {
        try {
          const pods = await admin.list(paths.pods(ns), { labelSelector: LABEL_WORKFLOW });
          for (const pod of pods.items ?? []) {
            const a = pod.metadata.annotations ?? {};
            if (pod.status?.phase !== 'Running' || a[ANNOTATION.done] || a[ANNOTATION.hold] !== undefined)
              continue;
            if (pod.metadata.deletionTimestamp) continue;
            const gc = pod.metadata.labels?.[LABEL_COMPONENT] === 'artifact-gc';
            const asPod = await clientFor(pod);
            const startedAt = Date.now();
            if (gc) await writeGcTaskStatus(asPod, pod);
            else await writeTaskResult(asPod, pod);
            handled.set(pod.metadata.name, {
              kind: gc ? 'gc-task-status' : 'task-result',
              namespace: ns,
              workflow: pod.metadata.labels[LABEL_WORKFLOW],
              at: startedAt,
              pod,
            });
            await admin.mergePatch(paths.pod(ns, pod.metadata.name), {
              metadata: { annotations: { [ANNOTATION.done]: 'true' } },
            });
          }
        } catch (err) {
          if (err instanceof ApiError && err.status === 404) continue; // pod or task went away
          // A busy API server (429, 5xx, a timeout): the pod is not marked done, so the next round
          // writes it again. Only a final answer (a 403 from the emitted RBAC, say) fails the suite.
          if (err instanceof ApiError && isTransient(err)) continue;
          failures.push(err as Error);
        }
      }
      await sleep(150, stop.signal);
    }
  })();
  return {
    handled,
    async stop() {
      stop.abort();
      await loop;
      for (const c of clients.values()) c.close();
      if (failures.length > 0) throw new Error(`argoexec stand-in failed: ${failures[0].message}`);
    },
  };
}
