/**
 * Reading a Workflow's node status: decompressing `status.compressedNodes`, computing the pending
 * artifacts (definition at the top of docs/failure-modes.md) and where each one lives (for the ledger).
 * Pure functions, no I/O.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { GCStrategy } from '../argo/enums';
import { isObject, type JsonValue } from '../argo/json';
import type { ControllerFacts, PendingArtifact, StoredArtifactLocation } from './types';

/** A malformed object: reported and skipped, never a crash. */
export class MalformedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedError';
  }
}

/** Decompressed node maps larger than this are refused (a corrupt or hostile object). */
const MAX_NODES_BYTES = 64 * 1024 * 1024;

/**
 * `status.compressedNodes`: base64 of gzip (Argo's default), or brotli, of the JSON node map
 * (util/file/fileutil.go). zstd is selectable upstream but Node 20 cannot read it: MalformedError.
 */
export function decompressNodes(text: unknown): Record<string, JsonValue> {
  if (typeof text !== 'string' || text.length === 0)
    throw new MalformedError('status.compressedNodes is not a string');
  if (!/^[A-Za-z0-9+/=\s]+$/.test(text)) throw new MalformedError('status.compressedNodes is not base64');
  const raw = Buffer.from(text, 'base64');
  let json: Buffer;
  try {
    if (raw[0] === 0x1f && raw[1] === 0x8b) json = gunzipSync(raw, { maxOutputLength: MAX_NODES_BYTES });
    else if (raw[0] === 0x28 && raw[1] === 0xb5 && raw[2] === 0x2f && raw[3] === 0xfd) {
      throw new MalformedError('status.compressedNodes is zstd, which this watcher cannot read');
    } else json = brotliDecompressSync(raw, { maxOutputLength: MAX_NODES_BYTES });
  } catch (err) {
    if (err instanceof MalformedError) throw err;
    throw new MalformedError(`status.compressedNodes cannot be decompressed: ${(err as Error).message}`);
  }
  let nodes: unknown;
  try {
    nodes = JSON.parse(json.toString('utf8'));
  } catch {
    throw new MalformedError('status.compressedNodes does not hold JSON');
  }
  if (!isObject(nodes)) throw new MalformedError('status.compressedNodes does not hold a node map');
  return nodes as Record<string, JsonValue>;
}

/** The node map the decision must read: compressed nodes win over `status.nodes` (Argo writes one or the other). */
export function readNodes(status: JsonValue): Record<string, JsonValue> {
  if (status.compressedNodes !== undefined && status.compressedNodes !== '')
    return decompressNodes(status.compressedNodes);
  if (status.nodes === undefined || status.nodes === null) return {};
  if (!isObject(status.nodes)) throw new MalformedError('status.nodes is not an object');
  return status.nodes;
}

/** `execWf` spec: `status.storedWorkflowTemplateSpec` when present (workflowTemplateRef), else `spec`. */
export function execSpec(workflow: JsonValue): JsonValue {
  const stored = workflow?.status?.storedWorkflowTemplateSpec;
  return isObject(stored) ? stored : isObject(workflow?.spec) ? workflow.spec : {};
}

/** `Workflow.GetArtifactGCStrategy`: artifact-level, else workflow-level, else the controller default (Never upstream). */
export function effectiveStrategy(artifact: JsonValue, spec: JsonValue, facts: ControllerFacts): GCStrategy {
  const own = artifact?.artifactGC?.strategy;
  if (typeof own === 'string' && own !== '') return own as GCStrategy;
  const wf = spec?.artifactGC?.strategy;
  if (typeof wf === 'string' && wf !== '') return wf as GCStrategy;
  return facts.defaultGCStrategy ?? 'Never';
}

/**
 * Pending artifacts: outputs of `type: Pod` nodes, not `deleted: true`, whose effective strategy is
 * OnWorkflowCompletion or OnWorkflowDeletion. An unknown strategy string counts as pending: a strategy
 * the watcher does not know is not proof that nothing needs deleting.
 */
export function pendingArtifacts(
  workflow: JsonValue,
  nodes: Record<string, JsonValue>,
  facts: ControllerFacts,
): PendingArtifact[] {
  const spec = execSpec(workflow);
  const repository = workflow?.status?.artifactRepositoryRef?.artifactRepository;
  const out: PendingArtifact[] = [];
  for (const nodeId of Object.keys(nodes).sort()) {
    const node = nodes[nodeId];
    if (!isObject(node)) throw new MalformedError(`status.nodes["${nodeId}"] is not an object`);
    if (node.type !== 'Pod') continue;
    const artifacts = node.outputs?.artifacts;
    if (artifacts === undefined || artifacts === null) continue;
    if (!Array.isArray(artifacts))
      throw new MalformedError(`status.nodes["${nodeId}"].outputs.artifacts is not a list`);
    for (const a of artifacts) {
      if (!isObject(a))
        throw new MalformedError(`status.nodes["${nodeId}"].outputs.artifacts has a non-object entry`);
      if (a.deleted === true) continue;
      const strategy = effectiveStrategy(a, spec, facts);
      if (strategy === 'Never') continue;
      out.push({ nodeId, name: String(a.name ?? ''), strategy, location: artifactLocation(a, repository) });
    }
  }
  return out;
}

