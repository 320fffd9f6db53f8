/**
 * Structure (STR): what Argo itself refuses, for the target version. `argo lint --offline` decodes
 * each object strictly into the Go types of its version and then runs workflow/validate; the
 * controller and `argo submit` do the same. A manifest that fails this never runs: a CronWorkflow
 * never fires, an Argo CD sync fails or, worse, a Workflow created by a Sensor is refused at every
 * event. docs/rules/STR001.md lists which of Argo's checks each rule covers.
 */

import { posix } from 'node:path';
import { loadAll as loadAllYaml } from 'js-yaml';
import { arr, esc, isObject, type Obj, obj, ptr, str } from '../argo/json';
import { ARGO_KINDS, WORKFLOW_LIKE_KINDS } from '../argo/kinds';
import { VERSIONED_FIELDS } from '../argo/versions';
import { cronError, isTimeZone, parseGoDuration, timeZoneNames } from './cron';
import { dependsNames } from './dag';
import { defineRule, type Rule, type RuleContext, targetHasField } from './rule';
import { newerSchemaKnows, type SchemaProblem, schemaFor, walkSchema } from './structural-schema';
import type { AutofixOp } from './types';
import {
  type Call,
  callsOf,
  resolveCall,
  type TemplateInfo,
  templateLabel,
  type WorkflowLike,
} from './workflow-like';

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/** A step or task of a template, with its pointer and the call it makes (STR002-STR005, STR007). */
class StepOf {
  private joined: string | undefined;
  constructor(
    readonly step: Obj,
    readonly isTask: boolean,
    /** `steps[i][j]` (j undefined for a bare step object) or `dag.tasks[i]`. */
    readonly i: number,
    readonly j: number | undefined,
    /** The template call it makes itself (not its hooks or onExit); undefined when it names none. */
    readonly call: Call | undefined,
    private readonly base: string,
  ) {}

  /** Its pointer in the owner object (as forEachStepOrTask gives it), joined on first use. */
  get path(): string {
    this.joined ??= this.isTask
      ? `${this.base}/dag/tasks/${this.i}`
      : this.j === undefined
        ? `${this.base}/steps/${this.i}`
        : `${this.base}/steps/${this.i}/${this.j}`;
    return this.joined;
  }
}

/** Whether `path` is `${base}/dag/tasks/${i}` or `${base}/steps/${i}[/${j}]`, without joining it. */
function isStepPath(path: string, base: string, isTask: boolean, i: number, j: number | undefined): boolean {
  if (!path.startsWith(base)) return false;
  const seg = isTask ? '/dag/tasks/' : '/steps/';
  if (!path.startsWith(seg, base.length)) return false;
  const first = String(i);
  let at = base.length + seg.length;
  if (!path.startsWith(first, at)) return false;
  at += first.length;
  if (j !== undefined) {
    const second = String(j);
    if (path.charCodeAt(at) !== 0x2f || !path.startsWith(second, at + 1)) return false;
    at += 1 + second.length;
  }
  return at === path.length;
}

/**
 * The steps and tasks of `t` in forEachStepOrTask's order, built once per template and shared by
 * the STR rules (one pass, not one per rule). The call of each is found by walking callsOf's list,
 * which computeCalls builds in that same order, so no pointer is joined or hashed for it.
 */
function stepsOf(ctx: RuleContext, wl: WorkflowLike, t: TemplateInfo): readonly StepOf[] {
  // On the Workflow-like's own cache (a WeakMap would slow every GC: see WorkflowLike.cache).
  let perWl = wl.cache.stepsOf as Map<TemplateInfo, readonly StepOf[]> | undefined;
  if (!perWl) {
    perWl = new Map();
    wl.cache.stepsOf = perWl;
  }
  const cached = perWl.get(t);
  if (cached) return cached;
  const out: StepOf[] = [];
  const groups = arr(t.tmpl.steps);
  const tasks = arr(obj(t.tmpl.dag)?.tasks);
  if (groups.length > 0 || tasks.length > 0) {
    const calls = callsOf(ctx.input, wl, t);
    let k = 0;
    const add = (step: Obj, isTask: boolean, i: number, j: number | undefined) => {
      let call: Call | undefined;
      // Skip the exit handlers and hooks of earlier steps; the next step/task call is this
      // step's own, or a later step's (then this one names no template).
      while (k < calls.length && (calls[k].via === 'exit' || calls[k].via === 'hook')) k++;
      if (k < calls.length && isStepPath(calls[k].path, t.path, isTask, i, j)) call = calls[k++];
      out.push(new StepOf(step, isTask, i, j, call, t.path));
    };
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i];
      if (Array.isArray(g)) {
        for (let j = 0; j < g.length; j++) if (isObject(g[j])) add(g[j] as Obj, false, i, j);
      } else if (isObject(g)) add(g, false, i, undefined);
    }
    for (let i = 0; i < tasks.length; i++) {
      const x = tasks[i];
      if (isObject(x)) add(x, true, i, undefined);
    }
  }
  perWl.set(t, out);
  return out;
}

/** Edit distance (Levenshtein), bounded: returns `max + 1` as soon as it is exceeded. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** The candidates close to `word` (same word in another case, or a typo away), closest first. */
export function nearMisses(word: string, candidates: Iterable<string>): string[] {
  const lower = word.toLowerCase();
  const max = word.length <= 4 ? 1 : 2;
  const scored: [string, number][] = [];
  for (const c of candidates) {
    if (c === word) continue;
    const d = c.toLowerCase() === lower ? 0 : editDistance(lower, c.toLowerCase(), max);
    // `entrypoints` for `entrypoint`: a plural or singular slip is the commonest typo.
    if (d <= max) scored.push([c, d]);
  }
  return scored.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([c]) => c);
}

function didYouMean(word: string, candidates: Iterable<string>): string {
  const near = nearMisses(word, candidates);
  return near.length ? ` (did you mean "${near.slice(0, 3).join('", "')}"?)` : '';
}

function pointer(segments: readonly string[]): string {
  return segments.map((s) => `/${esc(s)}`).join('');
}

