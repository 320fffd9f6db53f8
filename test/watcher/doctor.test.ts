/**
 * `doctor` (src/watcher/doctor.ts) agrees with `sweep` on the same source: the same Workflows are
 * stuck, under the same modes (it runs the same decisions, it does not define a mode of its own),
 * and it writes nothing.
 */
import { describe, expect, it } from 'vitest';
import {
  ARTIFACT_GC_FINALIZER,
  LABEL_ARCHIVING_STATUS,
  LABEL_WORKFLOW,
  POD_STATUS_FINALIZER,
} from '../../src/argo/metadata';
import { doctor, formatDoctor } from '../../src/watcher/doctor';
import { silentLogger } from '../../src/watcher/log';
import { RUNTIME_DEFAULTS, type RuntimeSettings } from '../../src/watcher/runtime';
import { sweep } from '../../src/watcher/sweep';
import { MemorySource } from './memory-source';

const HOUR = 3600_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const RT: RuntimeSettings = { ...RUNTIME_DEFAULTS, resumeToStop: false, pendingTimeoutMs: 15 * 60_000 };

const wf = (name: string, status: object, spec: object = {}, meta: object = {}) => ({
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Workflow',
  metadata: { name, namespace: 'ns', uid: `uid-${name}`, creationTimestamp: ago(3 * HOUR), ...meta },
  spec,
  status,
});

function cluster(): MemorySource {
  const s = new MemorySource();
  s.putWorkflow(wf('healthy', { phase: 'Running', startedAt: ago(60_000) }, { activeDeadlineSeconds: 3600 }));
  s.putWorkflow(wf('late', { phase: 'Running', startedAt: ago(2 * HOUR) }, { activeDeadlineSeconds: 60 }));
  s.putWorkflow(wf('never', {}));
  s.putWorkflow(
    wf('paused', { phase: 'Running', startedAt: ago(HOUR) }, { shutdown: 'Stop', suspend: true }),
  );
  s.putWorkflow(
    wf(
      'unarchived',
      { phase: 'Succeeded', finishedAt: ago(2 * HOUR) },
      {},
      {
        labels: { [LABEL_ARCHIVING_STATUS]: 'Pending' },
      },
    ),
  );
  s.putWorkflow(wf('done', { phase: 'Succeeded', finishedAt: ago(2 * HOUR) }));
  s.putWorkflow(
    wf(
      'held',
      { phase: 'Failed', finishedAt: ago(2 * HOUR), nodes: {} },
      {},
      {
        deletionTimestamp: ago(HOUR),
        finalizers: [ARTIFACT_GC_FINALIZER],
      },
    ),
  );
  s.putPod({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: 'done-main',
      namespace: 'ns',
      labels: { [LABEL_WORKFLOW]: 'done' },
      finalizers: [POD_STATUS_FINALIZER],
      deletionTimestamp: ago(HOUR),
    },
    status: { phase: 'Running' },
  });
  return s;
}

const settings = { graceMs: 0, policy: { kind: 'report-only' } as const, facts: {}, runtime: RT };

describe('doctor', () => {
  it('finds exactly what sweep finds, Workflow by Workflow, under the same modes, and writes nothing', async () => {
    const s = cluster();
    const swept = await sweep({
      ...settings,
      policyText: 'report-only',
      dryRun: true,
      source: s,
      ownNamespace: 'argo-guard',
      log: silentLogger,
      identity: 'unit',
      leaderElection: false,
    });
    const bySweep = new Map(swept.stuck.map((i) => [i.name, [...i.modes].sort()]));
    expect([...bySweep.keys()].sort()).toEqual(['done', 'held', 'late', 'never', 'paused', 'unarchived']);
    for (const name of ['healthy', 'late', 'never', 'paused', 'unarchived', 'done', 'held']) {
      const r = await doctor(
        {
          snapshot: (k) => s.snapshot(k),
          workflowPods: async (ns, n) =>
            [...s.pods.values()].filter(
              (p) => p.metadata.namespace === ns && p.metadata.labels?.[LABEL_WORKFLOW] === n,
            ),
        },
        'ns',
        name,
        settings,
        Date.now(),
      );
      expect(r, name).toBeDefined();
      const modes = r!.checks
        .filter((c) => c.status === 'stuck')
        .flatMap((c) => c.modes)
        .sort();
      expect(r!.verdict, name).toBe(bySweep.has(name) ? 'stuck' : 'healthy');
      expect(modes, name).toEqual(bySweep.get(name) ?? []);
      // every check is shown, found or not
      expect(r!.checks.map((c) => c.id)).toEqual([
        'artifact-gc',
        'RUN-01',
        'RUN-04',
        'RUN-05',
        'RUN-07',
        'SYNC-04',
        'ARCHIVE-01',
        'RUN-06',
      ]);
    }
    expect(s.writes).toEqual([]);
    expect(s.events.size).toBe(0);
  });

  it('a Workflow that does not exist and has no pods: undefined (the CLI says not found, exit 2)', async () => {
    const s = cluster();
    expect(
      await doctor(
        { snapshot: (k) => s.snapshot(k), workflowPods: async () => [] },
        'ns',
        'nope',
        settings,
        Date.now(),
      ),
    ).toBeUndefined();
  });

  it('text: the verdict first, one line per check, the evidence after', async () => {
    const s = cluster();
    const r = await doctor(
      { snapshot: (k) => s.snapshot(k), workflowPods: async () => [] },
      'ns',
      'late',
      settings,
      Date.now(),
    );
    const text = formatDoctor(r!);
    expect(text).toMatch(/^Workflow ns\/late: STUCK\n\nchecks:\n {2}artifact-gc {2}ok: not being deleted/);
    expect(text).toMatch(/\n {2}RUN-04 {7}stuck \(watcher: terminate\): still Running more than 5m past/);
    expect(text).toMatch(/\nevidence:\n {2}uid: uid-late\n {2}phase: Running\n/);
  });
});
