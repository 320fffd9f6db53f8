/**
 * Structure (DAG): references that point nowhere and call graphs that never end. The controller
 * rejects some of these at submission, but a Workflow created by Argo CD or a CronWorkflow then
 * fails on every run; unbounded recursion runs until the deadline (or forever without one).
 */

import { arr, obj, ptr, str } from '../argo/json';
import { WORKFLOW_LIKE_KINDS } from '../argo/kinds';
import type { InputIndex } from './input-index';
import { defineRule, type Rule } from './rule';
import {
  type Call,
  callsOf,
  type TemplateInfo,
  templateLabel,
  type WorkflowLike,
  workflowExitCalls,
  workflowHookCalls,
} from './workflow-like';

export const DAG001 = defineRule({
  id: 'DAG001',
  severity: 'error',
  family: 'DAG',
  title: 'entrypoint or onExit names no template',
  hasAutofix: false,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    const wl = ctx.workflowLike();
    if (!wl) return;
    const entry = str(wl.effective.entrypoint);
    if (entry === undefined) {
      // WorkflowTemplates may be libraries used only through templateRef; a Workflow or a
      // CronWorkflow without a workflowTemplateRef has nothing to run.
      if ((wl.kind === 'Workflow' || wl.kind === 'CronWorkflow') && !wl.workflowTemplateRef) {
        ctx.report({
          path: wl.specPath,
          message: `${wl.kind} has no entrypoint and no workflowTemplateRef: the controller has nothing to run`,
          fix: 'Set spec.entrypoint to the name of the template to run.',
        });
      }
    } else if (wl.complete && !wl.byName.has(entry)) {
      ctx.report({
        path: wl.spec.entrypoint !== undefined ? ptr(wl.specPath, 'entrypoint') : wl.specPath,
        message: `entrypoint "${entry}" names no template (known: ${[...wl.byName.keys()].sort().join(', ') || 'none'})`,
        fix: `Set entrypoint to one of the templates, or add a template named "${entry}".`,
      });
    }
    const onExit = str(wl.effective.onExit);
    if (onExit !== undefined && wl.complete && !wl.byName.has(onExit)) {
      ctx.report({
        path: wl.spec.onExit !== undefined ? ptr(wl.specPath, 'onExit') : wl.specPath,
        message: `onExit "${onExit}" names no template`,
        fix: `Set onExit to one of the templates, or add a template named "${onExit}".`,
      });
    }
  },
});

function describeMissing(c: Call): string | undefined {
  if (c.missing === 'local') return `references template "${c.label}", which does not exist`;
  if (c.missing === 'ref-template') {
    const [wft, t] = c.label.split('/');
    return `references templateRef ${c.label}, but WorkflowTemplate "${wft}" (in the input) has no template "${t}"`;
  }
  return undefined;
}

export const DAG002 = defineRule({
  id: 'DAG002',
  severity: 'error',
  family: 'DAG',
  title: 'a step/task references a template that does not exist',
  hasAutofix: false,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    const wl = ctx.workflowLike();
    if (!wl) return;
    const calls: { c: Call; who: string }[] = [];
    for (const t of wl.ownTemplates) {
      for (const c of callsOf(ctx.input, wl, t)) calls.push({ c, who: `a ${c.via} of ${templateLabel(t)}` });
    }
    // spec.onExit is DAG001's; spec.hooks.* are checked here.
    for (const c of workflowExitCalls(ctx.input, wl)) {
      if (!c.refPath.endsWith('/onExit')) calls.push({ c, who: 'the workflow exit hook' });
    }
    for (const c of workflowHookCalls(ctx.input, wl)) calls.push({ c, who: 'a workflow lifecycle hook' });
    for (const { c, who } of calls) {
      const what = describeMissing(c);
      if (!what) continue;
      ctx.report({
        path: c.refPath,
        message: `${who} ${what}`,
        fix: 'Fix the template name, or add the template it refers to.',
      });
    }
  },
});

const DEPENDS_RESULT = /^(.+)\.(Succeeded|Failed|Errored|Skipped|Omitted|Daemoned|AnySucceeded|AllFailed)$/;

/** Task names an `depends` expression mentions (`A && (B.Succeeded || !C.Failed)`). */
export function dependsNames(expr: string): string[] {
  const out: string[] = [];
  for (const tok of expr
    .replace(/&&|\|\|/g, ' ')
    .replace(/[!()]/g, ' ')
    .split(/\s+/)) {
    if (tok === '') continue;
    const m = DEPENDS_RESULT.exec(tok);
    out.push(m ? m[1] : tok);
  }
  return out;
}

