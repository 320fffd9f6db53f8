/**
 * Version (VER): fields the target Argo Workflows version removed or does not know yet (VER001:
 * the Workflow CRD preserves unknown fields and the controller's Go decoding drops them, so such a
 * field is silently ignored; docs/failure-modes.md §1, GITOPS-07), and the known stuck bugs of an
 * exact controller version (VER002). The version facts are in src/argo/versions.ts
 * (VERSIONED_FIELDS, KNOWN_BUGS); this file only knows where each field is written and which
 * object a bug concerns.
 */
import { arr, obj, ptr } from '../argo/json';
import { WORKFLOW_LIKE_KINDS } from '../argo/kinds';
import {
  type BugId,
  type FieldId,
  firstFixedAfter,
  firstVersionWithout,
  formatArgoVersion,
  hasBug,
  KNOWN_BUGS,
  type KnownBug,
  VERSIONED_FIELDS,
} from '../argo/versions';
import type { InputIndex } from './input-index';
import { defineRule, type Rule, type RuleContext, targetHasField } from './rule';
import type { WorkflowLike } from './workflow-like';

/** Fields with a more specific rule (so VER001 does not report them twice). */
const COVERED_ELSEWHERE: ReadonlySet<FieldId> = new Set<FieldId>([
  'synchronization.mutex', // SYNC004
  'synchronization.semaphore', // SYNC004
  'cronWorkflow.schedule', // GITOPS005
  'cronWorkflow.schedules', // GITOPS005
  'artifactGC.forceFinalizerRemoval', // AGC007
  'artifactGC.podSpecPatch', // AGC007
]);

/** `synchronization` blocks written in the object: workflow level and every template. */
function syncBlocks(wl: WorkflowLike): { sync: Record<string, unknown>; path: string }[] {
  const out: { sync: Record<string, unknown>; path: string }[] = [];
  const s = obj(wl.spec.synchronization);
  if (s) out.push({ sync: s, path: ptr(wl.specPath, 'synchronization') });
  for (const t of wl.ownTemplates) {
    const ts = obj(t.tmpl.synchronization);
    if (ts) out.push({ sync: ts, path: ptr(t.path, 'synchronization') });
  }
  return out;
}

/** Occurrences of a field at workflow level, in templateDefaults and in every template. */
function specAndTemplates(key: string, specLevel: boolean): (wl: WorkflowLike) => string[] {
  return (wl) => {
    const out: string[] = [];
    if (specLevel && wl.spec[key] !== undefined) out.push(ptr(wl.specPath, key));
    if (obj(wl.spec.templateDefaults)?.[key] !== undefined)
      out.push(ptr(wl.specPath, 'templateDefaults', key));
    for (const t of wl.ownTemplates) if (t.tmpl[key] !== undefined) out.push(ptr(t.path, key));
    return out;
  };
}

/** Where each versioned field can be written: pointers of its occurrences in the object. */
const LOCATORS: Partial<Record<FieldId, (wl: WorkflowLike) => string[]>> = {
  podResources: specAndTemplates('podResources', true),
  resourceClaims: specAndTemplates('resourceClaims', true),
  pendingTimeout: specAndTemplates('pendingTimeout', false),
  executorPlugins: (wl) =>
    wl.spec.executorPlugins !== undefined ? [ptr(wl.specPath, 'executorPlugins')] : [],
  podPriority: (wl) => (wl.spec.podPriority !== undefined ? [ptr(wl.specPath, 'podPriority')] : []),
  'synchronization.mutexes': (wl) =>
    syncBlocks(wl)
      .filter((b) => b.sync.mutexes !== undefined)
      .map((b) => ptr(b.path, 'mutexes')),
  'synchronization.semaphores': (wl) =>
    syncBlocks(wl)
      .filter((b) => b.sync.semaphores !== undefined)
      .map((b) => ptr(b.path, 'semaphores')),
  'synchronization.database': (wl) => {
    const out: string[] = [];
    for (const b of syncBlocks(wl)) {
      for (const key of ['mutexes', 'semaphores', 'mutex', 'semaphore']) {
        const v = b.sync[key];
        if (Array.isArray(v)) {
          arr(v).forEach((x, i) => {
            if (obj(x)?.database !== undefined) out.push(ptr(b.path, key, i, 'database'));
          });
        } else if (obj(v)?.database !== undefined) out.push(ptr(b.path, key, 'database'));
      }
    }
    return out;
  },
};

