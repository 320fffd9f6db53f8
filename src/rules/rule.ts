/**
 * What a rule is, and what it gets to look at. One file per rule family exports `rules: Rule[]`;
 * registry.ts lists the families. A rule is a pure function of one object, an index of the whole
 * input set (built once per run) and the options: it reports findings through `ctx.report`.
 */
import { type ArgoVersion, type BugId, type FieldId, hasBug, hasField } from '../argo/versions';
import type { InputIndex } from './input-index';
import type { AutofixOp, ControllerConfig, Finding, Manifest, PlatformLookup, Severity } from './types';
import type { WorkflowLike } from './workflow-like';

export type RuleFamily =
  | 'AGC'
  | 'RUN'
  | 'ARCH'
  | 'SYNC'
  | 'DAG'
  | 'GITOPS'
  | 'EVT'
  | 'VER'
  | 'STR'
  | 'ENGINE';

/** The public description of a rule (the catalog entry): what `argo-guard explain` and SARIF show. */
export interface RuleMeta {
  /** Stable ID, e.g. `AGC001`. The public contract (JSON/SARIF output, suppression, docs). */
  readonly id: string;
  /** Default severity (some rules lower or raise it per finding, e.g. AGC002 with the watcher). */
  readonly severity: Severity;
  readonly family: RuleFamily;
  /** One line. */
  readonly title: string;
  /** Relative to the package root: `docs/rules/<ID>.md`. */
  readonly helpUri: string;
  /** Whether some findings of this rule carry a safe `autofix`. */
  readonly hasAutofix: boolean;
}

/** Options after defaults are applied. */
export interface ResolvedOptions {
  readonly argoVersion: ArgoVersion;
  readonly watcher: boolean;
  readonly platforms?: PlatformLookup;
  readonly strictPlatforms: boolean;
  readonly taintedArchitectures: ReadonlySet<string>;
  readonly controllerConfig?: ControllerConfig;
}

export interface Report {
  /** JSON pointer into the object. */
  path: string;
  message: string;
  fix: string;
  /** Overrides the rule's default severity for this finding. */
  severity?: Severity;
  autofix?: AutofixOp[];
}

export interface RuleContext {
  readonly manifest: Manifest;
  /** Position of the object in the input array. */
  readonly index: number;
  readonly kind: string;
  readonly input: InputIndex;
  readonly options: ResolvedOptions;
  /** The object as a Workflow-like (effective spec, templates), computed once and shared by all rules. */
  workflowLike(): WorkflowLike | undefined;
  /**
   * The Workflow rules' findings about a Workflow this object creates (a Sensor trigger's), with
   * `templates` beside it and this run's options. The engine provides it so that a rule family need
   * not import the engine.
   */
  lintTriggeredWorkflow(workflow: Manifest, templates: readonly Manifest[]): Finding[];
  report(r: Report): void;
}

export interface Rule extends RuleMeta {
  /** The object kinds the rule looks at; `undefined` = every object. */
  readonly kinds?: readonly string[];
  check(ctx: RuleContext): void;
}

/** Rule definition helper: fills in `helpUri` from the ID. */
export function defineRule(r: Omit<Rule, 'helpUri'>): Rule {
  return { ...r, helpUri: `docs/rules/${r.id}.md` };
}

// ---------------------------------------------------------------------------------------------
// Version checks for rules: the table is src/argo/versions.ts. Rules ask the same `hasBug` /
// `hasField` question for every object, and the answers depend only on the target version (one
// object per run), so they are remembered for the last version object seen.
// ---------------------------------------------------------------------------------------------

let lastVersion: ArgoVersion | undefined;
let answers = new Map<string, boolean>();

/** Bug IDs (`argo-workflows#N`) and field IDs never collide, so one map holds both. */
function cached(v: ArgoVersion, key: string, compute: () => boolean): boolean {
  if (v !== lastVersion) {
    lastVersion = v;
    answers = new Map();
  }
  const m = answers;
  let r = m.get(key);
  if (r === undefined) {
    r = compute();
    m.set(key, r);
  }
  return r;
}

export function targetHasBug(v: ArgoVersion, id: BugId): boolean {
  return cached(v, id, () => hasBug(v, id));
}

export function targetHasField(v: ArgoVersion, id: FieldId): boolean {
  return cached(v, id, () => hasField(v, id));
}
