/**
 * Smoke suite: proves, against the real kube-apiserver, the API semantics the watcher relies on
 * (docs/watcher.md). Each test would fail against a server that got the
 * semantics wrong, which is the point of not using a fake.
 */
import {
  ApiException,
  CoreV1Api,
  CustomObjectsApi,
  type KubeConfig,
  PatchStrategy,
  setHeaderOptions,
  Watch,
} from '@kubernetes/client-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { e2eKubeConfig, e2eSkipReason, freshNamespace, serviceAccountKubeConfig } from './cluster';

const GROUP = 'argoproj.io';
const VERSION = 'v1alpha1';
const PLURAL = 'workflows';
const ARTIFACT_GC_FINALIZER = 'workflows.argoproj.io/artifact-gc';

interface Workflow {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    finalizers?: string[];
    resourceVersion?: string;
    deletionTimestamp?: string;
  };
  spec: unknown;
}

function workflow(name: string, extra: Partial<Workflow['metadata']> = {}): Workflow {
  return {
    apiVersion: `${GROUP}/${VERSION}`,
    kind: 'Workflow',
    metadata: { name, ...extra },
    spec: {
      entrypoint: 'main',
      templates: [{ name: 'main', container: { image: 'busybox:1.36', command: ['true'] } }],
    },
  };
}

/** The HTTP status (and server message) a failed call produced; fails the test if it succeeded. */
async function failure(p: Promise<unknown>): Promise<{ code: number; reason: string; message: string }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiException) {
      try {
        const status = JSON.parse(String(e.body));
        return { code: e.code, reason: status.reason ?? '', message: status.message ?? '' };
      } catch {
        return { code: e.code, reason: '', message: String(e.body ?? '') };
      }
    }
    throw e;
  }
  throw new Error('expected the API call to fail, but it succeeded');
}