export const DAG003 = defineRule({
  id: 'DAG003',
  severity: 'error',
  family: 'DAG',
  title: 'a DAG task depends on a missing task, or the dependencies form a cycle',
  hasAutofix: false,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    const wl = ctx.workflowLike();
    if (!wl) return;
    for (const t of wl.ownTemplates) {
      const tasks = arr(obj(t.tmpl.dag)?.tasks);
      if (tasks.length === 0) continue;
      const names = new Map<string, number>();
      tasks.forEach((x, i) => {
        const n = str(obj(x)?.name);
        if (n !== undefined && !names.has(n)) names.set(n, i);
      });
      const deps: number[][] = tasks.map(() => []);
      tasks.forEach((x, i) => {
        const task = obj(x);
        if (!task) return;
        const taskPath = `${t.path}/dag/tasks/${i}`;
        const tname = str(task.name) ?? `#${i}`;
        const edge = (dep: string, path: string) => {
          const j = names.get(dep);
          if (j === undefined) {
            ctx.report({
              path,
              message: `task "${tname}" of ${templateLabel(t)} depends on "${dep}", which is not a task of this DAG`,
              fix: `Depend on one of: ${[...names.keys()].join(', ')}.`,
            });
          } else deps[i].push(j);
        };
        arr(task.dependencies).forEach((d, k) => {
          if (typeof d === 'string') edge(d, ptr(taskPath, 'dependencies', k));
        });
        const depends = str(task.depends);
        if (depends !== undefined) for (const d of dependsNames(depends)) edge(d, ptr(taskPath, 'depends'));
      });
      const cycle = findCycle(deps);
      if (cycle) {
        const label = (i: number) => str(obj(tasks[i])?.name) ?? `#${i}`;
        const start = Math.min(...cycle);
        ctx.report({
          path: ptr(t.path, 'dag', 'tasks', start),
          message: `the DAG of ${templateLabel(t)} has a dependency cycle: ${[...cycle, cycle[0]].map(label).join(' -> ')}; none of these tasks can ever start`,
          fix: 'Remove one of the dependencies in the cycle.',
        });
      }
    }
  },
});

/** A cycle in a directed graph (adjacency lists), as node indices, or undefined. */
export function findCycle(adj: readonly (readonly number[])[]): number[] | undefined {
  const color = new Uint8Array(adj.length); // 0 new, 1 on stack, 2 done
  const stack: number[] = [];
  const visit = (u: number): number[] | undefined => {
    color[u] = 1;
    stack.push(u);
    for (const v of adj[u]) {
      if (color[v] === 1) return stack.slice(stack.indexOf(v));
      if (color[v] === 0) {
        const c = visit(v);
        if (c) return c;
      }
    }
    stack.pop();
    color[u] = 2;
    return undefined;
  };
  for (let u = 0; u < adj.length; u++) {
    if (color[u] === 0) {
      const c = visit(u);
      if (c) return c;
    }
  }
  return undefined;
}

/** Strongly connected components (Tarjan), each as a list of node indices. */
export function sccs(adj: readonly (readonly number[])[]): number[][] {
  let counter = 0;
  const idx = new Int32Array(adj.length).fill(-1);
  const low = new Int32Array(adj.length);
  const on = new Uint8Array(adj.length);
  const st: number[] = [];
  const out: number[][] = [];
  const strong = (v: number) => {
    idx[v] = low[v] = counter++;
    st.push(v);
    on[v] = 1;
    for (const w of adj[v]) {
      if (idx[w] < 0) {
        strong(w);
        low[v] = Math.min(low[v], low[w]);
      } else if (on[w]) low[v] = Math.min(low[v], idx[w]);
    }
    if (low[v] === idx[v]) {
      const comp: number[] = [];
      let w: number;
      do {
        w = st.pop()!;
        on[w] = 0;
        comp.push(w);
      } while (w !== v);
      out.push(comp.sort((a, b) => a - b));
    }
  };
  for (let v = 0; v < adj.length; v++) if (idx[v] < 0) strong(v);
  return out;
}

function unguardedLocalGraph(
  input: InputIndex,
  wl: WorkflowLike,
): { nodes: TemplateInfo[]; adj: number[][] } {
  const nodes = wl.ownTemplates;
  const pos = new Map<TemplateInfo, number>(nodes.map((t, i) => [t, i]));
  const adj = nodes.map((t) => {
    const out: number[] = [];
    for (const c of callsOf(input, wl, t)) {
      if (c.guarded || !c.target) continue;
      const j = pos.get(c.target.t);
      if (j !== undefined) out.push(j);
    }
    return out;
  });
  return { nodes: [...nodes], adj };
}

export const DAG004 = defineRule({
  id: 'DAG004',
  severity: 'error',
  family: 'DAG',
  title: 'a template calls itself with no when guard (unbounded recursion)',
  hasAutofix: false,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    const wl = ctx.workflowLike();
    if (!wl || wl.ownTemplates.length === 0) return;
    // A cycle needs an unguarded call to a template that itself calls (steps/dag): most
    // workflows only call pod templates, and need no graph at all.
    const mayRecurse = wl.ownTemplates.some((t) =>
      callsOf(ctx.input, wl, t).some(
        (c) => !c.guarded && c.target && c.target.wl === wl && !c.target.t.isPod,
      ),
    );
    if (!mayRecurse) return;
    const { nodes, adj } = unguardedLocalGraph(ctx.input, wl);
    for (const comp of sccs(adj)) {
      const recursive = comp.length > 1 || adj[comp[0]].includes(comp[0]);
      if (!recursive) continue;
      const first = nodes[comp[0]];
      const names = comp.map((i) => nodes[i].name ?? '(inline)');
      ctx.report({
        path: first.path,
        message:
          comp.length === 1
            ? `${templateLabel(first)} calls itself with no when guard: the recursion never ends`
            : `templates ${names.map((n) => `"${n}"`).join(', ')} call each other with no when guard: the recursion never ends`,
        fix: 'Guard the recursive step/task with a when condition that eventually becomes false.',
      });
    }
  },
});

export const rules: readonly Rule[] = [DAG001, DAG002, DAG003, DAG004];
