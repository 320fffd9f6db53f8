/**
 * Runs that never end (RUN): a Workflow that never reaches a final phase never starts artifact
 * GC and holds its locks and parallelism slot. Facts: docs/failure-modes.md §3.
 */

import { has, obj, ptr, str } from '../argo/json';
import { WORKFLOW_LIKE_KINDS } from '../argo/kinds';
import { defaultDurationText } from '../argo/runtime-defaults';
import type { InputIndex } from './input-index';
import { defineRule, type Rule, targetHasField } from './rule';
import {
  callsOf,
  type TemplateInfo,
  templateField,
  templateLabel,
  type WorkflowLike,
  workflowExitCalls,
} from './workflow-like';

/**
 * A (Cluster)WorkflowTemplate without an entrypoint is a template library, only used through
 * templateRef: its workflow-level fields never apply (the calling workflow's do). A Workflow that
 * runs it through workflowTemplateRef must bring its own entrypoint, and is checked itself, with the
 * library's spec merged under its own.
 */
export function isLibrary(wl: WorkflowLike): boolean {
  return (
    (wl.kind === 'WorkflowTemplate' || wl.kind === 'ClusterWorkflowTemplate') && !str(wl.effective.entrypoint)
  );
}

export const RUN001 = defineRule({
  id: 'RUN001',
  severity: 'error',
  family: 'RUN',
  title: 'no effective spec.activeDeadlineSeconds',
  hasAutofix: false,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    const wl = ctx.workflowLike();
    // With a workflowTemplateRef outside the input set the deadline may come from there.
    if (!wl?.complete || isLibrary(wl) || has(wl.effective, 'activeDeadlineSeconds')) return;
    // No autofix: any deadline we could pick might kill legitimate long runs.
    ctx.report({
      path: wl.specPath,
      message: `${wl.name ? `${wl.kind} "${wl.name}"` : wl.kind} has no activeDeadlineSeconds: a pod Pending forever (wrong architecture, unschedulable) is never failed, so the run never ends and artifact GC never starts`,
      fix: `Set ${wl.specPath.slice(1).replace(/\//g, '.')}.activeDeadlineSeconds to the longest a run may take.`,
    });
  },
});

export const RUN002 = defineRule({
  id: 'RUN002',
  severity: 'error',
  family: 'RUN',
  title: 'a retryStrategy without limit retries forever',
  hasAutofix: false,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    const wl = ctx.workflowLike();
    if (!wl) return;
    // No autofix: any limit we pick can fail a run that today eventually succeeds.
    const check = (rs: unknown, path: string, where: string) => {
      const o = obj(rs);
      if (!o || has(o, 'limit')) return;
      ctx.report({
        path,
        message: `retryStrategy of ${where} has no limit: processNodeRetries only stops at a limit, so a deterministic failure (e.g. exec format error) retries forever`,
        fix: 'Add retryStrategy.limit (e.g. "3").',
      });
    };
    check(wl.spec.retryStrategy, ptr(wl.specPath, 'retryStrategy'), 'the workflow');
    const td = obj(wl.spec.templateDefaults);
    if (td)
      check(td.retryStrategy, ptr(wl.specPath, 'templateDefaults', 'retryStrategy'), 'templateDefaults');
    for (const t of wl.ownTemplates) {
      check(t.tmpl.retryStrategy, ptr(t.path, 'retryStrategy'), templateLabel(t));
    }
  },
});

export const RUN003 = defineRule({
  id: 'RUN003',
  severity: 'warning',
  family: 'RUN',
  title: 'no spec.podGC',
  hasAutofix: false,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    const wl = ctx.workflowLike();
    if (!wl?.complete || isLibrary(wl) || has(wl.effective, 'podGC')) return;
    // No autofix: deleting pods also deletes their logs; the strategy is the user's choice.
    ctx.report({
      path: wl.specPath,
      message: 'no podGC: completed pods stay in the namespace until the Workflow is deleted',
      fix: 'Set podGC.strategy (e.g. OnPodSuccess, or OnWorkflowCompletion with a deleteDelayDuration).',
    });
  },
});

