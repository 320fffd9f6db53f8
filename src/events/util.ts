/** Small helpers of the Argo Events constructs (not part of the public API). */

import type { Json } from '../argo/json';
import { AuthoringError } from '../authoring-errors';

/** Refuses, for JavaScript callers, keys of `props` outside `allowed` (API008: they would be dropped). */
export function checkKeys(
  props: unknown,
  allowed: readonly string[],
  constructPath: string,
  where: string,
  hint?: string,
): void {
  if (typeof props !== 'object' || props === null) return;
  const extra = Object.keys(props).filter((k) => !allowed.includes(k));
  if (extra.length === 0) return;
  throw new AuthoringError(
    'API008',
    constructPath,
    `${where}: unknown option${extra.length > 1 ? 's' : ''} ${extra.map((k) => `"${k}"`).join(', ')}`,
    hint ?? `use one of ${allowed.join(', ')}`,
  );
}

/** Removes `undefined` values (shallow) so the output carries no empty keys. */
export function compact<T extends Json>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
