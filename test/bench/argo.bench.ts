/**
 * #16599 with the real Argo workflow-controller v4.0.5 (the e2e-argo plane, test/e2e/README.md):
 * 100 Workflows with `forceFinalizerRemoval: true` whose pod failed with `exec format error` are
 * deleted at once with `argo-guard watch` running (grace 0); measured: the time from each DELETE
 * to the Workflow being gone (released by the watcher, AGC-02), and the API requests the
 * controller and the watcher sent meanwhile, counted in the API server's audit log by user agent
 * and user.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { KubeApi, paths, sleep } from '../../src/watcher/kube';
import { WATCHER_CLUSTER_RULES, WATCHER_NAMESPACE_RULES } from '../../src/watcher/rbac';
import { startArgoexec } from '../e2e-argo/argoexec';
import { createWorkflow, gcWorkflow, startWatcher } from '../e2e-argo/helpers';
import { PLANE_DIR, planeCli } from '../e2e-argo/plane-cli';
import type { BenchRecord } from './run';

const COUNT = 100;

async function namespace(api: KubeApi, prefix: string): Promise<string> {
  const name = `${prefix}-${randomBytes(4).toString('hex')}`;
  await api.post('/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
  return name;
}

/** ServiceAccount argo-guard in `ns` bound to exactly the watcher's RBAC; a kubeconfig with its token. */
async function watcherKubeConfig(api: KubeApi, kc: KubeConfig, ns: string): Promise<KubeConfig> {
  await api.post(`/api/v1/namespaces/${ns}/serviceaccounts`, { metadata: { name: 'argo-guard' } });
  const subjects = [{ kind: 'ServiceAccount', name: 'argo-guard', namespace: ns }];
  const rbac = '/apis/rbac.authorization.k8s.io/v1';
  await api.post(`${rbac}/namespaces/${ns}/roles`, {
    metadata: { name: 'argo-guard' },
    rules: WATCHER_NAMESPACE_RULES,
  });
  await api.post(`${rbac}/namespaces/${ns}/rolebindings`, {
    metadata: { name: 'argo-guard' },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'argo-guard' },
    subjects,
  });
  await api.post(`${rbac}/clusterroles`, {
    metadata: { name: `argo-guard-${ns}` },
    rules: WATCHER_CLUSTER_RULES,
  });
  await api.post(`${rbac}/clusterrolebindings`, {
    metadata: { name: `argo-guard-${ns}` },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: `argo-guard-${ns}` },
    subjects,
  });
  const tr = await api.post(`/api/v1/namespaces/${ns}/serviceaccounts/argo-guard/token`, {
    spec: { expirationSeconds: 3600 },
  });
  const cluster = kc.getCurrentCluster()!;
  const sa = new KubeConfig();
  sa.loadFromOptions({
    clusters: [cluster],
    users: [{ name: 'argo-guard', token: tr.status.token }],
    contexts: [{ name: 'argo-guard', cluster: cluster.name, user: 'argo-guard', namespace: ns }],
    currentContext: 'argo-guard',
  });
  return sa;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export async function bench(): Promise<BenchRecord[]> {
  const up = await planeCli(['up', '--with-argo']);
  const kubeconfig = up.stdout.match(/^export KUBECONFIG=(.*)$/m)?.[1];
  if (up.code !== 0 || !kubeconfig) throw new Error(`the e2e-argo plane did not start: ${up.stdout}`);
  const startedHere = !up.stdout.startsWith('reusing');
  const kc = new KubeConfig();
  kc.loadFromFile(kubeconfig);
  const admin = new KubeApi(kc);
  try {
    const ns = await namespace(admin, 'bench-16599');
    const own = await namespace(admin, 'argo-guard');
    const argoexec = startArgoexec(admin, [ns]);
    const names = Array.from({ length: COUNT }, (_, i) => `forced-${i}`);
    for (let i = 0; i < COUNT; i += 20)
      await Promise.all(
        names
          .slice(i, i + 20)
          .map((name) =>
            createWorkflow(admin, gcWorkflow(name, ns, { fail: true, forceFinalizerRemoval: true })),
          ),
      );
    for (;;) {
      const list = await admin.list(paths.workflows(ns), {});
      if (list.items.filter((wf: any) => ['Failed', 'Error'].includes(wf.status?.phase)).length === COUNT)
        break;
      await sleep(500);
    }
    const saKc = await watcherKubeConfig(admin, kc, own);
    const watcher = await startWatcher(own, ['--namespace', ns, '--grace', '0s'], saKc);
    const audit = join(PLANE_DIR, 'audit.log');
    const auditFrom = statSync(audit).size;
    const deletedAt = new Map<string, number>();
    const goneAt = new Map<string, number>();
    await Promise.all(
      names.map(async (name) => {
        await admin.request('DELETE', paths.workflow(ns, name));
        deletedAt.set(name, Date.now());
      }),
    );
    const deadline = Date.now() + 300_000;
    while (goneAt.size < COUNT && Date.now() < deadline) {
      const present = new Set(
        (await admin.list(paths.workflows(ns), {})).items.map((w: any) => w.metadata.name),
      );
      for (const name of names) if (!present.has(name) && !goneAt.has(name)) goneAt.set(name, Date.now());
      await sleep(50);
    }
    const watcherUser = `system:serviceaccount:${own}:argo-guard`;
    const counts = { controller: 0, watcher: 0 };
    const byVerb: Record<string, Record<string, number>> = { controller: {}, watcher: {} };
    // A byte offset (the log is UTF-8); the last line may still be half written.
    for (const line of readFileSync(audit).subarray(auditFrom).toString('utf8').split('\n')) {
      let e: any;
      try {
        e = JSON.parse(line);
      } catch {
        continue;
      }
      if (e.stage !== 'ResponseComplete' && e.stage !== 'ResponseStarted') continue;
      if (e.stage === 'ResponseStarted') continue; // a watch logs both; count it once
      const who = (e.userAgent ?? '').startsWith('workflow-controller')
        ? 'controller'
        : e.user?.username === watcherUser
          ? 'watcher'
          : undefined;
      if (!who) continue;
      counts[who]++;
      const key = `${e.verb} ${e.objectRef?.resource ?? e.requestURI}`;
      byVerb[who][key] = (byVerb[who][key] ?? 0) + 1;
    }
    await watcher.stop();
    await argoexec.stop();
    const released = watcher.said('finalizer released').length;
    const times = names
      .filter((n) => goneAt.has(n))
      .map((n) => goneAt.get(n)! - deletedAt.get(n)!)
      .sort((a, b) => a - b);
    const note = `${goneAt.size}/${COUNT} gone (${released} released by the watcher as AGC-02); from DELETE returned to absent from a LIST polled every 50 ms`;
    return [
      {
        name: '#16599 with the real controller: deletion -> release, p50',
        value: percentile(times, 50),
        unit: 'ms',
        note,
      },
      {
        name: '#16599 with the real controller: deletion -> release, p99',
        value: percentile(times, 99),
        unit: 'ms',
        goal: 'p99 < 1 s',
        met: percentile(times, 99) < 1000,
      },
      {
        name: `#16599 with the real controller: controller API requests during ${COUNT} releases`,
        value: counts.controller,
        unit: 'requests',
        note: `audit log, user agent workflow-controller/*: ${JSON.stringify(byVerb.controller)}`,
      },
      {
        name: `#16599 with the real controller: watcher API requests during ${COUNT} releases`,
        value: counts.watcher,
        unit: 'requests',
        note: `audit log, user ${watcherUser.replace(own, '<ns>')}: ${JSON.stringify(byVerb.watcher)}`,
      },
    ];
  } finally {
    admin.close();
    if (startedHere) await planeCli(['down']);
  }
}