export const RUN004 = defineRule({
  id: 'RUN004',
  severity: 'warning',
  family: 'RUN',
  title: 'no spec.ttlStrategy',
  hasAutofix: false,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    const wl = ctx.workflowLike();
    // Argo CD hooks are deleted by their hook-delete-policy (BeforeHookCreation when unset).
    if (!wl?.complete || isLibrary(wl) || wl.hook !== undefined || has(wl.effective, 'ttlStrategy')) return;
    ctx.report({
      path: wl.specPath,
      message: 'no ttlStrategy: finished Workflows accumulate until someone deletes them',
      fix: 'Set ttlStrategy (e.g. secondsAfterCompletion), or rely on an Argo CD hook delete policy.',
    });
  },
});

/** Pod templates reachable from the workflow's exit handlers (they are exempt from the deadline). */
export function exitPodTemplates(
  ctx: { input: InputIndex },
  wl: WorkflowLike,
): { t: TemplateInfo; wl: WorkflowLike; callPath: string }[] {
  const roots = [...workflowExitCalls(ctx.input, wl)];
  for (const t of wl.ownTemplates)
    for (const c of callsOf(ctx.input, wl, t)) if (c.via === 'exit') roots.push(c);
  const seen = new Set<TemplateInfo>();
  const out: { t: TemplateInfo; wl: WorkflowLike; callPath: string }[] = [];
  const stack = roots.filter((c) => c.target).map((c) => ({ r: c.target!, callPath: c.refPath }));
  while (stack.length > 0) {
    const { r, callPath } = stack.pop()!;
    if (seen.has(r.t)) continue;
    seen.add(r.t);
    if (r.t.isPod) out.push({ t: r.t, wl: r.wl, callPath });
    for (const c of callsOf(ctx.input, r.wl, r.t)) if (c.target) stack.push({ r: c.target, callPath });
  }
  return out;
}

export const RUN005 = defineRule({
  id: 'RUN005',
  severity: 'warning',
  family: 'RUN',
  title: 'an exit-handler pod template without its own activeDeadlineSeconds',
  hasAutofix: false,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    const wl = ctx.workflowLike();
    if (!wl) return;
    const reported = new Set<string>();
    for (const { t, wl: owner, callPath } of exitPodTemplates(ctx, wl)) {
      if (has({ v: templateField(owner, t, 'activeDeadlineSeconds') }, 'v')) continue;
      const path = t.owner === wl ? t.path : callPath;
      if (reported.has(path)) continue;
      reported.add(path);
      ctx.report({
        path,
        message: `exit handler ${templateLabel(t)} runs a pod without its own activeDeadlineSeconds: exit-handler pods are exempt from the workflow deadline, so one Pending forever keeps the run Running`,
        fix: `Set activeDeadlineSeconds on ${templateLabel(t)}.`,
      });
    }
  },
});

const present = (x: unknown) => x !== undefined && x !== null && x !== '';

export const RUN006 = defineRule({
  id: 'RUN006',
  severity: 'warning',
  family: 'RUN',
  title: 'a pod template without pendingTimeout (Argo Workflows >= 4.1)',
  hasAutofix: true,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    // Older targets do not know the field (VER001 reports it); the watcher covers them (RUN-01).
    if (!targetHasField(ctx.options.argoVersion, 'pendingTimeout')) return;
    const wl = ctx.workflowLike();
    if (!wl) return;
    for (const t of wl.ownTemplates) {
      if (!t.isPod) continue;
      // templateDefaults count: the controller merges them into every template
      // (operator.go mergedTemplateDefaultsInto). A template `timeout` also fails a node that is
      // still Pending past it (operator.go checkTemplateTimeout), so it bounds the same wait.
      if (present(templateField(wl, t, 'pendingTimeout')) || present(templateField(wl, t, 'timeout')))
        continue;
      // Waiting for the template's own lock is Pending time too: any timeout we pick could fail
      // a run that only queues (SYNC-04 is the watcher's job).
      if (present(t.tmpl.synchronization)) continue;
      ctx.report({
        path: t.path,
        message: `${templateLabel(t)} runs a pod without pendingTimeout: a pod that stays Pending (unschedulable, image pull back-off, no node of its architecture) keeps the run Running until the workflow deadline, or forever without one`,
        fix: `Set pendingTimeout on ${templateLabel(t)} (e.g. "${defaultDurationText('pendingTimeout')}"), or on templateDefaults.`,
        autofix: [
          {
            op: 'add',
            path: ptr(t.path, 'pendingTimeout'),
            value: defaultDurationText('pendingTimeout'),
          },
        ],
      });
    }
  },
});

export const rules: readonly Rule[] = [RUN001, RUN002, RUN003, RUN004, RUN005, RUN006];