function dotted(segments: readonly string[]): string {
  return segments
    .map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`))
    .join('')
    .replace(/^\./, '');
}

function show(v: unknown): string {
  const s = typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** Keys whose absence from a version's schema VER001 / SYNC004 / GITOPS005 report with the version facts. */
const VERSIONED_KEYS: ReadonlySet<string> = new Set(
  Object.values(VERSIONED_FIELDS).map((f) => f.id.split('.').pop()!),
);

// ---------------------------------------------------------------------------------------------
// STR001: the closed schema of the target version
// ---------------------------------------------------------------------------------------------

const QUANTITY_HINT =
  'a Kubernetes quantity: a number with an optional suffix Ki Mi Gi Ti Pi Ei (powers of 1024), k M G T P E (powers of 1000) or m (milli), e.g. 128Mi, 0.5, 500m';

function schemaMessage(p: SchemaProblem, kind: string): { message: string; fix: string; at: string[] } {
  const where = dotted(p.path) || kind;
  switch (p.kind) {
    case 'unknown': {
      const near = nearMisses(p.key, p.known);
      const newer = newerSchemaKnows(p.path, kind, p.key);
      return {
        at: [...p.path, p.key],
        message: `unknown field "${p.key}" in ${where}${near.length ? ` (did you mean "${near.slice(0, 3).join('", "')}"?)` : ''}: Argo refuses the object${newer ? ' (the field is only known from Argo Workflows 4.1)' : ''}`,
        fix: near.length
          ? `Rename "${p.key}" to "${near[0]}".`
          : newer
            ? 'Target Argo Workflows 4.1 or remove the field.'
            : `Remove "${p.key}" or move it where it belongs (known here: ${p.known.slice(0, 12).join(', ')}${p.known.length > 12 ? ', ...' : ''}).`,
      };
    }
    case 'type': {
      const last = p.path[p.path.length - 1] ?? '';
      if (p.expected === 'a list' && isObject(p.value) && (last === 'parameters' || last === 'artifacts')) {
        const entries = Object.entries(p.value).slice(0, 2);
        const example = entries.map(([k, v]) => `{name: ${k}, value: ${show(String(v))}}`).join(', ');
        return {
          at: p.path,
          message: `${where} is written as a map; Argo expects a list of {name: ...} entries and refuses the object`,
          fix: `Write it as a list: [${example}${Object.keys(p.value).length > 2 ? ', ...' : ''}].`,
        };
      }
      if (p.expected === 'an integer' && typeof p.value === 'string') {
        const secs = /Seconds$/.test(last) ? parseGoDuration(p.value) : undefined;
        return {
          at: p.path,
          message: `${where} must be an integer, not the string ${show(p.value)}: Argo refuses the object`,
          fix:
            secs !== undefined && Number.isInteger(secs)
              ? `Write the number of seconds: ${last}: ${secs}.`
              : /^\d+$/.test(p.value)
                ? `Remove the quotes: ${last}: ${p.value}.`
                : `Write an integer${/Seconds$/.test(last) ? ' (seconds)' : ''}.`,
        };
      }
      return {
        at: p.path,
        message: `${where} must be ${p.expected}, not ${show(p.value)}: Argo refuses the object`,
        fix:
          p.expected === 'a string' && (typeof p.value === 'number' || typeof p.value === 'boolean')
            ? `Quote the value: "${String(p.value)}".`
            : `Write ${p.expected} here.`,
      };
    }
    case 'enum':
      return {
        at: p.path,
        message: `${where} is ${show(p.value)}, which is not one of ${p.allowed.join(', ')}${didYouMean(p.value, p.allowed)}`,
        fix: `Use one of: ${p.allowed.join(', ')}.`,
      };
    case 'pattern': {
      const quantity = p.node.pt?.source.includes('KMGTPE') === true;
      return {
        at: p.path,
        message: quantity
          ? `${where} is ${show(p.value)}, which is not ${QUANTITY_HINT}`
          : `${where} is ${show(p.value)}, which does not match ${p.node.pt?.source}`,
        fix: quantity
          ? `Write a quantity${/^\d+(\.\d+)?[KMGTPE]B$/i.test(p.value) ? `: ${p.value.replace(/B$/i, 'i')} (binary) or ${p.value.slice(0, -1).replace(/[a-z]$/, (c) => c.toUpperCase())} (decimal)` : ', e.g. 128Mi'}.`
          : `Use a value that matches ${p.node.pt?.source}.`,
      };
    }
    case 'format':
      return {
        at: p.path,
        message: `${where} is ${show(p.value)}, which is not ${p.format}`,
        fix: `Write ${p.format}.`,
      };
    case 'required':
      return {
        at: p.path,
        message: `${where} lacks the required field "${p.key}": Argo refuses the object`,
        fix: `Add "${p.key}".`,
      };
  }
}

/**
 * An unknown key with exactly one near miss that the object does not set already: renaming it is
 * the only sensible reading (`entrypoints` -> `entrypoint`). Otherwise no autofix.
 */
function renameFix(manifest: unknown, p: SchemaProblem): AutofixOp[] | undefined {
  if (p.kind !== 'unknown') return undefined;
  const near = nearMisses(p.key, p.known);
  if (near.length !== 1) return undefined;
  let parent: unknown = manifest;
  for (const seg of p.path) parent = (parent as Obj | undefined)?.[seg];
  if (!isObject(parent) || parent[near[0]] !== undefined) return undefined;
  const base = pointer(p.path);
  return [
    { op: 'add', path: `${base}/${esc(near[0])}`, value: parent[p.key] },
    { op: 'remove', path: `${base}/${esc(p.key)}` },
  ];
}

const NAME_PATTERNS = new Set(['^[a-zA-Z0-9][-a-zA-Z0-9]*$', '^[-a-zA-Z0-9_]+$']);

const LABEL_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Why `key` is not a Kubernetes label key (a qualified name, `prefix/name`), or undefined. */
function labelKeyError(key: string): string | undefined {
  const slash = key.lastIndexOf('/');
  const name = slash < 0 ? key : key.slice(slash + 1);
  const prefix = slash < 0 ? undefined : key.slice(0, slash);
  if (prefix !== undefined && (prefix === '' || prefix.length > 253 || !DNS1123_SUBDOMAIN.test(prefix)))
    return 'its prefix must be a DNS subdomain (lower case, digits, "-" and ".")';
  if (name.length === 0 || name.length > 63 || !LABEL_NAME.test(name))
    return 'its name part must be 1-63 characters: letters, digits, "-", "_" or ".", starting and ending with a letter or digit';
  return undefined;
}

function labelValueError(value: string): string | undefined {
  return value === '' || (value.length <= 63 && LABEL_NAME.test(value))
    ? undefined
    : 'a label value is at most 63 characters: letters, digits, "-", "_" or ".", starting and ending with a letter or digit';
}

const SELECTOR_OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

/**
 * podGC.labelSelector as metav1.LabelSelectorAsSelector reads it (validate.go: "podGC.labelSelector
 * invalid"): label keys and values, the operator, values only for In / NotIn.
 */
function checkLabelSelector(ctx: RuleContext, selector: unknown, base: string): void {
  const sel = obj(selector);
  if (!sel) return;
  const labels = obj(sel.matchLabels);
  for (const [k, v] of Object.entries(labels ?? {})) {
    const err = labelKeyError(k) ?? (typeof v === 'string' ? labelValueError(v) : undefined);
    if (err) {
      ctx.report({
        path: ptr(base, 'matchLabels', k),
        message: `podGC.labelSelector.matchLabels "${k}: ${String(v)}" is not a label selector: ${err}: Argo refuses the object`,
        fix: 'Write a Kubernetes label key and value, e.g. app.kubernetes.io/name: build.',
      });
    }
  }
  const exprs = arr(sel.matchExpressions);
  for (let i = 0; i < exprs.length; i++) {
    const e = obj(exprs[i]);
    if (!e) continue;
    const p = ptr(base, 'matchExpressions', i);
    const op = e.operator;
    const values = arr(e.values);
    const fail = (at: string, why: string, fix: string) =>
      ctx.report({
        path: ptr(p, at),
        message: `podGC.labelSelector.matchExpressions[${i}] ${why}: Argo refuses the object`,
        fix,
      });
    if (typeof e.key === 'string') {
      const err = labelKeyError(e.key);
      if (err) fail('key', `key "${e.key}" is not a label key: ${err}`, 'Write a Kubernetes label key.');
    }
    if (typeof op !== 'string') continue;
    if (!SELECTOR_OPERATORS.includes(op)) {
      fail(
        'operator',
        `operator "${op}" is not one of ${SELECTOR_OPERATORS.join(', ')}${didYouMean(op, SELECTOR_OPERATORS)}`,
        `Use one of: ${SELECTOR_OPERATORS.join(', ')}.`,
      );
    } else if ((op === 'In' || op === 'NotIn') && values.length === 0) {
      fail(
        'operator',
        `uses ${op} without values`,
        `Add values, or use ${op === 'In' ? 'Exists' : 'DoesNotExist'}.`,
      );
    } else if ((op === 'Exists' || op === 'DoesNotExist') && values.length > 0) {
      fail(
        'values',
        `uses ${op} with values, which must be empty`,
        `Remove values, or use ${op === 'Exists' ? 'In' : 'NotIn'}.`,
      );
    }
    for (let j = 0; j < values.length; j++) {
      const v = values[j];
      const err = typeof v === 'string' ? labelValueError(v) : undefined;
      if (err)
        fail(`values/${j}`, `value "${v}" is not a label value: ${err}`, 'Write a Kubernetes label value.');
    }
  }
}

export const STR001 = defineRule({
  id: 'STR001',
  severity: 'error',
  family: 'STR',
  title: 'a field Argo does not know, or a value of the wrong type or format, for the target version',
  hasAutofix: true,
  kinds: ARGO_KINDS,
  check(ctx) {
    const root = schemaFor(ctx.kind, ctx.options.argoVersion);
    if (!root) return;
    walkSchema(
      ctx.manifest,
      root,
      [],
      (p) => {
        // Template, step, task, parameter and artifact names: STR002 says it in Argo's words.
        if (
          p.kind === 'pattern' &&
          p.path[p.path.length - 1] === 'name' &&
          NAME_PATTERNS.has(p.node.pt?.source ?? '')
        )
          return;
        // `schedules` of a 3.5 target (which has `schedule`): GITOPS005 and STR006 say it with the version facts.
        if (p.kind === 'required' && VERSIONED_KEYS.has(p.key)) return;
        const m = schemaMessage(p, ctx.kind);
        ctx.report({
          path: pointer(m.at),
          message: m.message,
          fix: m.fix,
          autofix: renameFix(ctx.manifest, p),
        });
      },
      { skipUnknown: VERSIONED_KEYS },
    );
    const wl = ctx.workflowLike();
    const podGC = wl ? obj(wl.spec.podGC) : undefined;
    if (wl && podGC?.labelSelector !== undefined)
      checkLabelSelector(ctx, podGC.labelSelector, ptr(wl.specPath, 'podGC', 'labelSelector'));
  },
});

// ---------------------------------------------------------------------------------------------
// STR002: names and duplicates
// ---------------------------------------------------------------------------------------------

const FIELD_NAME = /^[a-zA-Z0-9][-a-zA-Z0-9]*$/;
const PARAM_NAME = /^[-a-zA-Z0-9_]+$/;
const MAX_FIELD_NAME = 128;

/** Argo's isValidWorkflowFieldName: templates, steps, tasks. */
function fieldNameError(name: string): string | undefined {
  if (name.length > MAX_FIELD_NAME) return `must be no more than ${MAX_FIELD_NAME} characters`;
  if (!FIELD_NAME.test(name)) {
    return "must consist of alpha-numeric characters or '-', and must start with an alpha-numeric character";
  }
  return undefined;
}

function suggestFieldName(name: string): string {
  const s = name
    .replace(/[^-a-zA-Z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, MAX_FIELD_NAME);
  return s === '' ? 'main' : s;
}

/** Labels and pointers are built only when there is something to report (the common case is not). */
type Lazy = () => string;

function checkNames(
  ctx: RuleContext,
  list: readonly unknown[],
  basePath: Lazy,
  what: Lazy,
  param: boolean,
): void {
  // Short lists (the usual) find duplicates by a scan of the names before; long ones by a Set.
  const before: string[] = [];
  let seen: Set<string> | undefined;
  for (let i = 0; i < list.length; i++) {
    const o = obj(list[i]);
    if (!o) continue;
    const name = o.name;
    // A templated name (`result-{{inputs.parameters.x}}`) is checked by Argo after substitution.
    if (typeof name === 'string' && name.includes('{{')) continue;
    if (typeof name !== 'string' || name === '') {
      ctx.report({
        path: ptr(basePath(), i),
        message: `${what()} #${i} has no name: Argo refuses the object`,
        fix: 'Give it a name.',
      });
      continue;
    }
    const err = param
      ? PARAM_NAME.test(name)
        ? undefined
        : "must consist of alpha-numeric characters, '_' or '-'"
      : fieldNameError(name);
    if (err) {
      ctx.report({
        path: ptr(basePath(), i, 'name'),
        message: `${what()} name "${name}" is invalid: it ${err}`,
        fix: `Rename it, e.g. "${param ? name.replace(/[^-a-zA-Z0-9_]+/g, '_') : suggestFieldName(name)}" (and the references to it).`,
      });
    }
    if (!seen && before.length === 16) seen = new Set(before);
    const twice = seen ? seen.has(name) : before.includes(name);
    if (twice) {
      ctx.report({
        path: ptr(basePath(), i, 'name'),
        message: `${what()} name "${name}" is used twice: Argo refuses the object`,
        fix: 'Give each one a distinct name.',
      });
    }
    if (seen) seen.add(name);
    else before.push(name);
  }
}

function checkIoNames(ctx: RuleContext, io: unknown, path: Lazy, what: Lazy): void {
  const o = obj(io);
  if (!o) return;
  if (Array.isArray(o.parameters)) {
    checkNames(
      ctx,
      o.parameters,
      () => ptr(path(), 'parameters'),
      () => `${what()} parameter`,
      true,
    );
  }
  if (Array.isArray(o.artifacts)) {
    checkNames(
      ctx,
      o.artifacts,
      () => ptr(path(), 'artifacts'),
      () => `${what()} artifact`,
      true,
    );
  }
}

const MAX_NAME: Readonly<Record<string, number>> = {
  Workflow: 63,
  WorkflowTemplate: 63,
  ClusterWorkflowTemplate: 63,
  // The controller appends `-<unix time>` to a CronWorkflow's name for each run.
  CronWorkflow: 52,
};

export const STR002 = defineRule({
  id: 'STR002',
  severity: 'error',
  family: 'STR',
  title: 'an invalid or duplicate name (template, step, task, parameter, artifact, object)',
  hasAutofix: false,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    const wl = ctx.workflowLike();
    if (!wl) return;
    const name = str(ctx.manifest.metadata?.name);
    const max = MAX_NAME[ctx.kind];
    if (name !== undefined && max !== undefined && name.length > max) {
      ctx.report({
        path: '/metadata/name',
        message: `${ctx.kind} name "${name}" is ${name.length} characters long; Argo allows at most ${max}`,
        fix: `Shorten the name to ${max} characters or fewer.`,
      });
    }
    if (Array.isArray(wl.spec.templates))
      checkNames(
        ctx,
        wl.spec.templates,
        () => ptr(wl.specPath, 'templates'),
        () => 'template',
        false,
      );
    checkIoNames(
      ctx,
      wl.spec.arguments,
      () => ptr(wl.specPath, 'arguments'),
      () => 'workflow argument',
    );
    for (const t of wl.ownTemplates) {
      checkIoNames(
        ctx,
        t.tmpl.inputs,
        () => ptr(t.path, 'inputs'),
        () => `${templateLabel(t)} input`,
      );
      checkIoNames(
        ctx,
        t.tmpl.outputs,
        () => ptr(t.path, 'outputs'),
        () => `${templateLabel(t)} output`,
      );
      const tasks = obj(t.tmpl.dag)?.tasks;
      if (Array.isArray(tasks)) {
        checkNames(
          ctx,
          tasks,
          () => ptr(t.path, 'dag', 'tasks'),
          () => `task of ${templateLabel(t)}`,
          false,
        );
      }
      // Step names are unique across all groups of a steps template.
      const all = stepsOf(ctx, wl, t);
      let seen: Set<string> | undefined;
      for (const x of all) {
        if (x.isTask) continue;
        const n = x.step.name;
        if (typeof n !== 'string' || n === '') {
          ctx.report({
            path: x.path,
            message: `a step of ${templateLabel(t)} has no name`,
            fix: 'Give the step a name.',
          });
          continue;
        }
        const err = fieldNameError(n);
        if (err) {
          ctx.report({
            path: `${x.path}/name`,
            message: `step name "${n}" in ${templateLabel(t)} is invalid: it ${err}`,
            fix: `Rename it, e.g. "${suggestFieldName(n)}" (and the references to it).`,
          });
        }
        seen ??= new Set();
        if (seen.has(n)) {
          ctx.report({
            path: `${x.path}/name`,
            message: `step name "${n}" is used twice in ${templateLabel(t)}`,
            fix: 'Give each step a distinct name.',
          });
        }
        seen.add(n);
      }
      for (const x of all) {
        if (x.step.arguments === undefined) continue;
        checkIoNames(
          ctx,
          x.step.arguments,
          () => `${x.path}/arguments`,
          () => 'argument',
        );
      }
    }
  },
});

// ---------------------------------------------------------------------------------------------
// STR003: references
// ---------------------------------------------------------------------------------------------

