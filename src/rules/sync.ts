/**
 * Synchronization (SYNC): mutex / semaphore deadlocks. A lock held at workflow level has holder
 * key `<ns>/<wf>`, at template level `<ns>/<wf>/<nodeId>` (sync_manager.go getHolderKey); re-entry
 * only works for the same key, so a workflow (or an ancestor template) that holds a lock can never
 * let a descendant take it. Facts: docs/failure-modes.md §4.
 */

import { arr, int, isObject, obj, ptr, str } from '../argo/json';
import { WORKFLOW_LIKE_KINDS } from '../argo/kinds';
import { formatArgoVersion } from '../argo/versions';
import type { InputIndex } from './input-index';
import { defineRule, type Rule, targetHasField } from './rule';
import {
  callsOf,
  isWorkflowLikeKind,
  type Resolved,
  type TemplateInfo,
  templateLabel,
  type WorkflowLike,
} from './workflow-like';

export interface Lock {
  /** Identity: kind, storage, namespace, name (and ConfigMap key for semaphores). */
  readonly key: string;
  /** For messages: `mutex "x"`, `semaphore my-cm/key`. */
  readonly label: string;
  /** A mutex, or a semaphore whose limit is known to be 1 (a ConfigMap in the input set). */
  readonly exclusive: boolean;
  readonly path: string;
}

function semaphoreLimit(
  input: InputIndex,
  ns: string | undefined,
  cm: string,
  key: string,
): number | undefined {
  const e = input.find('ConfigMap', cm, ns);
  return e ? int(obj(e.manifest.data)?.[key]) : undefined;
}

function mutexLock(m: unknown, path: string, ns: string | undefined): Lock | undefined {
  const o = obj(m);
  const name = str(o?.name);
  if (!o || !name) return undefined;
  const lns = str(o.namespace) ?? ns ?? '';
  const db = o.database === true ? 'db:' : '';
  return { key: `mutex:${db}${lns}/${name}`, label: `mutex "${name}"`, exclusive: true, path };
}

function semaphoreLock(
  input: InputIndex,
  s: unknown,
  path: string,
  ns: string | undefined,
): Lock | undefined {
  const o = obj(s);
  if (!o) return undefined;
  const lns = str(o.namespace) ?? ns ?? '';
  const cm = obj(o.configMapKeyRef);
  if (cm && str(cm.name) && str(cm.key)) {
    const name = str(cm.name)!;
    const key = str(cm.key)!;
    const limit = semaphoreLimit(input, str(o.namespace) ?? ns, name, key);
    return {
      key: `semaphore:cm:${lns}/${name}/${key}`,
      label: `semaphore ${name}/${key}`,
      exclusive: limit === 1,
      path,
    };
  }
  const dbKey = str(obj(o.database)?.key);
  if (dbKey)
    return {
      key: `semaphore:db:${lns}/${dbKey}`,
      label: `semaphore (database) ${dbKey}`,
      exclusive: false,
      path,
    };
  return undefined;
}

/** The locks a `synchronization` block takes (singular and plural forms). */
export function locksOf(input: InputIndex, sync: unknown, path: string, ns: string | undefined): Lock[] {
  const s = obj(sync);
  if (!s) return [];
  const out: Lock[] = [];
  const add = (l: Lock | undefined) => {
    if (l) out.push(l);
  };
  add(mutexLock(s.mutex, ptr(path, 'mutex'), ns));
  add(semaphoreLock(input, s.semaphore, ptr(path, 'semaphore'), ns));
  const mutexes = arr(s.mutexes);
  for (let i = 0; i < mutexes.length; i++) add(mutexLock(mutexes[i], ptr(path, 'mutexes', i), ns));
  const semaphores = arr(s.semaphores);
  for (let i = 0; i < semaphores.length; i++)
    add(semaphoreLock(input, semaphores[i], ptr(path, 'semaphores', i), ns));
  return out;
}

function wfLocks(input: InputIndex, wl: WorkflowLike): Lock[] {
  const own = obj(wl.spec.synchronization);
  const path = own ? ptr(wl.specPath, 'synchronization') : wl.specPath;
  return locksOf(input, wl.effective.synchronization, path, wl.namespace);
}

function templateLocks(input: InputIndex, r: Resolved): Lock[] {
  return locksOf(input, r.t.tmpl.synchronization, ptr(r.t.path, 'synchronization'), r.wl.namespace);
}

interface Reached {
  readonly r: Resolved;
  /** Pointer, in the root's object, of the first call on the way. */
  readonly firstCall: string;
}

/** Every template reachable from `t` through calls (not `t` itself unless it recurses). */
function descendants(input: InputIndex, wl: WorkflowLike, t: TemplateInfo): Reached[] {
  const out: Reached[] = [];
  const seen = new Set<TemplateInfo>();
  const stack: Reached[] = [];
  for (const c of callsOf(input, wl, t)) if (c.target) stack.push({ r: c.target, firstCall: c.path });
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (seen.has(x.r.t)) continue;
    seen.add(x.r.t);
    out.push(x);
    for (const c of callsOf(input, x.r.wl, x.r.t))
      if (c.target) stack.push({ r: c.target, firstCall: x.firstCall });
  }
  return out;
}

