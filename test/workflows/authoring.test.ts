/**
 * Authoring errors are thrown at the call, one line (path, code, message, fix), no stack trace;
 * warnings are printed during synth; charts can ship their Namespace and artifact repository.
 */
import { Testing } from 'cdk8s';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AUTHORING_ERRORS, AuthoringError, explainAuthoringError } from '../../src/authoring-errors';
import { command as explain } from '../../src/cli/explain';
import { ArtifactRepositories, GuardedChart, optOut, Workflow, WorkflowTemplate } from '../../src/workflows';
import { chart, one, synth, synthFailure } from './util';

afterEach(() => vi.restoreAllMocks());

describe('authoring errors', () => {
  it('refuses deletePolicy BeforeHookCreation at the call (API004), as one line without a stack trace', () => {
    const c = chart();
    let err: unknown;
    try {
      new Workflow(c, 'smoke', {
        argoCdHook: { phase: 'PostSync', deletePolicy: ['HookSucceeded', 'BeforeHookCreation'] },
      });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AuthoringError);
    const e = err as AuthoringError;
    expect(e.code).toBe('API004');
    expect(e.message).toMatch(
      /^\[test\/smoke\] API004 argoCdHook.deletePolicy BeforeHookCreation: .* — use deletePolicy: \['HookSucceeded'\]/,
    );
    expect(e.message).not.toContain('\n');
    expect(e.stack).toBe(`AuthoringError: ${e.message}`);
    // Nothing was added to the chart.
    expect(c.node.tryFindChild('smoke')).toBeUndefined();
  });

  it('lint at synth: a bad output fails with one line per error (construct path, ID, JSON path, message, fix), no stack', () => {
    const c = chart();
    // An explicit opt-out with a reason is accepted at the call; a hook without a deadline is a
    // property of the output, which the engine reports (GITOPS003).
    const wf = new Workflow(c, 'wf', { argoCdHook: { phase: 'Sync' }, activeDeadline: optOut('a reason') });
    wf.entrypoint = wf.addContainer('a', { image: 'x' });
    const wt = new WorkflowTemplate(c, 'wt', { podPriority: 1, argoVersion: '4.1' });
    wt.entrypoint = wt.addContainer('a', { image: 'x' });
    const err = synthFailure(c);
    const lines = err.message.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^\[test\/wf\] GITOPS003 \/spec this Argo CD Sync hook has no activeDeadlineSeconds[^\n]* — \S/,
    );
    expect(lines[1]).toMatch(
      /^\[test\/wt\] VER001 \/spec\/podPriority podPriority was removed in 4\.0\.0[^\n]* — \S/,
    );
  });

  it('argo-guard explain knows every code', async () => {
    for (const code of Object.keys(AUTHORING_ERRORS)) {
      const out: string[] = [];
      vi.spyOn(process.stdout, 'write').mockImplementation((x: any) => {
        out.push(String(x));
        return true;
      });
      expect(await explain.run([code.toLowerCase()])).toBe(0);
      vi.restoreAllMocks();
      expect(out.join('')).toMatch(new RegExp(`^# ${code}: .+\\n[\\s\\S]*## How to fix`));
    }
  });

  it('every code has an explanation', () => {
    expect(explainAuthoringError('api004')).toMatch(
      /^# API004: an Argo CD hook Workflow with the BeforeHookCreation delete policy/,
    );
    expect(explainAuthoringError('API999')).toBeUndefined();
  });
});

describe('warnings during synth', () => {
  it('prints each warning once, one line with the construct path', () => {
    const writes: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((s: any) => {
      writes.push(String(s));
      return true;
    });
    const c = chart();
    const wt = new WorkflowTemplate(c, 'build', { artifactRepositoryRef: { configMap: 'repos', key: 'k' } });
    wt.entrypoint = wt.addContainer('a', { image: 'x', outputs: { artifacts: [{ name: 'o', path: '/o' }] } });
    synth(c);
    synth(c);
    const lines = writes.filter((w) => w.includes('GITOPS010'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^\[test\/build\] warning GITOPS010 \/spec\/artifactRepositoryRef artifactRepositoryRef names ConfigMap "repos"[^\n]*\n$/,
    );
  });

  it('sees the artifact repository the chart ships (no warning)', () => {
    const writes: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((s: any) => {
      writes.push(String(s));
      return true;
    });
    const c = chart();
    const repos = new ArtifactRepositories(c, 'repos', {
      repositories: { 'default-v1': { s3: { bucket: 'b', useSDKCreds: true } } },
    });
    const wt = new WorkflowTemplate(c, 'build', { artifactRepositoryRef: repos.ref('default-v1') });
    wt.entrypoint = wt.addContainer('a', { image: 'x', outputs: { artifacts: [{ name: 'o', path: '/o' }] } });
    const out = synth(c);
    expect(writes.filter((w) => w.includes('GITOPS010'))).toEqual([]);
    const cm = one(out, 'ConfigMap');
    expect(cm.metadata).toEqual({
      name: 'artifact-repositories',
      namespace: 'ci',
      annotations: { 'workflows.argoproj.io/default-artifact-repository': 'default-v1' },
    });
    expect(cm.data).toEqual({ 'default-v1': 's3:\n  bucket: b\n  useSDKCreds: true\n' });
  });
});

describe('createNamespace', () => {
  it('emits the Namespace first, cluster-scoped, first wave, kept on app deletion', () => {
    const c = new GuardedChart(Testing.app(), 'p', { namespace: 'ci', createNamespace: true });
    const wt = new WorkflowTemplate(c, 'wt');
    wt.entrypoint = wt.addContainer('a', { image: 'x' });
    const out = synth(c);
    expect(out[0]).toEqual({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: {
        name: 'ci',
        annotations: {
          'argocd.argoproj.io/sync-wave': '-20',
          'argocd.argoproj.io/sync-options': 'Delete=false,Prune=false',
        },
      },
    });
    expect(new GuardedChart(Testing.app(), 'q', { namespace: 'ci' }).namespaceObject).toBeUndefined();
  });
});
