/**
 * Objects shaped the way the Argo controller writes them (artifact_gc.go, docs/failure-modes.md §0.4):
 * Workflow status with nodes and artifacts, GC pods `<wf>-artgc-{wfcomp|wfdel}-<hash>` and
 * WorkflowArtifactGCTasks `<pod>-0`. Used by the unit tests and by the end-to-end tests, which play
 * the controller's part against a real API server.
 */
import { gzipSync } from 'node:zlib';
import {
  ANNOTATION_GC_STRATEGY,
  ARTIFACT_GC_FINALIZER,
  COMPONENT_ARTIFACT_GC,
  LABEL_ARTIFACT_GC_POD,
  LABEL_COMPLETED,
  LABEL_COMPONENT,
  LABEL_INSTANCE_ID,
  LABEL_WORKFLOW,
  LABEL_WRONG_INSTANCE_ID,
} from '../../src/argo/metadata';

export interface ArtifactSpec {
  node: string;
  name: string;
  strategy?: string;
  deleted?: boolean;
  key?: string;
}

export interface WorkflowSpec {
  name: string;
  namespace?: string;
  uid?: string;
  phase?: string;
  /** ISO time of deletion; absent: not deleted. */
  deletedAt?: string;
  finalizers?: string[];
  artifacts?: ArtifactSpec[];
  /** spec.artifactGC.strategy */
  strategy?: string;
  force?: boolean;
  shutdown?: string;
  offloaded?: boolean;
  compress?: boolean;
  gcError?: boolean;
  strategiesProcessed?: Record<string, boolean>;
  podsRecouped?: Record<string, boolean>;
  instanceId?: string;
}

/** FNV-1a 32 bit, as Go's hash/fnv New32a (the artifact-gc-pod label value). */
export function fnv32a(text: string): number {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(text, 'utf8')) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function nodesFor(name: string, artifacts: ArtifactSpec[]): Record<string, unknown> {
  const nodes: Record<string, any> = {
    [name]: { id: name, name, displayName: name, type: 'DAG', phase: 'Failed', children: [] },
  };
  for (const a of artifacts) {
    const id = `${name}-${a.node}`;
    nodes[id] ??= {
      id,
      name: `${name}.${a.node}`,
      displayName: a.node,
      type: 'Pod',
      templateName: a.node,
      phase: 'Succeeded',
      outputs: { artifacts: [] },
    };
    nodes[name].children.push(id);
    const art: any = {
      name: a.name,
      path: `/tmp/${a.name}`,
      s3: { key: a.key ?? `${name}/${a.node}/${a.name}.tgz` },
    };
    if (a.strategy !== undefined) art.artifactGC = { strategy: a.strategy };
    if (a.deleted !== undefined) art.deleted = a.deleted;
    nodes[id].outputs.artifacts.push(art);
  }
  return nodes;
}

export function workflow(w: WorkflowSpec): any {
  const labels: Record<string, string> = {};
  if (w.phase && ['Succeeded', 'Failed', 'Error'].includes(w.phase)) labels[LABEL_COMPLETED] = 'true';
  else labels[LABEL_COMPLETED] = 'false';
  if (w.instanceId) labels[LABEL_INSTANCE_ID] = w.instanceId;
  const nodes = nodesFor(w.name, w.artifacts ?? []);
  const status: any = {
    phase: w.phase ?? 'Failed',
    startedAt: '2026-11-28T10:00:00Z',
    artifactRepositoryRef: {
      default: true,
      artifactRepository: { s3: { bucket: 'my-bucket', endpoint: 'minio:9000' } },
    },
    artifactGCStatus: {},
  };
  if (w.offloaded) status.offloadNodeStatusVersion = 'fnv:123456';
  else if (w.compress)
    status.compressedNodes = gzipSync(Buffer.from(JSON.stringify(nodes))).toString('base64');
  else status.nodes = nodes;
  if (w.gcError)
    status.conditions = [
      { type: 'ArtifactGCError', status: 'True', message: 'Artifact Garbage Collection failed' },
    ];
  if (w.strategiesProcessed) status.artifactGCStatus.strategiesProcessed = w.strategiesProcessed;
  if (w.podsRecouped) status.artifactGCStatus.podsRecouped = w.podsRecouped;
  const spec: any = {
    entrypoint: 'main',
    templates: [{ name: 'main', container: { image: 'alpine:3.20' } }],
  };
  if (w.strategy || w.force !== undefined)
    spec.artifactGC = {
      ...(w.strategy ? { strategy: w.strategy } : {}),
      ...(w.force !== undefined ? { forceFinalizerRemoval: w.force } : {}),
    };
  if (w.shutdown) spec.shutdown = w.shutdown;
  const metadata: any = {
    name: w.name,
    namespace: w.namespace ?? 'argo',
    uid: w.uid ?? `uid-${w.name}`,
    resourceVersion: '100',
    labels,
    finalizers: w.finalizers ?? [ARTIFACT_GC_FINALIZER],
  };
  if (w.deletedAt) metadata.deletionTimestamp = w.deletedAt;
  return { apiVersion: 'argoproj.io/v1alpha1', kind: 'Workflow', metadata, spec, status };
}

