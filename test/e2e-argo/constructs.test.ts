/**
 * This repository's synthesized output (npm run synth → dist/) run by the real workflow-controller
 * v4.0.5 on kwok nodes: the pipelines' Workflows and a Workflow made from the Sensor trigger's
 * manifest. The emitted ServiceAccounts, Roles and RoleBindings are applied as they are, and the
 * argoexec stand-in writes as each pod's ServiceAccount, so the emitted RBAC is what allows it.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Testing } from 'cdk8s';
import { loadAll } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KubeApi } from '../../src/watcher/kube';
import { paths } from '../../src/watcher/kube';
import { GuardedChart, Workflow } from '../../src/workflows';
import { e2eSkipReason } from '../e2e/cluster';
import { adminApi } from '../e2e/watcher-helpers';
import { ANNOTATION, type Argoexec, S3_REPOSITORY, startArgoexec } from './argoexec';
import { ARTIFACT_GC_FINALIZER, getWorkflow, waitFor, waitForPhase } from './helpers';

const ROOT = join(__dirname, '..', '..');
const NODE_ARCH: Record<string, string> = { 'kwok-amd64-0': 'amd64', 'kwok-arm64-0': 'arm64' };
/** The waits of one run (`run`); a test's own timeout is above their sum, so a timeout names its wait. */
const PHASE_TIMEOUT_MS = 240_000;
const RELEASE_TIMEOUT_MS = 120_000;
const RUN_TEST_TIMEOUT_MS = PHASE_TIMEOUT_MS + RELEASE_TIMEOUT_MS + 60_000;
const CONTINUE_ON_TEST_TIMEOUT_MS = 120_000 + 60_000 + 60_000;

function synthesized(): any[] {
  execFileSync('npm', ['run', '--silent', 'synth'], { cwd: ROOT, stdio: 'pipe', timeout: 300_000 });
  const dir = join(ROOT, 'dist');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.k8s.yaml'))
    .sort()
    .flatMap((f) => loadAll(readFileSync(join(dir, f), 'utf8')) as any[])
    .filter(Boolean);
}

/** The REST collection of a namespaced object of the kinds dist/ holds (Argo, core, RBAC). */
function collection(obj: any): string {
  const ns = obj.metadata.namespace;
  const plural = `${obj.kind.toLowerCase()}s`;
  if (obj.apiVersion === 'v1') return `/api/v1/namespaces/${ns}/${plural}`;
  return `/apis/${obj.apiVersion}/namespaces/${ns}/${plural}`;
}