export const STR003 = defineRule({
  id: 'STR003',
  severity: 'error',
  family: 'STR',
  title: 'a template reference Argo cannot resolve (or, as a warning, one outside the linted input)',
  hasAutofix: false,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    const wl = ctx.workflowLike();
    if (!wl) return;
    const ref = wl.workflowTemplateRef;
    if (ref) {
      if (ref.name === undefined) {
        ctx.report({
          path: ref.path,
          message: 'workflowTemplateRef has no name',
          fix: 'Set workflowTemplateRef.name.',
        });
      } else if (!ref.resolved) {
        const kind = ref.clusterScope ? 'ClusterWorkflowTemplate' : 'WorkflowTemplate';
        ctx.report({
          path: ref.path,
          severity: 'warning',
          message: `workflowTemplateRef names ${kind} "${ref.name}", which is not in the linted input${didYouMean(
            ref.name,
            ctx.input.ofKind(kind).map((e) => e.name ?? ''),
          )}: argo-guard cannot check it, and Argo refuses the object if it does not exist${wl.namespace ? ` in namespace ${wl.namespace}` : ''}`,
          fix: `Lint the ${kind} together with this object, or suppress with argo-guard.io/ignore: "STR003: defined in another repository".`,
        });
      }
      if (Array.isArray(wl.spec.templates) && wl.spec.templates.length > 0) {
        ctx.report({
          path: ptr(wl.specPath, 'templates'),
          message: 'spec.templates is not allowed together with workflowTemplateRef: Argo refuses the object',
          fix: 'Move the templates into the referenced WorkflowTemplate, or drop workflowTemplateRef.',
        });
      }
    }
    for (const t of wl.ownTemplates) {
      for (const { step: s, path: p, isTask } of stepsOf(ctx, wl, t)) {
        const what = isTask ? 'task' : 'step';
        const n = s.template !== undefined ? 1 : 0;
        const r = s.templateRef !== undefined ? 1 : 0;
        const i = s.inline !== undefined ? 1 : 0;
        if (n + r + i === 0) {
          ctx.report({
            path: p,
            message: `${what} "${str(s.name) ?? '?'}" of ${templateLabel(t)} names no template (template, templateRef or inline)`,
            fix: 'Set template: to the template to run.',
          });
        } else if (n + r + i > 1) {
          ctx.report({
            path: p,
            message: `${what} "${str(s.name) ?? '?'}" of ${templateLabel(t)} sets more than one of template, templateRef, inline`,
            fix: 'Keep exactly one of them.',
          });
        }
      }
      for (const c of callsOf(ctx.input, wl, t)) {
        if (c.missing !== 'ref-absent' || !c.refPath.endsWith('/templateRef')) continue;
        const [refName] = c.label.split('/');
        if (refName === '?' || c.label.endsWith('/?')) {
          ctx.report({
            path: c.refPath,
            message: `templateRef ${c.label} lacks ${refName === '?' ? 'name' : 'template'}: Argo refuses the object`,
            fix: 'Set both templateRef.name and templateRef.template.',
          });
          continue;
        }
        ctx.report({
          path: c.refPath,
          severity: 'warning',
          message: `templateRef ${c.label} names a WorkflowTemplate that is not in the linted input: argo-guard cannot check it, and Argo refuses the object if it does not exist`,
          fix: 'Lint the WorkflowTemplate together with this object, or suppress with argo-guard.io/ignore: "STR003: defined in another repository".',
        });
      }
    }
  },
});

// ---------------------------------------------------------------------------------------------
// STR004: {{ }} tags and the variables they name
// ---------------------------------------------------------------------------------------------

/** Argo checks only tags with these prefixes (common.GlobalVarValidWorkflowVariablePrefix). */
const CHECKED_PREFIXES = ['item.', 'steps.', 'inputs.', 'outputs.', 'pod.', 'workflow.', 'tasks.'];

const WORKFLOW_VARS = new Set([
  'workflow.name',
  'workflow.namespace',
  'workflow.mainEntrypoint',
  'workflow.serviceAccountName',
  'workflow.uid',
  'workflow.status',
  'workflow.priority',
  'workflow.failures',
  'workflow.annotations',
  'workflow.annotations.json',
  'workflow.labels',
  'workflow.labels.json',
  'workflow.parameters',
  'workflow.parameters.json',
]);
/** Resolved at run time whatever follows (validate.go resolveAllVariables). */
const WORKFLOW_PREFIXES = [
  'workflow.creationTimestamp',
  'workflow.scheduledTime',
  'workflow.duration',
  'workflow.outputs.',
];

export interface Tag {
  /** The text between `{{` and `}}`, untrimmed. */
  readonly text: string;
  /** Unclosed `{{`. */
  readonly unclosed?: boolean;
}

/** The `{{...}}` tags of a string, as valyala/fasttemplate (Argo's) reads them. */
export function tagsOf(s: string): Tag[] {
  const out: Tag[] = [];
  let i = s.indexOf('{{');
  while (i >= 0) {
    const end = s.indexOf('}}', i + 2);
    if (end < 0) {
      out.push({ text: s.slice(i + 2), unclosed: true });
      break;
    }
    out.push({ text: s.slice(i + 2, end) });
    i = s.indexOf('{{', end + 2);
  }
  return out;
}

/** A string of a template that holds a `{{`. */
interface Tagged {
  readonly text: string;
  /** Its pointer in the owner object. */
  readonly path: string;
  /** The first four keys below the template (`dag`, `tasks`, 3, `arguments`): where it is. */
  readonly keys: readonly (string | number | undefined)[];
  /** Under an `inline:` key (an inline template is checked as its own template). */
  readonly inline: boolean;
}

/**
 * Every string in `v` that holds a `{{`, with its pointer: one walk per template, the pointer
 * joined only for those strings (most strings of a template have none).
 */
function taggedStrings(v: unknown, base: string): Tagged[] {
  const out: Tagged[] = [];
  collectTagged(v, base, [], 0, out);
  return out;
}

function collectTagged(
  v: unknown,
  base: string,
  keys: (string | number)[],
  inline: number,
  out: Tagged[],
): void {
  if (typeof v === 'string') {
    if (v.includes('{{')) {
      let p = base;
      for (let i = 0; i < keys.length; i++) p += `/${esc(keys[i])}`;
      out.push({ text: v, path: p, keys: keys.slice(0, 4), inline: inline > 0 });
    }
  } else if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      keys.push(i);
      collectTagged(v[i], base, keys, inline, out);
      keys.pop();
    }
  } else if (v !== null && typeof v === 'object') {
    for (const k in v) {
      keys.push(k);
      collectTagged((v as Obj)[k], base, keys, k === 'inline' ? inline + 1 : inline, out);
      keys.pop();
    }
  }
}

function names(list: unknown): string[] {
  const out: string[] = [];
  for (const x of arr(list)) {
    const n = str(obj(x)?.name);
    if (n !== undefined) out.push(n);
  }
  return out;
}

/** What `{{steps.X...}}` / `{{tasks.X...}}` may name after the prefix, given the called template. */
function nodeVars(target: TemplateInfo | undefined, aggregate: boolean): Set<string> | undefined {
  if (!target) return undefined; // not resolvable here: anything goes
  const t = target.tmpl;
  const s = new Set(NODE_FIELDS);
  if (hasOutputs(t) || aggregate) {
    s.add('outputs.result');
    s.add('exitCode');
  }
  if (aggregate) s.add('outputs.parameters');
  for (const p of names(obj(t.outputs)?.parameters)) s.add(`outputs.parameters.${p}`);
  for (const a of names(obj(t.outputs)?.artifacts)) s.add(`outputs.artifacts.${a}`);
  return s;
}

const NODE_FIELDS = ['id', 'startedAt', 'finishedAt', 'hostNodeName', 'status', 'ip'];

function hasOutputs(t: Obj): boolean {
  return (
    t.container !== undefined ||
    t.script !== undefined ||
    t.data !== undefined ||
    t.http !== undefined ||
    t.plugin !== undefined ||
    t.containerSet !== undefined
  );
}

function hasName(list: unknown, name: string): boolean {
  if (!Array.isArray(list)) return false;
  for (let i = 0; i < list.length; i++) if (str(obj(list[i])?.name) === name) return true;
  return false;
}

/**
 * What a step or task offers to `{{steps.X.prop}}` / `{{tasks.X.prop}}`. `allows` answers without
 * building the set of nodeVars (only a finding needs the whole set, for its message).
 */
interface NodeOffer {
  allows(prop: string): boolean;
  /** Everything it offers; undefined = unknown target (anything). */
  vars(): Set<string> | undefined;
}

class CalledNode implements NodeOffer {
  constructor(
    private readonly c: Call | undefined,
    private readonly aggregate: boolean,
  ) {}
  allows(prop: string): boolean {
    const target = this.c?.missing ? undefined : this.c?.target?.t;
    if (!target) return true;
    if (NODE_FIELDS.includes(prop)) return true;
    const t = target.tmpl;
    if ((prop === 'outputs.result' || prop === 'exitCode') && (this.aggregate || hasOutputs(t))) return true;
    if (prop === 'outputs.parameters') return this.aggregate;
    if (prop.startsWith('outputs.parameters.')) return hasName(obj(t.outputs)?.parameters, prop.slice(19));
    if (prop.startsWith('outputs.artifacts.')) return hasName(obj(t.outputs)?.artifacts, prop.slice(18));
    return false;
  }
  vars(): Set<string> | undefined {
    return this.c?.missing ? undefined : nodeVars(this.c?.target?.t, this.aggregate);
  }
}

const STATUS_ONLY: NodeOffer = {
  allows: (prop) => prop === 'status',
  vars: () => new Set(['status']),
};

interface Scope {
  readonly inputs: Set<string>;
  /** `steps`/`tasks` name -> what may follow. */
  readonly nodes: Map<string, NodeOffer>;
  readonly nodePrefix?: 'steps.' | 'tasks.';
  /** `item` keys: undefined = no loop, '*' = anything (withParam). */
  items?: Set<string> | '*';
  readonly workflowParams?: Set<string>;
  readonly workflowLabels?: Set<string>;
  readonly workflowAnnotations?: Set<string>;
}

function loopItems(step: Obj): Set<string> | '*' | undefined {
  if (step.withParam !== undefined) return '*';
  if (step.withSequence !== undefined) return new Set();
  if (Array.isArray(step.withItems)) {
    const keys = new Set<string>();
    step.withItems.forEach((it) => {
      if (Array.isArray(it)) for (let i = 0; i < it.length; i++) keys.add(`[${i}]`);
      else if (isObject(it)) for (const k in it) keys.add(k);
    });
    return keys;
  }
  return undefined;
}

function startsWithAny(s: string, prefixes: readonly string[]): boolean {
  for (let i = 0; i < prefixes.length; i++) if (s.startsWith(prefixes[i])) return true;
  return false;
}

