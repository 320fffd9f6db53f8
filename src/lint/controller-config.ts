/**
 * `--controller-config FILE`: the `workflow-controller-configmap` of the cluster the manifests go
 * to. Its data keys are YAML-in-strings (Argo's config.go reads `workflowDefaults`, `persistence`
 * etc. from `data`), or, in the legacy form, one `config` key holding all of them.
 */
import { readFileSync } from 'node:fs';
import * as jsYaml from 'js-yaml';
import { isObject } from '../argo/json';
import { UserError } from '../errors';
import type { ControllerConfig, Manifest } from '../rules/types';

export function loadControllerConfig(file: string): ControllerConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UserError(`--controller-config ${file}: ${(err as Error).message}`);
  }
  let docs: unknown[];
  try {
    docs = jsYaml.loadAll(text, undefined, { schema: jsYaml.CORE_SCHEMA, filename: file });
  } catch (err) {
    const e = err as { reason?: string; mark?: { line: number; column: number }; message: string };
    const at = e.mark ? `:${e.mark.line + 1}:${e.mark.column + 1}` : '';
    throw new UserError(`${file}${at}: invalid YAML: ${e.reason ?? e.message}`);
  }
  const cm = docs.find((d) => isObject(d) && d.kind === 'ConfigMap') as Manifest | undefined;
  if (!cm) {
    throw new UserError(
      `${file}: no ConfigMap in the file`,
      'Pass the workflow-controller-configmap (kubectl -n argo get cm workflow-controller-configmap -o yaml).',
    );
  }
  return parseControllerConfig(cm, file);
}

/** The parts of the ConfigMap's data that change what is effective for a Workflow. */
export function parseControllerConfig(cm: Manifest, file = 'controller config'): ControllerConfig {
  const data = isObject(cm.data) ? (cm.data as Record<string, unknown>) : {};
  // Legacy form (Argo < 3.0 style, still read): everything under one `config` key.
  const legacy = typeof data.config === 'string' ? yamlValue(data.config, file, 'config') : undefined;
  const get = (key: string): unknown => {
    if (data[key] !== undefined)
      return typeof data[key] === 'string' ? yamlValue(data[key] as string, file, key) : data[key];
    return isObject(legacy) ? legacy[key] : undefined;
  };
  const out: ControllerConfig = {};
  const wd = get('workflowDefaults');
  if (wd !== undefined) {
    if (!isObject(wd)) throw new UserError(`${file}: data.workflowDefaults is not a Workflow object`);
    out.workflowDefaults = wd as Manifest;
  }
  const id = get('instanceID');
  if (id !== undefined && id !== null && id !== '') out.instanceID = String(id);
  const par = number(get('parallelism'), file, 'parallelism');
  if (par !== undefined) out.parallelism = par;
  const nsPar = number(get('namespaceParallelism'), file, 'namespaceParallelism');
  if (nsPar !== undefined) out.namespaceParallelism = nsPar;
  const persistence = get('persistence');
  if (isObject(persistence) && persistence.nodeStatusOffLoad !== undefined) {
    out.nodeStatusOffload =
      persistence.nodeStatusOffLoad === true || persistence.nodeStatusOffLoad === 'true';
  }
  return out;
}

function yamlValue(text: string, file: string, key: string): unknown {
  try {
    return jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
  } catch (err) {
    throw new UserError(
      `${file}: data.${key} is not valid YAML: ${(err as { reason?: string }).reason ?? (err as Error).message}`,
    );
  }
}

function number(v: unknown, file: string, key: string): number | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isInteger(n) || n < 0)
    throw new UserError(`${file}: data.${key} is "${v}", not a whole number`);
  return n;
}
