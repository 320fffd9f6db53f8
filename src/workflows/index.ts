/**
 * L2 constructs for Argo Workflows whose output is safe by construction.
 *
 * @example
 * ```ts
 * import { App, Duration } from 'cdk8s';
 * import { ArtifactLocation, GuardedChart, Workflow, WorkflowTemplate, optOut } from 'cdk8s-argo-guard';
 *
 * const app = new App();
 * const chart = new GuardedChart(app, 'ci', {
 *   namespace: 'ci',
 *   argoGuard: { argoVersion: '3.7', architectures: ['arm64'], taintedArchitectures: ['arm64'] },
 * });
 * const wt = new WorkflowTemplate(chart, 'build');
 * const build = wt.addContainer('build', {
 *   image: 'ghcr.io/acme/builder@sha256:...',
 *   architectures: ['amd64'],                        // this image exists for amd64 only
 *   outputs: { artifacts: [{ name: 'dist', path: '/out', location: ArtifactLocation.s3({ key: 'dist.tgz' }) }] },
 *   retry: { backoff: { duration: Duration.seconds(10) } },   // limit filled from the chart (3)
 * });
 * const test = wt.addScript('test', { image: 'python:3.12', source: 'print(1)' });
 * const dag = wt.addDag('main');
 * const b = dag.addTask('build', { template: build });
 * dag.addTask('test', { template: test }).dependsOn(b);
 * wt.entrypoint = dag;
 *
 * // An Argo CD PostSync hook that runs it (generateName, delete policy, deadline, no TTL):
 * new Workflow(chart, 'run', { workflowTemplate: wt, argoCdHook: { phase: 'PostSync' } });
 * // Opting out of a default needs a reason, which lands in an annotation:
 * new WorkflowTemplate(chart, 'long', { activeDeadline: optOut('runs for days, watched by on-call') });
 * app.synth();
 * ```
 */
export * from './architectures';
export * from './artifact-repositories';
export * from './artifacts';
export * from './cluster-workflow-template';
export * from './container-set-template';
export * from './container-template';
export * from './cron-workflow';
export * from './dag-template';
export * from './guarded-object';
export * from './invocation';
export * from './opt-out';
export * from './pod-template';
export * from './rbac';
export * from './resource-template';
export * from './scheduling';
export * from './script-template';
export * from './settings';
export * from './steps-template';
export * from './suspend-template';
export * from './synchronization';
export * from './template';
export * from './workflow';
export * from './workflow-base';
export * from './workflow-template';
