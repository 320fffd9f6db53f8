/**
 * Helpers for e2e suites that run against the real control plane started by global-setup.ts.
 *
 *   describe.skipIf(e2eSkipReason())('my suite', () => {
 *     const kc = e2eKubeConfig();                       // admin (system:masters)
 *     const ns = await freshNamespace('watcher');      // a new, uniquely named namespace
 *     const sa = await serviceAccountKubeConfig(ns, 'argo-guard', { rules: [...] });
 *   });
 *
 * There is no kube-controller-manager: no garbage collection of ownerReferences, namespaces
 * never finish deleting, no token Secrets for ServiceAccounts (tokens come from the TokenRequest
 * API), and no Argo workflow-controller (tests set Workflow status themselves).
 */
import { randomBytes } from 'node:crypto';
import { request } from 'node:https';
import {
  CoreV1Api,
  KubeConfig,
  RbacAuthorizationV1Api,
  type V1APIResourceList,
  type V1PolicyRule,
} from '@kubernetes/client-node';
import { inject } from 'vitest';
import { waitFor } from '../helpers/api-wait';

function context() {
  return inject('argoGuardE2E');
}

/** Why the e2e suites are skipped (a missing prerequisite outside CI), or undefined when they run. */
export function e2eSkipReason(): string | undefined {
  const c = context();
  if (!c) return 'the e2e global setup did not run (use `npx vitest run --project e2e`)';
  return c.skip;
}

/** The path of the admin kubeconfig (client certificate in group system:masters). */
export function e2eKubeConfigPath(): string {
  const c = context();
  if (!c?.kubeconfig) throw new Error(`no control plane: ${e2eSkipReason() ?? 'unknown reason'}`);
  return c.kubeconfig;
}

/** A KubeConfig for the admin user. */
export function e2eKubeConfig(): KubeConfig {
  const kc = new KubeConfig();
  kc.loadFromFile(e2eKubeConfigPath());
  return kc;
}

/** A short random suffix: names stay unique across tests and reruns against a reused plane. */
export function uniqueSuffix(): string {
  return randomBytes(4).toString('hex');
}

/** Creates a namespace named `<prefix>-<random>` and returns its name. */
export async function freshNamespace(prefix: string, kc: KubeConfig = e2eKubeConfig()): Promise<string> {
  const name = `${prefix}-${uniqueSuffix()}`;
  await kc.makeApiClient(CoreV1Api).createNamespace({ body: { metadata: { name } } });
  return name;
}

export interface ServiceAccountAccess {
  /** Rules of a Role in the ServiceAccount's namespace, bound to it with a RoleBinding. */
  rules?: V1PolicyRule[];
  /** Rules of a ClusterRole, bound to it with a ClusterRoleBinding. */
  clusterRules?: V1PolicyRule[];
  /** Token lifetime; the API server's minimum is 600 s. @default 3600 */
  expirationSeconds?: number;
}

/**
 * Creates ServiceAccount `saName` in `namespace` (if missing), grants it exactly `access`, and
 * returns a KubeConfig that authenticates as it with a TokenRequest token.
 */
export async function serviceAccountKubeConfig(
  namespace: string,
  saName: string,
  access: ServiceAccountAccess = {},
  admin: KubeConfig = e2eKubeConfig(),
): Promise<KubeConfig> {
  const core = admin.makeApiClient(CoreV1Api);
  const rbac = admin.makeApiClient(RbacAuthorizationV1Api);
  await core
    .createNamespacedServiceAccount({ namespace, body: { metadata: { name: saName } } })
    .catch((e: { code?: number }) => {
      if (e.code !== 409) throw e;
    });
  const subject = { kind: 'ServiceAccount', name: saName, namespace };
  if (access.rules) {
    const name = `${saName}-${uniqueSuffix()}`;
    await rbac.createNamespacedRole({ namespace, body: { metadata: { name }, rules: access.rules } });
    await rbac.createNamespacedRoleBinding({
      namespace,
      body: {
        metadata: { name },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name },
        subjects: [subject],
      },
    });
  }
  if (access.clusterRules) {
    const name = `${namespace}-${saName}-${uniqueSuffix()}`;
    await rbac.createClusterRole({ body: { metadata: { name }, rules: access.clusterRules } });
    await rbac.createClusterRoleBinding({
      body: {
        metadata: { name },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name },
        subjects: [subject],
      },
    });
  }
  await rbacInEffect(admin, namespace, saName, [
    ...(access.rules ?? []).map((rule) => ({ rule, namespace })),
    ...(access.clusterRules ?? []).map((rule) => ({ rule, namespace: '' })),
  ]);
  const tr = await core.createNamespacedServiceAccountToken({
    name: saName,
    namespace,
    body: { spec: { audiences: [], expirationSeconds: access.expirationSeconds ?? 3600 } },
  });
  const token = tr.status?.token;
  if (!token) throw new Error(`TokenRequest for ${namespace}/${saName} returned no token`);
  const cluster = admin.getCurrentCluster();
  if (!cluster) throw new Error('the admin kubeconfig has no current cluster');
  const kc = new KubeConfig();
  const user = `system:serviceaccount:${namespace}:${saName}`;
  kc.loadFromOptions({
    clusters: [cluster],
    users: [{ name: user, token }],
    contexts: [{ name: user, cluster: cluster.name, user, namespace }],
    currentContext: user,
  });
  return kc;
}

