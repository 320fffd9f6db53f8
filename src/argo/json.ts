/**
 * Plain JSON (what synth emits, what YAML parses to, what the API server returns) and small,
 * allocation-free helpers for reading it when it is untrusted. A reader never assumes a field is
 * present or well typed: every accessor returns `undefined` (or an empty array) for the wrong type.
 */

/** A JSON object being built (a manifest or a part of one), as the constructs write it. */
export type Json = Record<string, any>;

/**
 * Any JSON value as read from the API server, before the reader checked its type: what the
 * watcher holds (a Workflow, a pod, an API body). Not {@link Json}: an API body can be text
 * (`/readyz` answers `ok`), and the watcher's decisions must survive a field of any type
 * (test/watcher/diagnose.property.test.ts feeds them non-objects).
 */
export type JsonValue = any;

/** A JSON object being read: its fields are still unchecked. */
export type Obj = Record<string, unknown>;

/** Any Kubernetes object, as parsed. Readers must not assume any field is present or well typed. */
export interface Manifest {
  apiVersion?: string;
  kind?: string;
  metadata?: {
    name?: string;
    generateName?: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

export const EMPTY_OBJ: Obj = Object.freeze({}) as Obj;
const EMPTY_ARR: readonly unknown[] = Object.freeze([]);

/**
 * A JSON object (not null, not an array). An `unknown` value narrows to {@link Obj}, whose fields
 * are still unchecked; a {@link JsonValue} (`any`) stays `any`.
 */
export function isObject<T>(x: T): x is T & Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The value as an object, or `undefined`. */
export function obj(x: unknown): Obj | undefined {
  return isObject(x) ? x : undefined;
}

/** The value as an array, or a shared empty array. */
export function arr(x: unknown): readonly unknown[] {
  return Array.isArray(x) ? x : EMPTY_ARR;
}

/** A non-empty string, or `undefined`. */
export function str(x: unknown): string | undefined {
  return typeof x === 'string' && x !== '' ? x : undefined;
}

/** True for a non-empty object (Argo treats an empty map as unset). */
export function nonEmptyObj(x: unknown): x is Obj {
  if (!isObject(x)) return false;
  for (const _ in x) return true;
  return false;
}

/** True when the field is present with a value (not undefined/null). */
export function has(o: Obj | undefined, key: string): boolean {
  return o !== undefined && o[key] !== undefined && o[key] !== null;
}

/** Escapes one JSON-pointer reference token (RFC 6901). */
export function esc(token: string | number): string {
  if (typeof token === 'number') return String(token);
  if (token.indexOf('~') < 0 && token.indexOf('/') < 0) return token;
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Joins a pointer and tokens: `ptr('/spec', 'templates', 2)` -> `/spec/templates/2`. */
export function ptr(base: string, ...tokens: (string | number)[]): string {
  let out = base;
  for (const t of tokens) out += `/${esc(t)}`;
  return out;
}

/** An annotation or label value as a string, or `undefined`. */
export function metaValue(m: unknown, section: 'annotations' | 'labels', key: string): string | undefined {
  const md = obj(m);
  const sec = md && obj(md[section]);
  const v = sec?.[key];
  return typeof v === 'string' ? v : undefined;
}

/** Parses an integer-valued string/number, or `undefined`. */
export function int(x: unknown): number | undefined {
  if (typeof x === 'number' && Number.isFinite(x)) return Math.trunc(x);
  if (typeof x === 'string' && /^\s*[+-]?\d+\s*$/.test(x)) return Number.parseInt(x, 10);
  return undefined;
}