/** Templates the workflow runs: its own plus everything they reach (e.g. through templateRef). */
function runTemplates(input: InputIndex, wl: WorkflowLike): Reached[] {
  const out: Reached[] = [];
  const seen = new Set<TemplateInfo>();
  const roots = [...wl.ownTemplates];
  for (const t of wl.byName.values()) if (t.owner !== wl) roots.push(t);
  for (const t of roots) {
    // Templates inherited through workflowTemplateRef are reported at the reference.
    const anchor = t.owner === wl ? undefined : (wl.workflowTemplateRef?.path ?? wl.specPath);
    if (!seen.has(t)) {
      seen.add(t);
      out.push({ r: { wl, t }, firstCall: anchor ?? t.path });
    }
    for (const d of descendants(input, wl, t)) {
      if (seen.has(d.r.t)) continue;
      seen.add(d.r.t);
      out.push({ r: d.r, firstCall: anchor ?? d.firstCall });
    }
  }
  return out;
}

export const SYNC001 = defineRule({
  id: 'SYNC001',
  severity: 'error',
  family: 'SYNC',
  title: 'the same exclusive lock at workflow level and template level (self-deadlock)',
  hasAutofix: false,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    const wl = ctx.workflowLike();
    if (!wl) return;
    const held = wfLocks(ctx.input, wl).filter((l) => l.exclusive);
    if (held.length === 0) return;
    const keys = new Map(held.map((l) => [l.key, l]));
    for (const { r, firstCall } of runTemplates(ctx.input, wl)) {
      for (const l of templateLocks(ctx.input, r)) {
        if (!keys.has(l.key)) continue;
        ctx.report({
          path: r.t.owner === wl ? l.path : firstCall,
          message: `${templateLabel(r.t)} takes ${l.label}, which the workflow already holds at workflow level: the workflow lock is released only when the run ends, so the template waits forever`,
          fix: `Take ${l.label} either at workflow level or at template level, not both.`,
        });
      }
    }
  },
});

export const SYNC002 = defineRule({
  id: 'SYNC002',
  severity: 'error',
  family: 'SYNC',
  title: 'a template holding a lock calls a template that takes the same lock',
  hasAutofix: false,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    const wl = ctx.workflowLike();
    if (!wl) return;
    for (const t of wl.ownTemplates) {
      const held = templateLocks(ctx.input, { wl, t }).filter((l) => l.exclusive);
      if (held.length === 0) continue;
      const reported = new Set<string>();
      for (const d of descendants(ctx.input, wl, t)) {
        for (const l of templateLocks(ctx.input, d.r)) {
          const h = held.find((x) => x.key === l.key);
          if (!h || reported.has(`${h.path}\u0000${d.r.t.path}`)) continue;
          reported.add(`${h.path}\u0000${d.r.t.path}`);
          const where = d.r.wl === wl ? '' : ` of ${d.r.wl.kind} "${d.r.wl.name ?? ''}"`;
          ctx.report({
            path: h.path,
            message: `${templateLabel(t)} holds ${h.label} and calls ${templateLabel(d.r.t)}${where}, which takes the same lock: the callee waits for a lock its caller never releases`,
            fix: `Take ${h.label} in only one of ${templateLabel(t)} and ${templateLabel(d.r.t)}.`,
          });
        }
      }
    }
  },
});

/** Cheap pre-check (no Workflow-like built): does the object take any lock itself? */
function mentionsSynchronization(m: Record<string, unknown>): boolean {
  const outer = obj(m.spec);
  const spec = m.kind === 'CronWorkflow' ? obj(outer?.workflowSpec) : outer;
  if (!spec) return false;
  if (spec.synchronization !== undefined) return true;
  // A workflowTemplateRef can bring a workflow-level lock.
  if (spec.workflowTemplateRef !== undefined) return true;
  for (const t of arr(spec.templates)) {
    const o = obj(t);
    if (!o) continue;
    if (o.synchronization !== undefined) return true;
    // Inline templates nest inside steps/tasks.
    for (const g of arr(o.steps)) {
      for (const step of Array.isArray(g) ? g : [g]) {
        if (obj(obj(step)?.inline)?.synchronization !== undefined) return true;
      }
    }
    for (const step of arr(obj(o.dag)?.tasks)) {
      if (obj(obj(step)?.inline)?.synchronization !== undefined) return true;
    }
  }
  return false;
}

interface OrderEdge {
  readonly from: Lock;
  readonly to: Lock;
  readonly index: number;
  readonly path: string;
  readonly who: string;
}

