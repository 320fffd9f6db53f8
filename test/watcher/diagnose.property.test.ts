import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARGOCD_HOOK_FINALIZER, ARTIFACT_GC_FINALIZER } from '../../src/argo/metadata';
import { diagnose } from '../../src/watcher/diagnose';
import { trimPod, trimTask, trimWorkflow } from '../../src/watcher/trim';
import type { Policy } from '../../src/watcher/types';
import { gcPod, gcPodName, gcTask, workflow } from './fixtures';

const NOW = Date.parse('2026-11-28T12:00:00Z');
const strategyArb = fc.constantFrom(
  undefined,
  'Never',
  'OnWorkflowCompletion',
  'OnWorkflowDeletion',
  'SomethingNew',
);

const artifactsArb = fc.uniqueArray(
  fc.record({
    node: fc.constantFrom('a', 'b', 'c'),
    name: fc.constantFrom('x', 'y', 'z'),
    strategy: strategyArb,
    deleted: fc.constantFrom(undefined, true, false),
  }),
  { selector: (a) => `${a.node}/${a.name}`, maxLength: 6 },
);

const scenarioArb = fc.record({
  artifacts: artifactsArb,
  wfStrategy: strategyArb,
  force: fc.boolean(),
  compress: fc.boolean(),
  phase: fc.constantFrom('Succeeded', 'Failed', 'Error', 'Running', ''),
  agoMs: fc.integer({ min: 0, max: 4 * 3600_000 }),
  gcError: fc.boolean(),
  argocdFirst: fc.option(fc.boolean(), { nil: undefined }),
  // Task results: which (node, name) the GC task reports, and whether it is ours or another Workflow's.
  results: fc.array(
    fc.record({
      node: fc.constantFrom('a', 'b', 'c'),
      name: fc.constantFrom('x', 'y', 'z'),
      success: fc.boolean(),
      ours: fc.boolean(),
    }),
    { maxLength: 8 },
  ),
  podPhase: fc.option(fc.constantFrom('Pending', 'Running', 'Succeeded', 'Failed'), { nil: undefined }),
  instanceId: fc.option(fc.constantFrom('prod'), { nil: undefined }),
  policy: fc.oneof(
    fc.constant<Policy>({ kind: 'safe' }),
    fc.constant<Policy>({ kind: 'report-only' }),
    fc.integer({ min: 0, max: 3 * 3600_000 }).map((afterMs): Policy => ({ kind: 'force-after', afterMs })),
  ),
  trimmed: fc.boolean(),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario) {
  const finalizers =
    s.argocdFirst === undefined
      ? [ARTIFACT_GC_FINALIZER]
      : s.argocdFirst
        ? [ARGOCD_HOOK_FINALIZER, ARTIFACT_GC_FINALIZER]
        : [ARTIFACT_GC_FINALIZER, ARGOCD_HOOK_FINALIZER];
  const wf = workflow({
    name: 'w',
    phase: s.phase,
    deletedAt: new Date(NOW - s.agoMs).toISOString(),
    finalizers,
    artifacts: s.artifacts.map((a) => ({
      node: a.node,
      name: a.name,
      strategy: a.strategy,
      deleted: a.deleted,
    })),
    strategy: s.wfStrategy,
    force: s.force,
    compress: s.compress,
    gcError: s.gcError,
  });
  const other = workflow({ name: 'w', uid: 'someone-else' });
  const podName = gcPodName('w', 'OnWorkflowDeletion');
  const group = (ours: boolean) => {
    const r: Record<string, Record<string, boolean>> = {};
    for (const x of s.results.filter((x) => x.ours === ours)) {
      r[x.node] ??= {};
      r[x.node][x.name] = x.success;
    }
    return r;
  };
  const tasks = [gcTask(wf, podName, group(true)), { ...gcTask(other, `${podName}x`, group(false)) }];
  const pods = s.podPhase ? [gcPod(wf, 'OnWorkflowDeletion', s.podPhase, { instanceId: s.instanceId })] : [];
  return { wf, pods, tasks, facts: s.instanceId ? { instanceId: s.instanceId } : {} };
}

/** The pending set, computed independently of src/watcher/nodes.ts from the scenario model. */
function referencePending(s: Scenario): string[] {
  return s.artifacts
    .filter((a) => a.deleted !== true && (a.strategy ?? s.wfStrategy ?? 'Never') !== 'Never')
    .map((a) => `w-${a.node}/${a.name}`);
}

function referenceProven(s: Scenario): Set<string> {
  // One result per (node, name) per task: the last one written wins, as in the fixture.
  const last = new Map<string, boolean>();
  for (const r of s.results.filter((r) => r.ours)) last.set(`w-${r.node}/${r.name}`, r.success);
  return new Set([...last].filter(([, ok]) => ok).map(([k]) => k));
}

describe('diagnose properties', () => {
  it('is never SAFE (an unforced release) while any pending artifact lacks proof of deletion', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { wf, pods, tasks, facts } = build(s);
        const snapshot = s.trimmed
          ? { workflow: trimWorkflow(wf), pods: pods.map(trimPod), tasks: tasks.map(trimTask), facts }
          : { workflow: wf, pods, tasks, facts };
        const v = diagnose(snapshot, { now: NOW, graceMs: 120_000, policy: s.policy });
        const pending = referencePending(s);
        const proven = referenceProven(s);
        const unproven = pending.filter((p) => !proven.has(p));
        for (const a of v.plan) {
          if (a.type !== 'release') continue;
          // The index always points at Argo's finalizer, never at Argo CD's.
          expect(wf.metadata.finalizers[a.finalizerIndex]).toBe(ARTIFACT_GC_FINALIZER);
          if (!a.forced) {
            expect(unproven).toEqual([]);
            expect(v.safety).toBe('safe');
          } else {
            // Forced only under force-after, after the duration, and the ledger gets every unproven artifact.
            expect(s.policy.kind).toBe('force-after');
            expect(s.agoMs).toBeGreaterThanOrEqual((s.policy as { afterMs: number }).afterMs);
            expect(a.leaked.map((l) => `${l.nodeId}/${l.name}`).sort()).toEqual([...unproven].sort());
          }
        }
        if (v.safety === 'safe') expect(unproven).toEqual([]);
        if (s.policy.kind === 'report-only') expect(v.plan).toEqual([]);
        if (s.agoMs < 120_000) expect(v.kind).toBe('wait');
        if (!['Succeeded', 'Failed', 'Error'].includes(s.phase))
          expect(v.plan.every((a) => a.type === 'terminate')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('liveness: a final Workflow past grace with nothing pending, or every pending artifact proven, is released', () => {
    let released = 0;
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { wf, pods, tasks, facts } = build(s);
        const snapshot = s.trimmed
          ? { workflow: trimWorkflow(wf), pods: pods.map(trimPod), tasks: tasks.map(trimTask), facts }
          : { workflow: wf, pods, tasks, facts };
        const v = diagnose(snapshot, { now: NOW, graceMs: 120_000, policy: s.policy });
        const pending = referencePending(s);
        const proven = referenceProven(s);
        const final = ['Succeeded', 'Failed', 'Error'].includes(s.phase);
        // A finished GC pod the controller cannot see is relabeled first (lossless), then released.
        const relabelFirst =
          s.instanceId !== undefined && (s.podPhase === 'Succeeded' || s.podPhase === 'Failed');
        const nothingUnproven =
          pending.length === 0 || (pending.every((p) => proven.has(p)) && !relabelFirst);
        if (!final || s.agoMs < 120_000 || s.policy.kind === 'report-only' || !nothingUnproven) return;
        released++;
        expect(v.kind).toBe('release');
        expect(v.plan).toEqual([
          {
            type: 'release',
            finalizerIndex: wf.metadata.finalizers.indexOf(ARTIFACT_GC_FINALIZER),
            forced: false,
            leaked: [],
          },
        ]);
      }),
      { numRuns: 2000 },
    );
    // The property is not vacuous: the generator reaches the case often.
    expect(released).toBeGreaterThan(100);
  });

  it('never throws on malformed Workflows: garbage anywhere in status is reported as invalid or decided', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.constantFrom(
          'status',
          'status.nodes',
          'status.compressedNodes',
          'status.phase',
          'metadata.finalizers',
          'status.nodes.x',
          'spec',
        ),
        (garbage, where) => {
          const wf = workflow({
            name: 'w',
            phase: 'Failed',
            deletedAt: new Date(NOW - 3600_000).toISOString(),
            artifacts: [{ node: 'a', name: 'x', strategy: 'OnWorkflowDeletion' }],
          });
          const path = where.split('.');
          let o = wf;
          for (const k of path.slice(0, -1)) o = o[k];
          o[path[path.length - 1]] = garbage;
          const v = diagnose(
            { workflow: wf, pods: [garbage], tasks: [garbage], facts: {} },
            { now: NOW, graceMs: 0, policy: { kind: 'safe' } },
          );
          expect(['ignore', 'invalid', 'refuse', 'release', 'terminate', 'wait']).toContain(v.kind);
          if (v.kind === 'release') expect(v.safety).toBe('safe');
        },
      ),
      { numRuns: 1000 },
    );
  });
});