describe.skipIf(e2eSkipReason())("the constructs' output under the real controller", () => {
  let admin: KubeApi;
  let objects: any[];
  let argoexec: Argoexec;
  const namespaces = ['ci', 'argo-events'];

  beforeAll(async () => {
    admin = adminApi();
    objects = synthesized();
    for (const ns of namespaces) {
      await admin
        .post('/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } })
        .catch(() => undefined);
    }
    // The pipelines' artifactRepositoryRef names a ConfigMap the cluster provides, not the app.
    await admin
      .post(paths.configmaps('ci'), {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'artifact-repositories', namespace: 'ci' },
        data: { 'default-v1': JSON.stringify({ s3: S3_REPOSITORY }) },
      })
      .catch(() => undefined);
    await applyPrerequisites(objects);
    argoexec = startArgoexec(admin, namespaces, { asPodServiceAccount: true });
  }, 600_000);

  /** Server-side applies the RBAC and WorkflowTemplates of `manifests` (what a run needs). */
  async function applyPrerequisites(manifests: any[]): Promise<void> {
    const wanted = new Set(['ServiceAccount', 'Role', 'RoleBinding', 'WorkflowTemplate']);
    for (const obj of manifests.filter(
      (o) => wanted.has(o.kind) && namespaces.includes(o.metadata?.namespace),
    )) {
      await admin
        .request(
          'PATCH',
          `${collection(obj)}/${obj.metadata.name}?fieldManager=argo-guard-e2e&force=true`,
          obj,
          'application/apply-patch+yaml',
        )
        .catch((err) => {
          throw new Error(`applying ${obj.kind} ${obj.metadata.namespace}/${obj.metadata.name}: ${err}`);
        });
    }
  }

  afterAll(async () => {
    await argoexec?.stop();
    admin?.close();
  });

  /** Submits, waits for a final phase within its deadline, checks placement, deletes, waits gone. */
  async function run(wf: any): Promise<{ final: any }> {
    const created = await admin.post(paths.workflows(wf.metadata.namespace), wf);
    const { namespace, name } = created.metadata;
    const deadline = (created.spec.activeDeadlineSeconds ?? 600) * 1000;
    const final = await waitForPhase(
      admin,
      namespace,
      name,
      ['Succeeded', 'Failed', 'Error'],
      Math.min(deadline, PHASE_TIMEOUT_MS),
    );
    for (const node of Object.values<any>(final.status.nodes).filter((n) => n.type === 'Pod')) {
      const template = (
        final.status.storedTemplates ? Object.values<any>(final.status.storedTemplates) : final.spec.templates
      ).find((t: any) => t.name === node.templateName);
      // A template's nodeSelector replaces the Workflow's (Argo does not merge them); a template
      // without an arch in it may allow several through its node affinity.
      const selector = template?.nodeSelector ?? final.spec.nodeSelector ?? {};
      const allowed: string[] = selector['kubernetes.io/arch']
        ? [selector['kubernetes.io/arch']]
        : (
            template?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution
              ?.nodeSelectorTerms ?? []
          )
            .flatMap((t: any) => t.matchExpressions ?? [])
            .filter((e: any) => e.key === 'kubernetes.io/arch' && e.operator === 'In')
            .flatMap((e: any) => e.values);
      // The real scheduler put each pod on a node of an architecture it is pinned to.
      expect(allowed.length, `${name}/${node.displayName} is pinned`).toBeGreaterThan(0);
      expect(allowed, `${name}/${node.displayName} on ${node.hostNodeName}`).toContain(
        NODE_ARCH[node.hostNodeName],
      );
    }
    await admin.request('DELETE', paths.workflow(namespace, name));
    await waitFor(
      `${namespace}/${name} released`,
      async () => (await getWorkflow(admin, namespace, name)) === undefined,
      RELEASE_TIMEOUT_MS,
    );
    return { final };
  }

  /**
   * The GC pods of a Workflow as the argoexec stand-in saw them Running (a poll of the pods can miss
   * one: it lives a few seconds). The stand-in records a pod once its write was answered, and the
   * controller may act on the write before that: wait for the record.
   */
  async function gcPodsOf(namespace: string, name: string): Promise<any[]> {
    const recorded = () =>
      [...argoexec.handled.values()]
        .filter((h) => h.kind === 'gc-task-status' && h.namespace === namespace && h.workflow === name)
        .map((h) => h.pod);
    return waitFor(`the GC pods of ${namespace}/${name}`, async () => {
      const pods = recorded();
      return pods.length > 0 && pods;
    }).catch(() => recorded());
  }

  it(
    'ci-build (WorkflowTemplate): amd64 and arm64 builds land on their nodes, GC runs pinned under the emitted ServiceAccount, nothing left behind',
    async () => {
      const template = objects.find((o) => o.kind === 'WorkflowTemplate' && o.metadata.name === 'ci-build');
      const { final } = await run({
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'Workflow',
        metadata: { generateName: 'ci-build-', namespace: 'ci' },
        spec: { workflowTemplateRef: { name: 'ci-build' } },
      });
      const gcPods = await gcPodsOf('ci', final.metadata.name);
      expect(final.status.phase).toBe('Succeeded');
      const hosts = Object.values<any>(final.status.nodes)
        .filter((n) => n.type === 'Pod')
        .map((n) => n.hostNodeName);
      expect(new Set(hosts)).toEqual(new Set(['kwok-amd64-0', 'kwok-arm64-0']));
      // The GC pod got the pin through podSpecPatch and ran as the emitted GC ServiceAccount.
      expect(gcPods).toHaveLength(1);
      expect(gcPods[0].spec.nodeSelector).toMatchObject({ 'kubernetes.io/arch': 'amd64' });
      expect(gcPods[0].spec.serviceAccountName).toBe(template.spec.artifactGC.serviceAccountName);
      expect(gcPods[0].spec.nodeName).toBe('kwok-amd64-0');
      expect(final.metadata.finalizers).toContain(ARTIFACT_GC_FINALIZER);
    },
    RUN_TEST_TIMEOUT_MS,
  );

  it(
    'smoke-test (the Argo CD hook Workflow) reaches a final phase within its deadline and goes',
    async () => {
      const hook = objects.find((o) => o.kind === 'Workflow' && o.metadata.generateName === 'smoke-test-');
      const { final } = await run(structuredClone(hook));
      expect(final.status.phase).toBe('Succeeded');
    },
    RUN_TEST_TIMEOUT_MS,
  );

  it(
    "a Workflow made from the Sensor trigger's manifest runs under the emitted RBAC and goes",
    async () => {
      const sensor = objects.find((o) => o.kind === 'Sensor');
      const trigger = sensor.spec.triggers.find(
        (t: any) => t.template?.k8s?.source?.resource?.kind === 'Workflow',
      );
      const wf = structuredClone(trigger.template.k8s.source.resource);
      const { final } = await run(wf);
      expect(final.status.phase).toBe('Succeeded');
      expect(
        final.spec.serviceAccountName ?? final.status.storedWorkflowTemplateSpec?.serviceAccountName,
      ).toBe(
        objects.find((o) => o.kind === 'WorkflowTemplate' && o.metadata.name === 'push-test').spec
          .serviceAccountName,
      );
    },
    RUN_TEST_TIMEOUT_MS,
  );

  it(
    'a DAG task with continueOn: the controller takes the translated depends, runs the next task after the failure, the run succeeds',
    async () => {
      // Argo refuses continueOn beside depends; the construct writes (flaky || flaky.Failed).
      const c = new GuardedChart(Testing.app(), 'continue-on', {
        namespace: 'ci',
        argoGuard: { lint: false },
      });
      const wf = new Workflow(c, 'wf', { metadata: { name: 'continue-on' } });
      const flaky = wf.addContainer('flaky', {
        command: ['make'],
        image: 'alpine:3.20',
        annotations: { [ANNOTATION.fail]: 'true' },
      });
      const after = wf.addContainer('after', { image: 'alpine:3.20', command: ['true'] });
      const dag = wf.addDag('main');
      const t = dag.addTask('flaky', { template: flaky, continueOn: { failed: true } });
      dag.addTask('after', { template: after }).dependsOn(t);
      wf.entrypoint = dag;
      const manifests = Testing.synth(c);
      await applyPrerequisites(manifests);
      const workflow = manifests.find((m) => m.kind === 'Workflow');
      expect(workflow.spec.templates.find((x: any) => x.name === 'main').dag.tasks).toEqual([
        { name: 'flaky', template: 'flaky' },
        { name: 'after', template: 'after', depends: '(flaky || flaky.Failed)' },
      ]);
      await admin.post(paths.workflows('ci'), workflow);
      const final = await waitForPhase(admin, 'ci', 'continue-on', ['Succeeded', 'Failed', 'Error'], 120_000);
      const nodes = Object.values<any>(final.status.nodes ?? {});
      const summary = JSON.stringify({
        phase: final.status.phase,
        message: final.status.message,
        nodes: nodes.map((n) => [n.displayName, n.type, n.phase, n.message, n.hostNodeName]),
      });
      const phase = (name: string) => nodes.find((n) => n.displayName === name)?.phase;
      expect(phase('flaky'), summary).toBe('Failed');
      expect(phase('after'), summary).toBe('Succeeded');
      expect(final.status.phase, summary).toBe('Succeeded');
      await admin.request('DELETE', paths.workflow('ci', 'continue-on'));
      await waitFor(
        'continue-on gone',
        async () => (await getWorkflow(admin, 'ci', 'continue-on')) === undefined,
        60_000,
      );
    },
    CONTINUE_ON_TEST_TIMEOUT_MS,
  );
});
