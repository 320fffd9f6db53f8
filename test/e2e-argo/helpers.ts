/**
 * Shared pieces of the e2e-argo suites: Workflows for the real controller, and `argo-guard watch`
 * as a child process (the CLI, as users run it) with the ServiceAccount the install's RBAC gives.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll } from 'vitest';
import { type KubeApi, paths } from '../../src/watcher/kube';
import { freshNamespace } from '../e2e/cluster';
import { adminApi, watcherKubeConfig } from '../e2e/watcher-helpers';
import { ANNOTATION, type Argoexec, startArgoexec } from './argoexec';

export { ARTIFACT_GC_FINALIZER } from '../../src/argo/metadata';

import { getWorkflow, waitFor } from '../helpers/api-wait';
import { startWatchProcess, type WatchProcess } from '../helpers/watch-process';

export { getWorkflow, waitFor };
export const INSTANCE_ID = 'argo-guard-e2e';
const ROOT = join(__dirname, '..', '..');

export interface WorkflowOptions {
  /** The pod fails the way an arch mismatch does (exec format error), before producing anything. */
  fail?: boolean;
  /** The pod stays Running (argoexec never finishes). */
  hold?: boolean;
  forceFinalizerRemoval?: boolean;
  /** The GC pod fails with this message (its task reports `success: false`). */
  gcFailure?: string;
  /** Run under the controller with this instanceID. */
  instanceID?: string;
  activeDeadlineSeconds?: number;
}

/** One pod with one S3 output artifact in the default repository, GC on deletion. */
export function gcWorkflow(name: string, namespace: string, o: WorkflowOptions = {}): any {
  const annotations: Record<string, string> = {};
  if (o.fail) annotations[ANNOTATION.fail] = 'exec-format-error';
  if (o.hold) annotations[ANNOTATION.hold] = 'true';
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Workflow',
    metadata: {
      name,
      namespace,
      labels: o.instanceID ? { 'workflows.argoproj.io/controller-instanceid': o.instanceID } : {},
    },
    spec: {
      entrypoint: 'main',
      activeDeadlineSeconds: o.activeDeadlineSeconds ?? 300,
      artifactGC: {
        strategy: 'OnWorkflowDeletion',
        ...(o.forceFinalizerRemoval ? { forceFinalizerRemoval: true } : {}),
        ...(o.gcFailure
          ? {
              podMetadata: {
                annotations: { [ANNOTATION.fail]: 'gc', [ANNOTATION.failMessage]: o.gcFailure },
              },
            }
          : {}),
      },
      nodeSelector: { 'kubernetes.io/arch': 'amd64' },
      templates: [
        {
          name: 'main',
          metadata: { annotations },
          container: { image: 'docker.io/library/alpine:3.20', command: ['sh', '-c', 'echo hi > /tmp/out'] },
          outputs: { artifacts: [{ name: 'out', path: '/tmp/out' }] },
        },
      ],
    },
  };
}

// Not from test/e2e/watcher-helpers: that imports vitest, and the benchmark uses this file too.

export async function createWorkflow(api: KubeApi, wf: any): Promise<any> {
  return api.post(paths.workflows(wf.metadata.namespace), wf);
}

/** Waits until the controller gives the Workflow one of `phases`; returns it. */
export async function waitForPhase(
  api: KubeApi,
  ns: string,
  name: string,
  phases: string[],
  timeoutMs = 90_000,
): Promise<any> {
  return waitFor(
    `${ns}/${name} phase ${phases.join('|')}`,
    async () => {
      const wf = await getWorkflow(api, ns, name);
      return wf && phases.includes(wf.status?.phase) ? wf : undefined;
    },
    timeoutMs,
  );
}

export async function waitGone(api: KubeApi, ns: string, name: string, timeoutMs = 90_000): Promise<void> {
  await waitFor(
    `${ns}/${name} gone`,
    async () => (await getWorkflow(api, ns, name)) === undefined,
    timeoutMs,
  );
}

export type WatcherProcess = WatchProcess;

/**
 * `argo-guard watch` as a child process, authenticated as ServiceAccount `argo-guard` in
 * `ownNamespace` (`kc`) bound to exactly the watcher's RBAC (src/watcher/rbac.ts); ready once /readyz is 200.
 */
export async function startWatcher(
  ownNamespace: string,
  args: string[],
  /** The watcher's kubeconfig: ServiceAccount `argo-guard` in ownNamespace with the watcher's RBAC. */
  kc: KubeConfig,
): Promise<WatcherProcess> {
  const kubeconfig = join(mkdtempSync(join(tmpdir(), 'argo-guard-e2e-argo-')), 'watcher.kubeconfig');
  writeFileSync(kubeconfig, kc.exportConfig(), { mode: 0o600 });
  return startWatchProcess({
    command: [process.execPath, '--import', 'tsx', 'src/cli/main.ts'],
    args: (port) => [
      'watch',
      '--kubeconfig',
      kubeconfig,
      '--watcher-namespace',
      ownNamespace,
      '--listen',
      `127.0.0.1:${port}`,
      '--no-leader-elect',
      '--log-format',
      'json',
      ...args,
    ],
    cwd: ROOT,
  });
}

/** What a suite against the real controller shares; filled in by its `beforeAll`. */
export interface ArgoSuite {
  /** The cluster admin's client. */
  admin: KubeApi;
  /** The watcher's own namespace (its ServiceAccount, Lease and ledger). */
  own: string;
  /** The stand-in for argoexec (argoexec.ts): what it wrote, and when. */
  argoexec: Argoexec;
  /** A fresh namespace whose Workflow pods get argoexec's part played. */
  workflowNamespace(): Promise<string>;
  /** `argo-guard watch` with `args`, as the watcher's ServiceAccount; stopped after the suite. */
  watcher(args: string[]): Promise<WatcherProcess>;
}

/**
 * Registers the suite's set-up and tear-down (call it inside `describe`): one admin client, the
 * watcher's namespace, one argoexec stand-in polling every namespace the suite creates, and the
 * watchers it starts, all stopped in `afterAll`.
 */
export function argoSuite(namespacePrefix: string): ArgoSuite {
  const namespaces: string[] = [];
  const watchers: WatcherProcess[] = [];
  const suite: ArgoSuite = {
    admin: undefined as unknown as KubeApi,
    own: '',
    argoexec: undefined as unknown as Argoexec,
    async workflowNamespace() {
      const ns = await freshNamespace(namespacePrefix);
      namespaces.push(ns);
      return ns;
    },
    async watcher(args) {
      const w = await startWatcher(suite.own, args, await watcherKubeConfig(suite.own));
      watchers.push(w);
      return w;
    },
  };
  beforeAll(async () => {
    suite.admin = adminApi();
    suite.own = await freshNamespace('argo-guard');
    // One stand-in for all tests: it polls the namespaces registered so far.
    suite.argoexec = startArgoexec(suite.admin, namespaces);
  });
  afterAll(async () => {
    await Promise.all(watchers.map((w) => w.stop()));
    await suite.argoexec?.stop();
    suite.admin?.close();
  });
  return suite;
}
