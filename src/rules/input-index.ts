/**
 * An index of the whole input set, built once per `lintManifests` call: objects by kind and by
 * kind/name (namespace-aware), plus memoised per-object and whole-set computations that
 * cross-object rules share (Workflow-likes, the lock-order graph, sync waves).
 */

import { isObject, obj, str } from '../argo/json';
import type { ResolvedOptions } from './rule';
import type { Manifest } from './types';
import { buildWorkflowLike, isWorkflowLikeKind, type WorkflowLike } from './workflow-like';

export interface Entry {
  readonly index: number;
  readonly manifest: Manifest;
  readonly kind: string;
  readonly name?: string;
  readonly namespace?: string;
}

const NONE: readonly Entry[] = [];

export class InputIndex {
  private readonly byKind = new Map<string, Entry[]>();
  private readonly byKindName = new Map<string, Entry[]>();
  private readonly wlCache = new Map<number, WorkflowLike | null>();
  private readonly building = new Set<number>();
  private readonly memos = new Map<string, unknown>();

  constructor(
    readonly manifests: readonly Manifest[],
    readonly options: ResolvedOptions,
  ) {
    for (let i = 0; i < manifests.length; i++) {
      const m = manifests[i];
      if (!isObject(m)) continue;
      const kind = typeof m.kind === 'string' ? m.kind : '';
      const md = obj(m.metadata);
      const e: Entry = { index: i, manifest: m, kind, name: str(md?.name), namespace: str(md?.namespace) };
      push(this.byKind, kind, e);
      if (e.name !== undefined) push(this.byKindName, `${kind}\u0000${e.name}`, e);
    }
  }

  /** Every object of the kind, in input order. */
  ofKind(kind: string): readonly Entry[] {
    return this.byKind.get(kind) ?? NONE;
  }

  /**
   * The object of `kind` named `name` that a reference from `namespace` means: same namespace
   * first; an object without a namespace matches any (GitOps repos often leave it to the
   * Application); a reference without a namespace matches the first of that name.
   */
  find(kind: string, name: string, namespace?: string): Entry | undefined {
    const list = this.byKindName.get(`${kind}\u0000${name}`);
    if (!list) return undefined;
    if (kind.startsWith('Cluster') || namespace === undefined) return list[0];
    return list.find((e) => e.namespace === namespace) ?? list.find((e) => e.namespace === undefined);
  }

  /**
   * The object at `index` as a Workflow-like (undefined for other kinds). Objects reached through a
   * reference are kept for the rest of the run; the engine asks with `retain = false` for the
   * object being linted, so 10,000 Workflow-likes (and their call graphs) do not all stay alive
   * until the end of the run: short-lived garbage is cheap, a large old generation is not.
   */
  workflowLike(index: number, retain = true): WorkflowLike | undefined {
    const cached = this.wlCache.get(index);
    if (cached !== undefined) return cached ?? undefined;
    const m = this.manifests[index];
    if (!isObject(m) || !isWorkflowLikeKind(m.kind) || this.building.has(index)) return undefined;
    this.building.add(index);
    try {
      const wl = buildWorkflowLike(m, index, this);
      if (retain) this.wlCache.set(index, wl ?? null);
      return wl;
    } finally {
      this.building.delete(index);
    }
  }

  /** Whether `workflowLike(index)` is being built (a reference cycle: treat as unresolvable). */
  isBuilding(index: number): boolean {
    return this.building.has(index);
  }

  /** A whole-input-set computation, done once per run and shared by every rule that asks. */
  memo<T>(key: string, compute: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const v = compute();
    this.memos.set(key, v);
    return v;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, v: V): void {
  const list = map.get(key);
  if (list) list.push(v);
  else map.set(key, [v]);
}
