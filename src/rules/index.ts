/**
 * The rules engine. STUB laid down with the project skeleton: the rules land in this folder,
 * one file per family; the signature of `lintManifests` is the contract the constructs, the
 * cdk8s validation plugin and `argo-guard lint` all call.
 */
import type { Finding, Manifest, RuleOptions } from './types';

export * from './types';

export function lintManifests(_manifests: readonly Manifest[], _options: RuleOptions = {}): Finding[] {
  return [];
}
