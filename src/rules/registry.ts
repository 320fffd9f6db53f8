/**
 * The rule families. Adding a family is one import and one entry in RULE_FAMILIES
 * (e.g. `import { rules as evt } from './evt';` and `evt` in the list).
 */
import { rules as agc } from './agc';
import { rules as arch } from './arch';
import { rules as dag } from './dag';
import { rules as evt } from './evt';
import { rules as gitops } from './gitops';
import { defineRule, type Rule, type RuleMeta } from './rule';
import { rules as run } from './run';
import { rules as structural } from './structural';
import { rules as sync } from './sync';
import { rules as ver } from './ver';

export const RULE_FAMILIES: readonly (readonly Rule[])[] = [
  agc,
  run,
  arch,
  sync,
  dag,
  gitops,
  evt,
  ver,
  structural,
];

/** Findings the engine itself emits (never run as rules: `kinds: []`). */
export const ENGINE_RULES = {
  ignore: defineRule({
    id: 'IGNORE001',
    severity: 'warning',
    family: 'ENGINE',
    title: 'a suppression annotation gives no reason',
    hasAutofix: false,
    kinds: [],
    check() {},
  }),
  internal: defineRule({
    id: 'INTERNAL001',
    severity: 'error',
    family: 'ENGINE',
    title: 'a rule crashed on this object (an argo-guard bug; the other rules still ran)',
    hasAutofix: false,
    kinds: [],
    check() {},
  }),
} as const;

export const ALL_RULES: readonly Rule[] = RULE_FAMILIES.flat();

function meta(r: Rule): RuleMeta {
  return {
    id: r.id,
    severity: r.severity,
    family: r.family,
    title: r.title,
    helpUri: r.helpUri,
    hasAutofix: r.hasAutofix,
  };
}

/** The public rule catalog, in family order. */
export const RULES: readonly RuleMeta[] = Object.freeze(
  [...ALL_RULES, ENGINE_RULES.ignore, ENGINE_RULES.internal].map((r) => Object.freeze(meta(r))),
);

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** The catalog entry of a rule ID (case-insensitive), or undefined. */
export function getRule(id: string): RuleMeta | undefined {
  return BY_ID.get(id.toUpperCase());
}
