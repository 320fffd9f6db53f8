/**
 * Everything this repository's cdk8s app synthesizes must be accepted by a real API server:
 * synthesize dist/, then server-side apply every object with fieldValidation=Strict (an unknown
 * or duplicate field is an error, not a silently dropped value), for real (no dry run), in the
 * order `kubectl apply -f dist/` uses (files sorted, documents in order) and without creating any
 * namespace itself: dist/ must ship the Namespaces it uses (issue 11 item 9). Namespaces get a
 * random suffix so that every run starts from a plane where none of them exists.
 * The test fails listing every rejected object with the server's message.
 *
 * A second test applies a PreSync hook Workflow and what it needs in Argo CD's order and asks the
 * API server, right before the hook is created, whether its pods' ServiceAccount may already do
 * what the executor and the artifact-GC pod need (issue 11 item 8).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KubeConfig } from '@kubernetes/client-node';
import { Duration, Testing } from 'cdk8s';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { compareSyncSteps, syncSteps } from '../../src/rules/argocd-order';
import { GuardedChart, Workflow } from '../../src/workflows';
import { REPO_ROOT } from '../control-plane/plane';
import { waitFor } from '../helpers/api-wait';
import { discoverResource, e2eKubeConfig, e2eSkipReason, rawRequest, uniqueSuffix } from './cluster';

interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name?: string; generateName?: string; namespace?: string };
}

interface Loaded {
  file: string;
  index: number;
  obj: K8sObject;
}

const DIST = join(REPO_ROOT, 'dist');
const FIELD_MANAGER = 'argo-guard-dist-apply';

/** Runs the app's synthesis the way the README does. */
function synth(): void {
  try {
    execFileSync('npm', ['run', '--silent', 'synth'], {
      cwd: REPO_ROOT,
      env: { ...process.env, CDK8S_CHECK_UPGRADE: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 540_000,
    });
  } catch (e) {
    const err = e as { status?: number; stderr?: Buffer; stdout?: Buffer };
    throw new Error(`npm run synth failed (exit ${err.status}):\n${err.stderr ?? ''}${err.stdout ?? ''}`);
  }
}

function loadDist(): Loaded[] {
  if (!existsSync(DIST)) return [];
  const out: Loaded[] = [];
  for (const f of readdirSync(DIST)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()) {
    const docs = parseAllDocuments(readFileSync(join(DIST, f), 'utf8'));
    docs.forEach((doc, index) => {
      if (doc.errors.length > 0) throw new Error(`dist/${f} document ${index + 1}: ${doc.errors[0].message}`);
      const obj = doc.toJS() as K8sObject | null;
      if (obj) out.push({ file: `dist/${f}`, index, obj });
    });
  }
  return out;
}

/** Every namespace the objects use or create. */
function namespacesOf(objects: K8sObject[]): Set<string> {
  const out = new Set<string>();
  for (const o of objects) {
    if (o.metadata.namespace) out.add(o.metadata.namespace);
    if (o.kind === 'Namespace' && o.metadata.name) out.add(o.metadata.name);
  }
  return out;
}

/** A deep copy with every namespace of `rename` renamed (metadata, Namespace names, RBAC subjects). */
function renameNamespaces<T>(value: T, rename: Map<string, string>, isNamespaceObject = false): T {
  if (Array.isArray(value)) return value.map((v) => renameNamespaces(v, rename)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  const isNs = isNamespaceObject || (value as { kind?: unknown }).kind === 'Namespace';
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === 'string' && (k === 'namespace' || (isNs && k === 'name')) && rename.has(v))
      out[k] = rename.get(v);
    else out[k] = renameNamespaces(v, rename, k === 'metadata' && isNs);
  }
  return out as T;
}