function checkTag(tag: string, scope: Scope, report: (message: string, fix: string) => void): void {
  const name = tag.trim();
  if (!startsWithAny(name, CHECKED_PREFIXES)) return;
  if (name.startsWith('outputs.') || name.startsWith('pod.')) return;
  if (name.startsWith('inputs.')) {
    const rest = name.slice(7);
    const m = /^(parameters|artifacts)\.([^.]+)(\.path)?$/.exec(rest);
    if (rest === 'parameters' || rest === 'artifacts') return;
    if (!m) {
      report(
        `{{${name}}} names no input`,
        'Use {{inputs.parameters.NAME}} or {{inputs.artifacts.NAME.path}}.',
      );
      return;
    }
    const key = `${m[1]}.${m[2]}`;
    if (!scope.inputs.has(key)) {
      const known = [...scope.inputs]
        .filter((k) => k.startsWith(`${m[1]}.`))
        .map((k) => k.slice(m[1].length + 1));
      report(
        `{{${name}}}: the template has no input ${m[1] === 'parameters' ? 'parameter' : 'artifact'} "${m[2]}"${didYouMean(m[2], known)}`,
        known.length
          ? `Use one of: ${known.map((k) => `{{inputs.${m[1]}.${k}}}`).join(', ')}, or declare "${m[2]}" in inputs.${m[1]}.`
          : `Declare "${m[2]}" in the template's inputs.${m[1]}.`,
      );
    }
    return;
  }
  if (name.startsWith('item.')) {
    const key = name.slice(5);
    if (scope.items === undefined) {
      report(
        `{{${name}}} is used outside a loop (no withItems, withParam or withSequence)`,
        'Add the loop, or use a parameter.',
      );
    } else if (scope.items !== '*' && !scope.items.has(key)) {
      report(
        `{{${name}}}: no withItems entry has a key "${key}"${didYouMean(key, scope.items)}`,
        scope.items.size
          ? `Use one of: ${[...scope.items].map((k) => `{{item.${k}}}`).join(', ')}.`
          : 'Use {{item}}.',
      );
    }
    return;
  }
  if (name.startsWith('steps.') || name.startsWith('tasks.')) {
    const prefix = name.startsWith('steps.') ? 'steps.' : 'tasks.';
    const rest = name.slice(6);
    const dot = rest.indexOf('.');
    const node = dot < 0 ? rest : rest.slice(0, dot);
    const prop = dot < 0 ? '' : rest.slice(dot + 1);
    if (node === 'name') return; // {{steps.name}} / {{tasks.name}}: the node's own name
    if (scope.nodePrefix !== prefix) {
      report(
        `{{${name}}} is used outside a ${prefix === 'steps.' ? 'steps' : 'DAG'} template`,
        `Refer to ${prefix === 'steps.' ? 'steps' : 'tasks'} only from the ${prefix === 'steps.' ? 'steps' : 'dag'} template that declares them.`,
      );
      return;
    }
    if (!scope.nodes.has(node)) {
      report(
        `{{${name}}}: there is no ${prefix === 'steps.' ? 'earlier step' : 'task'} "${node}"${didYouMean(node, scope.nodes.keys())}`,
        `Use the name of a ${prefix === 'steps.' ? 'step of an earlier group' : 'task of this DAG'}.`,
      );
      return;
    }
    const offer = scope.nodes.get(node);
    const vars = offer && !offer.allows(prop) ? offer.vars() : undefined;
    if (vars) {
      const outs = [...vars].filter((v) => v.startsWith('outputs.'));
      report(
        `{{${name}}}: ${prefix.slice(0, -2)} "${node}" has no ${prop || 'such value'}${didYouMean(prop, vars)}`,
        outs.length
          ? `The template it runs provides: ${outs.join(', ')}. Use one of those or declare the output on that template.`
          : 'Declare the output on the template it runs (outputs.parameters / outputs.artifacts).',
      );
    }
    return;
  }
  // workflow.*
  if (WORKFLOW_VARS.has(name) || startsWithAny(name, WORKFLOW_PREFIXES)) return;
  if (name.startsWith('workflow.parameters.')) {
    const p = name.slice(20);
    if (scope.workflowParams && !scope.workflowParams.has(p)) {
      report(
        `{{${name}}}: the workflow has no argument parameter "${p}"${didYouMean(p, scope.workflowParams)}`,
        `Declare "${p}" in spec.arguments.parameters or use an existing one.`,
      );
    }
    return;
  }
  if (name.startsWith('workflow.labels.')) {
    const l = name.slice(16);
    if (scope.workflowLabels && !scope.workflowLabels.has(l)) {
      report(
        `{{${name}}}: the workflow has no label "${l}"${didYouMean(l, scope.workflowLabels)}`,
        `Add the label to metadata.labels or spec.workflowMetadata.labels.`,
      );
    }
    return;
  }
  if (name.startsWith('workflow.annotations.')) {
    const a = name.slice(21);
    if (scope.workflowAnnotations && !scope.workflowAnnotations.has(a)) {
      report(
        `{{${name}}}: the workflow has no annotation "${a}"${didYouMean(a, scope.workflowAnnotations)}`,
        'Add the annotation to metadata.annotations or spec.workflowMetadata.annotations.',
      );
    }
    return;
  }
  report(
    `{{${name}}} is not a workflow variable${didYouMean(name, [...WORKFLOW_VARS, 'workflow.creationTimestamp', 'workflow.scheduledTime', 'workflow.duration'])}`,
    'Use one of the variables listed in https://argo-workflows.readthedocs.io/en/latest/variables/.',
  );
}

function keysOf(o: unknown): string[] {
  const x = obj(o);
  return x ? Object.keys(x) : [];
}

/** Workflow argument parameters and labels, when every source is in the input (Workflow only). */
function workflowScope(
  ctx: RuleContext,
  wl: WorkflowLike,
): { params?: Set<string>; labels?: Set<string>; annotations?: Set<string> } {
  if (!wl.complete) return {};
  const wm = obj(wl.effective.workflowMetadata);
  // Annotations as labels (validate.go ValidateWorkflow: the object's and workflowMetadata's keys).
  const annotations = new Set([...keysOf(ctx.manifest.metadata?.annotations), ...keysOf(wm?.annotations)]);
  const labels = new Set([
    ...keysOf(ctx.manifest.metadata?.labels),
    ...keysOf(wm?.labels),
    ...keysOf(wm?.labelsFrom),
  ]);
  // A WorkflowTemplate gets parameters from the Workflow that uses it (Argo skips that check), but
  // its labels are checked against its own (validate.go, ValidateWorkflowTemplate).
  if (wl.kind === 'WorkflowTemplate' || wl.kind === 'ClusterWorkflowTemplate') return { labels, annotations };
  const params = new Set(names(obj(wl.effective.arguments)?.parameters));
  // A CronWorkflow's runs get labels the controller adds; only the parameters are checked.
  if (wl.kind !== 'Workflow') return { params };
  return { params, labels, annotations };
}

function inputScope(t: Obj): Set<string> {
  const inputs = new Set<string>();
  for (const p of names(obj(t.inputs)?.parameters)) inputs.add(`parameters.${p}`);
  for (const a of names(obj(t.inputs)?.artifacts)) inputs.add(`artifacts.${a}`);
  return inputs;
}

/** `task` lists `name` in its dependencies or names it in its depends expression. */
function dependsDirectlyOn(task: Obj, name: string): boolean {
  const deps = task.dependencies;
  if (Array.isArray(deps) && deps.includes(name)) return true;
  const depends = str(task.depends);
  return depends !== undefined && dependsNames(depends).includes(name);
}

/** Tasks a DAG task depends on, transitively; computed per task on first question. */
class DagAncestry {
  private direct: Map<string, string[]> | undefined;
  private readonly memo = new Map<string, Set<string>>();
  constructor(private readonly tasks: readonly Obj[]) {}

  /** The ancestors of task `name`; undefined when no task has that name. */
  of(name: string): Set<string> | undefined {
    const direct = this.directDeps();
    if (!direct.has(name)) return undefined;
    let out = this.memo.get(name);
    if (!out) {
      out = new Set();
      this.visit(direct, name, out);
      this.memo.set(name, out);
    }
    return out;
  }

  private visit(direct: Map<string, string[]>, n: string, seen: Set<string>): void {
    for (const d of direct.get(n) ?? []) {
      if (seen.has(d)) continue;
      seen.add(d);
      this.visit(direct, d, seen);
    }
  }

  private directDeps(): Map<string, string[]> {
    if (this.direct) return this.direct;
    const direct = new Map<string, string[]>();
    for (const task of this.tasks) {
      const n = str(task.name);
      if (n === undefined) continue;
      const deps = arr(task.dependencies).filter((d): d is string => typeof d === 'string');
      const depends = str(task.depends);
      direct.set(n, [...deps, ...(depends ? dependsNames(depends) : [])]);
    }
    this.direct = direct;
    return direct;
  }
}

export const STR004 = defineRule({
  id: 'STR004',
  severity: 'error',
  family: 'STR',
  title: 'a {{...}} tag that does not parse, or names a variable that does not exist in its scope',
  hasAutofix: false,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    const wl = ctx.workflowLike();
    if (!wl) return;
    let ws: ReturnType<typeof workflowScope> | undefined;
    for (const t of wl.ownTemplates) {
      // One walk per template finds its tagged strings; most templates have none outside inline
      // templates (which are checked as their own templates), and then nothing is to be done.
      const tagged = taggedStrings(t.tmpl, t.path);
      if (!tagged.some((x) => !x.inline)) continue;
      ws ??= workflowScope(ctx, wl);
      const all = stepsOf(ctx, wl, t);
      const base: Scope = {
        inputs: inputScope(t.tmpl),
        nodes: new Map(),
        nodePrefix: undefined,
        items: undefined,
        workflowParams: ws.params,
        workflowLabels: ws.labels,
        workflowAnnotations: ws.annotations,
      };
      const check = (x: Tagged, scope: Scope) => {
        for (const tag of tagsOf(x.text)) {
          if (tag.unclosed) {
            ctx.report({
              path: x.path,
              message: `unclosed "{{" in ${show(x.text)}: Argo cannot parse the template`,
              fix: 'Close the tag with "}}" (or write a literal "{{" some other way, e.g. {{=\'{{\'}}).',
            });
            continue;
          }
          if (tag.text.startsWith('=')) continue; // expr-lang expressions: Argo does not check them either
          checkTag(tag.text, scope, (message, fix) => ctx.report({ path: x.path, message, fix }));
        }
      };
      /**
       * The tagged strings of one step or task, inline templates left out: keys `at` and `at + 1`
       * are its indices (`steps`, i, j; `dag`, `tasks`, i), j undefined for a bare step or a task.
       */
      const ofNode = (region: Tagged[], at: number, i: number, j: number | undefined, scope: Scope) => {
        for (const x of region) {
          if (!x.inline && x.keys[at] === i && (j === undefined || x.keys[at + 1] === j)) check(x, scope);
        }
      };
      const groups = arr(t.tmpl.steps);
      const tasks = arr(obj(t.tmpl.dag)?.tasks).filter(isObject);
      const nested = groups.length > 0 || tasks.length > 0;
      const inSteps: Tagged[] = [];
      const inTasks: Tagged[] = [];
      const inDag: Tagged[] = [];
      const inOutputs: Tagged[] = [];
      for (const x of tagged) {
        const top = x.keys[0];
        if (top === 'steps') inSteps.push(x);
        else if (top === 'dag') (x.keys[1] === 'tasks' ? inTasks : inDag).push(x);
        else if (nested && top === 'outputs') inOutputs.push(x);
        // Everything but the steps / tasks: the template's own scope.
        else check(x, base);
      }
      // A steps/dag template's outputs read its steps/tasks (all of them, as Argo validates them last).
      let outerNodes: Scope | undefined;
      if (groups.length) {
        const nodes = new Map<string, NodeOffer>();
        for (const { step: s, isTask, call: c, i, j } of all) {
          if (isTask) continue;
          const n = str(s.name);
          const aggregate = s.withItems !== undefined || s.withParam !== undefined;
          const offer = new CalledNode(c, aggregate);
          // A step's exit hooks may read its own outputs (validate.go: HasExitHook).
          if (n !== undefined && !nodes.has(n))
            nodes.set(n, s.hooks !== undefined || s.onExit !== undefined ? offer : STATUS_ONLY);
          if (inSteps.length)
            ofNode(inSteps, 1, i, j, { ...base, nodes, nodePrefix: 'steps.', items: loopItems(s) });
          if (n !== undefined) nodes.set(n, offer);
        }
        outerNodes = { ...base, nodes, nodePrefix: 'steps.' };
      }
      if (tasks.length) {
        const nodes = new Map<string, NodeOffer>();
        const dependencies = new DagAncestry(tasks);
        for (const { step: s, isTask, call: c } of all) {
          if (!isTask) continue;
          const n = str(s.name);
          const aggregate = s.withItems !== undefined || s.withParam !== undefined;
          if (n !== undefined) nodes.set(n, new CalledNode(c, aggregate));
        }
        const taskScope: Scope = { ...base, nodes, nodePrefix: 'tasks.' };
        outerNodes ??= taskScope;
        const list = arr(obj(t.tmpl.dag)?.tasks);
        for (let i = 0; i < list.length && inTasks.length > 0; i++) {
          const s = list[i];
          if (!isObject(s)) continue;
          const items = loopItems(s);
          ofNode(inTasks, 2, i, undefined, items === undefined ? taskScope : { ...taskScope, items });
          // An argument may only read tasks this task depends on (validateDAGTaskArgumentDependency).
          for (const x of inTasks) {
            if (x.keys[2] !== i || x.keys[3] !== 'arguments') continue;
            for (const tag of tagsOf(x.text)) {
              const m = /^\s*tasks\.([^.\s]+)\./.exec(tag.text);
              if (!m || !nodes.has(m[1])) continue;
              // The usual case, a direct dependency, needs no transitive closure.
              if (dependsDirectlyOn(s, m[1])) continue;
              if (!dependencies.of(str(s.name) ?? '')?.has(m[1])) {
                ctx.report({
                  path: x.path,
                  message: `{{${tag.text.trim()}}} reads task "${m[1]}", which task "${str(s.name)}" does not depend on: Argo refuses the object`,
                  fix: `Add "${m[1]}" to the task's depends.`,
                });
              }
            }
          }
        }
        for (const x of inDag) check(x, taskScope);
      }
      for (const x of inOutputs) check(x, outerNodes ?? base);
    }
  },
});

