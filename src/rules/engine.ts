/**
 * The engine loop: one pass over the input, the index built once, each rule wrapped so that a
 * crash becomes an INTERNAL001 finding instead of killing the run, suppression applied here so that
 * every caller (constructs, cdk8s plugin, `argo-guard lint`) honours it.
 */

import { isObject, metaValue, obj, str } from '../argo/json';
import { DEFAULT_ARGO_VERSION } from '../argo/versions';
import { normalizeArchitecture } from '../platform/platform';
import { InputIndex } from './input-index';
import { ALL_RULES, ENGINE_RULES } from './registry';
import type { Report, ResolvedOptions, Rule, RuleContext } from './rule';
import type { Finding, Manifest, ObjectRef, RuleOptions } from './types';
import type { WorkflowLike } from './workflow-like';

/** The suppression annotation: `argo-guard.io/ignore: "RULE1,RULE2: reason"`. */
export const IGNORE_ANNOTATION = 'argo-guard.io/ignore';

export function resolveOptions(o: RuleOptions): ResolvedOptions {
  return {
    argoVersion: o.argoVersion ?? DEFAULT_ARGO_VERSION,
    watcher: o.watcher === true,
    platforms: o.platforms,
    strictPlatforms: o.strictPlatforms === true,
    // Node-label spelling, as the pins are written: `aarch64` or `linux/arm64` means `arm64`.
    taintedArchitectures: new Set((o.taintedArchitectures ?? []).map(normalizeArchitecture)),
    controllerConfig: o.controllerConfig,
  };
}

export interface Suppression {
  readonly ids: ReadonlySet<string>;
  readonly reason?: string;
}

/** Parses `RULE1,RULE2: reason`; rule IDs are case-insensitive. */
export function parseSuppression(value: string): Suppression {
  const colon = value.indexOf(':');
  const idPart = colon < 0 ? value : value.slice(0, colon);
  const reason = colon < 0 ? undefined : value.slice(colon + 1).trim() || undefined;
  const ids = new Set<string>();
  for (const raw of idPart.split(/[,\s]+/)) {
    const id = raw.trim().toUpperCase();
    if (id !== '') ids.add(id);
  }
  return { ids, reason };
}

export function objectRef(m: Manifest): ObjectRef {
  const md = obj(m.metadata);
  const ref: ObjectRef = {
    apiVersion: typeof m.apiVersion === 'string' ? m.apiVersion : '',
    kind: typeof m.kind === 'string' ? m.kind : '',
    name: str(md?.name) ?? str(md?.generateName) ?? '',
  };
  const ns = str(md?.namespace);
  if (ns !== undefined) ref.namespace = ns;
  return ref;
}

/** Rules by kind, computed once per rule list. */
function rulesByKind(rules: readonly Rule[]): (kind: string) => readonly Rule[] {
  const generic = rules.filter((r) => r.kinds === undefined);
  const byKind = new Map<string, Rule[]>();
  for (const r of rules) {
    for (const k of r.kinds ?? []) {
      if (!byKind.has(k)) byKind.set(k, [...generic]);
      byKind.get(k)!.push(r);
    }
  }
  for (const list of byKind.values()) list.sort((a, b) => rules.indexOf(a) - rules.indexOf(b));
  return (kind) => byKind.get(kind) ?? generic;
}

/** Per rule list: a Sensor's triggered Workflows use another list than their Sensor's, in one run. */
const lookups = new WeakMap<readonly Rule[], (kind: string) => readonly Rule[]>();

/** The Workflow rules applied to a Workflow a Sensor trigger creates (not synced by Argo CD: no GITOPS). */
let triggeredRules: readonly Rule[] | undefined;
function triggeredWorkflowRules(): readonly Rule[] {
  triggeredRules ??= ALL_RULES.filter((r) => r.family !== 'GITOPS' && r.family !== 'EVT');
  return triggeredRules;
}

/**
 * Lints the Workflow a trigger creates with the Workflow rules, with the input set's
 * WorkflowTemplates and ClusterWorkflowTemplates beside it (so workflowTemplateRef and templateRef
 * resolve as Argo would merge them). Returns the findings about the Workflow only. Here rather than
 * in evt.ts, which reaches it through `RuleContext.lintTriggeredWorkflow`: evt.ts importing the
 * engine would close the cycle engine -> registry -> evt -> engine.
 */
export function lintTriggeredWorkflow(
  workflow: Manifest,
  templates: readonly Manifest[],
  options: RuleOptions = {},
): Finding[] {
  return runTriggered(workflow, templates, resolveOptions(options));
}

