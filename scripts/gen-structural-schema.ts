/**
 * Generates src/rules/schema/*.ts: compact, closed schemas of the Argo objects, one file per
 * Argo Workflows version (from the vendored CRDs) and one for Argo Events (from its JSON schema;
 * its CRDs carry no schema). The STR rules (src/rules/structural.ts) walk them.
 *
 *   npx tsx scripts/gen-structural-schema.ts          # writes the files
 *   npx tsx scripts/gen-structural-schema.ts --check  # fails when a committed file is stale
 *
 * Compact form: a table of nodes, shared subtrees stored once (the CRDs inline every type at every
 * use: 2.8 MB per kind; the table is a few hundred KB for all kinds). Descriptions are dropped.
 * Deterministic: keys sorted, node ids in first-use order of a sorted walk.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as jsYaml from 'js-yaml';

const ROOT = join(__dirname, '..');
const OUT_DIR = join(ROOT, 'src', 'rules', 'schema');

/**
 * A node: `o` object (p: properties, r: required, x: additionalProperties node, u: 1 = open),
 * `a` array (i: items), `s` string (e: enum, f: format, pt: pattern), `i` integer, `n` number,
 * `b` boolean, `q` int-or-string (pt: pattern), `t` any string or number or boolean (Argo's
 * AnyString), `*` anything.
 */
type Node = Record<string, unknown>;

class Table {
  readonly nodes: string[] = [];
  private readonly ids = new Map<string, number>();
  add(n: Node): number {
    const key = canonical(n);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.nodes.length;
      this.nodes.push(key);
      this.ids.set(key, id);
    }
    return id;
  }
}

type Json = Record<string, any>;

/** JSON with object keys sorted at every level: equal subtrees get equal keys. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** Go's AnyString (Parameter.value, .default, .enum[], ValueFrom.default) accepts numbers and booleans. */
const ANY_STRING_FIELDS = new Set(['value', 'default']);

interface Ctx {
  table: Table;
  /** Resolves a `$ref` (JSON schema input only). */
  ref?: (name: string) => Json;
  /** Node id to use for a step's/task's `inline` (the CRDs leave it open: Go types recurse). */
  inline?: () => number;
  refMemo?: Map<string, number>;
  refBusy?: Map<string, number>;
}

function isParameter(s: Json): boolean {
  const p = s.properties ?? {};
  return 'valueFrom' in p && 'globalName' in p && 'value' in p;
}

