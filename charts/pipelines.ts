/**
 * The example pipelines of this repo's app. Each shows one way a Workflow gets stuck and what the
 * constructs emit so that it cannot:
 * - `ci-build`: a multi-arch CI build with output artifacts and artifact GC (founding incident:
 *   per-arch builds pinned to their own architecture, GC with its own service account and RBAC,
 *   the GC pod's podSpecPatch carrying the pin, a deadline so nothing is Pending forever);
 * - `nightly-report`: a CronWorkflow holding a mutex (no self-deadlock, a deadline so one stuck run
 *   cannot stop all later ones under `concurrencyPolicy: Forbid`);
 * - `smoke-test`: an Argo CD PostSync hook Workflow (generateName, delete policy, deadline, GC that
 *   never blocks the next sync).
 */
import { Duration } from 'cdk8s';
import type { Construct } from 'constructs';
import {
  ArtifactLocation,
  ArtifactRepositories,
  CronWorkflow,
  GuardedChart,
  type GuardedChartProps,
  Workflow,
  WorkflowTemplate,
} from '../src';

export class PipelinesChart extends GuardedChart {
  /** The namespace's artifact repository (the ConfigMap ci-build's artifactRepositoryRef names). */
  public readonly artifactRepositories: ArtifactRepositories;
  public readonly ciBuild: WorkflowTemplate;
  public readonly nightly: CronWorkflow;
  public readonly smokeTest: Workflow;

  constructor(scope: Construct, id: string, props: GuardedChartProps = {}) {
    super(scope, id, { namespace: 'ci', ...props });
    // Credentials come from the pods' cloud identity (IRSA, Workload Identity): nothing secret
    // in Git. Without this ConfigMap every ci-build run fails at once (GITOPS010).
    this.artifactRepositories = new ArtifactRepositories(this, 'artifact-repositories', {
      repositories: {
        'default-v1': {
          s3: {
            bucket: 'acme-ci-artifacts',
            endpoint: 's3.amazonaws.com',
            region: 'eu-central-1',
            useSDKCreds: true,
          },
        },
      },
    });
    this.ciBuild = this.multiArchBuild();
    this.nightly = this.nightlyReport();
    this.smokeTest = this.postSyncSmokeTest();
  }

  /** Builds the app for amd64 and arm64 in parallel, each on its own nodes, then publishes one multi-arch image. */
  private multiArchBuild(): WorkflowTemplate {
    const wt = new WorkflowTemplate(this, 'ci-build', {
      metadata: { name: 'ci-build' },
      artifactRepositoryRef: this.artifactRepositories.ref('default-v1'),
      activeDeadline: Duration.minutes(45),
      arguments: { parameters: { revision: 'main' } },
    });
    const source = ArtifactLocation.git({
      repo: 'https://git.example.com/acme/app.git',
      revision: '{{workflow.parameters.revision}}',
    });

    const builds = (['amd64', 'arm64'] as const).map((arch) =>
      wt.addContainer(`build-${arch}`, {
        // The builder image exists for both architectures; each build runs natively on its own nodes.
        image: 'ghcr.io/acme/builder:1.4.2',
        architectures: [arch],
        command: ['make', 'release'],
        args: [`GOARCH=${arch}`],
        inputs: { artifacts: [{ name: 'source', path: '/src', location: source }] },
        outputs: {
          artifacts: [
            {
              name: 'binary',
              path: '/src/out',
              location: ArtifactLocation.s3({ key: `ci-build/{{workflow.uid}}/${arch}.tgz` }),
            },
          ],
        },
        resources: { requests: { cpu: '1', memory: '2Gi' }, limits: { memory: '4Gi' } },
        retry: { backoff: { duration: Duration.seconds(30) } },
      }),
    );
    const publish = wt.addContainer('publish', {
      image: 'ghcr.io/acme/publisher:2.0.1',
      command: ['publish', '--manifest-list'],
      inputs: {
        artifacts: builds.map((_, i) => ({ name: `binary-${i}`, path: `/in/${i}` })),
      },
    });

    const dag = wt.addDag('main');
    const tasks = builds.map((b) => dag.addTask(b.name, { template: b }));
    dag
      .addTask('publish', {
        template: publish,
        arguments: {
          artifacts: Object.fromEntries(tasks.map((t, i) => [`binary-${i}`, t.outputArtifact('binary')])),
        },
      })
      .dependsOn(...tasks);
    wt.entrypoint = dag;
    return wt;
  }

  /** A nightly report that must never run twice at once: a mutex, Forbid, and a deadline. */
  private nightlyReport(): CronWorkflow {
    const cron = new CronWorkflow(this, 'nightly-report', {
      metadata: { name: 'nightly-report' },
      schedules: ['0 2 * * *'],
      timezone: 'Europe/Berlin',
      concurrencyPolicy: 'Forbid',
      startingDeadline: Duration.minutes(30),
      activeDeadline: Duration.hours(2),
      synchronization: { mutexes: ['nightly-report'] },
    });
    const collect = cron.addScript('collect', {
      image: 'python:3.12-slim',
      architectures: ['amd64', 'arm64'],
      source: 'import json, datetime\nprint(json.dumps({"date": datetime.date.today().isoformat()}))\n',
      command: ['python'],
    });
    const send = cron.addContainer('send', {
      image: 'curlimages/curl:8.10.1',
      command: [
        'curl',
        '-fsS',
        '-X',
        'POST',
        '--data',
        '{{inputs.parameters.report}}',
        'https://reports.example.com/nightly',
      ],
      inputs: { parameters: [{ name: 'report' }] },
    });
    const steps = cron.addSteps('main');
    const collected = steps.addStep('collect', { template: collect });
    steps.addStep('send', { template: send, arguments: { parameters: { report: collected.result } } });
    cron.entrypoint = steps;
    return cron;
  }

  /** Runs after every Argo CD sync; a stuck hook would block the next sync, so it has a short deadline. */
  private postSyncSmokeTest(): Workflow {
    const wf = new Workflow(this, 'smoke-test', {
      metadata: { name: 'smoke-test' },
      // HookSucceeded only: a failed run stays for debugging; each sync creates a new one
      // (generateName), so it blocks nothing (API004, GITOPS009).
      argoCdHook: { phase: 'PostSync', deletePolicy: ['HookSucceeded'] },
      activeDeadline: Duration.minutes(10),
    });
    const check = wf.addContainer('check', {
      image: 'curlimages/curl:8.10.1',
      architectures: ['amd64', 'arm64'],
      command: ['curl', '-fsS', '--retry', '5', 'http://app.ci.svc.cluster.local/healthz'],
      retry: {},
    });
    wf.entrypoint = check;
    return wf;
  }
}
