/**
 * Regenerates the typed Argo API shapes in src/imports/ from the upstream JSON schemas
 * (`npm run imports`). The output is committed; never edit it by hand.
 *
 * Why json2jsii over the upstream `api/jsonschema/schema.json` and not `cdk8s import` of the CRDs:
 * the schema shares types through `$ref` definitions (0.5 MB of TypeScript instead of 18 MB), and
 * its `toJson_*` mappers restore wire names such as `podGC` that the camel-cased TypeScript names
 * lose. The schema has no enums: strategies are plain strings.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { TypeGenerator } from 'json2jsii';

const ROOT = resolve(__dirname, '..');
const UPSTREAM = join(ROOT, 'test', 'upstream');
const OUT = join(ROOT, 'src', 'imports');

interface Target {
  /** Output file name in src/imports. */
  file: string;
  /** Schema file relative to UPSTREAM. */
  schema: string;
  /** Upstream project path, for the header. */
  upstream: string;
  /** Definition prefix whose types keep their bare name. */
  ownPrefixes: string[];
  /** Definitions to emit (everything they reference is emitted too). */
  roots: string[];
}

const TARGETS: Target[] = [
  {
    file: 'argo-workflows.ts',
    schema: 'argo-workflows/schema.json',
    upstream: 'argoproj/argo-workflows api/jsonschema/schema.json',
    ownPrefixes: ['io.argoproj.workflow.v1alpha1.'],
    roots: [
      'io.argoproj.workflow.v1alpha1.WorkflowSpec',
      'io.argoproj.workflow.v1alpha1.CronWorkflowSpec',
      'io.argoproj.workflow.v1alpha1.WorkflowTemplateRef',
    ],
  },
  {
    file: 'argo-events.ts',
    schema: 'argo-events/schema.json',
    upstream: 'argoproj/argo-events api/jsonschema/schema.json',
    ownPrefixes: ['io.argoproj.events.v1alpha1.'],
    roots: [
      'io.argoproj.events.v1alpha1.EventBusSpec',
      'io.argoproj.events.v1alpha1.EventSourceSpec',
      'io.argoproj.events.v1alpha1.SensorSpec',
    ],
  },
];

/** `io.argoproj.workflow.v1alpha1.Template` -> `Template`; `io.k8s.api.core.v1.Container` -> `K8sContainer`. */
function typeNamer(target: Target, seen: Map<string, string>): (def: string) => string {
  return (def: string) => {
    const last = def.split('.').pop() ?? def;
    const own = target.ownPrefixes.some((p) => def.startsWith(p));
    const name = TypeGenerator.normalizeTypeName(
      own ? last : def.startsWith('io.k8s.') ? `K8s${last}` : `X${last}`,
    );
    const prev = seen.get(name);
    if (prev !== undefined && prev !== def) {
      throw new Error(`type name ${name} is used by both ${prev} and ${def}: extend typeNamer`);
    }
    seen.set(name, def);
    return name;
  };
}

function generate(target: Target): string {
  const schemaPath = join(UPSTREAM, target.schema);
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as { definitions: Record<string, object> };
  const seen = new Map<string, string>();
  const renderTypeName = typeNamer(target, seen);
  const gen = new TypeGenerator({ definitions: schema.definitions, toJson: true, renderTypeName });
  for (const root of target.roots) {
    if (!schema.definitions[root]) throw new Error(`${schemaPath}: no definition ${root}`);
    gen.emitType(renderTypeName(root), schema.definitions[root], root);
  }
  const header = [
    '// GENERATED FILE: do not edit. Regenerate with `npm run imports` (scripts/gen-imports.ts).',
    `// Source: ${target.upstream} (Apache-2.0, see src/imports/README.md).`,
    '/* eslint-disable */',
    '',
  ].join('\n');
  return header + gen.render();
}

for (const target of TARGETS) {
  const out = join(OUT, target.file);
  writeFileSync(out, generate(target));
  process.stdout.write(`wrote ${relative(ROOT, out)}\n`);
}
