/**
 * The rules engine. `lintManifests` is the one function the constructs (node.addValidation), the
 * cdk8s validation plugin and `argo-guard lint` all call. Rules live in this folder, one file per
 * family (agc.ts, run.ts, arch.ts, sync.ts, dag.ts, gitops.ts, ver.ts, structural.ts), listed in registry.ts.
 */
import { runRules } from './engine';
import type { Finding, Manifest, RuleOptions } from './types';

export {
  compareFindings,
  IGNORE_ANNOTATION,
  lintTriggeredWorkflow,
  objectRef,
  parseSuppression,
} from './engine';
export { getRule, RULES } from './registry';
export type { RuleFamily, RuleMeta } from './rule';
export * from './types';

/**
 * Lints a set of manifests (one synth output, or every document of a repo) and returns the
 * findings, sorted by object index, then JSON pointer, then rule ID. Never throws on malformed
 * objects: a rule that crashes yields an INTERNAL001 finding and the others still run. Objects
 * annotated `argo-guard.io/ignore: "RULE1,RULE2: reason"` skip those rules.
 */
export function lintManifests(manifests: readonly Manifest[], options: RuleOptions = {}): Finding[] {
  return runRules(manifests, options);
}

/**
 * The findings of `manifests[0]` alone, the rest being context for the cross-object rules (what a
 * construct lints at synth: its own manifest beside the app's RBAC and the templates it references).
 */
export function lintFirst(manifests: readonly Manifest[], options: RuleOptions = {}): Finding[] {
  return runRules(manifests, options, undefined, 1);
}
