/**
 * Everything this repository's cdk8s app synthesizes must be accepted by a real API server:
 * synthesize dist/, then server-side apply every object with fieldValidation=Strict (an unknown
 * or duplicate field is an error, not a silently dropped value), for real (no dry run).
 * The test fails listing every rejected object with the server's message.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KubeConfig } from '@kubernetes/client-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { REPO_ROOT } from '../control-plane/plane';
import { discoverResource, e2eKubeConfig, e2eSkipReason, rawRequest } from './cluster';

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
      timeout: 240_000,
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

/** Namespaces and CRDs first, so the objects that need them find them. */
function rank(o: K8sObject): number {
  if (o.kind === 'Namespace') return 0;
  if (o.kind === 'CustomResourceDefinition') return 1;
  return 2;
}

async function ensureNamespace(kc: KubeConfig, name: string): Promise<string | undefined> {
  const r = await rawRequest(kc, 'GET', `/api/v1/namespaces/${name}`);
  if (r.status === 200) return undefined;
  const c = await rawRequest(kc, 'POST', '/api/v1/namespaces', {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name },
  });
  return c.status < 300 || c.status === 409
    ? undefined
    : `creating namespace ${name}: ${c.json?.message ?? c.body}`;
}

async function waitEstablished(kc: KubeConfig, name: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const r = await rawRequest(kc, 'GET', `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${name}`);
    const conds: { type: string; status: string }[] = r.json?.status?.conditions ?? [];
    if (conds.some((c) => c.type === 'Established' && c.status === 'True')) return;
    await new Promise((res) => setTimeout(res, 200));
  }
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
  if (res.namespaced) {
    const ns = o.metadata.namespace ?? 'default';
    const problem = await ensureNamespace(kc, ns);
    if (problem) return problem;
    path += `/namespaces/${ns}`;
  }
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
  if (o.kind === 'CustomResourceDefinition' && o.metadata.name) await waitEstablished(kc, o.metadata.name);
  return undefined;
}

describe.skipIf(e2eSkipReason())('dist/ is accepted by a real API server', () => {
  let objects: Loaded[] = [];

  beforeAll(() => {
    synth();
    objects = loadDist().sort((a, b) => rank(a.obj) - rank(b.obj));
  }, 300_000);

  it('synthesizes at least one object', () => {
    // An app that synthesizes nothing would make the next test pass vacuously.
    expect(objects.length).toBeGreaterThan(0);
  });

  it('server-side applies every object with strict field validation', async () => {
    const kc = e2eKubeConfig();
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
