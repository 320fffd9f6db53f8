/**
 * Which images a set of manifests runs: every `image` of a container-like object in Argo
 * templates (container, script, containerSet, initContainers, sidecars), pod specs of any
 * workload, and objects nested inside others (a Sensor's inline Workflow). Used by
 * `argo-guard platforms update/check --from` to know what the lock must cover.
 */
import type { Manifest } from '../argo/json';
import { isTemplatedImage } from './reference';

export interface ImageUse {
  image: string;
  /** Index of the manifest in the input. */
  index: number;
  /** JSON pointer to the `image` field. */
  path: string;
}

const SINGLE = new Set(['container', 'script']);
const LISTS = new Set(['containers', 'initContainers', 'sidecars', 'ephemeralContainers']);

const pointerEscape = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');

/** Every image use in the manifests, in document order. Argo expressions (`{{...}}`) are left out. */
export function imageUses(manifests: readonly Manifest[]): ImageUse[] {
  const out: ImageUse[] = [];
  const take = (c: unknown, index: number, path: string) => {
    const image = (c as { image?: unknown } | null)?.image;
    if (typeof image === 'string' && image.trim() !== '' && !isTemplatedImage(image)) {
      out.push({ image: image.trim(), index, path: `${path}/image` });
    }
  };
  const walk = (node: unknown, index: number, path: string) => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) walk(node[i], index, `${path}/${i}`);
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      const p = `${path}/${pointerEscape(key)}`;
      if (path === '' && key === 'status') continue;
      if (SINGLE.has(key) && value && typeof value === 'object' && !Array.isArray(value))
        take(value, index, p);
      if (LISTS.has(key) && Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) take(value[i], index, `${p}/${i}`);
      }
      walk(value, index, p);
    }
  };
  for (let i = 0; i < manifests.length; i++) walk(manifests[i], i, '');
  return out;
}

/** The distinct images used, sorted. */
export function imagesInManifests(manifests: readonly Manifest[]): string[] {
  return [...new Set(imageUses(manifests).map((u) => u.image))].sort();
}