export const VER001 = defineRule({
  id: 'VER001',
  severity: 'error',
  family: 'VER',
  title: 'a field the target Argo Workflows version removed or does not know yet',
  hasAutofix: false,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    const wl = ctx.workflowLike();
    if (!wl) return;
    const v = ctx.options.argoVersion;
    for (const id of Object.keys(LOCATORS) as FieldId[]) {
      if (COVERED_ELSEWHERE.has(id) || targetHasField(v, id)) continue;
      const f = VERSIONED_FIELDS[id];
      for (const path of LOCATORS[id]!(wl)) {
        const why = f.removedIn ? `was removed in ${f.removedIn}` : `is only known from ${f.since}`;
        ctx.report({
          path,
          // Its strict decoder (argo lint, argo submit, the server) refuses an unknown field; the
          // controller's informer drops it silently.
          message: `${f.display} ${why}: Argo Workflows ${formatArgoVersion(v)} refuses it in argo lint/submit and its controller silently ignores it (${f.source})`,
          fix: f.replacement
            ? `Use ${f.replacement} instead${f.since ? ` or target Argo Workflows >= ${f.since}` : ''}.`
            : `Target Argo Workflows >= ${f.since} or remove the field.`,
        });
      }
    }
  },
});

/** Bugs with a rule of their own (so VER002 does not report them twice). */
const BUGS_COVERED_ELSEWHERE: ReadonlySet<BugId> = new Set<BugId>([
  'argo-workflows#13499', // AGC001
]);

type BugScope = 'any' | NonNullable<KnownBug['feature']>;

/** Whether this object exposes the feature a bug needs (any Workflow-like, locks, database locks). */
function uses(wl: WorkflowLike, scope: BugScope): string | undefined {
  if (scope === 'any') return wl.specPath;
  for (const b of syncBlocks(wl)) {
    if (scope === 'synchronization') return b.path;
    for (const key of ['mutexes', 'semaphores'])
      if (arr(b.sync[key]).some((x) => obj(x)?.database !== undefined)) return ptr(b.path, key);
  }
  return undefined;
}

// Per input set, per scope: the first object that exposes it, so VER002 reports once per run.
const firstUser = new WeakMap<InputIndex, Map<BugScope, number | undefined>>();

function firstIndexUsing(ctx: RuleContext, scope: BugScope): number | undefined {
  let byScope = firstUser.get(ctx.input);
  if (!byScope) {
    byScope = new Map();
    firstUser.set(ctx.input, byScope);
  }
  if (!byScope.has(scope)) {
    const indexes = WORKFLOW_LIKE_KINDS.flatMap((k) => ctx.input.ofKind(k).map((e) => e.index)).sort(
      (a, b) => a - b,
    );
    const first = indexes.find((i) => {
      const wl = i === ctx.index ? ctx.workflowLike() : ctx.input.workflowLike(i);
      return wl !== undefined && uses(wl, scope) !== undefined;
    });
    byScope.set(scope, first);
  }
  return byScope.get(scope);
}

export const VER002 = defineRule({
  id: 'VER002',
  severity: 'warning',
  family: 'VER',
  title:
    'the target Argo Workflows version has known bugs that leave Workflows stuck, fixed in a later version',
  hasAutofix: false,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    const v = ctx.options.argoVersion;
    // Only for an exact controller version: a minor-only target says nothing about its patch.
    if (v.minorOnly) return;
    const wl = ctx.workflowLike();
    if (!wl) return;
    const groups = new Map<BugScope, KnownBug[]>();
    for (const bug of Object.values(KNOWN_BUGS)) {
      // Version advice only where a later version helps; open bugs stay open on any target.
      if (BUGS_COVERED_ELSEWHERE.has(bug.id) || !hasBug(v, bug.id) || !firstFixedAfter(v, bug.id)) continue;
      const scope: BugScope = bug.feature ?? 'any';
      groups.set(scope, [...(groups.get(scope) ?? []), bug]);
    }
    for (const [scope, bugs] of groups) {
      // Once per run: on the first object the bugs concern (the first Workflow-like, or the first
      // one that takes a lock), not on every file.
      if (firstIndexUsing(ctx, scope) !== ctx.index) continue;
      const path = uses(wl, scope) ?? wl.specPath;
      const version = formatArgoVersion(v);
      const each = bugs.map(
        (b) =>
          `${b.id.replace('argo-workflows', '')} ${b.summary} (${b.modes.join(', ')}; fixed in ${firstFixedAfter(v, b.id)})`,
      );
      const upgrade = firstVersionWithout(
        v,
        bugs.map((b) => b.id),
      );
      ctx.report({
        path,
        message: `Argo Workflows ${version} has known controller bugs that leave ${scope === 'any' ? 'Workflows' : 'Workflows with locks'} stuck: ${each.join('; ')}`,
        fix: `Upgrade the controller to ${upgrade} or later (the first version without them); until then the watcher reports these modes.`,
      });
    }
  },
});

export const rules: readonly Rule[] = [VER001, VER002];