export type GCStrategyName = 'OnWorkflowCompletion' | 'OnWorkflowDeletion';

export function gcPodName(wfName: string, strategy: GCStrategyName): string {
  return `${wfName}-artgc-${strategy === 'OnWorkflowCompletion' ? 'wfcomp' : 'wfdel'}-${fnv32a('default')}`;
}

/**
 * A WorkflowArtifactGCTask `<pod>-0` owned by the Workflow, with results `{node: {artifact: success}}`.
 * Its spec names each artifact with its location, as the controller copies it from the node status,
 * and the Workflow's artifact repository as `archiveLocation`; `key` overrides the S3 key the task
 * names (a task from an earlier attempt that deleted an older artifact).
 */
export function gcTask(
  wf: any,
  podName: string,
  results?: Record<string, Record<string, boolean>>,
  key?: (node: string, artifact: string) => string | undefined,
): any {
  const task: any = {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'WorkflowArtifactGCTask',
    metadata: {
      name: `${podName}-0`,
      namespace: wf.metadata.namespace,
      uid: `uid-${podName}-0`,
      labels: { [LABEL_ARTIFACT_GC_POD]: String(fnv32a(podName)) },
      ownerReferences: [
        {
          apiVersion: 'argoproj.io/v1alpha1',
          kind: 'Workflow',
          name: wf.metadata.name,
          uid: wf.metadata.uid,
          blockOwnerDeletion: true,
          controller: true,
        },
      ],
    },
    spec: { artifactsByNode: {} },
  };
  if (results) {
    const byNode: any = {};
    const nodes: Record<string, any> = wf.status?.nodes ?? {};
    for (const [node, arts] of Object.entries(results)) {
      const id = `${wf.metadata.name}-${node}`;
      const spec: any = {
        archiveLocation: structuredClone(wf.status?.artifactRepositoryRef?.artifactRepository ?? {}),
        artifacts: {},
      };
      for (const n of Object.keys(arts)) {
        const own = (nodes[id]?.outputs?.artifacts ?? []).find((a: any) => a.name === n);
        const art = own
          ? structuredClone(own)
          : { name: n, s3: { key: `${wf.metadata.name}/${node}/${n}.tgz` } };
        const k = key?.(node, n);
        if (k !== undefined) art.s3 = { ...art.s3, key: k };
        spec.artifacts[n] = art;
      }
      task.spec.artifactsByNode[id] = spec;
      byNode[`${wf.metadata.name}-${node}`] = {
        artifactResults: Object.fromEntries(
          Object.entries(arts).map(([n, ok]) => [
            n,
            ok
              ? { name: n, success: true }
              : { name: n, success: false, error: 'AccessDenied: Access Denied' },
          ]),
        ),
      };
    }
    task.status = { artifactResultsByNode: byNode };
  }
  return task;
}

/** The GC pod, as createArtifactGCPod writes it, including the ARGO_INSTANCE_ID label bug (AGC-06). */
export function gcPod(
  wf: any,
  strategy: GCStrategyName,
  phase: string,
  opts: { instanceId?: string; taskUid?: string } = {},
): any {
  const name = gcPodName(wf.metadata.name, strategy);
  const labels: Record<string, string> = {
    [LABEL_WORKFLOW]: wf.metadata.name,
    [LABEL_COMPONENT]: COMPONENT_ARTIFACT_GC,
    [LABEL_COMPLETED]: 'false',
  };
  if (opts.instanceId) labels[LABEL_WRONG_INSTANCE_ID] = opts.instanceId;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: wf.metadata.namespace,
      uid: `uid-${name}`,
      labels,
      annotations: { [ANNOTATION_GC_STRATEGY]: strategy },
      ownerReferences: [
        {
          apiVersion: 'argoproj.io/v1alpha1',
          kind: 'WorkflowArtifactGCTask',
          name: `${name}-0`,
          uid: opts.taskUid ?? `uid-${name}-0`,
        },
      ],
    },
    spec: {
      restartPolicy: 'Never',
      containers: [
        {
          name: 'main',
          image: 'quay.io/argoproj/argoexec:v4.1.2',
          args: ['artifact', 'delete', '--loglevel', 'info'],
          resources: { requests: { cpu: '50m', memory: '32Mi' }, limits: { cpu: '100m', memory: '64Mi' } },
        },
      ],
    },
    status: { phase },
  };
}
