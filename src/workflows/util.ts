/** Small JSON helpers shared by the constructs. */
import { isObject, type Json } from '../argo/json';

/** Deep-merges `patch` into a copy of `base`: objects merge, arrays and scalars replace, `undefined` is skipped. */
export function deepMerge(base: Json, patch: Json | undefined): Json {
  if (!patch) return base;
  const out: Json = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue;
    out[k] = isObject(v) && isObject(out[k]) ? deepMerge(out[k], v) : v;
  }
  return out;
}

/**
 * Sets `value` at a dotted path (`container.securityContext.runAsUser`), creating objects on the
 * way; `value: undefined` deletes. A segment that is a number indexes an array. Use `\.` for a
 * literal dot in a key (`metadata.annotations.example\.com/x`).
 */
export function setPath(obj: Json, path: string, value: unknown): void {
  const parts = path.split(/(?<!\\)\./).map((p) => p.replace(/\\\./g, '.'));
  let cur: any = obj;
  for (let i = 0; i < parts.length - 1; i++) {
    const k = parts[i];
    if (cur[k] === undefined || typeof cur[k] !== 'object' || cur[k] === null) {
      cur[k] = /^\d+$/.test(parts[i + 1]) ? [] : {};
    }
    cur = cur[k];
  }
  const last = parts[parts.length - 1];
  if (value === undefined) delete cur[last];
  else cur[last] = value;
}

/** Applies recorded `addOverride` calls to a deep copy of the rendered JSON. */
export function applyOverrides(json: Json, overrides: readonly [string, unknown][]): Json {
  if (overrides.length === 0) return json;
  const copy = structuredClone(json);
  for (const [path, value] of overrides) setPath(copy, path, value);
  return copy;
}

/** `Duration` to the Go duration string Argo parses (`90s`). */
export function goDuration(seconds: number): string {
  return `${seconds}s`;
}