/** Undefined once the CRD is Established; what was wrong after 60 s otherwise. */
async function waitEstablished(kc: KubeConfig, name: string): Promise<string | undefined> {
  return waitFor(
    `CRD ${name} Established`,
    async () => {
      const r = await rawRequest(
        kc,
        'GET',
        `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${name}`,
      );
      const conds: { type: string; status: string }[] = r.json?.status?.conditions ?? [];
      return conds.some((c) => c.type === 'Established' && c.status === 'True');
    },
    60_000,
  ).then(
    () => undefined,
    (err: Error) => err.message,
  );
}

/**
 * Server-side applies one object (or creates it, when it has only a generateName: apply needs a
 * name); returns the server's rejection message, or undefined.
 */
async function apply(kc: KubeConfig, o: K8sObject): Promise<string | undefined> {
  if (!o.apiVersion || !o.kind || !(o.metadata?.name || o.metadata?.generateName)) {
    return 'not a Kubernetes object (needs apiVersion, kind, metadata.name or metadata.generateName)';
  }
  const res = await discoverResource(kc, o.apiVersion, o.kind);
  if (!res) return `the server does not serve kind ${o.kind} in ${o.apiVersion}`;
  let path = res.groupVersionPath;
  if (res.namespaced) path += `/namespaces/${o.metadata.namespace ?? 'default'}`;
  path += `/${res.plural}`;
  const query = `?fieldManager=${FIELD_MANAGER}&fieldValidation=Strict`;
  const r = o.metadata.name
    ? await rawRequest(
        kc,
        'PATCH',
        `${path}/${encodeURIComponent(o.metadata.name)}${query}&force=true`,
        o,
        'application/apply-patch+yaml',
      )
    : await rawRequest(kc, 'POST', path + query, o);
  if (r.status >= 300) return `HTTP ${r.status}: ${r.json?.message ?? r.body}`;
  if (o.kind === 'CustomResourceDefinition' && o.metadata.name) return waitEstablished(kc, o.metadata.name);
  return undefined;
}

describe.skipIf(e2eSkipReason())('dist/ is accepted by a real API server', () => {
  let objects: Loaded[] = [];

  beforeAll(() => {
    synth();
    // File order and document order: what `kubectl apply -f dist/` does.
    const loaded = loadDist();
    const suffix = uniqueSuffix();
    const rename = new Map([...namespacesOf(loaded.map((l) => l.obj))].map((n) => [n, `${n}-${suffix}`]));
    objects = loaded.map((l) => ({ ...l, obj: renameNamespaces(l.obj, rename) }));
    // Generous: the synth takes ~15 s on an idle machine, minutes on a loaded shared one.
  }, 600_000);

  it('synthesizes at least one object', () => {
    // An app that synthesizes nothing would make the next test pass vacuously.
    expect(objects.length).toBeGreaterThan(0);
  });

  it('ships the Namespaces it uses (issue 11 item 9)', () => {
    const all = objects.map((o) => o.obj);
    const shipped = new Set(all.filter((o) => o.kind === 'Namespace').map((o) => o.metadata.name));
    const used = [...new Set(all.map((o) => o.metadata.namespace).filter((n): n is string => !!n))];
    expect(used.filter((n) => !shipped.has(n))).toEqual([]);
  });

  it('server-side applies every object with strict field validation, on a plane without its namespaces', async () => {
    const kc = e2eKubeConfig();
    for (const ns of namespacesOf(objects.map((o) => o.obj))) {
      const r = await rawRequest(kc, 'GET', `/api/v1/namespaces/${ns}`);
      expect(r.status, `namespace ${ns} must not exist before the apply`).toBe(404);
    }
    const rejected: string[] = [];
    for (const { file, index, obj } of objects) {
      const problem = await apply(kc, obj);
      if (problem) {
        const name =
          obj.metadata?.name ?? (obj.metadata?.generateName ? `${obj.metadata.generateName}*` : '?');
        const id = `${obj.kind ?? '?'} ${obj.metadata?.namespace ? `${obj.metadata.namespace}/` : ''}${name}`;
        rejected.push(`${file} #${index + 1} ${id}: ${problem}`);
      }
    }
    expect(
      rejected,
      `${rejected.length} of ${objects.length} objects rejected:\n${rejected.join('\n')}`,
    ).toEqual([]);
  }, 300_000);
});