/** The location fields of an artifact (`ArtifactLocation`): one of them says where it is stored. */
export const LOCATION_KINDS = [
  's3',
  'gcs',
  'azure',
  'oss',
  'hdfs',
  'artifactory',
  'http',
  'git',
  'raw',
  'hf',
  'plugin',
] as const;

/**
 * Where an artifact lives: its own location fields, with the bucket/container filled from the Workflow's
 * resolved artifact repository (`status.artifactRepositoryRef.artifactRepository`) when the artifact
 * gives only a key, as `addTemplateArtifactsToTasks` relocates them.
 */
export function artifactLocation(a: JsonValue, repository: JsonValue): StoredArtifactLocation {
  for (const kind of LOCATION_KINDS) {
    const loc = a[kind];
    if (!isObject(loc)) continue;
    const repo = isObject(repository) && isObject(repository[kind]) ? repository[kind] : {};
    const filled = (field: string) =>
      typeof loc[field] === 'string' && loc[field] !== ''
        ? loc[field]
        : typeof repo[field] === 'string' && repo[field] !== ''
          ? repo[field]
          : '?';
    switch (kind) {
      case 's3':
      case 'oss':
      case 'gcs':
        return { kind, url: `${kind}://${filled('bucket')}/${filled('key')}`, source: 'artifact' };
      case 'azure':
        return { kind, url: `azure://${filled('container')}/${filled('blob')}`, source: 'artifact' };
      case 'hdfs':
        return { kind, url: `hdfs://${filled('path')}`, source: 'artifact' };
      case 'artifactory':
      case 'http':
        return { kind, url: String(loc.url ?? '?'), source: 'artifact' };
      case 'git':
        return { kind, url: `${loc.repo ?? '?'}@${loc.revision ?? 'HEAD'}`, source: 'artifact' };
      case 'hf':
        return { kind, url: `hf://${loc.repoId ?? '?'}/${loc.path ?? '?'}`, source: 'artifact' };
      default:
        return { kind, url: JSON.stringify(loc), source: 'artifact' };
    }
  }
  if (isObject(repository)) {
    const kind = LOCATION_KINDS.find((k) => isObject(repository[k]));
    if (kind)
      return { kind, url: `${kind}:${JSON.stringify(repository[kind])} (key unknown)`, source: 'repository' };
  }
  return { kind: 'unknown', url: '?', source: 'none' };
}

/**
 * Proof of deletion: some WorkflowArtifactGCTask owned by this Workflow reports
 * `status.artifactResultsByNode.<node>.artifactResults.<name>.success: true` for an artifact whose
 * location in the task's `spec.artifactsByNode.<node>` (its own fields, completed from the node's
 * `archiveLocation`) is the pending artifact's location. Node ID and name alone are not enough: a
 * task kept from an earlier attempt (e.g. after `argo retry`) vouches for the old key, not the new one.
 */
export function provenDeleted(
  tasks: readonly JsonValue[],
  workflowUid: string,
  workflowName: string,
): Set<string> {
  const proven = new Set<string>();
  for (const t of tasks) {
    if (!isObject(t) || !ownedBy(t, workflowUid, workflowName)) continue;
    const byNode = t.status?.artifactResultsByNode;
    if (!isObject(byNode)) continue;
    const specByNode = isObject(t.spec?.artifactsByNode) ? t.spec.artifactsByNode : {};
    for (const [nodeId, nodeResult] of Object.entries(byNode as Record<string, JsonValue>)) {
      const results = nodeResult?.artifactResults;
      if (!isObject(results)) continue;
      const nodeSpec = isObject(specByNode[nodeId]) ? specByNode[nodeId] : {};
      const artifacts = isObject(nodeSpec.artifacts) ? nodeSpec.artifacts : {};
      for (const [name, r] of Object.entries(results as Record<string, JsonValue>)) {
        if (!isObject(r) || r.success !== true) continue;
        const artifact = artifacts[name];
        if (!isObject(artifact)) continue; // a result for an artifact the task does not name proves nothing
        proven.add(proofKey(nodeId, name, artifactLocation(artifact, nodeSpec.archiveLocation)));
      }
    }
  }
  return proven;
}

/** Tasks reporting `success: false` for any artifact (GC ran and failed, AGC-04). */
export function anyTaskFailure(
  tasks: readonly JsonValue[],
  workflowUid: string,
  workflowName: string,
): boolean {
  for (const t of tasks) {
    if (!isObject(t) || !ownedBy(t, workflowUid, workflowName)) continue;
    const byNode = t.status?.artifactResultsByNode;
    if (!isObject(byNode)) continue;
    for (const nodeResult of Object.values(byNode as Record<string, JsonValue>)) {
      const results = nodeResult?.artifactResults;
      if (!isObject(results)) continue;
      if (Object.values(results as Record<string, JsonValue>).some((r) => isObject(r) && r.success === false))
        return true;
    }
  }
  return false;
}

export function proofKey(nodeId: string, name: string, location: StoredArtifactLocation): string {
  return `${nodeId}\u0000${name}\u0000${location.kind}\u0000${location.url}`;
}

/** Owner references name the Workflow; the uid wins when both sides know it (a recreated Workflow has a new uid). */
export function ownedBy(obj: JsonValue, uid: string, name: string): boolean {
  const refs = obj?.metadata?.ownerReferences;
  if (!Array.isArray(refs)) return false;
  return refs.some(
    (r: JsonValue) =>
      isObject(r) && r.kind === 'Workflow' && (uid && r.uid ? r.uid === uid : r.name === name),
  );
}
