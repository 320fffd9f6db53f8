/**
 * Argo CD sync waves of what argo-guard emits. Argo CD syncs low waves first and, on app
 * deletion or prune, deletes the highest wave first and waits until it is gone before the next
 * (docs/gitops.md §2a, §2d; argo-cd#9296). So whatever removes a finalizer must sit in a lower wave
 * than the objects that carry it: the Workflows are deleted while the watcher is still running.
 */
import { SYNC_WAVE_ANNOTATION } from '../argo/metadata';

/**
 * The watcher, its RBAC and its ServiceAccount. Workflow objects carry no wave annotation by
 * default, which Argo CD reads as wave 0; anything below 0 keeps the order (rule GITOPS007).
 */
export const WATCHER_SYNC_WAVE = -10;

/** The wave Argo CD gives an object without the annotation (where Workflow objects sit by default). */
export const DEFAULT_SYNC_WAVE = 0;

/** The annotation value for a wave. */
export function syncWaveAnnotation(wave: number): Record<string, string> {
  return { [SYNC_WAVE_ANNOTATION]: String(wave) };
}
