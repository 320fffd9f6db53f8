/** Fixtures for the rule tests: a Workflow-like that passes every rule, and small builders. */
import { hasField, parseArgoVersion } from '../../src/argo/versions';
import { type Finding, lintManifests, type Manifest, type RuleOptions } from '../../src/rules';

export const v = parseArgoVersion;

/**
 * A pod template that passes every rule on the default target (4.1: it has a pendingTimeout,
 * RUN006); `forTarget` drops that field for targets that do not know it (VER001).
 */
export function podTemplate(name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { name, container: { image: 'alpine:3.20', command: ['true'] }, pendingTimeout: '15m', ...extra };
}

/** `spec` for a target without pendingTimeout (< 4.1): the field removed from every template. */
export function forTarget(version: string, spec: Record<string, unknown>): Record<string, unknown> {
  if (hasField(v(version), 'pendingTimeout')) return spec;
  const templates = (spec.templates as Record<string, unknown>[]).map(({ pendingTimeout: _, ...t }) => t);
  return { ...spec, templates };
}

/** A WorkflowTemplate spec body that passes every rule. */
export function safeSpec(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    entrypoint: 'main',
    activeDeadlineSeconds: 3600,
    podGC: { strategy: 'OnPodSuccess' },
    ttlStrategy: { secondsAfterCompletion: 86400 },
    nodeSelector: { 'kubernetes.io/arch': 'amd64' },
    templates: [
      {
        name: 'main',
        dag: {
          tasks: [
            { name: 'a', template: 'step' },
            { name: 'b', template: 'step', depends: 'a' },
          ],
        },
      },
      podTemplate('step'),
    ],
    ...extra,
  };
}

export function wt(
  name: string,
  spec: Record<string, unknown>,
  metadata: Record<string, unknown> = {},
): Manifest {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'WorkflowTemplate',
    metadata: { name, ...metadata },
    spec,
  };
}

export function cwt(name: string, spec: Record<string, unknown>): Manifest {
  return { apiVersion: 'argoproj.io/v1alpha1', kind: 'ClusterWorkflowTemplate', metadata: { name }, spec };
}

export const HOOK = { 'argocd.argoproj.io/hook': 'PostSync' };

/** A Workflow as an Argo CD hook (the only way a Workflow is fine in a synced set). */
export function hookWf(spec: Record<string, unknown>, annotations: Record<string, string> = {}): Manifest {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Workflow',
    metadata: { generateName: 'run-', annotations: { ...HOOK, ...annotations } },
    spec,
  };
}

export function cron(workflowSpec: Record<string, unknown>, extra: Record<string, unknown> = {}): Manifest {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'CronWorkflow',
    metadata: { name: 'nightly' },
    spec: { schedules: ['0 1 * * *'], suspend: false, concurrencyPolicy: 'Replace', workflowSpec, ...extra },
  };
}

/** Findings of one rule. */
export function lintRule(rule: string, manifests: Manifest[], options: RuleOptions = {}): Finding[] {
  return lintManifests(manifests, options).filter((f) => f.rule === rule);
}

/** `rule@path` strings for compact assertions. */
export function at(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.rule}@${f.path}`);
}