/**
 * Waits until the API server's authorizer grants ServiceAccount `saName` one request of each rule
 * (a SubjectAccessReview as the admin). RBAC reads Roles and bindings through a watch, so a token
 * used right after they were created can still be denied; on a loaded machine that shows.
 */
export async function rbacInEffect(
  admin: KubeConfig,
  namespace: string,
  saName: string,
  grants: { rule: V1PolicyRule; namespace: string }[],
): Promise<void> {
  const user = `system:serviceaccount:${namespace}:${saName}`;
  const groups = ['system:serviceaccounts', `system:serviceaccounts:${namespace}`, 'system:authenticated'];
  const concrete = (v: string | undefined, fallback: string) => (v === undefined || v === '*' ? fallback : v);
  for (const { rule, namespace: where } of grants) {
    const verb = concrete(rule.verbs[0], 'get');
    const [resource, subresource] = concrete(rule.resources?.[0], 'pods').split('/');
    const spec = rule.nonResourceURLs?.length
      ? { nonResourceAttributes: { path: rule.nonResourceURLs[0], verb } }
      : {
          resourceAttributes: {
            namespace: where,
            verb,
            group: concrete(rule.apiGroups?.[0], ''),
            resource,
            subresource,
            name: rule.resourceNames?.[0],
          },
        };
    const what = `RBAC in effect for ${user}: ${JSON.stringify(spec)}`;
    await waitFor(what, async () => {
      const r = await rawRequest(admin, 'POST', '/apis/authorization.k8s.io/v1/subjectaccessreviews', {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SubjectAccessReview',
        spec: { user, groups, ...spec },
      });
      if (r.status !== 201) throw new Error(`SubjectAccessReview: HTTP ${r.status} ${r.body}`);
      return r.json.status.allowed === true;
    });
  }
}

export interface RawReply {
  status: number;
  body: string;
  /** The parsed body, when it is JSON. */
  json?: any;
}

/**
 * A raw API request: for what the typed clients cannot express exactly, e.g. sending an object
 * byte for byte (the typed serializers drop unknown fields, which would hide what
 * `fieldValidation=Strict` is meant to catch).
 */
export async function rawRequest(
  kc: KubeConfig,
  method: string,
  path: string,
  body?: unknown,
  contentType = 'application/json',
): Promise<RawReply> {
  const cluster = kc.getCurrentCluster();
  if (!cluster) throw new Error('kubeconfig has no current cluster');
  const url = new URL(path, cluster.server);
  const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  const opts: import('node:https').RequestOptions = {
    method,
    host: url.hostname,
    port: url.port,
    path: url.pathname + url.search,
    headers: {
      accept: 'application/json',
      ...(payload === undefined
        ? {}
        : { 'content-type': contentType, 'content-length': Buffer.byteLength(payload) }),
    },
  };
  await kc.applyToHTTPSOptions(opts);
  return new Promise((resolve, reject) => {
    const req = request(opts, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, body: text, json });
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

export interface ResourceInfo {
  /** e.g. `/apis/argoproj.io/v1alpha1` or `/api/v1`. */
  groupVersionPath: string;
  /** The plural resource name, e.g. `workflows`. */
  plural: string;
  namespaced: boolean;
}

/** Looks up `kind` in `apiVersion` through discovery; undefined when the server does not serve it. */
export async function discoverResource(
  kc: KubeConfig,
  apiVersion: string,
  kind: string,
): Promise<ResourceInfo | undefined> {
  const groupVersionPath = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
  const r = await rawRequest(kc, 'GET', groupVersionPath);
  if (r.status !== 200) return undefined;
  const list = r.json as V1APIResourceList;
  const res = list.resources.find((x) => x.kind === kind && !x.name.includes('/'));
  return res && { groupVersionPath, plural: res.name, namespaced: res.namespaced };
}
