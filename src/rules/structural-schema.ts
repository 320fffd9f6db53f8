/**
 * The closed schemas of the Argo objects, per target version, and a walker over them (STR001).
 *
 * `argo lint` decodes every object with Go's strict decoder (sigs.k8s.io/yaml -> encoding/json with
 * unknown fields refused) into the Go types of its own version; the CRDs of that version describe
 * exactly those types. scripts/gen-structural-schema.ts turns the vendored CRDs into a compact node
 * table (src/rules/schema/); here it is compiled on first use, once per (schema, kind), into linked
 * nodes, so a walk is one Map lookup per key: no generic JSON-schema validator per object.
 */
import type { ArgoVersion } from '../argo/versions';
import * as events from './schema/argo-events';
import * as wf40 from './schema/argo-workflows-4.0';
import * as wf41 from './schema/argo-workflows-4.1';

export interface SchemaNode {
  /** o object, a array, s string, i integer, n number, b boolean, q int-or-string, t any scalar, * anything. */
  readonly k: 'o' | 'a' | 's' | 'i' | 'n' | 'b' | 'q' | 't' | '*';
  readonly p?: ReadonlyMap<string, SchemaNode>;
  readonly r?: readonly string[];
  readonly x?: SchemaNode;
  /** An object that keeps unknown fields. */
  readonly u?: boolean;
  readonly i?: SchemaNode;
  readonly e?: readonly string[];
  readonly f?: 'date-time' | 'byte';
  readonly pt?: RegExp;
  /**
   * What the walk may accept without a call: 's' any string (no enum, pattern or format),
   * 'i' an integer, 'b' a boolean, '*' anything; '' when the value must be looked at.
   */
  readonly fast: '' | 's' | 'i' | 'b' | '*';
}

interface RawSchema {
  readonly KINDS: Readonly<Record<string, number>>;
  readonly NODES: readonly string[];
}

const compiled = new Map<RawSchema, Map<string, SchemaNode | undefined>>();

function compile(raw: RawSchema): Map<string, SchemaNode | undefined> {
  const patterns = new Map<string, RegExp>();
  const nodes: Record<string, unknown>[] = raw.NODES.map((n) => JSON.parse(n));
  // Every node gets every field, in one order: one hidden class, so the walk's loads stay
  // monomorphic (nodes built field by field had dozens of shapes and made walkSchema slow).
  const out: SchemaNode[] = nodes.map(
    (n) =>
      ({
        k: n.k,
        p: undefined,
        r: undefined,
        x: undefined,
        u: false,
        i: undefined,
        e: undefined,
        f: undefined,
        pt: undefined,
        fast: '',
      }) as unknown as SchemaNode,
  );
  nodes.forEach((n, id) => {
    const node = out[id] as { -readonly [K in keyof SchemaNode]: SchemaNode[K] };
    if (n.p) node.p = new Map(Object.entries(n.p as Record<string, number>).map(([k, v]) => [k, out[v]]));
    if (n.r) node.r = n.r as string[];
    if (n.x !== undefined) node.x = out[n.x as number];
    if (n.u) node.u = true;
    if (n.i !== undefined) node.i = out[n.i as number];
    if (n.e) node.e = n.e as string[];
    if (n.f) node.f = n.f as SchemaNode['f'];
    if (typeof n.pt === 'string') {
      let re = patterns.get(n.pt);
      if (!re) {
        re = new RegExp(n.pt, 'u');
        patterns.set(n.pt, re);
      }
      node.pt = re;
    }
    if (node.k === 's') node.fast = node.e || node.pt || node.f ? '' : 's';
    else if (node.k === 'i' || node.k === 'b' || node.k === '*') node.fast = node.k;
  });
  const byKind = new Map<string, SchemaNode | undefined>();
  for (const [kind, id] of Object.entries(raw.KINDS)) byKind.set(kind, out[id]);
  return byKind;
}

/** The schema the controller of the target version decodes with (3.x: the 4.0 one; see ver.ts). */
function rawFor(v: ArgoVersion): RawSchema {
  return v.major > 4 || (v.major === 4 && v.minor >= 1) ? wf41 : wf40;
}

/** The root node of `kind` for the target, or undefined when argo-guard has no schema for it. */
export function schemaFor(kind: string, v: ArgoVersion): SchemaNode | undefined {
  const raw = kind === 'EventBus' || kind === 'EventSource' || kind === 'Sensor' ? events : rawFor(v);
  let table = compiled.get(raw);
  if (!table) {
    table = compile(raw);
    compiled.set(raw, table);
  }
  return table.get(kind);
}

/** Whether the 4.1 schema knows a key the target's does not (for a clearer message). */
export function newerSchemaKnows(path: readonly string[], kind: string, key: string): boolean {
  let node = schemaFor(kind, { major: 4, minor: 1, patch: 0, minorOnly: true });
  for (const seg of path) {
    if (!node) return false;
    if (node.k === 'a') node = node.i;
    else if (node.k === 'o') node = node.p?.get(seg) ?? node.x;
    else return false;
  }
  return node?.k === 'o' && node.p?.has(key) === true;
}