describe.skipIf(e2eSkipReason())('real kube-apiserver semantics the watcher depends on', () => {
  let kc: KubeConfig;
  let api: CustomObjectsApi;
  let ns: string;
  const ref = (name: string) => ({ group: GROUP, version: VERSION, plural: PLURAL, namespace: ns, name });
  const get = (name: string) => api.getNamespacedCustomObject(ref(name)) as Promise<Workflow>;
  const jsonPatch = (name: string, ops: unknown[]) =>
    api.patchNamespacedCustomObject(
      { ...ref(name), body: ops },
      setHeaderOptions('Content-Type', PatchStrategy.JsonPatch),
    ) as Promise<Workflow>;

  beforeAll(async () => {
    kc = e2eKubeConfig();
    api = kc.makeApiClient(CustomObjectsApi);
    ns = await freshNamespace('smoke');
  });

  it('keeps a Workflow with a finalizer after delete, with deletionTimestamp set', async () => {
    await api.createNamespacedCustomObject({
      ...ref(''),
      body: workflow('held', { finalizers: [ARTIFACT_GC_FINALIZER] }),
    });
    await api.deleteNamespacedCustomObject(ref('held'));
    const wf = await get('held');
    expect(wf.metadata.deletionTimestamp).toBeTruthy();
    expect(wf.metadata.finalizers).toEqual([ARTIFACT_GC_FINALIZER]);
  });

  it('removes the object when a JSON patch test+remove drops its last finalizer', async () => {
    await api.createNamespacedCustomObject({
      ...ref(''),
      body: workflow('released', { finalizers: ['example.com/other', ARTIFACT_GC_FINALIZER] }),
    });
    await api.deleteNamespacedCustomObject(ref('released'));
    // Remove by index, guarded by `test` so a concurrent change to the list cannot remove the wrong entry.
    const after = await jsonPatch('released', [
      { op: 'test', path: '/metadata/finalizers/1', value: ARTIFACT_GC_FINALIZER },
      { op: 'remove', path: '/metadata/finalizers/1' },
    ]);
    expect(after.metadata.finalizers).toEqual(['example.com/other']);
    expect((await get('released')).metadata.deletionTimestamp).toBeTruthy();
    await jsonPatch('released', [
      { op: 'test', path: '/metadata/finalizers/0', value: 'example.com/other' },
      { op: 'remove', path: '/metadata/finalizers/0' },
    ]);
    expect((await failure(get('released'))).code).toBe(404);
  });

  it('rejects a failed JSON patch test op with 422 and changes nothing', async () => {
    await api.createNamespacedCustomObject({
      ...ref(''),
      body: workflow('guarded', { finalizers: [ARTIFACT_GC_FINALIZER] }),
    });
    const f = await failure(
      jsonPatch('guarded', [
        { op: 'test', path: '/metadata/finalizers/0', value: 'not-the-finalizer' },
        { op: 'remove', path: '/metadata/finalizers/0' },
      ]),
    );
    // The Status carries no detail about which op failed: reason Invalid, a generic message.
    expect(f).toMatchObject({ code: 422, reason: 'Invalid' });
    expect((await get('guarded')).metadata.finalizers).toEqual([ARTIFACT_GC_FINALIZER]);
  });

  it('rejects an update carrying a stale resourceVersion with 409', async () => {
    const created = (await api.createNamespacedCustomObject({
      ...ref(''),
      body: workflow('versioned'),
    })) as Workflow;
    const stale = created.metadata.resourceVersion!;
    await api.patchNamespacedCustomObject(
      { ...ref('versioned'), body: { metadata: { labels: { step: 'one' } } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    const update = {
      ...created,
      metadata: { ...created.metadata, labels: { step: 'two' }, resourceVersion: stale },
    };
    expect(
      (await failure(api.replaceNamespacedCustomObject({ ...ref('versioned'), body: update }))).code,
    ).toBe(409);
    // The same precondition inside a JSON patch (`test` on resourceVersion) is a 409 too.
    const f = await failure(
      jsonPatch('versioned', [
        { op: 'add', path: '/metadata/resourceVersion', value: stale },
        { op: 'add', path: '/metadata/labels/step', value: 'three' },
      ]),
    );
    expect(f).toMatchObject({ code: 409, reason: 'Conflict' });
    expect((await get('versioned')).metadata.labels).toEqual({ step: 'one' });
  });

  it('delivers MODIFIED (deletionTimestamp set) and then DELETED to a watch', async () => {
    const created = (await api.createNamespacedCustomObject({
      ...ref(''),
      body: workflow('watched', { finalizers: [ARTIFACT_GC_FINALIZER] }),
    })) as Workflow;
    const events: { type: string; deleting: boolean }[] = [];
    let sawDeleted: () => void = () => {};
    const deleted = new Promise<void>((resolve) => {
      sawDeleted = resolve;
    });
    const controller = await new Watch(kc).watch(
      `/apis/${GROUP}/${VERSION}/namespaces/${ns}/${PLURAL}`,
      { resourceVersion: created.metadata.resourceVersion, fieldSelector: 'metadata.name=watched' },
      (type, obj: Workflow) => {
        events.push({ type, deleting: !!obj.metadata.deletionTimestamp });
        if (type === 'DELETED') sawDeleted();
      },
      () => {},
    );
    try {
      await api.deleteNamespacedCustomObject(ref('watched'));
      await jsonPatch('watched', [
        { op: 'test', path: '/metadata/finalizers/0', value: ARTIFACT_GC_FINALIZER },
        { op: 'remove', path: '/metadata/finalizers/0' },
      ]);
      await Promise.race([
        deleted,
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error(`no DELETED: ${JSON.stringify(events)}`)), 20_000),
        ),
      ]);
    } finally {
      controller.abort();
    }
    expect(events[0]).toEqual({ type: 'MODIFIED', deleting: true });
    expect(events.at(-1)).toEqual({ type: 'DELETED', deleting: true });
    expect(events.map((e) => e.type).filter((t) => t !== 'MODIFIED')).toEqual(['DELETED']);
  });

  it('filters by label selector and pages with limit/continue', async () => {
    const names = Array.from({ length: 5 }, (_, i) => `paged-${i}`);
    for (const [i, name] of names.entries()) {
      await api.createNamespacedCustomObject({
        ...ref(''),
        body: workflow(name, { labels: { suite: 'paging', parity: i % 2 ? 'odd' : 'even' } }),
      });
    }
    const list = (opts: { labelSelector?: string; limit?: number; _continue?: string }) =>
      api.listNamespacedCustomObject({
        group: GROUP,
        version: VERSION,
        plural: PLURAL,
        namespace: ns,
        ...opts,
      }) as Promise<{
        items: Workflow[];
        metadata: { _continue?: string; continue?: string; remainingItemCount?: number };
      }>;

    const even = await list({ labelSelector: 'suite=paging,parity=even' });
    expect(even.items.map((w) => w.metadata.name).sort()).toEqual(['paged-0', 'paged-2', 'paged-4']);

    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await list({ labelSelector: 'suite=paging', limit: 2, _continue: token });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((w) => w.metadata.name));
      token = page.metadata.continue || page.metadata._continue || undefined;
      pages++;
    } while (token);
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual(names);
  });

  it('denies a ServiceAccount token what its narrow Role does not grant', async () => {
    const saKc = await serviceAccountKubeConfig(ns, 'reader', {
      rules: [{ apiGroups: [GROUP], resources: [PLURAL], verbs: ['get', 'list', 'watch'] }],
    });
    const sa = saKc.makeApiClient(CustomObjectsApi);
    await api.createNamespacedCustomObject({ ...ref(''), body: workflow('rbac-target') });

    // Granted: the token authenticates and the Role allows reading Workflows in its namespace.
    const listed = (await sa.listNamespacedCustomObject({
      group: GROUP,
      version: VERSION,
      plural: PLURAL,
      namespace: ns,
    })) as {
      items: Workflow[];
    };
    expect(listed.items.map((w) => w.metadata.name)).toContain('rbac-target');

    // Not granted: patch, delete, other namespaces, other resources.
    const denied: (() => Promise<unknown>)[] = [
      () =>
        sa.patchNamespacedCustomObject(
          { ...ref('rbac-target'), body: [{ op: 'add', path: '/metadata/labels', value: { x: 'y' } }] },
          setHeaderOptions('Content-Type', PatchStrategy.JsonPatch),
        ),
      () => sa.deleteNamespacedCustomObject(ref('rbac-target')),
      () =>
        sa.listNamespacedCustomObject({
          group: GROUP,
          version: VERSION,
          plural: PLURAL,
          namespace: 'default',
        }),
      () => saKc.makeApiClient(CoreV1Api).listNamespacedSecret({ namespace: ns }),
    ];
    for (const call of denied) expect((await failure(call())).code).toBe(403);
    expect((await get('rbac-target')).metadata.labels).toBeUndefined();
  });
});
