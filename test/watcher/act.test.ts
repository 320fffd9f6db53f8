import { describe, expect, it } from 'vitest';
import { act } from '../../src/watcher/act';
import { diagnose } from '../../src/watcher/diagnose';
import { ApiError, type KubeApi } from '../../src/watcher/kube';
import { Ledger } from '../../src/watcher/ledger';
import { silentLogger } from '../../src/watcher/log';
import { parseDuration, parsePolicy } from '../../src/watcher/options';
import { ARGOCD_HOOK_FINALIZER, ARTIFACT_GC_FINALIZER, type Policy } from '../../src/watcher/types';
import { workflow } from './fixtures';

const NOW = Date.parse('2026-11-28T12:00:00Z');

/** Records the requests act() sends; answers from a script. Checks the exact bytes of each write. */
function recorder(answer: (method: string, path: string, body: unknown) => unknown = () => ({})) {
  const calls: { method: string; path: string; body: unknown; contentType?: string }[] = [];
  const call = async (method: string, path: string, body?: unknown, contentType?: string) => {
    calls.push({ method, path, body, contentType });
    const a = answer(method, path, body);
    if (a instanceof Error) throw a;
    return a;
  };
  const api = {
    get: (p: string) => call('GET', p),
    post: (p: string, b: unknown) => call('POST', p, b),
    mergePatch: (p: string, b: unknown) => call('PATCH', p, b, 'merge'),
    jsonPatch: (p: string, b: unknown) => call('PATCH', p, b, 'json'),
    request: (m: string, p: string, b?: unknown) => call(m, p, b),
  } as unknown as KubeApi;
  return { api, calls };
}

const verdictFor = (wf: any, policy: Policy = { kind: 'safe' }) =>
  diagnose({ workflow: wf, pods: [], tasks: [], facts: {} }, { now: NOW, graceMs: 0, policy });
const ctx = (api: KubeApi, extra = {}) => ({
  api,
  dryRun: false,
  policyText: 'safe',
  log: silentLogger,
  identity: 'test',
  now: () => NOW,
  ...extra,
});

describe('act', () => {
  it('releases with a JSON patch test+remove at our index only, then writes an Event', async () => {
    const { api, calls } = recorder();
    const wf = workflow({
      name: 'w',
      namespace: 'ns',
      phase: 'Failed',
      deletedAt: '2026-11-28T11:00:00Z',
      finalizers: [ARGOCD_HOOK_FINALIZER, ARTIFACT_GC_FINALIZER],
    });
    expect(await act(verdictFor(wf), ctx(api))).toEqual({ outcome: 'released' });
    expect(calls[0]).toEqual({
      method: 'PATCH',
      path: '/apis/argoproj.io/v1alpha1/namespaces/ns/workflows/w',
      contentType: 'json',
      body: [
        { op: 'test', path: '/metadata/finalizers/1', value: ARTIFACT_GC_FINALIZER },
        { op: 'remove', path: '/metadata/finalizers/1' },
      ],
    });
    expect(calls[1]).toMatchObject({
      method: 'POST',
      path: '/api/v1/namespaces/ns/events',
      body: {
        reason: 'ArtifactGCFinalizerReleased',
        type: 'Normal',
        involvedObject: { kind: 'Workflow', name: 'w', uid: 'uid-w' },
      },
    });
    expect(calls).toHaveLength(2);
  });

  it('reports a failed test op as a conflict (the caller re-reads)', async () => {
    const { api } = recorder((m) =>
      m === 'PATCH'
        ? new ApiError(422, 'PATCH', '/x', { message: 'testing value /metadata/finalizers/0 failed' })
        : {},
    );
    const wf = workflow({ name: 'w', phase: 'Failed', deletedAt: '2026-11-28T11:00:00Z' });
    expect((await act(verdictFor(wf), ctx(api))).outcome).toBe('conflict');
  });

  it('writes the ledger before a forced release, and does not release when the ledger fails', async () => {
    const wf = workflow({
      name: 'w',
      namespace: 'ns',
      phase: 'Failed',
      deletedAt: '2026-11-28T11:00:00Z',
      gcError: true,
      artifacts: [{ node: 'a', name: 'out', strategy: 'OnWorkflowDeletion' }],
    });
    const v = verdictFor(wf, { kind: 'force-after', afterMs: 0 });
    const ok = recorder((m) => (m === 'GET' ? new ApiError(404, 'GET', '/cm', {}) : {}));
    expect((await act(v, ctx(ok.api, { ledger: new Ledger(ok.api, 'guard') }))).outcome).toBe(
      'force-released',
    );
    expect(ok.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'GET /api/v1/namespaces/guard/configmaps/argo-guard-leak-ledger-ns',
      'POST /api/v1/namespaces/guard/configmaps',
      'PATCH /apis/argoproj.io/v1alpha1/namespaces/ns/workflows/w',
      'POST /api/v1/namespaces/ns/events',
    ]);
    const entry = JSON.parse((ok.calls[1].body as any).data['uid-w']);
    expect(entry.artifacts[0].location.url).toBe('s3://my-bucket/w/a/out.tgz');
    const broken = recorder((m) => (m === 'GET' ? new ApiError(403, 'GET', '/cm', {}) : {}));
    await expect(act(v, ctx(broken.api, { ledger: new Ledger(broken.api, 'guard') }))).rejects.toThrow();
    expect(broken.calls.some((c) => c.path.includes('/workflows/'))).toBe(false);
  });

  it('dry run sends nothing', async () => {
    const { api, calls } = recorder();
    const wf = workflow({ name: 'w', phase: 'Running', deletedAt: '2026-11-28T11:00:00Z' });
    expect((await act(verdictFor(wf), ctx(api, { dryRun: true }))).outcome).toBe('dry-run');
    expect(calls).toEqual([]);
  });

  it('terminates with a merge patch of spec.shutdown only', async () => {
    const { api, calls } = recorder();
    const wf = workflow({ name: 'w', namespace: 'ns', phase: 'Running', deletedAt: '2026-11-28T11:00:00Z' });
    expect((await act(verdictFor(wf), ctx(api))).outcome).toBe('terminated');
    expect(calls[0]).toEqual({
      method: 'PATCH',
      path: '/apis/argoproj.io/v1alpha1/namespaces/ns/workflows/w',
      contentType: 'merge',
      body: { spec: { shutdown: 'Terminate' } },
    });
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
