import { type Chart, Testing } from 'cdk8s';
import { type ArgoGuardSettings, GuardedChart } from '../../src/workflows';
import { crdErrors } from '../helpers/crd-schema';

export { byKind, one } from '../helpers/manifests';

import { eventsSchemaErrors, isEventsKind } from './schema';

export const NS = 'argo-events';

/** A chart in namespace `argo-events` with the given settings. */
export function chart(settings: ArgoGuardSettings = {}, namespace = NS): GuardedChart {
  return new GuardedChart(Testing.app(), 'test', { namespace, argoGuard: settings });
}

/**
 * Synthesizes and checks every object: Argo Events kinds against the upstream JSON schema (closed:
 * unknown fields fail), Argo Workflows kinds (and every Workflow a trigger creates) against the
 * upstream CRDs.
 */
export function synth(c: Chart): any[] {
  const manifests = Testing.synth(c);
  const errors: string[] = [];
  for (const m of manifests) {
    if (isEventsKind(m.kind)) {
      errors.push(...eventsSchemaErrors(m));
      for (const t of m.kind === 'Sensor' ? m.spec.triggers : []) {
        const r = (t.template.k8s ?? t.template.argoWorkflow)?.source?.resource;
        if (r?.kind === 'Workflow' && r.spec) errors.push(...crdErrors(r));
      }
    } else errors.push(...crdErrors(m));
  }
  if (errors.length) throw new Error(`schema validation failed:\n  ${errors.join('\n  ')}`);
  return manifests;
}

/** `resource.group:verb+verb` per rule of a Role, for compact assertions. */
export function ruleStrings(role: any): string[] {
  return role.rules.map((r: any) => `${r.resources.join(',')}.${r.apiGroups.join(',')}:${r.verbs.join('+')}`);
}
