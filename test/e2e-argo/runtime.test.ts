/**
 * Runtime modes against the real workflow-controller v4.0.5 on kwok nodes (issue 15): the
 * controller produces the stuck state itself, `argo-guard watch` (the CLI, as the ServiceAccount
 * the install's RBAC gives) finds it.
 *
 * - RUN-05 (argo-workflows#16863): a Workflow labelled for an instanceID no controller runs is
 *   never picked up: its phase stays empty while an unlabelled one next to it runs.
 * - RUN-04 (argo-workflows#14641): pods of an `onExit` handler are exempt from
 *   activeDeadlineSeconds, so an exit handler that cannot be scheduled keeps the Workflow Running
 *   past its deadline; the watcher sets `shutdown: Terminate` and the controller ends the run.
 */
import { describe, expect, it } from 'vitest';
import { LABEL_INSTANCE_ID } from '../../src/argo/metadata';
import { e2eSkipReason } from '../e2e/cluster';
import { events } from '../e2e/watcher-helpers';
import { argoSuite, createWorkflow, getWorkflow, INSTANCE_ID, waitFor, waitForPhase } from './helpers';

const IMAGE = 'docker.io/library/alpine:3.20';

/** A Workflow with one quick pod; `labels` e.g. an instanceID. */
const quick = (name: string, namespace: string, labels: Record<string, string> = {}) => ({
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Workflow',
  metadata: { name, namespace, labels },
  spec: {
    entrypoint: 'main',
    activeDeadlineSeconds: 300,
    nodeSelector: { 'kubernetes.io/arch': 'amd64' },
    templates: [{ name: 'main', container: { image: IMAGE, command: ['true'] } }],
  },
});

/** A short deadline and an exit handler no node can take (its pod stays Pending, Unschedulable). */
const stuckExitHandler = (name: string, namespace: string) => ({
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Workflow',
  metadata: { name, namespace },
  spec: {
    entrypoint: 'main',
    onExit: 'exit',
    activeDeadlineSeconds: 15,
    nodeSelector: { 'kubernetes.io/arch': 'amd64' },
    templates: [
      { name: 'main', container: { image: IMAGE, command: ['true'] } },
      {
        name: 'exit',
        nodeSelector: { 'argo-guard.test/no-such-node': 'true' },
        container: { image: IMAGE, command: ['true'] },
      },
    ],
  },
});

describe.skipIf(e2eSkipReason())('runtime modes under the real Argo controller v4.0.5', () => {
  const suite = argoSuite('argo-rt');

  it('RUN-05: labelled for an instanceID no controller runs, it never gets a phase; the watcher names the label', async () => {
    const ns = await suite.workflowNamespace();
    await createWorkflow(suite.admin, quick('unowned', ns, { [LABEL_INSTANCE_ID]: 'nobody' }));
    // The control: the same Workflow without the label is run by the controller.
    await createWorkflow(suite.admin, quick('owned', ns));
    await waitForPhase(suite.admin, ns, 'owned', ['Succeeded']);
    // The controller had its chance at both; only the labelled one is left without a phase.
    expect((await getWorkflow(suite.admin, ns, 'unowned')).status?.phase ?? '').toBe('');
    const w = await suite.watcher(['--namespace', ns, '--start-timeout', '1s', '--instance-id', INSTANCE_ID]);
    const ev = await waitFor(
      'RUN-05 Event',
      async () => (await events(suite.admin, ns, 'unowned')).find((e) => e.reason === 'WorkflowNeverStarted'),
      60_000,
    );
    expect(ev.message).toMatch(
      new RegExp(
        `^RUN-05: no phase 1s after creation: its ${LABEL_INSTANCE_ID} label is "nobody", but the controller runs with instanceID "${INSTANCE_ID}" \\(argo-workflows#16863\\)`,
      ),
    );
    expect((await events(suite.admin, ns, 'owned')).map((e) => e.reason)).not.toContain(
      'WorkflowNeverStarted',
    );
    expect(w.lines().some((l) => /^RUN-05: /.test(l.msg) && l.workflow === 'unowned')).toBe(true);
  });

  it('RUN-04: an exit handler Pending keeps the Workflow Running past its deadline (#14641); the watcher terminates it and the controller ends it', async () => {
    const ns = await suite.workflowNamespace();
    await createWorkflow(suite.admin, stuckExitHandler('late', ns));
    // The controller's own state: the exit handler's node Pending, the Workflow Running, and the
    // deadline (startedAt + 15 s) well past.
    const running = await waitFor(
      'Running past the deadline with the exit handler Pending',
      async () => {
        const wf = await getWorkflow(suite.admin, ns, 'late');
        const started = Date.parse(wf?.status?.startedAt ?? '');
        const exitPending = Object.values<any>(wf?.status?.nodes ?? {}).some(
          (n) => n.type === 'Pod' && n.templateName === 'exit' && n.phase === 'Pending',
        );
        return wf?.status?.phase === 'Running' && exitPending && Date.now() > started + 25_000 && wf;
      },
      120_000,
    );
    expect(running.spec.shutdown).toBeUndefined();
    const w = await suite.watcher(['--namespace', ns, '--deadline-grace', '0s']);
    const terminated = await waitFor(
      'shutdown: Terminate',
      async () => {
        const wf = await getWorkflow(suite.admin, ns, 'late');
        return wf?.spec?.shutdown === 'Terminate' && wf;
      },
      60_000,
    );
    expect(terminated.spec.shutdown).toBe('Terminate');
    const ended = await waitForPhase(suite.admin, ns, 'late', ['Failed', 'Error'], 120_000);
    expect(ended.status.phase).not.toBe('Running');
    // The terminate has an Event reason of its own: the reports that may follow while the
    // controller winds the run down ("although shutdown is Terminate", under WorkflowPastDeadline)
    // do not rewrite what argo-guard did.
    const evs = await events(suite.admin, ns, 'late');
    const acted = evs.find((e) => e.reason === 'WorkflowTerminatedPastDeadline');
    expect(acted?.message).toMatch(
      /^RUN-04: argo-guard set spec\.shutdown=Terminate: still Running more than 0s past its activeDeadlineSeconds \(15\)/,
    );
    expect(acted?.count ?? 1).toBe(1);
    for (const e of evs.filter((x) => x.reason === 'WorkflowPastDeadline'))
      expect(e.message).toMatch(/^RUN-04: .*although shutdown is Terminate/);
    expect(w.lines().filter((l) => l.msg === 'RUN-04: set spec.shutdown=Terminate')).toHaveLength(1);
  });
});
