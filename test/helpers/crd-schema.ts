/**
 * Validates manifests against the upstream Argo Workflows CRDs' `openAPIV3Schema`
 * (test/upstream/argo-workflows/crds, vendored with their license), compiled once per kind and cached.
 *
 * Structural schemas prune unknown fields instead of rejecting them, so a typo (`podGc`) would
 * pass; wherever a schema lists `properties` and does not preserve unknown fields, this adds
 * `additionalProperties: false` so that typos fail.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import { load } from 'js-yaml';

export const CRD_DIR = resolve(__dirname, '../upstream/argo-workflows/crds');

type Schema = Record<string, any>;

/**
 * Compiling one full CRD schema takes seconds; the compiled validator is cached as standalone
 * code keyed by the schema's hash, so only the first test run pays for it.
 */
const CACHE_DIR = resolve(__dirname, '../../node_modules/.cache/argo-guard-crd-schema');

const validators = new Map<string, ValidateFunction>();
let crdsByKind: Map<string, Schema> | undefined;

function crds(): Map<string, Schema> {
  if (crdsByKind) return crdsByKind;
  crdsByKind = new Map();
  for (const f of readdirSync(CRD_DIR).filter((x) => x.endsWith('.yaml'))) {
    const crd = load(readFileSync(join(CRD_DIR, f), 'utf8')) as Schema;
    crdsByKind.set(crd.spec.names.kind, crd);
  }
  return crdsByKind;
}

/** Adds `additionalProperties: false` where the schema is closed, recursively (in place). */
export function closeSchema(s: Schema): Schema {
  if (!s || typeof s !== 'object') return s;
  if (s.properties && !s['x-kubernetes-preserve-unknown-fields'] && s.additionalProperties === undefined) {
    s.additionalProperties = false;
  }
  for (const v of Object.values(s.properties ?? {})) closeSchema(v as Schema);
  if (s.items) closeSchema(s.items);
  if (s.additionalProperties && typeof s.additionalProperties === 'object')
    closeSchema(s.additionalProperties);
  for (const k of ['allOf', 'anyOf', 'oneOf']) for (const x of s[k] ?? []) closeSchema(x);
  return s;
}

/** The cached validator's file for a kind, compiled and written first if it is not there yet. */
function cachedValidator(kind: string): { file: string; compiled?: ValidateFunction } {
  const crd = crds().get(kind);
  if (!crd) throw new Error(`no upstream CRD for kind ${kind} in ${CRD_DIR}`);
  const schema = structuredClone(crd.spec.versions[0].schema.openAPIV3Schema);
  closeSchema(schema);
  // `metadata` is validated by the API server, not the CRD (the schema has only type: object).
  const hash = createHash('sha256').update(JSON.stringify(schema)).digest('hex').slice(0, 16);
  const file = join(CACHE_DIR, `${kind}-${hash}.js`);
  if (existsSync(file)) return { file };
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, code: { source: true } });
  const compiled = ajv.compile(schema);
  mkdirSync(CACHE_DIR, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, standaloneCode(ajv, compiled));
  renameSync(tmp, file);
  return { file, compiled };
}

function validatorFor(kind: string): ValidateFunction {
  let v = validators.get(kind);
  if (v) return v;
  const { file, compiled } = cachedValidator(kind);
  v = compiled ?? (require(file) as ValidateFunction);
  validators.set(kind, v);
  return v;
}

/**
 * Compiles (or loads from the cache) the validator of every kind. The unit project's global setup
 * calls it, so that a fresh checkout pays for the compilation once, outside any test's timeout.
 */
export function warmValidatorCache(): void {
  for (const kind of argoKinds()) cachedValidator(kind);
}

/** The Argo kinds this helper knows (CRDs present upstream). */
export function argoKinds(): string[] {
  return [...crds().keys()];
}

/** Schema errors of one manifest (`[]` when valid; non-Argo kinds are not checked). */
export function crdErrors(manifest: Record<string, any>): string[] {
  if (manifest.apiVersion !== 'argoproj.io/v1alpha1') return [];
  const validate = validatorFor(manifest.kind);
  const label = `${manifest.kind} ${manifest.metadata?.name ?? manifest.metadata?.generateName}`;
  if (validate(manifest as unknown)) return [];
  return (validate.errors ?? []).map(
    (e) =>
      `${label}${e.instancePath} ${e.message}${
        e.params && 'additionalProperty' in e.params ? ` (${(e.params as any).additionalProperty})` : ''
      }`,
  );
}

/** Throws with every schema error of every Argo manifest in the list. */
export function assertValidAgainstCrds(manifests: readonly Record<string, any>[]): void {
  const errors = manifests.flatMap((m) => crdErrors(m));
  if (errors.length) throw new Error(`CRD schema validation failed:\n  ${errors.join('\n  ')}`);
}
