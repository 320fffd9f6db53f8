/**
 * The watcher install (`ArgoGuardWatcher`) on a real API server: every object it synthesizes is
 * server-side applied with strict field validation and is then there; the ServiceAccount it
 * creates, bound only by the RBAC it generates, can do what the watcher does (the real
 * `argo-guard sweep` releases a stuck Workflow) and nothing more (SelfSubjectAccessReview and real
 * calls: no delete, no secrets, no other namespaces in per-namespace mode).
 * There is no kubelet, so the pods are not run; the Deployment and CronJob objects are checked.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KubeConfig } from '@kubernetes/client-node';
import { App, Testing } from 'cdk8s';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { addWatcher } from '../../charts/watcher';
import { ArgoGuardWatcher, type ArgoGuardWatcherProps } from '../../src/deploy';
import { ApiError, KubeApi, paths } from '../../src/watcher/kube';
import { WATCHER_NAMESPACE_RULES } from '../../src/watcher/rbac';
import { GuardedChart } from '../../src/workflows';
import { workflow } from '../watcher/fixtures';
import {
  discoverResource,
  e2eKubeConfig,
  e2eSkipReason,
  freshNamespace,
  rawRequest,
  rbacInEffect,
  serviceAccountKubeConfig,
  uniqueSuffix,
} from './cluster';
import { createWorkflow, deleteWorkflow, getWorkflow, writeKubeConfig } from './watcher-helpers';

const ROOT = join(__dirname, '..', '..');
const FIELD_MANAGER = 'argo-guard-install-test';

interface Obj {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string };
  [k: string]: any;
}

/** Server-side applies `o` (strict field validation, for real); returns the stored object. */
async function apply(kc: KubeConfig, o: Obj): Promise<any> {
  const res = await discoverResource(kc, o.apiVersion, o.kind);
  if (!res) throw new Error(`the server does not serve ${o.kind} in ${o.apiVersion}`);
  const path = `${res.groupVersionPath}${res.namespaced ? `/namespaces/${o.metadata.namespace}` : ''}/${res.plural}/${o.metadata.name}`;
  const r = await rawRequest(
    kc,
    'PATCH',
    `${path}?fieldManager=${FIELD_MANAGER}&fieldValidation=Strict&force=true`,
    o,
    'application/apply-patch+yaml',
  );
  if (r.status >= 300)
    throw new Error(`${o.kind} ${o.metadata.name}: HTTP ${r.status}: ${r.json?.message ?? r.body}`);
  const got = await rawRequest(kc, 'GET', path);
  expect(got.status, `${o.kind} ${o.metadata.name} readable after apply`).toBe(200);
  return got.json;
}

/** The install synthesized into namespace `ns`, with unique cluster-scoped names. */
function synthInstall(ns: string, props: ArgoGuardWatcherProps = {}): Obj[] {
  const chart = new GuardedChart(Testing.app(), 'install', { namespace: ns });
  new ArgoGuardWatcher(chart, 'watcher', { name: `agw-${uniqueSuffix()}`, ...props });
  return Testing.synth(chart) as Obj[];
}

/** The rules of the install's Roles (in their namespace) and ClusterRoles (cluster-wide). */
function grantsOf(objects: Obj[]): { rule: any; namespace: string }[] {
  return objects
    .filter((o) => o.kind === 'Role' || o.kind === 'ClusterRole')
    .flatMap((o) => (o.rules ?? []).map((rule: any) => ({ rule, namespace: o.metadata.namespace ?? '' })));
}

async function canI(kc: KubeConfig, attrs: Record<string, string>): Promise<boolean> {
  const r = await rawRequest(kc, 'POST', '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews', {
    apiVersion: 'authorization.k8s.io/v1',
    kind: 'SelfSubjectAccessReview',
    spec: { resourceAttributes: attrs },
  });
  if (r.status !== 201) throw new Error(`SelfSubjectAccessReview: HTTP ${r.status} ${r.body}`);
  return r.json.status.allowed === true;
}

async function status(p: Promise<unknown>): Promise<number> {
  return p.then(
    () => 200,
    (e) => (e instanceof ApiError ? e.status : Promise.reject(e)),
  );
}