export type SchemaProblem =
  | { kind: 'unknown'; path: string[]; key: string; known: readonly string[] }
  | { kind: 'type'; path: string[]; expected: string; value: unknown; node: SchemaNode }
  | { kind: 'enum'; path: string[]; value: string; allowed: readonly string[] }
  | { kind: 'pattern'; path: string[]; value: string; node: SchemaNode }
  | { kind: 'format'; path: string[]; value: string; format: string }
  | { kind: 'required'; path: string[]; key: string };

/**
 * Keys whose absence from a version's schema another rule reports with the version facts
 * (VER001, SYNC004, GITOPS005 read src/argo/versions.ts): not reported twice.
 */
export interface WalkOptions {
  readonly skipUnknown: ReadonlySet<string>;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Whether `v` passes `node` without a closer look (the common case: most values are fine scalars). */
function acceptsFast(node: SchemaNode, v: unknown): boolean {
  switch (node.fast) {
    case '':
      return false;
    case 's':
      return typeof v === 'string';
    case 'i':
      return typeof v === 'number' && Number.isInteger(v);
    case 'b':
      return typeof v === 'boolean';
    case '*':
      return true;
  }
}

/** Walks `value` against `node`, calling `report` for each problem (bounded: one per place). */
export function walkSchema(
  value: unknown,
  node: SchemaNode,
  path: string[],
  report: (p: SchemaProblem) => void,
  opts: WalkOptions,
): void {
  if (value === null || value === undefined) return; // Go decodes null as the zero value
  switch (node.k) {
    case '*':
      return;
    case 'o': {
      if (typeof value !== 'object' || Array.isArray(value)) {
        report({ kind: 'type', path: [...path], expected: 'an object', value, node });
        return;
      }
      const o = value as Record<string, unknown>;
      const props = node.p;
      for (const key in o) {
        const sub = props?.get(key) ?? node.x;
        if (sub) {
          const v = o[key];
          // No call, no path push for a null or a fine scalar (most of every object).
          if (v === null || v === undefined || acceptsFast(sub, v)) continue;
          path.push(key);
          walkSchema(v, sub, path, report, opts);
          path.pop();
        } else if (!node.u && !opts.skipUnknown.has(key)) {
          report({ kind: 'unknown', path: [...path], key, known: props ? [...props.keys()] : [] });
        }
      }
      if (node.r) {
        for (const key of node.r) {
          if (o[key] === undefined) report({ kind: 'required', path: [...path], key });
        }
      }
      return;
    }
    case 'a': {
      if (!Array.isArray(value)) {
        report({ kind: 'type', path: [...path], expected: 'a list', value, node });
        return;
      }
      const item = node.i;
      if (!item || item.k === '*') return;
      for (let n = 0; n < value.length; n++) {
        const v = value[n];
        if (v === null || v === undefined || acceptsFast(item, v)) continue;
        path.push(String(n));
        walkSchema(v, item, path, report, opts);
        path.pop();
      }
      return;
    }
    case 's':
      if (typeof value !== 'string') {
        report({ kind: 'type', path: [...path], expected: 'a string', value, node });
      } else if (node.e && !node.e.includes(value)) {
        report({ kind: 'enum', path: [...path], value, allowed: node.e });
      } else if (node.pt && !node.pt.test(value)) {
        report({ kind: 'pattern', path: [...path], value, node });
      } else if (node.f === 'date-time' && !DATE_TIME.test(value)) {
        report({ kind: 'format', path: [...path], value, format: 'an RFC 3339 date-time' });
      } else if (node.f === 'byte' && !BASE64.test(value.replace(/\s/g, ''))) {
        report({ kind: 'format', path: [...path], value, format: 'base64' });
      }
      return;
    case 'i':
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        report({ kind: 'type', path: [...path], expected: 'an integer', value, node });
      }
      return;
    case 'n':
      if (typeof value !== 'number')
        report({ kind: 'type', path: [...path], expected: 'a number', value, node });
      return;
    case 'b':
      if (typeof value !== 'boolean') {
        report({ kind: 'type', path: [...path], expected: 'true or false', value, node });
      }
      return;
    case 'q':
      if (typeof value === 'number') {
        if (!node.pt && !Number.isInteger(value)) {
          report({ kind: 'type', path: [...path], expected: 'an integer or a string', value, node });
        }
      } else if (typeof value === 'string') {
        if (node.pt && !node.pt.test(value)) report({ kind: 'pattern', path: [...path], value, node });
      } else {
        report({ kind: 'type', path: [...path], expected: 'an integer or a string', value, node });
      }
      return;
    case 't':
      if (typeof value === 'object') {
        report({ kind: 'type', path: [...path], expected: 'a string, number or boolean', value, node });
      }
      return;
  }
}