/** Whether `sa` in `ns` may do `verb` on `resource`, asked of the API server's authorizer. */
async function allowed(
  kc: KubeConfig,
  ns: string,
  sa: string,
  verb: string,
  resource: string,
): Promise<boolean> {
  const r = await rawRequest(kc, 'POST', '/apis/authorization.k8s.io/v1/subjectaccessreviews', {
    apiVersion: 'authorization.k8s.io/v1',
    kind: 'SubjectAccessReview',
    spec: {
      user: `system:serviceaccount:${ns}:${sa}`,
      groups: ['system:serviceaccounts', `system:serviceaccounts:${ns}`, 'system:authenticated'],
      resourceAttributes: { namespace: ns, verb, group: 'argoproj.io', resource },
    },
  });
  return r.json?.status?.allowed === true;
}

describe.skipIf(e2eSkipReason())('a PreSync hook applied in Argo CD order finds its RBAC', () => {
  it('grants the executor and the artifact-GC service accounts before the hook Workflow is created', async () => {
    const kc = e2eKubeConfig();
    const ns = `presync-${uniqueSuffix()}`;
    const chart = new GuardedChart(Testing.app(), 'db', {
      namespace: ns,
      createNamespace: true,
      argoGuard: { argoVersion: '4.1', watcher: true },
    });
    const wf = new Workflow(chart, 'migrate', {
      argoCdHook: { phase: 'PreSync' },
      activeDeadline: Duration.minutes(10),
    });
    wf.entrypoint = wf.addContainer('m', {
      image: 'x',
      outputs: { artifacts: [{ name: 'log', path: '/log' }] },
    });
    const manifests = Testing.synth(chart) as K8sObject[];
    // Argo CD's order; the Namespace goes first (gitops-engine moves it before its first user).
    const ordered = manifests
      .flatMap((m) => (m.kind === 'Namespace' ? [] : syncSteps(m as never).map((step) => ({ m, step }))))
      .sort((a, b) => compareSyncSteps(a.step, b.step));
    const hook = manifests.find((m) => m.kind === 'Workflow') as any;
    expect(ordered.map((o) => o.m.kind)).toEqual([
      'ServiceAccount',
      'ServiceAccount',
      'Role',
      'Role',
      'RoleBinding',
      'RoleBinding',
      'Workflow',
    ]);
    expect(await apply(kc, manifests.find((m) => m.kind === 'Namespace')!)).toBeUndefined();
    // The check can fail: before the RBAC is applied, the executor may do nothing.
    expect(await allowed(kc, ns, hook.spec.serviceAccountName, 'create', 'workflowtaskresults')).toBe(false);
    const rejected: string[] = [];
    for (const { m } of ordered) {
      if (m === hook) {
        // What the hook's pods will do, asked right before Argo CD would create the hook. Polled:
        // the authorizer reads the RoleBindings just applied through a watch; what comes after the
        // hook is not applied yet, so a binding ordered after it still fails here.
        await waitFor('the executor ServiceAccount allowed to create workflowtaskresults', () =>
          allowed(kc, ns, hook.spec.serviceAccountName, 'create', 'workflowtaskresults'),
        );
        await waitFor('the artifact-GC ServiceAccount allowed to list workflowartifactgctasks', () =>
          allowed(kc, ns, hook.spec.artifactGC.serviceAccountName, 'list', 'workflowartifactgctasks'),
        );
      }
      const problem = await apply(kc, m);
      if (problem) rejected.push(`${m.kind} ${m.metadata.name ?? m.metadata.generateName}: ${problem}`);
    }
    expect(rejected).toEqual([]);
  }, 120_000);
});