describe.skipIf(e2eSkipReason())('the watcher install on a real API server', () => {
  let admin: KubeConfig;
  let adminApi: KubeApi;

  beforeAll(() => {
    admin = e2eKubeConfig();
    adminApi = new KubeApi(admin);
  });
  afterAll(() => adminApi?.close());

  it('this repo app: every object of the watcher chart is created (dist/argo-guard.k8s.yaml)', async () => {
    const outdir = mkdtempSync(join(tmpdir(), 'install-e2e-'));
    const app = new App({ outdir });
    addWatcher(app);
    app.synth();
    const objects = parseAllDocuments(readFileSync(join(outdir, 'argo-guard.k8s.yaml'), 'utf8')).map(
      (d) => d.toJS() as Obj,
    );
    // Namespace first, as kubectl and Argo CD order it.
    objects.sort((a, b) => Number(b.kind === 'Namespace') - Number(a.kind === 'Namespace'));
    const kinds: string[] = [];
    for (const o of objects) {
      const stored = await apply(admin, o);
      expect(stored.metadata.annotations?.['argocd.argoproj.io/sync-wave']).toBe('-10');
      kinds.push(o.kind);
    }
    expect(kinds.sort()).toEqual([
      'ClusterRole',
      'ClusterRoleBinding',
      'CronJob',
      'Deployment',
      'Namespace',
      'PodDisruptionBudget',
      'Role',
      'RoleBinding',
      'Service',
      'ServiceAccount',
    ]);
  }, 60_000);

  describe('cluster-wide install (ClusterRole)', () => {
    let own: string;
    let wfNs: string;
    let objects: Obj[];
    let sa: KubeConfig;

    beforeAll(async () => {
      own = await freshNamespace('agw');
      wfNs = await freshNamespace('wf');
      objects = synthInstall(own);
      for (const o of objects) await apply(admin, o);
      const saName = objects.find((o) => o.kind === 'ServiceAccount')!.metadata.name;
      // A TokenRequest token for the install's own ServiceAccount; no rules added.
      sa = await serviceAccountKubeConfig(own, saName, {});
      await rbacInEffect(admin, own, saName, grantsOf(objects));
    }, 60_000);

    it('stores every object as synthesized (server defaults aside)', async () => {
      const stored = await Promise.all(objects.map((o) => apply(admin, o)));
      const dep = stored.find((o) => o.kind === 'Deployment');
      expect(dep.spec.replicas).toBe(2);
      const pod = dep.spec.template.spec;
      expect(pod.securityContext.seccompProfile).toEqual({ type: 'RuntimeDefault' });
      expect(pod.containers[0].securityContext.capabilities).toEqual({ drop: ['ALL'] });
      expect(pod.automountServiceAccountToken).toBe(true);
      const role = stored.find((o) => o.kind === 'ClusterRole');
      expect(role.rules).toEqual(objects.find((o) => o.kind === 'ClusterRole')!.rules);
      const cron = stored.find((o) => o.kind === 'CronJob');
      expect(cron.spec.jobTemplate.spec.template.spec.containers[0].args[0]).toBe('sweep');
      expect(stored.find((o) => o.kind === 'PodDisruptionBudget').spec.maxUnavailable).toBe(1);
    });

    it('SelfSubjectAccessReview: what the watcher does is allowed, nothing else', async () => {
      const wf = { group: 'argoproj.io', resource: 'workflows', namespace: wfNs };
      expect(await canI(sa, { ...wf, verb: 'patch' })).toBe(true);
      expect(await canI(sa, { ...wf, verb: 'watch', namespace: '' })).toBe(true);
      expect(await canI(sa, { ...wf, verb: 'delete' })).toBe(false);
      expect(await canI(sa, { ...wf, verb: 'create' })).toBe(false);
      expect(await canI(sa, { ...wf, verb: 'update' })).toBe(false);
      expect(
        await canI(sa, {
          group: 'argoproj.io',
          resource: 'workflowartifactgctasks',
          namespace: wfNs,
          verb: 'list',
        }),
      ).toBe(true);
      expect(
        await canI(sa, {
          group: 'argoproj.io',
          resource: 'workflowartifactgctasks',
          namespace: wfNs,
          verb: 'delete',
        }),
      ).toBe(false);
      expect(await canI(sa, { resource: 'secrets', namespace: wfNs, verb: 'get' })).toBe(false);
      expect(await canI(sa, { resource: 'secrets', namespace: own, verb: 'list' })).toBe(false);
      expect(await canI(sa, { resource: 'pods', namespace: wfNs, verb: 'delete' })).toBe(false);
      expect(await canI(sa, { resource: 'pods', namespace: wfNs, verb: 'list' })).toBe(true);
      expect(await canI(sa, { resource: 'events', namespace: wfNs, verb: 'create' })).toBe(true);
      // Lease and ledger only in its own namespace.
      expect(
        await canI(sa, { group: 'coordination.k8s.io', resource: 'leases', namespace: own, verb: 'create' }),
      ).toBe(true);
      expect(
        await canI(sa, { group: 'coordination.k8s.io', resource: 'leases', namespace: wfNs, verb: 'create' }),
      ).toBe(false);
      // The Lease by name only (get/update); the ledger with create + patch, never update (#11 RBAC).
      const lease = (name: string, verb: string) =>
        canI(sa, { group: 'coordination.k8s.io', resource: 'leases', namespace: own, verb, name });
      const leaseName = objects.find((o) => o.kind === 'ServiceAccount')!.metadata.name; // the install's name
      expect(await lease(leaseName, 'update')).toBe(true);
      expect(await lease('someone-elses-lease', 'update')).toBe(false);
      expect(await canI(sa, { resource: 'configmaps', namespace: own, verb: 'patch' })).toBe(true);
      expect(await canI(sa, { resource: 'configmaps', namespace: own, verb: 'update' })).toBe(false);
      expect(await canI(sa, { resource: 'configmaps', namespace: wfNs, verb: 'create' })).toBe(false);
      // Nothing cluster-admin-like.
      expect(
        await canI(sa, { group: 'rbac.authorization.k8s.io', resource: 'clusterroles', verb: 'create' }),
      ).toBe(false);
      expect(await canI(sa, { group: '*', resource: '*', verb: '*' })).toBe(false);
    });

    it('real calls: patching a Workflow finalizer works; deleting it and reading secrets are denied (403)', async () => {
      const api = new KubeApi(sa);
      await createWorkflow(adminApi, workflow({ name: 'held', namespace: wfNs, phase: 'Failed' }));
      expect(await status(api.request('DELETE', paths.workflow(wfNs, 'held')))).toBe(403);
      expect(await status(api.list(`/api/v1/namespaces/${wfNs}/secrets`, {}))).toBe(403);
      expect(await status(api.get(`/api/v1/namespaces/${own}/secrets/nope`))).toBe(403);
      expect(await status(api.post(paths.configmaps(wfNs), { metadata: { name: 'x' } }))).toBe(403);
      // The release patch the watcher sends (test + remove of the artifact-gc entry).
      const r = await rawRequest(
        sa,
        'PATCH',
        paths.workflow(wfNs, 'held'),
        [
          { op: 'test', path: '/metadata/finalizers/0', value: 'workflows.argoproj.io/artifact-gc' },
          { op: 'remove', path: '/metadata/finalizers/0' },
        ],
        'application/json-patch+json',
      );
      expect(r.status, r.body).toBe(200);
      expect(r.json.metadata.finalizers).toBeUndefined();
      // Its own namespace's Lease: allowed, as WATCHER_NAMESPACE_RULES says.
      expect(WATCHER_NAMESPACE_RULES.some((x) => x.resources.includes('leases'))).toBe(true);
      expect(
        await status(
          api.post(paths.leases(own), {
            apiVersion: 'coordination.k8s.io/v1',
            kind: 'Lease',
            metadata: { name: 'probe' },
            spec: { holderIdentity: 'test' },
          }),
        ),
      ).toBe(200);
      api.close();
    });

    it('the real argo-guard sweep, as this ServiceAccount, releases a stuck Workflow', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'install-e2e-'));
      const kubeconfig = writeKubeConfig(sa, dir, 'install');
      await createWorkflow(adminApi, workflow({ name: 'stuck', namespace: wfNs, phase: 'Failed' }));
      await deleteWorkflow(adminApi, wfNs, 'stuck');
      expect((await getWorkflow(adminApi, wfNs, 'stuck'))?.metadata.deletionTimestamp).toBeDefined();
      // The same flags the CronJob passes, plus where to find the cluster and the ledger.
      const cronArgs: string[] = objects.find((o) => o.kind === 'CronJob')!.spec.jobTemplate.spec.template
        .spec.containers[0].args;
      const args = [
        ...cronArgs.map((a) => (a.startsWith('--grace=') ? '--grace=0s' : a)),
        `--namespace=${wfNs}`,
        '--kubeconfig',
        kubeconfig,
        '--watcher-namespace',
        own,
      ];
      const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(
          'npx',
          ['tsx', 'src/cli/main.ts', ...args],
          { cwd: ROOT, timeout: 90_000 },
          (err, stdout, stderr) =>
            resolve({ code: err ? ((err as { code?: number }).code ?? 99) : 0, stdout, stderr }),
        );
      });
      expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
      expect(await getWorkflow(adminApi, wfNs, 'stuck')).toBeUndefined();
      // No API call of the sweep was denied.
      expect(run.stderr).not.toMatch(/\b403\b|forbidden/i);
    }, 120_000);
  });

  describe('per-namespace install (a Role in each watched namespace)', () => {
    it('grants the watched namespaces and nothing outside them', async () => {
      const own = await freshNamespace('agw');
      const watched = await freshNamespace('wf');
      const other = await freshNamespace('wf');
      const objects = synthInstall(own, { namespaces: [watched] });
      expect(objects.some((o) => o.kind === 'ClusterRole')).toBe(false);
      for (const o of objects) await apply(admin, o);
      const saName = objects.find((o) => o.kind === 'ServiceAccount')!.metadata.name;
      const sa = await serviceAccountKubeConfig(own, saName, {});
      await rbacInEffect(admin, own, saName, grantsOf(objects));
      const wf = { group: 'argoproj.io', resource: 'workflows' };
      expect(await canI(sa, { ...wf, namespace: watched, verb: 'patch' })).toBe(true);
      expect(await canI(sa, { ...wf, namespace: other, verb: 'patch' })).toBe(false);
      expect(await canI(sa, { ...wf, namespace: '', verb: 'list' })).toBe(false);
      expect(await canI(sa, { ...wf, namespace: watched, verb: 'delete' })).toBe(false);
      expect(await canI(sa, { resource: 'secrets', namespace: watched, verb: 'get' })).toBe(false);
      await createWorkflow(adminApi, workflow({ name: 'w', namespace: other, phase: 'Failed' }));
      const api = new KubeApi(sa);
      expect(await status(api.get(paths.workflow(other, 'w')))).toBe(403);
      api.close();
    }, 60_000);
  });
});