/** Lock-order edges "holds A, then takes B" across the whole input set (computed once). */
function lockOrderEdges(input: InputIndex): Map<string, OrderEdge[]> {
  return input.memo('sync.lockOrder', () => {
    const edges = new Map<string, OrderEdge[]>();
    const add = (e: OrderEdge) => {
      const k = `${e.from.key}\u0000${e.to.key}`;
      const list = edges.get(k);
      if (list) list.push(e);
      else edges.set(k, [e]);
    };
    for (let i = 0; i < input.manifests.length; i++) {
      const m = input.manifests[i];
      if (!isObject(m) || !isWorkflowLikeKind(m.kind) || !mentionsSynchronization(m)) continue;
      const wl = input.workflowLike(i, false);
      if (!wl) continue;
      const wfHeld = wfLocks(input, wl);
      const wfName = `${wl.kind} "${wl.name ?? ''}"`;
      // "holds each of `held`, then takes each of `taken`"
      const addAll = (held: readonly Lock[], taken: readonly Lock[], who: string) => {
        for (const b of taken) {
          for (const a of held) {
            if (a.key !== b.key) add({ from: a, to: b, index: i, path: a.path, who });
          }
        }
      };
      if (wfHeld.length > 0) {
        for (const { r } of runTemplates(input, wl))
          addAll(wfHeld, templateLocks(input, r), `${wfName} (workflow level, then ${templateLabel(r.t)})`);
      }
      for (const t of wl.ownTemplates) {
        const held = templateLocks(input, { wl, t });
        if (held.length === 0) continue;
        for (const d of descendants(input, wl, t))
          addAll(
            held,
            templateLocks(input, d.r),
            `${templateLabel(t)} of ${wfName} (then ${templateLabel(d.r.t)})`,
          );
      }
    }
    return edges;
  });
}

export const SYNC003 = defineRule({
  id: 'SYNC003',
  severity: 'warning',
  family: 'SYNC',
  title: 'two templates take the same two locks in opposite orders (lock-order inversion)',
  hasAutofix: false,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    const edges = lockOrderEdges(ctx.input);
    const reported = new Set<string>();
    for (const list of edges.values()) {
      for (const e of list) {
        if (e.index !== ctx.index) continue;
        const reverse = edges.get(`${e.to.key}\u0000${e.from.key}`);
        if (!reverse || reverse.length === 0) continue;
        const k = `${e.path}\u0000${e.to.key}`;
        if (reported.has(k)) continue;
        reported.add(k);
        const other = reverse[0];
        ctx.report({
          path: e.path,
          message: `${e.who} holds ${e.from.label} and then takes ${e.to.label}, while ${other.who} takes them in the opposite order: two runs can wait for each other forever`,
          fix: `Take ${e.from.label} and ${e.to.label} in one synchronization block (acquired together), or in the same order everywhere.`,
        });
      }
    }
  },
});

export const SYNC004 = defineRule({
  id: 'SYNC004',
  severity: 'error',
  family: 'SYNC',
  title: 'singular synchronization.mutex/semaphore on Argo Workflows >= 4.0 (ignored: no lock at all)',
  hasAutofix: true,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    const wl = ctx.workflowLike();
    if (!wl) return;
    const v = ctx.options.argoVersion;
    const blocks: { sync: unknown; path: string; where: string }[] = [
      { sync: wl.spec.synchronization, path: ptr(wl.specPath, 'synchronization'), where: 'the workflow' },
    ];
    for (const t of wl.ownTemplates) {
      blocks.push({
        sync: t.tmpl.synchronization,
        path: ptr(t.path, 'synchronization'),
        where: templateLabel(t),
      });
    }
    for (const b of blocks) {
      const s = obj(b.sync);
      if (!s) continue;
      for (const [single, plural] of [
        ['mutex', 'mutexes'],
        ['semaphore', 'semaphores'],
      ] as const) {
        if (s[single] === undefined || s[single] === null || targetHasField(v, `synchronization.${single}`))
          continue;
        // Safe autofix: on >= 4.0 the singular form takes no lock at all; the plural form (known
        // since 3.6) with the same entry takes exactly the lock the author wrote.
        const pluralPath = ptr(b.path, plural);
        const autofix = [
          { op: 'remove' as const, path: ptr(b.path, single) },
          Array.isArray(s[plural])
            ? { op: 'add' as const, path: `${pluralPath}/-`, value: s[single] }
            : { op: 'add' as const, path: pluralPath, value: [s[single]] },
        ];
        ctx.report({
          path: ptr(b.path, single),
          message: `synchronization.${single} of ${b.where} was removed in Argo Workflows 4.0 (argo-workflows#14189): ${formatArgoVersion(v)} silently ignores it, so no lock is taken at all`,
          fix: `Use synchronization.${plural}: [ ... ] instead.`,
          autofix,
        });
      }
    }
  },
});

export const rules: readonly Rule[] = [SYNC001, SYNC002, SYNC003, SYNC004];
