/**
 * The watcher end to end, against the real kube-apiserver + etcd, under RBAC authorization, running
 * as a ServiceAccount bound to exactly WATCHER_CLUSTER_RULES + WATCHER_NAMESPACE_RULES (the rules
 * the install construct emits). The tests play the Argo controller (test/watcher/fixtures.ts).
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARGOCD_HOOK_FINALIZER, ARTIFACT_GC_FINALIZER, LABEL_INSTANCE_ID } from '../../src/argo/metadata';
import { act } from '../../src/watcher/act';
import { WatcherController, type WatcherOptions } from '../../src/watcher/controller';
import { diagnose } from '../../src/watcher/diagnose';
import { ApiError, KubeApi, paths } from '../../src/watcher/kube';
import { ListSnapshotSource } from '../../src/watcher/kube-source';
import { entryFor, Ledger, ledgerName } from '../../src/watcher/ledger';
import { createLogger, silentLogger } from '../../src/watcher/log';
import { reconcileOnce } from '../../src/watcher/reconcile';
import { LedgerFullError, type SourceSnapshot } from '../../src/watcher/source';
import { sweep } from '../../src/watcher/sweep';
import type { Policy } from '../../src/watcher/types';
import { startWatchProcess } from '../helpers/watch-process';
import { gcPod, gcPodName, gcTask, workflow } from '../watcher/fixtures';
import { e2eKubeConfigPath, e2eSkipReason, freshNamespace } from './cluster';
import {
  adminApi,
  createPod,
  createTask,
  createWorkflow,
  deleteWorkflow,
  E2E_LEASES,
  events,
  getWorkflow,
  privateApiServer,
  reasonsOnceSeen,
  waitFor,
  watcherKubeConfig,
  writeKubeConfig,
} from './watcher-helpers';

const art = (node: string, name: string, deleted?: boolean) => ({
  node,
  name,
  strategy: 'OnWorkflowDeletion',
  deleted,
});

describe.skipIf(e2eSkipReason())('watcher end to end (RBAC: exactly the generated rules)', () => {
  let admin: KubeApi;
  let own: string; // the watcher's namespace: Lease + ledger
  let saKc: KubeConfig;
  const running: WatcherController[] = [];

  beforeAll(async () => {
    admin = adminApi();
    own = await freshNamespace('argo-guard');
    saKc = await watcherKubeConfig(own);
  });

  afterAll(async () => {
    await Promise.all(running.map((c) => c.stop()));
    admin?.close();
  });

  async function startWatcher(ns: string, extra: Partial<WatcherOptions> = {}): Promise<WatcherController> {
    const c = new WatcherController({
      api: new KubeApi(saKc),
      namespaces: [ns],
      graceMs: 0,
      policy: { kind: 'safe' },
      policyText: 'safe',
      dryRun: false,
      facts: {},
      ownNamespace: own,
      log: silentLogger,
      leaderElection: false,
      ...extra,
    });
    running.push(c);
    await c.start();
    return c;
  }

  async function stopWatcher(c: WatcherController) {
    await c.stop();
    running.splice(running.indexOf(c), 1);
  }

  // Events list in name order (generateName), not time order: compare sorted.
  const reasons = async (ns: string, name: string) =>
    (await events(admin, ns, name)).map((e) => e.reason).sort();
  // The Workflow can be gone before the watcher has recorded its action (it writes the Event first).
  const settled = (c: WatcherController, n: number) =>
    waitFor(`${n} actions`, async () => c.actions.length >= n);

  it('founding case (#13499): failed before producing artifacts, deleted, released', async () => {
    const ns = await freshNamespace('wf');
    const c = await startWatcher(ns);
    await createWorkflow(
      admin,
      workflow({
        name: 'early-fail',
        namespace: ns,
        phase: 'Failed',
        strategy: 'OnWorkflowDeletion',
        strategiesProcessed: { OnWorkflowDeletion: true },
      }),
    );
    await deleteWorkflow(admin, ns, 'early-fail');
    await waitFor(
      'the Workflow to be gone',
      async () => (await getWorkflow(admin, ns, 'early-fail')) === undefined,
    );
    await settled(c, 1);
    expect(await reasons(ns, 'early-fail')).toEqual(['ArtifactGCFinalizerReleased']);
    expect(c.actions.map((a) => a.outcome)).toEqual(['released']);
    await stopWatcher(c);
  });

  it('forceFinalizerRemoval with zero GC pods (#16599): released', async () => {
    const ns = await freshNamespace('wf');
    const c = await startWatcher(ns);
    await createWorkflow(
      admin,
      workflow({
        name: 'forced',
        namespace: ns,
        phase: 'Error',
        strategy: 'OnWorkflowCompletion',
        force: true,
      }),
    );
    await deleteWorkflow(admin, ns, 'forced');
    await waitFor('release', async () => (await getWorkflow(admin, ns, 'forced')) === undefined);
    expect(await reasonsOnceSeen(admin, ns, 'forced', 'ArtifactGCFinalizerReleased')).toEqual([
      'ArtifactGCFinalizerReleased',
    ]);
    const ev = (await events(admin, ns, 'forced'))[0];
    expect(ev.message).toContain('16599');
    await stopWatcher(c);
  });

  it('GC failed with artifacts pending: refused under safe; under force-after released and every location in the ledger', async () => {
    const ns = await freshNamespace('wf');
    const safe = await startWatcher(ns);
    const wf = await createWorkflow(
      admin,
      workflow({
        name: 'gc-failed',
        namespace: ns,
        phase: 'Failed',
        gcError: true,
        artifacts: [art('a', 'out'), art('b', 'log'), art('c', 'done', true)],
      }),
    );
    const pod = gcPodName('gc-failed', 'OnWorkflowDeletion');
    await createTask(admin, gcTask(wf, pod, { a: { out: false }, b: { log: false } }));
    await createPod(admin, gcPod(wf, 'OnWorkflowDeletion', 'Failed'));
    await deleteWorkflow(admin, ns, 'gc-failed');
    await waitFor('a refusal Event', async () =>
      (await reasons(ns, 'gc-failed')).includes('ArtifactGCReleaseRefused'),
    );
    await new Promise((r) => setTimeout(r, 500));
    expect((await getWorkflow(admin, ns, 'gc-failed'))?.metadata.finalizers).toEqual([ARTIFACT_GC_FINALIZER]);
    // One refusal Event per distinct verdict, not one per watch event.
    expect((await reasons(ns, 'gc-failed')).filter((r) => r === 'ArtifactGCReleaseRefused')).toHaveLength(1);
    await stopWatcher(safe);

    const force = await startWatcher(ns, {
      policy: { kind: 'force-after', afterMs: 1000 },
      policyText: 'force-after=1s',
    });
    await waitFor('forced release', async () => (await getWorkflow(admin, ns, 'gc-failed')) === undefined);
    // The Event follows the write it reports; the safe watcher's refusal is already there, so wait
    // for this one by its reason.
    await reasonsOnceSeen(admin, ns, 'gc-failed', 'ArtifactGCFinalizerForceReleased');
    const ledger = await new Ledger(admin, own).entries(ns);
    expect(ledger).toHaveLength(1);
    expect(ledger[0].workflow).toEqual({ namespace: ns, name: 'gc-failed', uid: wf.metadata.uid });
    expect(ledger[0].artifacts.map((a) => a.location.url).sort()).toEqual([
      's3://my-bucket/gc-failed/a/out.tgz',
      's3://my-bucket/gc-failed/b/log.tgz',
    ]);
    expect(ledger[0].policy).toBe('force-after=1s');
    await stopWatcher(force);
  });

  it('deleted while Running: terminated first, released once final', async () => {
    const ns = await freshNamespace('wf');
    const c = await startWatcher(ns);
    await createWorkflow(
      admin,
      workflow({ name: 'running', namespace: ns, phase: 'Running', strategy: 'OnWorkflowDeletion' }),
    );
    await deleteWorkflow(admin, ns, 'running');
    const terminated = await waitFor('spec.shutdown', async () => {
      const wf = await getWorkflow(admin, ns, 'running');
      return wf?.spec?.shutdown === 'Terminate' && wf;
    });
    expect(terminated.metadata.finalizers).toEqual([ARTIFACT_GC_FINALIZER]);
    // The Event follows the write it reports.
    await waitFor('the Event', async () => (await reasons(ns, 'running')).length > 0);
    expect(await reasons(ns, 'running')).toEqual(['WorkflowTerminatedForDeletion']);
    // The controller (played here) fails the terminated run.
    await admin.mergePatch(paths.workflow(ns, 'running'), {
      status: { phase: 'Failed', message: "Stopped with strategy 'Terminate'" },
    });
    await waitFor('release', async () => (await getWorkflow(admin, ns, 'running')) === undefined);
    await settled(c, 2);
    expect(c.actions.map((a) => a.outcome)).toEqual(['terminated', 'released']);
    await stopWatcher(c);
  });

  it('compressed nodes: decompressed, then decided (all deleted: released; pending: refused)', async () => {
    const ns = await freshNamespace('wf');
    const c = await startWatcher(ns);
    await createWorkflow(
      admin,
      workflow({
        name: 'zipped-clean',
        namespace: ns,
        phase: 'Succeeded',
        compress: true,
        artifacts: [art('a', 'out', true)],
      }),
    );
    await createWorkflow(
      admin,
      workflow({
        name: 'zipped-dirty',
        namespace: ns,
        phase: 'Succeeded',
        compress: true,
        artifacts: [art('a', 'out')],
      }),
    );
    await deleteWorkflow(admin, ns, 'zipped-clean');
    await deleteWorkflow(admin, ns, 'zipped-dirty');
    await waitFor('release', async () => (await getWorkflow(admin, ns, 'zipped-clean')) === undefined);
    await waitFor('refusal', async () =>
      (await reasons(ns, 'zipped-dirty')).includes('ArtifactGCReleaseRefused'),
    );
    expect(await getWorkflow(admin, ns, 'zipped-dirty')).toBeDefined();
    await stopWatcher(c);
  });

  it('offloaded nodes: refused and reported as unknown', async () => {
    const ns = await freshNamespace('wf');
    const c = await startWatcher(ns, {
      policy: { kind: 'force-after', afterMs: 0 },
      policyText: 'force-after=0s',
    });
    await createWorkflow(
      admin,
      workflow({ name: 'offloaded', namespace: ns, phase: 'Failed', offloaded: true }),
    );
    await deleteWorkflow(admin, ns, 'offloaded');
    const ev = await waitFor('refusal', async () =>
      (await events(admin, ns, 'offloaded')).find((e) => e.reason === 'ArtifactGCReleaseRefused'),
    );
    expect(ev.message).toContain('offloaded');
    expect(ev.type).toBe('Warning');
    expect(await getWorkflow(admin, ns, 'offloaded')).toBeDefined();
    await stopWatcher(c);
  });

  it('instance-id label bug (AGC-06): the finished GC pod is relabeled, then the proven deletion is released', async () => {
    const ns = await freshNamespace('wf');
    // The wait after a relabel must outlast the test's own read of the Workflow right after it,
    // even on a loaded machine (1.5 s did not always).
    const c = await startWatcher(ns, { facts: { instanceId: 'prod' }, relabelWaitMs: 8000 });
    const wf = await createWorkflow(
      admin,
      workflow({
        name: 'labelled',
        namespace: ns,
        phase: 'Succeeded',
        instanceId: 'prod',
        artifacts: [art('a', 'out')],
      }),
    );
    const task = await createTask(
      admin,
      gcTask(wf, gcPodName('labelled', 'OnWorkflowDeletion'), { a: { out: true } }),
    );
    const pod = await createPod(
      admin,
      gcPod(wf, 'OnWorkflowDeletion', 'Succeeded', { instanceId: 'prod', taskUid: task.metadata.uid }),
    );
    await deleteWorkflow(admin, ns, 'labelled');
    const relabeled = await waitFor('relabel', async () => {
      const p = await admin.get(paths.pod(ns, pod.metadata.name));
      return p.metadata.labels?.[LABEL_INSTANCE_ID] === 'prod' && p;
    });
    expect(relabeled.metadata.labels.ARGO_INSTANCE_ID).toBe('prod');
    expect((await getWorkflow(admin, ns, 'labelled'))?.metadata.finalizers).toEqual([ARTIFACT_GC_FINALIZER]);
    // The controller did not recoup it within one resync: the task's proof releases it.
    await waitFor('release', async () => (await getWorkflow(admin, ns, 'labelled')) === undefined, 30_000);
    await settled(c, 2);
    expect(c.actions.map((a) => a.outcome)).toEqual(['relabeled', 'released']);
    expect(await reasons(ns, 'labelled')).toEqual(['ArtifactGCFinalizerReleased', 'ArtifactGCPodRelabeled']);
    await stopWatcher(c);
  });

  it("another controller's finalizer is kept (Argo CD hook finalizer)", async () => {
    const ns = await freshNamespace('wf');
    const c = await startWatcher(ns);
    await createWorkflow(
      admin,
      workflow({
        name: 'hook',
        namespace: ns,
        phase: 'Failed',
        finalizers: [ARGOCD_HOOK_FINALIZER, ARTIFACT_GC_FINALIZER],
      }),
    );
    await deleteWorkflow(admin, ns, 'hook');
    const wf = await waitFor('release', async () => {
      const w = await getWorkflow(admin, ns, 'hook');
      return w && !w.metadata.finalizers.includes(ARTIFACT_GC_FINALIZER) && w;
    });
    expect(wf.metadata.finalizers).toEqual([ARGOCD_HOOK_FINALIZER]);
    await stopWatcher(c);
  });

  it('a change between decision and release (a new pending artifact): the release is refused by its resourceVersion test, and decided again (#11 item 4)', async () => {
    const ns = await freshNamespace('wf');
    await createWorkflow(admin, workflow({ name: 'raced', namespace: ns, phase: 'Failed' }));
    await deleteWorkflow(admin, ns, 'raced');
    const sa = new KubeApi(saKc);
    const source = new ListSnapshotSource({ api: sa, ownNamespace: own, log: silentLogger });
    const key = `${ns}/raced`;
    // Decide on what is stored now: nothing pending, release.
    const seen = await source.snapshot(key, true);
    const v = diagnose(
      { ...(seen as SourceSnapshot), facts: {} },
      { now: Date.now(), graceMs: 0, policy: { kind: 'safe' } },
    );
    expect(v.kind).toBe('release');
    // Meanwhile the controller records an output artifact (status only: finalizers unchanged).
    await admin.mergePatch(paths.workflow(ns, 'raced'), {
      status: { nodes: workflow({ name: 'raced', artifacts: [art('a', 'out')] }).status.nodes },
    });
    const ctx = { source, dryRun: false, policyText: 'safe', log: silentLogger, identity: 'e2e' };
    expect((await act(v, ctx)).outcome).toBe('conflict');
    expect((await getWorkflow(admin, ns, 'raced'))?.metadata.finalizers).toEqual([ARTIFACT_GC_FINALIZER]);
    // The shared loop reads again and decides again: now an unproven artifact, refused.
    const r = await reconcileOnce(source, key, {
      ...ctx,
      graceMs: 0,
      policy: { kind: 'safe' },
      facts: {},
      now: Date.now,
    });
    expect(r.outcome).toBe('refused');
    expect(r.verdict?.unproven.map((p) => p.name)).toEqual(['out']);
    expect((await getWorkflow(admin, ns, 'raced'))?.metadata.finalizers).toEqual([ARTIFACT_GC_FINALIZER]);
    expect(await reasons(ns, 'raced')).toEqual(['ArtifactGCReleaseRefused']);
    sa.close();
  });

  it("terminate is conditional too: a user's shutdown: Stop set after the decision is not overwritten (#11 item 13)", async () => {
    const ns = await freshNamespace('wf');
    await createWorkflow(admin, workflow({ name: 'stopping', namespace: ns, phase: 'Running' }));
    await deleteWorkflow(admin, ns, 'stopping');
    const sa = new KubeApi(saKc);
    const source = new ListSnapshotSource({ api: sa, ownNamespace: own, log: silentLogger });
    const seen = await source.snapshot(`${ns}/stopping`, true);
    const v = diagnose(
      { ...(seen as SourceSnapshot), facts: {} },
      { now: Date.now(), graceMs: 0, policy: { kind: 'safe' } },
    );
    expect(v.kind).toBe('terminate');
    await admin.mergePatch(paths.workflow(ns, 'stopping'), { spec: { shutdown: 'Stop' } });
    const ctx = { source, dryRun: false, policyText: 'safe', log: silentLogger, identity: 'e2e' };
    expect((await act(v, ctx)).outcome).toBe('conflict');
    expect((await getWorkflow(admin, ns, 'stopping'))?.spec.shutdown).toBe('Stop');
    // Decided again: Stop is respected while it winds down.
    const r = await reconcileOnce(source, `${ns}/stopping`, {
      ...ctx,
      graceMs: 0,
      policy: { kind: 'safe' },
      facts: {},
      now: Date.now,
    });
    expect(r.outcome).toBe('waiting');
    expect((await getWorkflow(admin, ns, 'stopping'))?.spec.shutdown).toBe('Stop');
    sa.close();
  });

  it('the leak ledger moves to a new shard before the 1 MiB ConfigMap limit, and says when it is full (#11 item 7)', async () => {
    const ns = await freshNamespace('wf');
    const sa = new KubeApi(saKc);
    // A year of forced releases: shard 0 holds close to what the API server accepts (1 MiB).
    const entry = (uid: string, reason = 'GC failed') =>
      entryFor({ namespace: ns, name: `wf-${uid}`, uid }, Date.now(), 'force-after=1h', ['AGC-04'], reason, [
        {
          nodeId: 'n',
          name: 'out',
          strategy: 'OnWorkflowDeletion',
          location: { kind: 's3', url: 's3://b/k', source: 'artifact' },
        },
      ]);
    await admin.post(paths.configmaps(own), {
      metadata: { name: ledgerName(ns) },
      // 100 bytes below the API server's 1 MiB: one more entry does not fit.
      data: {
        'u-0': JSON.stringify(
          entry('u-0', 'x'.repeat(1_048_476 - `u-0${JSON.stringify(entry('u-0', ''))}`.length)),
        ),
      },
    });
    const ledger = new Ledger(sa, own);
    expect(await ledger.record(entry('u-1'))).toBe('written');
    expect((await admin.get(paths.configmap(own, ledgerName(ns, 1)))).data['u-1']).toBeDefined();
    // Idempotent across shards, and read back over all of them.
    expect(await ledger.record(entry('u-1'))).toBe('exists');
    expect((await ledger.entries(ns)).map((e) => e.workflow.uid)).toEqual(['u-0', 'u-1']);
    // No shard with room: a LedgerFullError (reported as such, never mistaken for a conflict).
    await expect(new Ledger(sa, own, { maxShards: 1 }).record(entry('u-2'))).rejects.toBeInstanceOf(
      LedgerFullError,
    );
    sa.close();
  });

  it('sweep: while another holder has the Lease it only reports; repeated runs write one refusal Event with a count (#11 item 12)', async () => {
    const ns = await freshNamespace('wf');
    await createWorkflow(
      admin,
      workflow({
        name: 'stuck',
        namespace: ns,
        phase: 'Failed',
        gcError: true,
        artifacts: [art('a', 'out')],
      }),
    );
    await createWorkflow(admin, workflow({ name: 'free', namespace: ns, phase: 'Failed' }));
    await deleteWorkflow(admin, ns, 'stuck');
    await deleteWorkflow(admin, ns, 'free');
    const run = async () => {
      const api = new KubeApi(saKc);
      try {
        return await sweep({
          api,
          namespaces: [ns],
          graceMs: 0,
          policy: { kind: 'safe' },
          policyText: 'safe',
          dryRun: false,
          facts: {},
          ownNamespace: own,
          identity: 'sweep-e2e',
          log: silentLogger,
          leaseName: E2E_LEASES.held,
          leaseDurationMs: 3000,
        });
      } finally {
        api.close();
      }
    };
    // A watch replica holds the Lease and renewed it just now.
    const now = new Date().toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
    await admin.post(paths.leases(own), {
      metadata: { name: E2E_LEASES.held },
      spec: { holderIdentity: 'watch-replica', leaseDurationSeconds: 3600, renewTime: now, acquireTime: now },
    });
    const held = await run();
    expect(held.reportOnlyBecause).toBe('the Lease is held by watch-replica');
    expect(await getWorkflow(admin, ns, 'free')).toBeDefined();
    expect(await events(admin, ns)).toEqual([]);
    // The replica hands the Lease back: sweep takes it, acts, and gives it back.
    const lease = await admin.get(paths.lease(own, E2E_LEASES.held));
    lease.spec.holderIdentity = '';
    await admin.put(paths.lease(own, E2E_LEASES.held), lease);
    const first = await run();
    expect(first.reportOnlyBecause).toBeUndefined();
    expect(first.outcomes).toEqual({ released: 1, refused: 1 });
    expect(await getWorkflow(admin, ns, 'free')).toBeUndefined();
    expect((await admin.get(paths.lease(own, E2E_LEASES.held))).spec.holderIdentity).toBe('');
    const second = await run();
    expect(second.outcomes).toEqual({ refused: 1 });
    const refusals = (await events(admin, ns, 'stuck')).filter(
      (e) => e.reason === 'ArtifactGCReleaseRefused',
    );
    expect(refusals.map((e) => e.count)).toEqual([2]);
  });

  it('watch and sweep outside a cluster: a missing watcher namespace fails at start with exit 2 naming --watcher-namespace (#11 item 11)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'argo-guard-e2e-'));
    const kubeconfig = writeKubeConfig(saKc, dir, 'watcher');
    const cli = (args: string[], kc = kubeconfig) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', 'src/cli/main.ts', ...args, '--kubeconfig', kc],
          {
            cwd: join(__dirname, '..', '..'),
            stdio: ['ignore', 'ignore', 'pipe'],
            env: { ...process.env, POD_NAMESPACE: '' },
          },
        );
        let stderr = '';
        child.stderr?.on('data', (d) => {
          stderr += d;
        });
        // Bounded: the old watcher logged "lease update failed" forever. 'close', not 'exit': the
        // last stderr lines may still be in the pipe at 'exit'.
        const timer = setTimeout(() => {
          stderr += '\n(killed: still running after 60 s)';
          child.kill('SIGKILL');
        }, 60_000);
        child.once('close', (code) => {
          clearTimeout(timer);
          resolve({ code, stderr });
        });
      });
    const missing = `missing-${Date.now()}`;
    // As the watcher's ServiceAccount (bound only in its own namespace, the API server answers 403)
    // and as an admin (404): both stop at once.
    for (const kc of [kubeconfig, e2eKubeConfigPath()])
      for (const command of [['watch', '--listen', '127.0.0.1:0'], ['sweep']]) {
        const r = await cli([...command, '--watcher-namespace', missing, '--log-format', 'text'], kc);
        expect(r.code, r.stderr).toBe(2);
        expect(r.stderr).toContain(`the watcher namespace "${missing}" (from --watcher-namespace)`);
        expect(r.stderr).toMatch(/pass --watcher-namespace NS/i);
        expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      }
    // No flag, not in a pod: the kubeconfig context's namespace, said so.
    const ctxKc = new KubeConfig();
    ctxKc.loadFromString(saKc.exportConfig());
    ctxKc.contexts = ctxKc.contexts.map((c) =>
      c.name === ctxKc.currentContext ? { ...c, namespace: own } : c,
    );
    const ns = await freshNamespace('wf');
    const r = await cli(
      ['sweep', '--namespace', ns, '--no-leader-elect', '--log-format', 'text'],
      writeKubeConfig(ctxKc, dir, 'ctx'),
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`the kubeconfig context's namespace "${own}"`);
  }, 360_000);

  it('malformed Workflows are reported and skipped; the loop keeps going', async () => {
    const ns = await freshNamespace('wf');
    const c = await startWatcher(ns);
    const bad = workflow({ name: 'garbage', namespace: ns, phase: 'Failed' });
    delete bad.status.nodes;
    bad.status.compressedNodes = Buffer.from('not gzip at all').toString('base64');
    await createWorkflow(admin, bad);
    await createWorkflow(admin, workflow({ name: 'fine', namespace: ns, phase: 'Failed' }));
    await deleteWorkflow(admin, ns, 'garbage');
    await deleteWorkflow(admin, ns, 'fine');
    await waitFor(
      'release of the good one',
      async () => (await getWorkflow(admin, ns, 'fine')) === undefined,
    );
    await waitFor('report of the bad one', async () =>
      (await reasons(ns, 'garbage')).includes('ArtifactGCWorkflowMalformed'),
    );
    expect(await getWorkflow(admin, ns, 'garbage')).toBeDefined();
    await stopWatcher(c);
  });

  it('dry run and report-only change nothing', async () => {
    const ns = await freshNamespace('wf');
    const log: any[] = [];
    const dry = await startWatcher(ns, {
      dryRun: true,
      log: createLogger({ format: 'json', write: (line) => log.push(JSON.parse(line)) }),
    });
    await createWorkflow(admin, workflow({ name: 'untouched', namespace: ns, phase: 'Failed' }));
    await deleteWorkflow(admin, ns, 'untouched');
    // It decided (and says what it would have done), and yet changed nothing.
    await waitFor('the dry run to decide', async () =>
      log.some((l) => l.msg === 'dry run: would release' && l.workflow === 'untouched'),
    );
    expect((await getWorkflow(admin, ns, 'untouched'))?.metadata.finalizers).toEqual([ARTIFACT_GC_FINALIZER]);
    expect(await reasons(ns, 'untouched')).toEqual([]);
    await stopWatcher(dry);
    const report = await startWatcher(ns, {
      policy: { kind: 'report-only' } as Policy,
      policyText: 'report-only',
    });
    await waitFor('a report', async () =>
      (await reasons(ns, 'untouched')).includes('ArtifactGCReleaseRefused'),
    );
    expect((await getWorkflow(admin, ns, 'untouched'))?.metadata.finalizers).toEqual([ARTIFACT_GC_FINALIZER]);
    await stopWatcher(report);
  });

  it('the API server restarts during a watch: the watcher recovers; no duplicate and no lost actions', async () => {
    const ns = await freshNamespace('wf');
    const apiserver = await privateApiServer();
    const viaPrivate = new KubeConfig();
    viaPrivate.loadFromOptions({
      clusters: saKc.clusters.map((x) => ({ ...x, server: apiserver.server })),
      users: saKc.users,
      contexts: saKc.contexts,
      currentContext: saKc.currentContext,
    });
    const c = await startWatcher(ns, { api: new KubeApi(viaPrivate) });
    await createWorkflow(admin, workflow({ name: 'before', namespace: ns, phase: 'Failed' }));
    await deleteWorkflow(admin, ns, 'before');
    await waitFor(
      'release before the restart',
      async () => (await getWorkflow(admin, ns, 'before')) === undefined,
    );
    await settled(c, 1);
    await apiserver.restart();
    await createWorkflow(admin, workflow({ name: 'after', namespace: ns, phase: 'Failed' }));
    await deleteWorkflow(admin, ns, 'after');
    await waitFor(
      'release after the restart',
      async () => (await getWorkflow(admin, ns, 'after')) === undefined,
      60_000,
    );
    await settled(c, 2);
    await new Promise((r) => setTimeout(r, 1000)); // room for a duplicate to show up
    expect(c.actions.map((a) => `${a.key}:${a.outcome}`)).toEqual([
      `${ns}/before:released`,
      `${ns}/after:released`,
    ]);
    expect(await reasons(ns, 'before')).toEqual(['ArtifactGCFinalizerReleased']);
    expect(await reasons(ns, 'after')).toEqual(['ArtifactGCFinalizerReleased']);
    expect(c.ready).toBe(true);
    // The watches did break and were re-established.
    const restarts = (await c.metrics.watchRestarts.get()).values.reduce((n, v) => n + v.value, 0);
    expect(restarts).toBeGreaterThan(0);
    await stopWatcher(c);
    await apiserver.stop();
  }, 180_000);

  it('two replicas: only the Lease holder acts; the other takes over when it stops', async () => {
    const ns = await freshNamespace('wf');
    const lease = {
      leaderElection: true,
      leaseName: E2E_LEASES.pair,
      // Long enough that a loaded machine cannot make the leader miss its renewal (then both
      // would have acted); the takeover below does not wait for it: a graceful stop hands it back.
      leaseDurationMs: 30_000,
      renewDeadlineMs: 20_000,
      retryPeriodMs: 300,
    };
    const a = await startWatcher(ns, { ...lease, identity: 'replica-a' });
    const b = await startWatcher(ns, { ...lease, identity: 'replica-b' });
    await waitFor('a leader', async () => a.isLeader || b.isLeader);
    expect(a.isLeader && b.isLeader).toBe(false);
    const names = Array.from({ length: 8 }, (_, i) => `pair-${i}`);
    for (const n of names) await createWorkflow(admin, workflow({ name: n, namespace: ns, phase: 'Failed' }));
    for (const n of names) await deleteWorkflow(admin, ns, n);
    for (const n of names)
      await waitFor(`release of ${n}`, async () => (await getWorkflow(admin, ns, n)) === undefined);
    const [leader, standby] = a.isLeader ? [a, b] : [b, a];
    await settled(leader, 8);
    expect(leader.actions).toHaveLength(8);
    expect(standby.actions).toHaveLength(0);
    for (const n of names) expect(await reasons(ns, n)).toEqual(['ArtifactGCFinalizerReleased']);
    const holder = await admin.get(paths.lease(own, E2E_LEASES.pair));
    expect(holder.spec.holderIdentity).toBe(leader.identity);
    // Graceful stop releases the Lease; the standby takes over and acts.
    await stopWatcher(leader);
    await waitFor('takeover (before the Lease could expire)', async () => standby.isLeader, 15_000);
    await createWorkflow(admin, workflow({ name: 'after-takeover', namespace: ns, phase: 'Failed' }));
    await deleteWorkflow(admin, ns, 'after-takeover');
    await waitFor(
      'release by the new leader',
      async () => (await getWorkflow(admin, ns, 'after-takeover')) === undefined,
    );
    await settled(standby, 1);
    expect(standby.actions.map((x) => x.key)).toEqual([`${ns}/after-takeover`]);
    await stopWatcher(standby);
  }, 120_000);

  it('a graceful stop hands the Lease back even while a renewal is in flight', async () => {
    const ns = await freshNamespace('wf');
    // Renewing all the time (every 1 ms), so that every stop finds a renewal in flight; a Lease long
    // enough that only the hand-back, never the expiry, can free it within the test.
    for (let round = 0; round < 5; round++) {
      const c = await startWatcher(ns, {
        leaderElection: true,
        leaseName: E2E_LEASES.handover,
        leaseDurationMs: 60_000,
        renewDeadlineMs: 40_000,
        retryPeriodMs: 1,
        identity: `handover-${round}`,
      });
      await waitFor('leading', async () => c.isLeader);
      await stopWatcher(c);
      const lease = await admin.get(paths.lease(own, E2E_LEASES.handover));
      expect(lease.spec.holderIdentity, `round ${round}`).toBe('');
    }
  });

  it('RBAC: an action outside the generated role is denied', async () => {
    const ns = await freshNamespace('wf');
    await createWorkflow(admin, workflow({ name: 'keep', namespace: ns, phase: 'Running' }));
    const sa = new KubeApi(saKc);
    const denied = async (p: Promise<unknown>) => {
      const err = await p.then(
        () => undefined,
        (e) => e,
      );
      expect(err).toBeInstanceOf(ApiError);
      expect((err as ApiError).status).toBe(403);
    };
    await denied(sa.request('DELETE', paths.workflow(ns, 'keep')));
    await denied(sa.list(`/api/v1/namespaces/${ns}/secrets`, {}));
    await denied(sa.request('DELETE', paths.pods(ns)));
    await denied(sa.post(paths.workflows(ns), workflow({ name: 'nope', namespace: ns })));
    await denied(sa.post(paths.configmaps(ns), { metadata: { name: 'x' } })); // ledger ConfigMaps only in its own namespace
    // ...while what it needs is allowed.
    expect((await sa.get(paths.workflow(ns, 'keep'))).metadata.name).toBe('keep');
    sa.close();
  });

  it('argo-guard sweep (the real CLI process): exit 1 while something is stuck, 0 once clean', async () => {
    const ns = await freshNamespace('wf');
    const dir = mkdtempSync(join(tmpdir(), 'argo-guard-e2e-'));
    const kubeconfig = writeKubeConfig(saKc, dir, 'watcher');
    const wf = await createWorkflow(
      admin,
      workflow({ name: 'stuck', namespace: ns, phase: 'Failed', artifacts: [art('a', 'out')] }),
    );
    await createWorkflow(admin, workflow({ name: 'clean', namespace: ns, phase: 'Failed' }));
    await deleteWorkflow(admin, ns, 'stuck');
    await deleteWorkflow(admin, ns, 'clean');
    const run = (...args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(
          'npx',
          [
            'tsx',
            'src/cli/main.ts',
            'sweep',
            '--kubeconfig',
            kubeconfig,
            '--namespace',
            ns,
            '--grace',
            '0s',
            '--watcher-namespace',
            own,
            '--log-format',
            'json',
            ...args,
          ],
          // Bounded, and said so: three runs must fit in the test's timeout.
          { cwd: join(__dirname, '..', '..'), timeout: 90_000 },
          (err, stdout, stderr) =>
            resolve({
              code: err ? ((err as { code?: number }).code ?? 99) : 0,
              stdout,
              stderr: (err as { killed?: boolean } | null)?.killed
                ? `${stderr}\n(killed after 90 s)`
                : stderr,
            }),
        );
      });
    const first = await run('--output', 'json');
    expect(first.code, first.stderr).toBe(1);
    const summary = JSON.parse(first.stdout);
    expect(summary.outcomes).toEqual({ released: 1, refused: 1 });
    expect(summary.stuck.map((s: { name: string }) => s.name)).toEqual(['stuck']);
    expect(await getWorkflow(admin, ns, 'clean')).toBeUndefined();
    // Every log line is JSON.
    for (const line of first.stderr.trim().split('\n').filter(Boolean))
      expect(() => JSON.parse(line)).not.toThrow();
    // The GC task later proves the deletion: the next sweep releases it and exits 0.
    await createTask(admin, gcTask(wf, gcPodName('stuck', 'OnWorkflowDeletion'), { a: { out: true } }));
    const second = await run();
    expect(second.stdout).toContain('nothing left stuck');
    expect(second.code, second.stderr).toBe(0);
    expect(await getWorkflow(admin, ns, 'stuck')).toBeUndefined();
    const bad = await run('--grace', '5x');
    expect(bad.code, bad.stderr).toBe(2);
    expect(bad.stderr).toContain('--grace "5x" is not a duration');
    expect(ledgerName(ns)).toContain(ns);
  }, 300_000);

  it('argo-guard watch (the real CLI process): /healthz, /readyz, /metrics, a release, graceful SIGTERM', async () => {
    const ns = await freshNamespace('wf');
    const dir = mkdtempSync(join(tmpdir(), 'argo-guard-e2e-'));
    const kubeconfig = writeKubeConfig(saKc, dir, 'watcher');
    const lease = E2E_LEASES.cli;
    // node itself (not npx, which dies of the signal instead of relaying the exit code). The default
    // Lease duration (15 s): a shorter one can lapse on a loaded machine (argo_guard_leader 0).
    const w = await startWatchProcess({
      command: [process.execPath, '--import', 'tsx', 'src/cli/main.ts'],
      args: (port) => [
        'watch',
        ...['--kubeconfig', kubeconfig, '--namespace', ns, '--grace', '0s', '--watcher-namespace', own],
        ...['--listen', `127.0.0.1:${port}`, '--lease-name', lease, '--log-format', 'json'],
      ],
      cwd: join(__dirname, '..', '..'),
    });
    try {
      const get = (path: string) =>
        fetch(`http://127.0.0.1:${w.port}${path}`).then(async (r) => ({
          status: r.status,
          text: await r.text(),
        }));
      expect((await get('/healthz')).status).toBe(200);
      await createWorkflow(admin, workflow({ name: 'via-cli', namespace: ns, phase: 'Failed' }));
      await deleteWorkflow(admin, ns, 'via-cli');
      await waitFor('release', async () => (await getWorkflow(admin, ns, 'via-cli')) === undefined, 30_000);
      const metrics = await waitFor('metrics', async () => {
        const m = (await get('/metrics')).text;
        return /argo_guard_releases_total\{mode="AGC-01",outcome="safe"\} 1/.test(m) && m;
      });
      expect(metrics).toContain('argo_guard_leader 1');
      expect(metrics).toMatch(/argo_guard_deletion_to_release_seconds_count 1/);
      expect(await w.stop()).toBe(0);
      // Graceful: the Lease was handed back.
      expect((await admin.get(paths.lease(own, lease))).spec.holderIdentity).toBe('');
      expect(w.lines().map((l) => l.msg)).toEqual(
        expect.arrayContaining(['became leader', 'finalizer released', 'shutting down', 'stopped']),
      );
    } finally {
      w.child.kill('SIGKILL');
    }
  }, 120_000);
});
