import { type Chart, Testing } from 'cdk8s';
import { type ArgoGuardSettings, GuardedChart } from '../../src/workflows';
import { assertValidAgainstCrds } from '../helpers/crd-schema';

export { byKind, one } from '../helpers/manifests';

/** A chart in namespace `ci` with the given settings. */
export function chart(settings: ArgoGuardSettings = {}, namespace = 'ci'): GuardedChart {
  return new GuardedChart(Testing.app(), 'test', { namespace, argoGuard: settings });
}

/** Synthesizes, checks every Argo object against the upstream CRD schema, returns the manifests. */
export function synth(c: Chart): any[] {
  const manifests = Testing.synth(c);
  assertValidAgainstCrds(manifests);
  return manifests;
}

export function template(spec: any, name: string): any {
  const t = spec.templates.find((x: any) => x.name === name);
  if (!t) throw new Error(`no template ${name}`);
  return t;
}
