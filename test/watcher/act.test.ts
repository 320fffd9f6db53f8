import { describe, expect, it } from 'vitest';
import { ARGOCD_HOOK_FINALIZER, ARTIFACT_GC_FINALIZER } from '../../src/argo/metadata';
import { act } from '../../src/watcher/act';
import { diagnose } from '../../src/watcher/diagnose';
import { silentLogger } from '../../src/watcher/log';
import { Metrics } from '../../src/watcher/metrics';
import { parseDuration, parsePolicy } from '../../src/watcher/options';
import type { Policy } from '../../src/watcher/types';
import { workflow } from './fixtures';
import { MemorySource } from './memory-source';

const NOW = Date.parse('2026-11-28T12:00:00Z');

const stored = (source: MemorySource, wf: any) => {
  source.putWorkflow(wf);
  return source.workflows.get(`${wf.metadata.namespace}/${wf.metadata.name}`);
};
const verdictFor = (wf: any, policy: Policy = { kind: 'safe' }) =>
  diagnose({ workflow: wf, pods: [], tasks: [], facts: {} }, { now: NOW, graceMs: 0, policy });
const ctx = (source: MemorySource, extra = {}) => ({
  source,
  dryRun: false,
  policyText: 'safe',
  log: silentLogger,
  identity: 'test',
  now: () => NOW,
  ...extra,
});

describe('act', () => {
  it("releases only Argo's finalizer, at the decided version, then writes an Event", async () => {
    const source = new MemorySource();
    const wf = stored(
      source,
      workflow({
        name: 'w',
        namespace: 'ns',
        phase: 'Failed',
        deletedAt: '2026-11-28T11:00:00Z',
        finalizers: [ARGOCD_HOOK_FINALIZER, ARTIFACT_GC_FINALIZER],
      }),
    );
    expect(await act(verdictFor(structuredClone(wf)), ctx(source))).toEqual({ outcome: 'released' });
    expect(source.writes).toEqual(['release ns/w']);
    expect(source.workflows.get('ns/w').metadata.finalizers).toEqual([ARGOCD_HOOK_FINALIZER]);
    expect(source.eventsFor('w').map((e) => [e.reason, e.type])).toEqual([
      ['ArtifactGCFinalizerReleased', 'Normal'],
    ]);
  });

  it('reports a failed precondition as a conflict (the caller re-reads) and changes nothing', async () => {
    const source = new MemorySource();
    const wf = stored(
      source,
      workflow({ name: 'w', namespace: 'ns', phase: 'Failed', deletedAt: '2026-11-28T11:00:00Z' }),
    );
    const v = verdictFor(structuredClone(wf));
    source.update('ns/w', (w) => {
      w.status.phase = 'Failed';
    });
    expect((await act(v, ctx(source))).outcome).toBe('conflict');
    expect(source.writes).toEqual([]);
    expect(source.events.size).toBe(0);
  });

  it('writes the ledger before a forced release', async () => {
    const source = new MemorySource();
    const wf = stored(
      source,
      workflow({
        name: 'w',
        namespace: 'ns',
        phase: 'Failed',
        deletedAt: '2026-11-28T11:00:00Z',
        gcError: true,
        artifacts: [{ node: 'a', name: 'out', strategy: 'OnWorkflowDeletion' }],
      }),
    );
    const v = verdictFor(structuredClone(wf), { kind: 'force-after', afterMs: 0 });
    expect((await act(v, ctx(source))).outcome).toBe('force-released');
    expect(source.writes).toEqual(['ledger uid-w', 'release ns/w']);
    expect(source.ledger.get('uid-w')?.artifacts[0].location.url).toBe('s3://my-bucket/w/a/out.tgz');
  });

  it('a full ledger: no forced release, a ledger-full Event and metric, not mistaken for a conflict', async () => {
    const source = new MemorySource();
    source.ledgerCapacity = 0;
    const metrics = new Metrics();
    const wf = stored(
      source,
      workflow({
        name: 'w',
        namespace: 'ns',
        phase: 'Failed',
        deletedAt: '2026-11-28T11:00:00Z',
        gcError: true,
        artifacts: [{ node: 'a', name: 'out', strategy: 'OnWorkflowDeletion' }],
      }),
    );
    const v = verdictFor(structuredClone(wf), { kind: 'force-after', afterMs: 0 });
    expect((await act(v, ctx(source, { metrics }))).outcome).toBe('ledger-full');
    expect(source.writes).toEqual([]);
    expect(source.workflows.get('ns/w').metadata.finalizers).toEqual([ARTIFACT_GC_FINALIZER]);
    expect(source.eventsFor('w').map((e) => [e.reason, e.type])).toEqual([
      ['ArtifactGCLeakLedgerFull', 'Warning'],
    ]);
    const full = await metrics.ledgerFull.get();
    expect(full.values).toEqual([{ labels: { namespace: 'ns' }, value: 1 }]);
  });

  it('dry run writes nothing', async () => {
    const source = new MemorySource();
    const wf = stored(
      source,
      workflow({ name: 'w', namespace: 'ns', phase: 'Running', deletedAt: '2026-11-28T11:00:00Z' }),
    );
    expect((await act(verdictFor(structuredClone(wf)), ctx(source, { dryRun: true }))).outcome).toBe(
      'dry-run',
    );
    expect(source.writes).toEqual([]);
    expect(source.events.size).toBe(0);
  });

  it('terminates (spec.shutdown only) at the decided version', async () => {
    const source = new MemorySource();
    const wf = stored(
      source,
      workflow({ name: 'w', namespace: 'ns', phase: 'Running', deletedAt: '2026-11-28T11:00:00Z' }),
    );
    expect((await act(verdictFor(structuredClone(wf)), ctx(source))).outcome).toBe('terminated');
    expect(source.writes).toEqual(['terminate ns/w']);
    expect(source.workflows.get('ns/w').spec.shutdown).toBe('Terminate');
  });
});

describe('flags', () => {
  it.each([
    ['2m', 120_000],
    ['90s', 90_000],
    ['1h30m', 5_400_000],
    ['500ms', 500],
    ['0s', 0],
    ['1d', 86_400_000],
  ])('parses the duration %s', (text, ms) => expect(parseDuration(text, '--grace')).toBe(ms));

  it.each(['5x', '', '2', 'm', '1h 2m', '-1s'])('refuses the duration %j with a UserError', (text) => {
    expect(() => parseDuration(text, '--grace')).toThrow(/--grace .* is not a duration/);
  });

  it('parses policies', () => {
    expect(parsePolicy('safe')).toEqual({ kind: 'safe' });
    expect(parsePolicy('report-only')).toEqual({ kind: 'report-only' });
    expect(parsePolicy('force-after=24h')).toEqual({ kind: 'force-after', afterMs: 86_400_000 });
    expect(() => parsePolicy('yolo')).toThrow(/not a policy/);
  });
});