function runTriggered(
  workflow: Manifest,
  templates: readonly Manifest[],
  resolved: ResolvedOptions,
): Finding[] {
  return runResolved([workflow, ...templates], resolved, triggeredWorkflowRules(), 1);
}

/**
 * Lints `manifests`; with `linted`, only the first `linted` of them, the others being context that
 * cross-object rules look up (a construct's RBAC, the templates it references). A finding is always
 * about the object being checked, so this equals linting all and keeping the first `linted` objects'
 * findings, without checking the context once per construct (quadratic in an app).
 */
export function runRules(
  manifests: readonly Manifest[],
  options: RuleOptions = {},
  rules: readonly Rule[] = ALL_RULES,
  linted = manifests.length,
): Finding[] {
  return runResolved(manifests, resolveOptions(options), rules, linted);
}

function runResolved(
  manifests: readonly Manifest[],
  resolved: ResolvedOptions,
  rules: readonly Rule[],
  linted: number,
): Finding[] {
  const input = new InputIndex(manifests, resolved);
  let lookup = lookups.get(rules);
  if (!lookup) {
    lookup = rulesByKind(rules);
    lookups.set(rules, lookup);
  }
  const findings: Finding[] = [];

  for (let i = 0; i < Math.min(linted, manifests.length); i++) {
    const m = manifests[i];
    if (!isObject(m)) continue;
    const kind = typeof m.kind === 'string' ? m.kind : '';
    const ignore = metaValue(m.metadata, 'annotations', IGNORE_ANNOTATION);
    const suppression = ignore !== undefined ? parseSuppression(ignore) : undefined;
    const list = lookup(kind);
    if (list.length === 0 && !suppression) continue;

    let ref: ObjectRef | undefined;
    const refOf = () => {
      ref ??= objectRef(m);
      return ref;
    };
    let current: Rule = list[0];
    let wl: WorkflowLike | undefined | null = null;
    const ctx: RuleContext = {
      manifest: m,
      index: i,
      kind,
      input,
      options: resolved,
      workflowLike() {
        if (wl === null) wl = input.workflowLike(i, false);
        return wl;
      },
      lintTriggeredWorkflow: (workflow, templates) => runTriggered(workflow, templates, resolved),
      report(r: Report) {
        const f: Finding = {
          rule: current.id,
          severity: r.severity ?? current.severity,
          message: r.message,
          fix: r.fix,
          object: refOf(),
          path: existingPrefix(m, r.path),
          index: i,
        };
        if (r.autofix && r.autofix.length > 0) f.autofix = r.autofix;
        findings.push(f);
      },
    };

    for (const rule of list) {
      if (suppression?.ids.has(rule.id)) continue;
      current = rule;
      try {
        rule.check(ctx);
      } catch (e) {
        current = ENGINE_RULES.internal;
        ctx.report({
          path: '',
          message: `rule ${rule.id} crashed on this object: ${e instanceof Error ? e.message : String(e)}`,
          fix: 'Report this as an argo-guard bug with the object attached; the other rules still ran.',
        });
      }
    }
    if (suppression && suppression.reason === undefined) {
      current = ENGINE_RULES.ignore;
      ctx.report({
        path: '/metadata/annotations/argo-guard.io~1ignore',
        message: `suppression of ${[...suppression.ids].join(', ') || 'no rule'} gives no reason`,
        fix: `Write the reason after a colon: "${[...suppression.ids].join(',') || 'RULE'}: why this is safe here".`,
      });
    }
  }

  findings.sort(compareFindings);
  return findings;
}

/**
 * The longest prefix of `pointer` that exists in `doc`: a rule may point at the place a missing
 * field belongs (`/spec/workflowSpec` of a CronWorkflow without one); the CLI maps the path to a
 * line, so it must name something that is there. Runs only per finding (findings are rare).
 */
export function existingPrefix(doc: unknown, pointer: string): string {
  if (pointer === '') return pointer;
  let cur: unknown = doc;
  let end = 0;
  while (end < pointer.length) {
    const next = pointer.indexOf('/', end + 1);
    const stop = next < 0 ? pointer.length : next;
    const key = pointer
      .slice(end + 1, stop)
      .replace(/~1/g, '/')
      .replace(/~0/g, '~');
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, key)) return pointer.slice(0, end);
    cur = (cur as Record<string, unknown>)[key];
    end = stop;
  }
  return pointer;
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.index !== b.index) return a.index - b.index;
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  if (a.message !== b.message) return a.message < b.message ? -1 : 1;
  return 0;
}