function convert(s: Json, c: Ctx, field?: string): number {
  if (s.$ref) return convertRef(String(s.$ref).replace(/^#\/definitions\//, ''), c);
  if (s['x-kubernetes-int-or-string'] || s.anyOf || s.oneOf) {
    const n: Node = { k: 'q' };
    if (s.pattern) n.pt = s.pattern;
    return c.table.add(n);
  }
  if (s['x-kubernetes-preserve-unknown-fields']) {
    if (field === 'inline' && c.inline) return c.inline();
    if (field === 'withItems') return c.table.add({ k: 'a', i: c.table.add({ k: '*' }) });
    if (s.type === 'object' && !s.properties) return c.table.add({ k: 'o', p: {}, u: 1 });
  }
  switch (s.type) {
    case 'object': {
      const p: Record<string, number> = {};
      const param = isParameter(s);
      const vf = s.properties && 'jqFilter' in s.properties && 'default' in s.properties;
      for (const k of Object.keys(s.properties ?? {}).sort()) {
        const sub = s.properties[k];
        if ((param || vf) && ANY_STRING_FIELDS.has(k)) p[k] = c.table.add({ k: 't' });
        else if (param && k === 'enum') p[k] = c.table.add({ k: 'a', i: c.table.add({ k: 't' }) });
        else p[k] = convert(sub, c, k);
      }
      const n: Node = { k: 'o', p };
      if (Array.isArray(s.required) && s.required.length) n.r = [...s.required].sort();
      if (s.additionalProperties && typeof s.additionalProperties === 'object') {
        n.x = convert(s.additionalProperties, c);
      } else if (s.additionalProperties === true || (!s.properties && !s.additionalProperties)) {
        // `type: object` with nothing else: in a CRD a Go struct without fields (`supplied: {}`,
        // `none: {}`; raw JSON is marked preserve-unknown there); in Argo Events' JSON schema
        // (`c.ref` set) raw JSON such as a trigger's `source.resource`.
        if (s.additionalProperties === true || s['x-kubernetes-preserve-unknown-fields'] || c.ref) n.u = 1;
      }
      return c.table.add(n);
    }
    case 'array':
      return c.table.add({ k: 'a', i: s.items ? convert(s.items, c) : c.table.add({ k: '*' }) });
    case 'string': {
      const n: Node = { k: 's' };
      if (Array.isArray(s.enum)) n.e = [...s.enum].sort();
      if (s.format === 'date-time' || s.format === 'byte') n.f = s.format;
      if (s.pattern) n.pt = s.pattern;
      return c.table.add(n);
    }
    case 'integer':
      return c.table.add({ k: 'i' });
    case 'number':
      return c.table.add({ k: 'n' });
    case 'boolean':
      return c.table.add({ k: 'b' });
    default:
      if (s.properties) return convert({ ...s, type: 'object' }, c, field);
      return c.table.add({ k: '*' });
  }
}

function convertRef(name: string, c: Ctx): number {
  c.refMemo ??= new Map();
  c.refBusy ??= new Map();
  const memo = c.refMemo.get(name);
  if (memo !== undefined) return memo;
  // A recursive type (rare in Argo Events): the inner occurrence is left open.
  if (c.refBusy.has(name)) return c.table.add({ k: '*' });
  c.refBusy.set(name, 1);
  const def = c.ref!(name);
  let id: number;
  if (name === 'io.k8s.apimachinery.pkg.api.resource.Quantity') {
    id = c.table.add({ k: 'q', pt: QUANTITY_PATTERN });
  } else if (name === 'io.k8s.apimachinery.pkg.util.intstr.IntOrString') {
    id = c.table.add({ k: 'q' });
  } else if (name === 'io.k8s.apimachinery.pkg.apis.meta.v1.Time') {
    id = c.table.add({ k: 's', f: 'date-time' });
  } else if (name === 'io.k8s.apimachinery.pkg.apis.meta.v1.Duration') {
    id = c.table.add({ k: 's' });
  } else {
    id = convert(def, c);
  }
  c.refBusy.delete(name);
  c.refMemo.set(name, id);
  return id;
}

const QUANTITY_PATTERN =
  '^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$';

/** ObjectMeta as a manifest may write it (the CRDs say only `type: object`). */
function objectMeta(t: Table): number {
  const s = t.add({ k: 's' });
  const map = t.add({ k: 'o', p: {}, x: s });
  const any = t.add({ k: '*' });
  const p: Record<string, number> = {};
  for (const k of ['name', 'generateName', 'namespace', 'uid', 'resourceVersion', 'selfLink']) p[k] = s;
  p.labels = map;
  p.annotations = map;
  for (const k of [
    'creationTimestamp',
    'deletionTimestamp',
    'deletionGracePeriodSeconds',
    'finalizers',
    'generation',
    'managedFields',
    'ownerReferences',
  ])
    p[k] = any;
  return t.add({ k: 'o', p });
}

/** Finds the schema of `spec.templates.items` (or `spec.workflowSpec.templates.items`). */
function templateSchema(root: Json): Json | undefined {
  const spec = root.properties?.spec;
  return spec?.properties?.templates?.items ?? spec?.properties?.workflowSpec?.properties?.templates?.items;
}

function workflowsSchema(crdDir: string): { kinds: Record<string, number>; nodes: string[] } {
  const table = new Table();
  const kinds: Record<string, number> = {};
  const meta = objectMeta(table);
  for (const f of readdirSync(crdDir).sort()) {
    if (!f.endsWith('.yaml')) continue;
    const crd = jsYaml.load(readFileSync(join(crdDir, f), 'utf8')) as Json;
    const kind = crd.spec.names.kind as string;
    if (
      ![
        'Workflow',
        'WorkflowTemplate',
        'ClusterWorkflowTemplate',
        'CronWorkflow',
        'WorkflowEventBinding',
      ].includes(kind)
    )
      continue;
    const root = crd.spec.versions[0].schema.openAPIV3Schema as Json;
    const tmpl = templateSchema(root);
    let tmplId: number | undefined;
    const c: Ctx = {
      table,
      inline: () => {
        // The inline template is a Template; while converting the Template itself the recursion
        // would not end, so an inline inside an inline is left open (Argo allows one level).
        tmplId ??= convert(tmpl!, { table });
        return tmplId;
      },
    };
    const props = { ...root.properties };
    delete props.metadata;
    delete props.status;
    const id = convert(
      { ...root, properties: props, required: root.required?.filter((r: string) => r !== 'metadata') },
      c,
    );
    // metadata is added after the fact so that the root node keeps its shape.
    const node = JSON.parse(table.nodes[id]);
    node.p.metadata = meta;
    node.p.status = table.add({ k: '*' });
    kinds[kind] = table.add(node);
  }
  return { kinds, nodes: table.nodes };
}

function eventsSchema(schemaFile: string): { kinds: Record<string, number>; nodes: string[] } {
  const doc = JSON.parse(readFileSync(schemaFile, 'utf8')) as Json;
  const defs = doc.definitions as Json;
  const table = new Table();
  const meta = objectMeta(table);
  const c: Ctx = { table, ref: (n) => defs[n] };
  const kinds: Record<string, number> = {};
  for (const kind of ['EventBus', 'EventSource', 'Sensor']) {
    const def = defs[`io.argoproj.events.v1alpha1.${kind}`];
    const specId = convert(def.properties.spec, c);
    kinds[kind] = table.add({
      k: 'o',
      p: {
        apiVersion: table.add({ k: 's' }),
        kind: table.add({ k: 's' }),
        metadata: meta,
        spec: specId,
        status: table.add({ k: '*' }),
      },
      r: ['spec'],
    });
  }
  return { kinds, nodes: table.nodes };
}

const HEADER = (
  source: string,
) => `// Generated by scripts/gen-structural-schema.ts from ${source}. Do not edit.
// Derived from Apache-2.0 licensed Argo project files (see test/upstream/SOURCES.md).
`;

function render(source: string, s: { kinds: Record<string, number>; nodes: string[] }): string {
  const kinds = JSON.stringify(s.kinds);
  // One node per line: diffs between versions stay readable. The data is a string (parsed lazily at
  // first use): a large object literal slows the TypeScript compiler down for nothing.
  const body = s.nodes.map((n) => `  ${JSON.stringify(n)},`).join('\n');
  return `${HEADER(source)}export const KINDS: Readonly<Record<string, number>> = ${kinds};\n\nexport const NODES: readonly string[] = [\n${body}\n];\n`;
}

const OUTPUTS: {
  file: string;
  source: string;
  build: () => { kinds: Record<string, number>; nodes: string[] };
}[] = [
  {
    file: 'argo-workflows-4.1.ts',
    source: 'test/upstream/argo-workflows/crds',
    build: () => workflowsSchema(join(ROOT, 'test/upstream/argo-workflows/crds')),
  },
  {
    file: 'argo-workflows-4.0.ts',
    source: 'test/upstream/argo-workflows-v4.0.5/crds',
    build: () => workflowsSchema(join(ROOT, 'test/upstream/argo-workflows-v4.0.5/crds')),
  },
  {
    file: 'argo-events.ts',
    source: 'test/upstream/argo-events/schema.json',
    build: () => eventsSchema(join(ROOT, 'test/upstream/argo-events/schema.json')),
  },
];

function main(): void {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const o of OUTPUTS) {
    const text = render(o.source, o.build());
    const path = join(OUT_DIR, o.file);
    if (check) {
      let old = '';
      try {
        old = readFileSync(path, 'utf8');
      } catch {}
      if (old !== text) {
        process.stderr.write(`stale: ${path}\n`);
        stale++;
      }
    } else {
      writeFileSync(path, text);
      process.stdout.write(`wrote ${path} (${text.length} bytes)\n`);
    }
  }
  if (stale) process.exit(1);
}

main();