// ---------------------------------------------------------------------------------------------
// STR005: required inputs supplied
// ---------------------------------------------------------------------------------------------

const ARTIFACT_SOURCES = [
  'from',
  'fromExpression',
  'raw',
  's3',
  'gcs',
  'git',
  'http',
  'hdfs',
  'oss',
  'artifactory',
  'azure',
  'plugin',
  'key',
];

const ARTIFACT_SOURCE_KEYS: ReadonlySet<string> = new Set(ARTIFACT_SOURCES);

/** An artifact with a source of its own; an artifact has a few keys, so loop over those. */
function hasArtifactSource(p: Obj): boolean {
  for (const k in p) if (ARTIFACT_SOURCE_KEYS.has(k) && p[k] !== undefined) return true;
  return false;
}

function missingInputs(target: Obj, args: unknown): { params: string[]; artifacts: string[] } {
  const a = obj(args);
  // Lists stay unallocated in the common case: every input is supplied or has a default.
  let params: string[] | undefined;
  let artifacts: string[] | undefined;
  for (const x of arr(obj(target.inputs)?.parameters)) {
    const p = obj(x);
    const n = str(p?.name);
    if (!p || n === undefined) continue;
    if (p.value !== undefined && p.value !== null) continue;
    if (p.default !== undefined && p.default !== null) continue;
    if (p.valueFrom !== undefined) continue;
    if (hasName(a?.parameters, n)) continue;
    params ??= [];
    params.push(n);
  }
  for (const x of arr(obj(target.inputs)?.artifacts)) {
    const p = obj(x);
    const n = str(p?.name);
    if (!p || n === undefined || p.optional === true) continue;
    if (hasArtifactSource(p)) continue;
    if (hasName(a?.artifacts, n)) continue;
    artifacts ??= [];
    artifacts.push(n);
  }
  return { params: params ?? NONE, artifacts: artifacts ?? NONE };
}

const NONE: string[] = [];

export const STR005 = defineRule({
  id: 'STR005',
  severity: 'error',
  family: 'STR',
  title: 'a template is called without an input it requires',
  hasAutofix: false,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    const wl = ctx.workflowLike();
    if (!wl) return;
    const say = (
      path: string,
      who: string,
      target: TemplateInfo,
      m: { params: string[]; artifacts: string[] },
      where: string,
    ) => {
      if (m.params.length === 0 && m.artifacts.length === 0) return;
      const what = [...m.params.map((p) => `parameter "${p}"`), ...m.artifacts.map((a) => `artifact "${a}"`)];
      ctx.report({
        path,
        message: `${who} calls ${templateLabel(target)} without its required input ${what.join(', ')}: Argo refuses the object (inputs.${m.params.length ? 'parameters' : 'artifacts'}.${m.params[0] ?? m.artifacts[0]} was not supplied)`,
        fix: `Pass ${what.join(', ')} in ${where}, or give the input a default in the template.`,
      });
    };
    for (const t of wl.ownTemplates) {
      // The calls a step or task makes itself, in order (hooks and exit handlers get no arguments).
      for (const { step: holder, call: c } of stepsOf(ctx, wl, t)) {
        if (!c?.target) continue;
        if (c.target.t.inline) continue; // an inline template reads the caller's scope
        const ins = obj(c.target.t.tmpl.inputs);
        if (!ins) continue;
        const args = holder.arguments;
        say(
          c.path,
          `${c.via} "${str(holder.name) ?? '?'}"`,
          c.target.t,
          missingInputs(c.target.t.tmpl, args),
          'its arguments',
        );
      }
    }
    // The entrypoint gets the workflow's arguments (WorkflowTemplates get them from the Workflow).
    if ((wl.kind === 'Workflow' || wl.kind === 'CronWorkflow') && wl.complete) {
      const entry = str(wl.effective.entrypoint);
      const c =
        entry !== undefined
          ? resolveCall(ctx.input, wl, { template: entry }, wl.specPath, 'step', false)
          : undefined;
      if (c?.target) {
        say(
          wl.spec.entrypoint !== undefined ? ptr(wl.specPath, 'entrypoint') : wl.specPath,
          'the workflow entrypoint',
          c.target.t,
          missingInputs(c.target.t.tmpl, wl.effective.arguments),
          'spec.arguments',
        );
      }
    }
  },
});

// ---------------------------------------------------------------------------------------------
// STR006: CronWorkflow schedules and timezone
// ---------------------------------------------------------------------------------------------

export const STR006 = defineRule({
  id: 'STR006',
  severity: 'error',
  family: 'STR',
  title: 'a CronWorkflow schedule or timezone the controller cannot parse',
  hasAutofix: false,
  kinds: ['CronWorkflow'],
  check(ctx) {
    const spec = obj(ctx.manifest.spec);
    if (!spec) return;
    const list: { s: string; path: string }[] = [];
    arr(spec.schedules).forEach((s, i) => {
      if (typeof s === 'string') list.push({ s, path: `/spec/schedules/${i}` });
    });
    if (typeof spec.schedule === 'string') list.push({ s: spec.schedule, path: '/spec/schedule' });
    if (list.length === 0 && spec.schedules === undefined && spec.schedule === undefined) {
      ctx.report({
        path: '/spec',
        message: 'the CronWorkflow has no schedule: Argo refuses the object',
        fix: 'Add spec.schedules, e.g. ["0 3 * * *"].',
      });
    }
    for (const { s, path } of list) {
      const err = cronError(s);
      if (err) {
        ctx.report({
          path,
          message: `cron schedule "${s}" is malformed: ${err}`,
          fix: 'Write five fields: minute (0-59) hour (0-23) day-of-month (1-31) month (1-12 or JAN-DEC) day-of-week (0-6 or SUN-SAT), or a descriptor such as @daily or @every 1h.',
        });
      }
    }
    const tz = spec.timezone;
    if (typeof tz === 'string' && !isTimeZone(tz)) {
      const near = nearMisses(tz, timeZoneNames());
      ctx.report({
        path: '/spec/timezone',
        message: `timezone "${tz}" is not an IANA time zone${near.length ? ` (did you mean "${near[0]}"?)` : ''}: Argo refuses the object`,
        fix: near.length ? `Use "${near[0]}".` : 'Use an IANA zone name such as "Europe/Berlin" or "UTC".',
      });
    }
    const sds = spec.startingDeadlineSeconds;
    if (typeof sds === 'number' && sds < 0) {
      ctx.report({
        path: '/spec/startingDeadlineSeconds',
        message: 'startingDeadlineSeconds is negative: Argo refuses the object',
        fix: 'Use 0 or a positive number of seconds.',
      });
    }
  },
});

// ---------------------------------------------------------------------------------------------
// STR007: loops
// ---------------------------------------------------------------------------------------------

const LOOP_KEYS = ['withItems', 'withParam', 'withSequence'];

export const STR007 = defineRule({
  id: 'STR007',
  severity: 'error',
  family: 'STR',
  title: 'a withItems / withParam / withSequence loop Argo refuses or cannot expand',
  hasAutofix: false,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    const wl = ctx.workflowLike();
    if (!wl) return;
    for (const t of wl.ownTemplates) {
      for (const { step: s, path: p } of stepsOf(ctx, wl, t)) {
        // Most steps have no loop at all: test before building the list (this runs for every step).
        const loops = (s.withItems ?? s.withParam ?? s.withSequence) != null;
        const defined = loops ? LOOP_KEYS.filter((k) => s[k] !== undefined && s[k] !== null) : NONE;
        if (defined.length > 1) {
          ctx.report({
            path: `${p}/${defined[1]}`,
            message: `${defined.join(' and ')} are both set on "${str(s.name) ?? '?'}": Argo allows only one`,
            fix: `Keep one of ${defined.join(', ')}.`,
          });
        }
        const wp = s.withParam;
        if (typeof wp === 'string' && !wp.includes('{{')) {
          let parsed: unknown;
          let err: string | undefined;
          try {
            parsed = JSON.parse(wp);
          } catch (e) {
            err = (e as Error).message;
          }
          if (err !== undefined || !Array.isArray(parsed)) {
            ctx.report({
              path: `${p}/withParam`,
              message: `withParam ${show(wp)} is not a JSON list${err ? ` (${err})` : ''}: the node fails when it expands`,
              fix: 'Write a JSON list, e.g. \'["a", "b"]\', or a {{...}} reference to an output that is one (or use withItems for a literal list).',
            });
          }
        }
        const seq = obj(s.withSequence);
        if (seq && seq.count !== undefined && seq.end !== undefined) {
          ctx.report({
            path: `${p}/withSequence`,
            message: 'withSequence sets both count and end: Argo allows only one',
            fix: 'Keep count or end (with start).',
          });
        }
      }
    }
  },
});

// ---------------------------------------------------------------------------------------------
// STR008: template shape (type, leaf-only fields, DAG rules)
// ---------------------------------------------------------------------------------------------

const TEMPLATE_TYPES = [
  'container',
  'containerSet',
  'steps',
  'script',
  'resource',
  'dag',
  'suspend',
  'data',
  'http',
  'plugin',
];

const ONE_TYPE: string[][] = TEMPLATE_TYPES.map((k) => [k]);

/** The template types `tm` sets; the common case (exactly one) allocates nothing. */
function templateTypes(tm: Obj): string[] {
  // Named loads (one inline cache each), in TEMPLATE_TYPES' order; keyed loads over the list
  // were a hot spot of the 10,000-template bench.
  let n = 0;
  let first = -1;
  const set = (v: unknown, i: number) => {
    if (v === undefined || v === null) return;
    n++;
    if (first < 0) first = i;
  };
  set(tm.container, 0);
  set(tm.containerSet, 1);
  set(tm.steps, 2);
  set(tm.script, 3);
  set(tm.resource, 4);
  set(tm.dag, 5);
  set(tm.suspend, 6);
  set(tm.data, 7);
  set(tm.http, 8);
  set(tm.plugin, 9);
  if (n === 0) return NONE;
  if (n === 1) return ONE_TYPE[first];
  return TEMPLATE_TYPES.filter((k) => tm[k] !== undefined && tm[k] !== null);
}

