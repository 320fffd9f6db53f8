/**
 * Validates Argo Events objects against the upstream JSON schema
 * (test/upstream/argo-events/schema.json, vendored: the CRDs carry none). Compiled once (~0.5 s).
 *
 * `closed: true` adds `additionalProperties: false` to every definition that lists properties
 * (except K8SResource, which is free-form by design), so a field one level too deep, which the
 * controller silently drops, is an error here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';

export const EVENTS_SCHEMA = resolve(__dirname, '../upstream/argo-events/schema.json');

const PREFIX = 'io.argoproj.events.v1alpha1.';
const compiled = new Map<string, Map<string, ValidateFunction>>();

function validators(closed: boolean): Map<string, ValidateFunction> {
  const key = closed ? 'closed' : 'open';
  let m = compiled.get(key);
  if (m) return m;
  const schema = JSON.parse(readFileSync(EVENTS_SCHEMA, 'utf8'));
  delete schema.$schema;
  if (closed) {
    for (const [name, def] of Object.entries<any>(schema.definitions)) {
      if (def.properties && def.additionalProperties === undefined && !name.endsWith('.K8SResource'))
        def.additionalProperties = false;
    }
  }
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema(schema, 'events');
  m = new Map();
  for (const kind of ['EventBus', 'EventSource', 'Sensor'])
    m.set(kind, ajv.getSchema(`events#/definitions/${PREFIX}${kind}`)!);
  compiled.set(key, m);
  return m;
}

/** Schema errors of one Argo Events object (`[]` when valid; other kinds are not checked). */
export function eventsSchemaErrors(manifest: Record<string, any>, closed = true): string[] {
  const v = validators(closed).get(manifest.kind);
  if (!v || manifest.apiVersion !== 'argoproj.io/v1alpha1') return [];
  if (v(manifest as unknown)) return [];
  return (v.errors ?? []).map(
    (e) =>
      `${manifest.kind} ${manifest.metadata?.name}${e.instancePath} ${e.message}${
        e.params && 'additionalProperty' in e.params ? ` (${(e.params as any).additionalProperty})` : ''
      }`,
  );
}

export function isEventsKind(kind: unknown): boolean {
  return kind === 'EventBus' || kind === 'EventSource' || kind === 'Sensor';
}
