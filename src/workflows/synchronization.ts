/**
 * Mutexes and semaphores, emitted in the form the target version understands: the singular
 * `mutex`/`semaphore` before 3.6, the plural lists from 3.6 (the singular is gone in 4.0,
 * argo-workflows#14189, and a removed field is silently ignored: no lock at all).
 */

import type { Json } from '../argo/json';
import { type ArgoVersion, formatArgoVersion, hasField } from '../argo/versions';
import { AuthoringError } from '../authoring-errors';

/** A mutex: at most one holder at a time. */
export interface MutexProps {
  readonly name: string;
  /** @default - the workflow's namespace */
  readonly namespace?: string;
  /** Database-backed lock (target >= 3.7). @default false */
  readonly database?: boolean;
}

/** A semaphore whose limit is a ConfigMap key, or a database-backed one (target >= 3.7). */
export interface SemaphoreProps {
  /** ConfigMap holding the limit. Either this or `databaseKey`. */
  readonly configMapKeyRef?: { readonly name: string; readonly key: string };
  /** Database-backed semaphore key (target >= 3.7). */
  readonly databaseKey?: string;
  /** @default - the workflow's namespace */
  readonly namespace?: string;
}

/** `synchronization` of a workflow or a template. */
export interface SynchronizationProps {
  /** Mutex names or full mutex props. @default [] */
  readonly mutexes?: readonly (string | MutexProps)[];
  /** @default [] */
  readonly semaphores?: readonly SemaphoreProps[];
}

function renderMutex(m: string | MutexProps): Json {
  return typeof m === 'string'
    ? { name: m }
    : { name: m.name, namespace: m.namespace, database: m.database || undefined };
}

function renderSemaphore(s: SemaphoreProps): Json {
  return {
    configMapKeyRef: s.configMapKeyRef
      ? { name: s.configMapKeyRef.name, key: s.configMapKeyRef.key }
      : undefined,
    database: s.databaseKey !== undefined ? { key: s.databaseKey } : undefined,
    namespace: s.namespace,
  };
}

/**
 * Refuses locks the target cannot hold (API008): before 3.6 one mutex and one semaphore per
 * level (more would be dropped), and a semaphore names exactly one source. A database-backed lock
 * on a target without them is emitted as written: rule VER001 reports the field.
 */
export function checkSynchronization(
  sync: SynchronizationProps,
  v: ArgoVersion,
  constructPath: string,
  where: string,
): void {
  const mutexes = sync.mutexes ?? [];
  const semaphores = sync.semaphores ?? [];
  const refuse = (detail: string, fix: string) => {
    throw new AuthoringError('API008', constructPath, `${where}: ${detail}`, fix);
  };
  if (!hasField(v, 'synchronization.mutexes')) {
    const version = formatArgoVersion(v);
    if (mutexes.length > 1)
      refuse(
        `${mutexes.length} mutexes, but Argo ${version} takes only one (synchronization.mutex)`,
        'use one mutex or target >= 3.6',
      );
    if (semaphores.length > 1)
      refuse(
        `${semaphores.length} semaphores, but Argo ${version} takes only one (synchronization.semaphore)`,
        'use one semaphore or target >= 3.6',
      );
  }
  for (const s of semaphores) {
    if (!s.configMapKeyRef === (s.databaseKey === undefined))
      refuse('a semaphore needs exactly one of configMapKeyRef or databaseKey', 'set one');
  }
}

/** Renders for the target version; undefined when there is no lock. */
export function renderSynchronization(
  sync: SynchronizationProps | undefined,
  v: ArgoVersion,
): Json | undefined {
  if (!sync) return undefined;
  const mutexes = (sync.mutexes ?? []).map(renderMutex);
  const semaphores = (sync.semaphores ?? []).map(renderSemaphore);
  if (mutexes.length === 0 && semaphores.length === 0) return undefined;
  if (hasField(v, 'synchronization.mutexes')) {
    return {
      mutexes: mutexes.length ? mutexes : undefined,
      semaphores: semaphores.length ? semaphores : undefined,
    };
  }
  return { mutex: mutexes[0], semaphore: semaphores[0] };
}