/** `depends` grammar: names with optional .Result, combined with && || ! and parentheses. */
export function dependsSyntaxError(expr: string): string | undefined {
  const toks = expr.match(/&&|\|\||!|\(|\)|[^\s&|!()]+|\S/g) ?? [];
  let i = 0;
  const operand = (): string | undefined => {
    const t = toks[i];
    if (t === undefined) return 'ends where a task name was expected';
    if (t === '!') {
      i++;
      return operand();
    }
    if (t === '(') {
      i++;
      const e = expression();
      if (e) return e;
      if (toks[i] !== ')') return 'has an unclosed "("';
      i++;
      return undefined;
    }
    if (t === '&&' || t === '||' || t === ')') return `has "${t}" where a task name was expected`;
    if (!/^[-a-zA-Z0-9_]+(\.[A-Za-z]+)?$/.test(t)) return `has "${t}", which is not a task name`;
    i++;
    return undefined;
  };
  const expression = (): string | undefined => {
    const e = operand();
    if (e) return e;
    while (toks[i] === '&&' || toks[i] === '||') {
      i++;
      const e2 = operand();
      if (e2) return e2;
    }
    return undefined;
  };
  if (toks.length === 0) return undefined;
  const e = expression();
  if (e) return e;
  if (i < toks.length) return `has "${toks[i]}" where "&&" or "||" was expected`;
  return undefined;
}

const DEPENDS_RESULTS = new Set([
  'Succeeded',
  'Failed',
  'Errored',
  'Skipped',
  'Omitted',
  'Daemoned',
  'AnySucceeded',
  'AllFailed',
]);

/** validateHooks: every hook but `exit` needs an expression (workflow hooks and step hooks). */
function checkHooks(ctx: RuleContext, hooks: unknown, base: string): void {
  const o = obj(hooks);
  if (!o) return;
  for (const [name, hook] of Object.entries(o)) {
    if (name === 'exit') continue;
    const expr = obj(hook)?.expression;
    if (typeof expr === 'string' && expr !== '') continue;
    ctx.report({
      path: ptr(base, name),
      message: `hook "${name}" has no expression: Argo refuses the object (only the "exit" hook runs without one)`,
      fix: `Add expression (e.g. expression: workflow.status == "Running"), or name the hook "exit" if it should run at the end.`,
    });
  }
}

/** validateLeaf for resource templates (v4.0.5): what the manifest must be for the action. */
function checkResource(ctx: RuleContext, t: TemplateInfo): void {
  const r = obj(t.tmpl.resource);
  if (!r) return;
  const action = r.action;
  // The action enum is STR001's; a templated action is resolved later.
  if (typeof action !== 'string' || action.includes('{{') || action === 'delete' || action === 'get') return;
  const base = ptr(t.path, 'resource');
  const manifest = r.manifest;
  const hasManifest = typeof manifest === 'string' && manifest !== '';
  const from = obj(r.manifestFrom);
  if (!hasManifest && !from) {
    ctx.report({
      path: base,
      message: `${templateLabel(t)}: resource action "${action}" needs manifest or manifestFrom: Argo refuses the object`,
      fix: 'Add the manifest (or manifestFrom: {artifact: {name: ...}} naming an input artifact).',
    });
  }
  if (hasManifest && from) {
    ctx.report({
      path: ptr(base, 'manifestFrom'),
      message: `${templateLabel(t)}: resource sets both manifest and manifestFrom: Argo refuses the object`,
      fix: 'Keep one of manifest and manifestFrom.',
    });
  }
  const art = str(obj(from?.artifact)?.name);
  if (art !== undefined && !art.includes('{{') && !hasName(obj(t.tmpl.inputs)?.artifacts, art)) {
    const names = arr(obj(t.tmpl.inputs)?.artifacts)
      .map((a) => str(obj(a)?.name))
      .filter((n): n is string => n !== undefined);
    ctx.report({
      path: ptr(base, 'manifestFrom', 'artifact', 'name'),
      message: `${templateLabel(t)}: manifestFrom names the artifact "${art}", which is not an input artifact of the template${didYouMean(art, names)}: Argo refuses the object`,
      fix: 'Name one of inputs.artifacts, or declare the artifact in inputs.artifacts.',
    });
  }
  if (hasManifest) {
    // Argo parses the manifest with every {{...}} replaced by a placeholder (validate.go
    // SubstituteResourceManifestExpressions, ProcessArgs); a manifest that is only a variable is not parsed.
    const text = (manifest as string).replace(/\{\{[\s\S]*?\}\}/g, 'placeholder');
    if (!/^\s*placeholder\s*$/.test(text)) {
      let err: string | undefined;
      try {
        loadAllYaml(text);
      } catch (e) {
        err = ((e as Error).message.split('\n')[0] ?? '').trim();
      }
      if (err !== undefined) {
        ctx.report({
          path: ptr(base, 'manifest'),
          message: `${templateLabel(t)}: resource.manifest is not valid YAML (${err}): Argo refuses the object`,
          fix: 'Fix the manifest so it parses as YAML (a block scalar, manifest: |, keeps its indentation).',
        });
      }
    }
  }
}

/** validateInputs: an input artifact's path only on leaf templates; `from` never in inputs. */
function checkInputArtifacts(ctx: RuleContext, t: TemplateInfo, type: string | undefined): void {
  const arts = arr(obj(t.tmpl.inputs)?.artifacts);
  for (let i = 0; i < arts.length; i++) {
    const a = obj(arts[i]);
    if (!a) continue;
    const name = str(a.name) ?? `#${i}`;
    const p = ptr(t.path, 'inputs', 'artifacts', i);
    if (type !== undefined && !ARGO_LEAF_TYPES.has(type) && typeof a.path === 'string' && a.path !== '') {
      ctx.report({
        path: ptr(p, 'path'),
        message: `${templateLabel(t)}: inputs.artifacts.${name}.path is only valid in container and script templates (this one is ${type}): Argo refuses the object`,
        fix: 'Remove path here; set it on the input artifact of the leaf template that reads the files.',
      });
    }
    if (type !== undefined && ARGO_LEAF_TYPES.has(type))
      checkArtifactPath(ctx, t, a, p, `inputs.artifacts.${name}`);
    if (typeof a.from === 'string' && a.from !== '') {
      ctx.report({
        path: ptr(t.path, 'inputs', 'artifacts', i, 'from'),
        message: `${templateLabel(t)}: inputs.artifacts.${name}.from is not valid in inputs: Argo refuses the object`,
        fix: 'Pass the artifact with from in the arguments of the step or task that calls this template.',
      });
    }
  }
}

/** Template.IsLeaf (v4.0.5): the types whose artifacts have a path (not suspend). */
const ARGO_LEAF_TYPES: ReadonlySet<string> = new Set([
  'container',
  'containerSet',
  'script',
  'resource',
  'data',
  'http',
  'plugin',
]);

/**
 * Artifact.CleanPath (v4.0.5), for the artifacts of leaf templates: a path is required, and a `..`
 * may not leave the directory before it (`/tmp/safe/../../etc`).
 */
function checkArtifactPath(ctx: RuleContext, t: TemplateInfo, a: Obj, p: string, what: string): void {
  const path = a.path;
  if (path === undefined || path === null || path === '') {
    ctx.report({
      path: p,
      message: `${templateLabel(t)}: ${what} has no path: Argo refuses the object`,
      fix: 'Set path: where the container reads (inputs) or writes (outputs) the artifact.',
    });
    return;
  }
  if (typeof path !== 'string' || path.includes('{{')) return;
  const at = path.indexOf('/../');
  const safeDir = at >= 0 ? path.slice(0, at) : path.endsWith('/..') ? path.slice(0, -3) : '';
  if (safeDir === '') return;
  let cleaned = posix.normalize(path);
  if (cleaned.length > 1 && cleaned.endsWith('/')) cleaned = cleaned.slice(0, -1);
  if (!cleaned.startsWith(`${safeDir}/`) || cleaned.length <= safeDir.length + 1) {
    ctx.report({
      path: ptr(p, 'path'),
      message: `${templateLabel(t)}: ${what}.path "${path}" uses ".." to leave "${safeDir}": Argo refuses the object (no directory traversal)`,
      fix: `Write the path without "..": ${cleaned}.`,
    });
  }
}

/** validate.go isParameter: a global name that holds a variable is checked after substitution. */
const HOLDS_PARAMETER = /\{\{[-a-zA-Z0-9]+(\.[-a-zA-Z0-9_]+)*\}\}/;

const VALUE_FROM_KINDS = ['path', 'jqFilter', 'jsonPath', 'parameter', 'expression'] as const;

/**
 * validateOutputs and validateOutputParameter (v4.0.5): an output parameter has value or valueFrom,
 * valueFrom one kind that suits the template type; an output artifact's path only on leaf
 * templates; global names are parameter names.
 */
function checkOutputs(ctx: RuleContext, t: TemplateInfo, type: string | undefined): void {
  const outs = obj(t.tmpl.outputs);
  if (!outs) return;
  const label = templateLabel(t);
  const base = ptr(t.path, 'outputs');
  const globalName = (o: Obj, p: string, what: string) => {
    const g = o.globalName;
    if (typeof g !== 'string' || g === '' || HOLDS_PARAMETER.test(g) || PARAM_NAME.test(g)) return;
    ctx.report({
      path: ptr(p, 'globalName'),
      message: `${label}: ${what} globalName "${g}" is invalid: it must consist of alpha-numeric characters, '_' or '-': Argo refuses the object`,
      fix: `Rename it, e.g. "${g.replace(/[^-a-zA-Z0-9_]+/g, '_')}" (and the references to it).`,
    });
  };
  const arts = arr(outs.artifacts);
  for (let i = 0; i < arts.length; i++) {
    const a = obj(arts[i]);
    if (!a) continue;
    const p = ptr(base, 'artifacts', i);
    if (type !== undefined && ARGO_LEAF_TYPES.has(type))
      checkArtifactPath(ctx, t, a, p, `outputs.artifacts.${str(a.name) ?? i}`);
    else if (type !== undefined && typeof a.path === 'string' && a.path !== '') {
      ctx.report({
        path: ptr(p, 'path'),
        message: `${label}: outputs.artifacts.${str(a.name) ?? i}.path is only valid in container and script templates: Argo refuses the object`,
        fix: 'Remove path; take the artifact from a step or task with from: "{{steps.X.outputs.artifacts.Y}}".',
      });
    }
    globalName(a, p, `output artifact "${str(a.name) ?? i}"`);
  }
  const params = arr(outs.parameters);
  for (let i = 0; i < params.length; i++) {
    const o = obj(params[i]);
    if (!o) continue;
    const p = ptr(base, 'parameters', i);
    const what = `output parameter "${str(o.name) ?? i}"`;
    globalName(o, p, what);
    const vf = obj(o.valueFrom);
    const hasValue = o.value !== undefined && o.value !== null;
    if (vf && hasValue) {
      ctx.report({
        path: ptr(p, 'value'),
        message: `${label}: ${what} has both value and valueFrom: Argo refuses the object`,
        fix: 'Keep one of value and valueFrom.',
      });
      continue;
    }
    if (hasValue) continue;
    if (!vf) {
      ctx.report({
        path: p,
        message: `${label}: ${what} has neither value nor valueFrom: Argo refuses the object`,
        fix: 'Add valueFrom (e.g. valueFrom: {path: /tmp/out}) or a value.',
      });
      continue;
    }
    const kinds: string[] = VALUE_FROM_KINDS.filter((k) => typeof vf[k] === 'string' && vf[k] !== '');
    if (vf.supplied !== undefined && vf.supplied !== null) kinds.push('supplied');
    if (kinds.length !== 1) {
      ctx.report({
        path: ptr(p, 'valueFrom'),
        message: `${label}: ${what} has ${kinds.length === 0 ? 'no valueFrom kind' : `more than one valueFrom kind (${kinds.join(', ')})`}: Argo refuses the object`,
        fix: 'Give valueFrom exactly one of: path, jqFilter, jsonPath, parameter, expression, supplied.',
      });
      continue;
    }
    const wrong = (needs: string) =>
      ctx.report({
        path: ptr(p, 'valueFrom'),
        message: `${label}: ${what} reads valueFrom.${kinds[0]}, but a ${type} template needs ${needs}: Argo refuses the object`,
        fix: `Use valueFrom.${needs.split(' ')[0]}.`,
      });
    if ((type === 'container' || type === 'containerSet' || type === 'script') && kinds[0] !== 'path')
      wrong('path');
    else if (type === 'resource' && kinds[0] !== 'jqFilter' && kinds[0] !== 'jsonPath')
      wrong('jsonPath or jqFilter');
    else if ((type === 'steps' || type === 'dag') && kinds[0] !== 'parameter' && kinds[0] !== 'expression')
      wrong('parameter or expression');
  }
}

/** metrics.ValidateMetricValues (v4.0.5): each metric kind needs its value. */
function checkMetricValues(ctx: RuleContext, t: TemplateInfo): void {
  const list = arr(obj(t.tmpl.metrics)?.prometheus);
  for (let i = 0; i < list.length; i++) {
    const m = obj(list[i]);
    if (!m) continue;
    for (const kind of ['gauge', 'counter', 'histogram'] as const) {
      const k = obj(m[kind]);
      if (!k) continue;
      const value = k.value;
      if (value === '') {
        ctx.report({
          path: ptr(t.path, 'metrics', 'prometheus', i, kind, 'value'),
          message: `${templateLabel(t)}: metric "${str(m.name) ?? i}" has an empty ${kind}.value: Argo refuses the object`,
          fix: `Set ${kind}.value, e.g. "{{workflow.duration}}" or "1".`,
        });
      } else if (
        kind === 'gauge' &&
        k.realtime === true &&
        typeof value === 'string' &&
        value.includes('resourcesDuration.')
      ) {
        ctx.report({
          path: ptr(t.path, 'metrics', 'prometheus', i, kind, 'value'),
          message: `${templateLabel(t)}: metric "${str(m.name) ?? i}" is a realtime gauge of resourcesDuration, which is only known at the end: Argo refuses the object`,
          fix: 'Set realtime: false, or measure something known while the node runs (e.g. {{duration}}).',
        });
      }
    }
  }
}

export const STR008 = defineRule({
  id: 'STR008',
  severity: 'error',
  family: 'STR',
  title: 'a template or DAG shape Argo refuses (template type, leaf-only fields, depends syntax)',
  hasAutofix: false,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    const wl = ctx.workflowLike();
    if (!wl) return;
    if (wl.spec.hooks !== undefined) checkHooks(ctx, wl.spec.hooks, ptr(wl.specPath, 'hooks'));
    for (const t of wl.ownTemplates) {
      const tm = t.tmpl;
      const types = templateTypes(tm);
      if (types.length === 0 && !t.inline) {
        ctx.report({
          path: t.path,
          message: `${templateLabel(t)} has no template type: Argo refuses the object`,
          fix: 'Give it one of: container, script, containerSet, steps, dag, resource, suspend, data, http, plugin.',
        });
      } else if (types.length > 1) {
        ctx.report({
          path: ptr(t.path, types[1]),
          message: `${templateLabel(t)} has more than one template type (${types.join(', ')}): Argo refuses the object`,
          fix: 'Split it into one template per type.',
        });
      }
      // validateLeaf: a container or script template needs an image, unless the workflow's
      // templateDefaults give one (effective spec: also a referenced template's or the controller's
      // defaults, so never stricter than Argo).
      for (const kind of ['container', 'script'] as const) {
        const c = obj(tm[kind]);
        if (!c || (typeof c.image === 'string' && c.image !== '')) continue;
        const dflt = obj(obj(wl.effective.templateDefaults)?.[kind])?.image;
        if (typeof dflt === 'string' && dflt !== '') continue;
        ctx.report({
          path: ptr(t.path, kind),
          message: `${templateLabel(t)}: ${kind}.image may not be empty: Argo refuses the object`,
          fix: `Set ${kind}.image (or templateDefaults.${kind}.image for every template).`,
        });
      }
      const leaf = !('steps' in tm) && !('dag' in tm);
      if (!leaf && tm.activeDeadlineSeconds !== undefined) {
        ctx.report({
          path: ptr(t.path, 'activeDeadlineSeconds'),
          message: `${templateLabel(t)}: activeDeadlineSeconds is only valid for leaf templates (container, script, ...)`,
          fix: 'Use timeout on the steps/dag template, or activeDeadlineSeconds on the templates it calls.',
        });
      }
      if (leaf && typeof tm.activeDeadlineSeconds === 'string' && !tm.activeDeadlineSeconds.includes('{{')) {
        if (!/^\d+$/.test(tm.activeDeadlineSeconds) || Number(tm.activeDeadlineSeconds) <= 0) {
          const secs = parseGoDuration(tm.activeDeadlineSeconds);
          ctx.report({
            path: ptr(t.path, 'activeDeadlineSeconds'),
            message: `${templateLabel(t)}: activeDeadlineSeconds ${show(tm.activeDeadlineSeconds)} must be a positive integer or an Argo variable`,
            fix:
              secs !== undefined && Number.isInteger(secs) && secs > 0
                ? `Write activeDeadlineSeconds: ${secs}.`
                : 'Write a number of seconds.',
          });
        }
      }
      // pendingTimeout (4.1, argo-workflows#12762) is validated like timeout: leaf templates only
      // ("This duration may not be applied to Step or DAG templates", its schema text), with a
      // unit. On older targets VER001 reports the field itself.
      const durations = targetHasField(ctx.options.argoVersion, 'pendingTimeout')
        ? (['timeout', 'pendingTimeout'] as const)
        : (['timeout'] as const);
      // validate.go checks timeout with Template.IsLeaf(), which also leaves out suspend templates.
      const timeoutLeaf = leaf && !('suspend' in tm);
      for (const key of durations) {
        const d = tm[key];
        if (typeof d !== 'string' || d === '' || d.includes('{{')) continue;
        if (!timeoutLeaf) {
          ctx.report({
            path: ptr(t.path, key),
            message: `${templateLabel(t)}: ${types[0] ?? 'this'} templates do not support ${key}`,
            fix: `Set ${key} on the leaf templates it calls.`,
          });
        } else if (/^[-+]?\d+$/.test(d)) {
          ctx.report({
            path: ptr(t.path, key),
            message: `${templateLabel(t)}: ${key} "${d}" has no unit: Argo refuses it`,
            fix: `Write a duration with a unit, e.g. "${d}s".`,
          });
        }
      }
      if (leaf && tm.parallelism !== undefined && types.length > 0) {
        ctx.report({
          path: ptr(t.path, 'parallelism'),
          message: `${templateLabel(t)}: parallelism is only valid for steps and dag templates`,
          fix: 'Remove parallelism, or set it on the steps/dag template that calls this one.',
        });
      }
      if (tm.resource !== undefined) checkResource(ctx, t);
      if (tm.inputs !== undefined) checkInputArtifacts(ctx, t, types[0]);
      if (tm.metrics !== undefined) checkMetricValues(ctx, t);
      if (tm.outputs !== undefined) checkOutputs(ctx, t, types[0]);
      if (!leaf && tm.steps !== undefined) {
        for (const s of stepsOf(ctx, wl, t)) {
          if (!s.isTask && s.step.hooks !== undefined) checkHooks(ctx, s.step.hooks, `${s.path}/hooks`);
        }
      }
      const dag = obj(tm.dag);
      if (!dag) continue;
      const tasks = arr(dag.tasks).filter(isObject);
      if (tasks.length === 0) {
        ctx.report({
          path: ptr(t.path, 'dag'),
          message: `${templateLabel(t)} has a DAG without tasks`,
          fix: 'Add at least one task.',
        });
        continue;
      }
      const usingDepends = tasks.some((x) => typeof x.depends === 'string' && x.depends !== '');
      // Built only when a depends result or a target needs it (rare).
      let byNameMap: Map<string, Obj> | undefined;
      const byName = () => {
        byNameMap ??= new Map(tasks.map((x) => [str(x.name) ?? '', x]));
        return byNameMap;
      };
      const tasksPath = `${t.path}/dag/tasks`;
      arr(dag.tasks).forEach((x, i) => {
        const task = obj(x);
        if (!task) return;
        const p = `${tasksPath}/${i}`;
        const n = str(task.name) ?? '';
        const deps = arr(task.dependencies);
        if ((usingDepends || deps.length > 0) && /^[0-9]/.test(n)) {
          ctx.report({
            path: ptr(p, 'name'),
            message: `task name "${n}" begins with a digit, which Argo refuses in a DAG that uses depends or dependencies`,
            fix: `Rename it, e.g. "t${n}".`,
          });
        }
        if (usingDepends && deps.length > 0) {
          ctx.report({
            path: ptr(p, 'dependencies'),
            message: `${templateLabel(t)} uses both depends and dependencies: Argo refuses the object`,
            fix: `Write the dependencies as depends: "${deps.join(' && ')}".`,
          });
        }
        if (usingDepends && task.continueOn !== undefined) {
          ctx.report({
            path: ptr(p, 'continueOn'),
            message: `${templateLabel(t)} uses continueOn together with depends: Argo refuses the object`,
            fix: 'Drop continueOn and depend on "task.Failed" / "task.Errored" instead.',
          });
        }
        const depends = str(task.depends);
        if (depends !== undefined) {
          const err = dependsSyntaxError(depends);
          if (err) {
            ctx.report({
              path: ptr(p, 'depends'),
              message: `depends "${depends}" of task "${n}" ${err}`,
              fix: 'Write task names with an optional .Succeeded/.Failed/.Errored/.Skipped/.Omitted/.Daemoned/.AnySucceeded/.AllFailed, combined with &&, ||, ! and parentheses.',
            });
            return;
          }
          for (const tok of depends.match(/[^\s&|!()]+/g) ?? []) {
            const dot = tok.indexOf('.');
            if (dot < 0) continue;
            const result = tok.slice(dot + 1);
            const dep = tok.slice(0, dot);
            if (!DEPENDS_RESULTS.has(result)) {
              ctx.report({
                path: ptr(p, 'depends'),
                message: `depends "${depends}" of task "${n}": "${result}" is not a task result${didYouMean(result, DEPENDS_RESULTS)}`,
                fix: `Use one of: ${[...DEPENDS_RESULTS].join(', ')}.`,
              });
            } else if (result === 'AnySucceeded' || result === 'AllFailed') {
              const d = byName().get(dep);
              if (
                d &&
                d.withItems === undefined &&
                d.withParam === undefined &&
                d.withSequence === undefined
              ) {
                ctx.report({
                  path: ptr(p, 'depends'),
                  message: `depends "${depends}" of task "${n}" uses ${result} on "${dep}", which has no items (withItems, withParam, withSequence)`,
                  fix: `Use ${dep}.${result === 'AnySucceeded' ? 'Succeeded' : 'Failed'}.`,
                });
              }
            }
          }
        }
      });
      const target = str(dag.target);
      if (target !== undefined && !target.includes('{{')) {
        for (const name of target.split(/\s+/)) {
          if (name !== '' && !byName().has(name)) {
            ctx.report({
              path: ptr(t.path, 'dag', 'target'),
              message: `DAG target "${name}" is not a task of ${templateLabel(t)}${didYouMean(name, byName().keys())}`,
              fix: 'Name tasks of this DAG in target.',
            });
          }
        }
      }
    }
  },
});

// ---------------------------------------------------------------------------------------------
// STR009: volume mounts and containerSet templates
// ---------------------------------------------------------------------------------------------

/** A Kubernetes container name (DNS-1123 label): what the API server accepts for a pod's container. */
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** What one list of paths is, for `checkUniquePaths`: mounts (`mountPath`) or input artifacts (`path`). */
interface PathList {
  /** The key of the path in each item. */
  readonly key: 'mountPath' | 'path';
  /** The fix when an item's path is taken. */
  readonly fix: string;
}

const MOUNTS: PathList = {
  key: 'mountPath',
  fix: 'Mount each volume at its own path (or one volume once, with subPath for its parts).',
};
const INPUT_ARTIFACTS: PathList = {
  key: 'path',
  fix: 'Load the artifact to a path no volume is mounted at (or below a mounted volume, e.g. /work/src).',
};

/**
 * Reports each item of `items` whose path (`list.key`) `seen` (path -> where it is used) already
 * holds, and adds the others to it. `why` says who refuses it.
 */
function checkUniquePaths(
  ctx: RuleContext,
  label: string,
  list: PathList,
  items: unknown,
  base: string,
  what: string,
  seen: Map<string, string>,
  why: string,
): void {
  const all = arr(items);
  for (let i = 0; i < all.length; i++) {
    const item = obj(all[i]);
    const path = item?.[list.key];
    // A missing path is STR001's (required field) or STR008's (artifact path on a leaf).
    if (typeof path !== 'string' || path === '') continue;
    const prev = seen.get(path);
    if (prev !== undefined) {
      ctx.report({
        path: ptr(base, i, list.key),
        message: `${label}: ${what}[${i}].${list.key} "${path}" is already mounted in ${prev}: ${why}`,
        fix: list.fix,
      });
    } else {
      seen.set(path, `${what}.${str(item?.name) ?? `[${i}]`}`);
    }
  }
}

const ARGO_REFUSES = 'Argo refuses the object';
const POD_REFUSED = 'the API server refuses the pod ("must be unique"), so the node fails when it starts';

/**
 * A cycle in a containerSet's dependency graph, as `b->a->b`, if any: Argo's validateNoCycles
 * (v4.0.5), names in sorted order, so the message names the same cycle as Argo's.
 */
function dependencyCycle(graph: ReadonlyMap<string, readonly string[]>): string | undefined {
  const visited = new Set<string>();
  const walk = (name: string, cycle: string[]): string | undefined => {
    if (visited.has(name)) return undefined;
    const deps = graph.get(name);
    if (!deps) return undefined;
    for (const dep of deps) {
      if (cycle.includes(dep)) return [...cycle, dep].join('->');
      cycle.push(dep);
      const found = walk(dep, cycle);
      if (found) return found;
      cycle.pop();
    }
    visited.add(name);
    return undefined;
  };
  for (const name of [...graph.keys()].sort()) {
    const found = walk(name, []);
    if (found) return found;
  }
  return undefined;
}

export const STR009 = defineRule({
  id: 'STR009',
  severity: 'error',
  family: 'STR',
  title: 'a volume mount path used twice, or a containerSet Argo refuses or cannot run',
  hasAutofix: false,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    const wl = ctx.workflowLike();
    if (!wl) return;
    for (const t of wl.ownTemplates) {
      const tm = t.tmpl;
      const container = obj(tm.container);
      // Most templates mount nothing and load no artifact: nothing to allocate for them.
      if (container && (container.volumeMounts !== undefined || obj(tm.inputs)?.artifacts !== undefined)) {
        // validate.go validateLeaf: mount paths and input artifact paths share one namespace.
        const seen = new Map<string, string>();
        checkUniquePaths(
          ctx,
          templateLabel(t),
          MOUNTS,
          container.volumeMounts,
          ptr(t.path, 'container', 'volumeMounts'),
          'container.volumeMounts',
          seen,
          ARGO_REFUSES,
        );
        checkUniquePaths(
          ctx,
          templateLabel(t),
          INPUT_ARTIFACTS,
          obj(tm.inputs)?.artifacts,
          ptr(t.path, 'inputs', 'artifacts'),
          'inputs.artifacts',
          seen,
          ARGO_REFUSES,
        );
      }
      const script = obj(tm.script);
      if (script?.volumeMounts !== undefined) {
        // Argo's lint does not look at a script's mounts; the pod's main container has them.
        checkUniquePaths(
          ctx,
          templateLabel(t),
          MOUNTS,
          script.volumeMounts,
          ptr(t.path, 'script', 'volumeMounts'),
          'script.volumeMounts',
          new Map(),
          POD_REFUSED,
        );
      }
      const cs = obj(tm.containerSet);
      if (cs) checkContainerSet(ctx, t, cs);
    }
  },
});

/** ContainerSetTemplate.Validate (v4.0.5) and what the pod and the emissary need beyond it. */
function checkContainerSet(ctx: RuleContext, t: TemplateInfo, cs: Obj): void {
  const base = ptr(t.path, 'containerSet');
  const label = templateLabel(t);
  const containers = cs.containers;
  if (Array.isArray(containers) && containers.length === 0) {
    ctx.report({
      path: ptr(base, 'containers'),
      message: `${label}: containerSet.containers must have at least one container: ${ARGO_REFUSES}`,
      fix: 'Add a container, or make it a container template.',
    });
  }
  const list = arr(containers);
  const shared = new Map<string, string>();
  checkUniquePaths(
    ctx,
    label,
    MOUNTS,
    cs.volumeMounts,
    ptr(base, 'volumeMounts'),
    'containerSet.volumeMounts',
    shared,
    ARGO_REFUSES,
  );
  const graph = new Map<string, readonly string[]>();
  const names: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const c = obj(list[i]);
    if (!c) continue;
    const p = ptr(base, 'containers', i);
    const name = c.name;
    // A missing name is STR001's (the CRD requires it); an empty one is Argo's "name is required".
    if (name === '') {
      ctx.report({
        path: ptr(p, 'name'),
        message: `${label}: containerSet container #${i} has no name: ${ARGO_REFUSES}`,
        fix: 'Give it a name.',
      });
    } else if (typeof name === 'string' && !name.includes('{{')) {
      const err = fieldNameError(name);
      if (err) {
        ctx.report({
          path: ptr(p, 'name'),
          message: `${label}: containerSet container name "${name}" is invalid: it ${err}`,
          fix: `Rename it, e.g. "${suggestFieldName(name).toLowerCase()}" (and the dependencies on it).`,
        });
      } else if (!DNS1123_LABEL.test(name) || name.length > 63) {
        // Argo's name rule allows upper case; a pod's container name is a DNS-1123 label.
        ctx.report({
          path: ptr(p, 'name'),
          message: `${label}: containerSet container name "${name}" is not a DNS-1123 label (lower case, digits and '-', at most 63 characters): the API server refuses the pod`,
          fix: `Rename it, e.g. "${name.toLowerCase().slice(0, 63).replace(/-+$/, '')}" (and the dependencies on it).`,
        });
      }
      if (names.includes(name)) {
        ctx.report({
          path: ptr(p, 'name'),
          message: `${label}: containerSet container name "${name}" is used twice: ${ARGO_REFUSES}`,
          fix: 'Give each container a distinct name.',
        });
      }
      names.push(name);
    }
    if (typeof c.image !== 'string' || c.image === '') {
      // Argo's lint accepts it; the pod does not (core/v1 validation: image Required value).
      ctx.report({
        path: p,
        message: `${label}: containerSet container "${str(name) ?? `#${i}`}" has no image: the API server refuses the pod, so the node fails when it starts`,
        fix: 'Set image on every container of the containerSet.',
      });
    }
    // Argo appends containerSet.volumeMounts to every container's own (ContainerSetTemplate.GetContainers).
    const own = new Map<string, string>();
    checkUniquePaths(
      ctx,
      label,
      MOUNTS,
      c.volumeMounts,
      ptr(p, 'volumeMounts'),
      `containers.${str(name) ?? i}.volumeMounts`,
      own,
      POD_REFUSED,
    );
    const mounts = arr(c.volumeMounts);
    for (let j = 0; j < mounts.length; j++) {
      const mp = obj(mounts[j])?.mountPath;
      if (typeof mp !== 'string' || own.get(mp) === undefined) continue;
      const prev = shared.get(mp);
      if (prev === undefined) continue;
      ctx.report({
        path: ptr(p, 'volumeMounts', j, 'mountPath'),
        message: `${label}: container "${str(name) ?? `#${i}`}" mounts "${mp}", which ${prev} mounts in every container of the set too: ${POD_REFUSED}`,
        fix: 'Mount it once: in containerSet.volumeMounts (every container) or in the containers that need it.',
      });
      own.delete(mp);
    }
    const deps = arr(c.dependencies).filter((d): d is string => typeof d === 'string');
    if (typeof name === 'string') graph.set(name, deps);
  }
  for (let i = 0; i < list.length; i++) {
    const c = obj(list[i]);
    const deps = arr(c?.dependencies);
    for (let j = 0; j < deps.length; j++) {
      const d = deps[j];
      if (typeof d !== 'string' || graph.has(d)) continue;
      ctx.report({
        path: ptr(base, 'containers', i, 'dependencies', j),
        message: `${label}: containerSet container "${str(c?.name) ?? `#${i}`}" depends on "${d}", which is not a container of the set${d.length > 2 ? didYouMean(d, graph.keys()) : ''}: ${ARGO_REFUSES}`,
        fix: 'Name a container of this containerSet.',
      });
    }
  }
  const cycle = dependencyCycle(graph);
  if (cycle) {
    const first = cycle.split('->')[0];
    const i = list.findIndex((c) => obj(c)?.name === first);
    ctx.report({
      path: ptr(base, 'containers', Math.max(i, 0), 'dependencies'),
      message: `${label}: containerSet dependency cycle ${cycle}: ${ARGO_REFUSES}`,
      fix: 'Remove one of the dependencies of the cycle.',
    });
  }
  const io = obj(t.tmpl.inputs);
  const out = obj(t.tmpl.outputs);
  if (
    (arr(io?.artifacts).length > 0 || arr(out?.parameters).length > 0 || arr(out?.artifacts).length > 0) &&
    !names.includes('main')
  ) {
    ctx.report({
      path: ptr(base, 'containers'),
      message: `${label}: containerSet.containers must have a container named "main" for input or output (the artifacts and parameters are read from it): ${ARGO_REFUSES}`,
      fix: 'Name the container that reads the inputs and writes the outputs "main".',
    });
  }
  checkContainerSetRetry(ctx, base, label, obj(cs.retryStrategy));
}

/**
 * containerSet.retryStrategy is read by the emissary in each container (GetRetryStrategy, v4.0.5):
 * a duration Go cannot parse, or a negative one, fails every container ("failed to get retry
 * strategy"); `retries` is the number of attempts in all (wait.Backoff Steps), so 0, or a string
 * that is not a number (IntValue 0), runs the command no time at all and reports success.
 */
function checkContainerSetRetry(ctx: RuleContext, base: string, label: string, rs: Obj | undefined): void {
  if (!rs) return;
  const d = rs.duration;
  if (typeof d === 'string' && d !== '' && !d.includes('{{')) {
    const secs = parseGoDuration(d);
    if (secs === undefined || secs < 0) {
      ctx.report({
        path: ptr(base, 'retryStrategy', 'duration'),
        message: `${label}: containerSet.retryStrategy.duration ${show(d)} is ${secs === undefined ? 'not a Go duration' : 'negative'}: every container of the set fails ("failed to get retry strategy")`,
        fix: 'Write a positive duration with a unit, e.g. "10s" or "1m".',
      });
    }
  }
  const r = rs.retries;
  const attempts =
    typeof r === 'number'
      ? r
      : typeof r === 'string' && !r.includes('{{')
        ? /^[-+]?\d+$/.test(r)
          ? Number(r)
          : 0
        : undefined;
  if (attempts !== undefined && attempts <= 0) {
    ctx.report({
      path: ptr(base, 'retryStrategy', 'retries'),
      message: `${label}: containerSet.retryStrategy.retries ${show(r)} gives the emissary no attempt: it never runs the containers' command and reports success`,
      fix: 'Set retries to the number of attempts in all, at least 1 (1 runs once, no retry), or remove retryStrategy.',
    });
  }
}

export const rules: readonly Rule[] = [
  STR001,
  STR002,
  STR003,
  STR004,
  STR005,
  STR006,
  STR007,
  STR008,
  STR009,
];
