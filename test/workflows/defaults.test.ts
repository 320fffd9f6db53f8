import { Duration, Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { parseSuppression } from '../../src/rules';
import { ArgoGuard, ArtifactLocation, GuardedChart, optOut, WorkflowTemplate } from '../../src/workflows';
import { byKind, chart, one, refusedAtCall, synth, template } from './util';

function simple(settings = {}, props: any = {}) {
  const c = chart(settings);
  const wt = new WorkflowTemplate(c, 'wt', props);
  wt.entrypoint = wt.addContainer('main', { image: 'busybox:1' });
  return { c, wt };
}

describe('safe defaults', () => {
  it('sets deadline, podGC, TTL, executor SA by default', () => {
    const { c } = simple();
    const spec = one(synth(c), 'WorkflowTemplate').spec;
    expect(spec.activeDeadlineSeconds).toBe(3600);
    expect(spec.podGC).toEqual({ strategy: 'OnPodSuccess' });
    expect(spec.ttlStrategy).toEqual({ secondsAfterSuccess: 86400, secondsAfterFailure: 604800 });
    expect(spec.serviceAccountName).toMatch(/executor/);
    expect(spec.artifactGC).toBeUndefined(); // no output artifacts: no GC block, no GC RBAC
    expect(byKind(synth(c), 'ServiceAccount')).toHaveLength(1);
    expect(template(spec, 'main').nodeSelector).toEqual({
      'kubernetes.io/arch': 'amd64',
      'kubernetes.io/os': 'linux',
    });
  });

  it('takes chart settings and lets a workflow override them', () => {
    const c = chart({
      activeDeadline: Duration.minutes(30),
      podGC: { strategy: 'OnPodCompletion', deleteDelay: Duration.minutes(5) },
    });
    const a = new WorkflowTemplate(c, 'a');
    a.entrypoint = a.addContainer('m', { image: 'x' });
    const b = new WorkflowTemplate(c, 'b', {
      activeDeadline: Duration.hours(6),
      ttlStrategy: { afterCompletion: Duration.hours(1) },
    });
    b.entrypoint = b.addContainer('m', { image: 'x' });
    const [sa, sb] = byKind(synth(c), 'WorkflowTemplate').map((m) => m.spec);
    expect(sa.activeDeadlineSeconds).toBe(1800);
    expect(sa.podGC).toEqual({ strategy: 'OnPodCompletion', deleteDelayDuration: '300s' });
    expect(sb.activeDeadlineSeconds).toBe(21600);
    expect(sb.ttlStrategy).toEqual({ secondsAfterCompletion: 3600 });
  });

  it('reads app-level settings, chart-level wins field by field', () => {
    const app = Testing.app();
    ArgoGuard.configure(app, { architectures: ['arm64'], activeDeadline: Duration.minutes(10) });
    const c = new GuardedChart(app, 'c', { argoGuard: { activeDeadline: Duration.minutes(20) } });
    const wt = new WorkflowTemplate(c, 'wt');
    wt.entrypoint = wt.addContainer('m', { image: 'x' });
    const spec = one(synth(c), 'WorkflowTemplate').spec;
    expect(spec.activeDeadlineSeconds).toBe(1200);
    expect(template(spec, 'm').nodeSelector['kubernetes.io/arch']).toBe('arm64');
  });

  it('records every opt-out with its reason and suppresses the matching rules', () => {
    const { c } = simple(
      {},
      {
        activeDeadline: optOut('long-running backfill, watched by on-call'),
        podGC: optOut('pods kept for forensics'),
        ttlStrategy: optOut('archived by a separate job'),
        architectures: optOut('scheduled by a custom scheduler'),
      },
    );
    const m = one(synth(c), 'WorkflowTemplate');
    expect(m.spec.activeDeadlineSeconds).toBeUndefined();
    expect(m.spec.podGC).toBeUndefined();
    expect(m.spec.ttlStrategy).toBeUndefined();
    expect(m.spec.nodeSelector).toBeUndefined();
    expect(template(m.spec, 'main').nodeSelector).toBeUndefined();
    expect(m.metadata.annotations).toEqual({
      'argo-guard.io/ignore':
        'ARCH001,RUN001,RUN003,RUN004: explicit opt-out, see argo-guard.io/opt-out.* annotations',
      'argo-guard.io/opt-out.activeDeadline': 'long-running backfill, watched by on-call',
      'argo-guard.io/opt-out.architecture': 'scheduled by a custom scheduler',
      'argo-guard.io/opt-out.podGC': 'pods kept for forensics',
      'argo-guard.io/opt-out.ttlStrategy': 'archived by a separate job',
    });
  });

  it('merges opt-out rules into a suppression the user wrote, keeping the user reason', () => {
    const { c } = simple(
      {},
      {
        podGC: optOut('pods kept for forensics'),
        metadata: { annotations: { 'argo-guard.io/ignore': 'GITOPS002: synced once' } },
      },
    );
    const m = one(synth(c), 'WorkflowTemplate');
    expect(m.metadata.annotations['argo-guard.io/ignore']).toBe('GITOPS002,RUN003: synced once');
    const s = parseSuppression(m.metadata.annotations['argo-guard.io/ignore']);
    expect([...s.ids]).toEqual(['GITOPS002', 'RUN003']);
  });

  it('labels objects with the controller instanceID when the controller config has one (RUN-05)', () => {
    const { c } = simple({ controllerConfig: { instanceID: 'ci-controller' } });
    const m = one(synth(c), 'WorkflowTemplate');
    expect(m.metadata.labels).toEqual({ 'workflows.argoproj.io/controller-instanceid': 'ci-controller' });
    const { c: c2 } = simple();
    expect(one(synth(c2), 'WorkflowTemplate').metadata.labels).toBeUndefined();
  });

  it('refuses an opt-out without a reason at the call that passes it (API001)', () => {
    expect(
      refusedAtCall(() => new WorkflowTemplate(chart(), 'wt', { podGC: optOut('  ') }), 'defaults.test.ts')
        .message,
    ).toBe("[test/wt] API001 podGC: an opt-out needs a reason — optOut('why this is safe here')");
    // The chart's settings are checked where the chart is configured (here in the helper).
    expect(refusedAtCall(() => chart({ ttlStrategy: optOut('') }), 'util.ts').message).toBe(
      "[test] API001 ttlStrategy: an opt-out needs a reason — optOut('why this is safe here')",
    );
  });

  it('fills a missing retry limit from the chart, keeps an explicit one, records an unlimited opt-out', () => {
    const c = chart({ retryLimit: 5 });
    const wt = new WorkflowTemplate(c, 'wt');
    const a = wt.addContainer('a', {
      image: 'x',
      retry: {
        policy: 'OnError',
        backoff: { duration: Duration.seconds(5), factor: 2, maxDuration: Duration.minutes(2) },
      },
    });
    wt.addContainer('b', { image: 'x', retry: { limit: 1 } });
    wt.addContainer('c', { image: 'x', retry: { limit: optOut('idempotent poller, bounded by deadline') } });
    wt.entrypoint = a;
    const m = one(synth(c), 'WorkflowTemplate');
    expect(template(m.spec, 'a').retryStrategy).toEqual({
      limit: 5,
      retryPolicy: 'OnError',
      backoff: { duration: '5s', factor: 2, maxDuration: '120s' },
    });
    expect(template(m.spec, 'b').retryStrategy).toEqual({ limit: 1 });
    expect(template(m.spec, 'c').retryStrategy).toEqual({});
    expect(m.metadata.annotations['argo-guard.io/opt-out.retryLimit']).toBe(
      'idempotent poller, bounded by deadline',
    );
    expect(m.metadata.annotations['argo-guard.io/ignore']).toMatch(/^RUN002:/);
  });
});

describe('architecture pin', () => {
  it('several architectures -> required node affinity In term; os stays a nodeSelector', () => {
    const { c } = simple({ architectures: ['amd64', 'arm64'] });
    const t = template(one(synth(c), 'WorkflowTemplate').spec, 'main');
    expect(t.nodeSelector).toEqual({ 'kubernetes.io/os': 'linux' });
    expect(t.affinity).toEqual({
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [
            { matchExpressions: [{ key: 'kubernetes.io/arch', operator: 'In', values: ['amd64', 'arm64'] }] },
          ],
        },
      },
    });
  });

  it('merges the pin into a template that has its own nodeSelector and affinity (ARCH002)', () => {
    const c = chart({ architectures: ['amd64', 'arm64'] });
    const wt = new WorkflowTemplate(c, 'wt');
    wt.entrypoint = wt.addContainer('gpu', {
      image: 'x',
      nodeSelector: { 'node.example/pool': 'gpu' },
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [
              { matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] },
              { matchExpressions: [{ key: 'zone', operator: 'In', values: ['b'] }] },
            ],
          },
        },
        podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [] },
      },
      tolerations: [{ key: 'gpu', operator: 'Exists' }],
    });
    const t = template(one(synth(c), 'WorkflowTemplate').spec, 'gpu');
    expect(t.nodeSelector).toEqual({ 'node.example/pool': 'gpu', 'kubernetes.io/os': 'linux' });
    const terms = t.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms;
    expect(terms).toHaveLength(2);
    for (const term of terms) {
      expect(term.matchExpressions).toContainEqual({
        key: 'kubernetes.io/arch',
        operator: 'In',
        values: ['amd64', 'arm64'],
      });
    }
    expect(t.tolerations).toEqual([{ key: 'gpu', operator: 'Exists' }]);
  });

  it('adds arch-taint tolerations only for tainted architectures the template is pinned to', () => {
    const c = chart({ architectures: ['arm64'], taintedArchitectures: ['arm64'] });
    const wt = new WorkflowTemplate(c, 'wt');
    wt.entrypoint = wt.addContainer('a', {
      image: 'x',
      tolerations: [{ key: 'kubernetes.io/arch', operator: 'Exists' }],
    });
    wt.addContainer('b', { image: 'x', architectures: ['amd64'] });
    const spec = one(synth(c), 'WorkflowTemplate').spec;
    expect(template(spec, 'a').tolerations).toEqual([{ key: 'kubernetes.io/arch', operator: 'Exists' }]);
    expect(template(spec, 'b').tolerations).toBeUndefined();
  });

  it('refuses an unknown architecture at the call, with the construct path (API012)', () => {
    const wt = new WorkflowTemplate(chart(), 'wt');
    expect(
      refusedAtCall(
        () => wt.addContainer('a', { image: 'x', architectures: ['aarch64'] }),
        'defaults.test.ts',
      ).message,
    ).toMatch(/^\[test\/wt\] API012 template "a": unknown architecture "aarch64" — use one of amd64, arm64/);
    expect(refusedAtCall(() => chart({ architectures: ['x86'] }), 'util.ts').message).toMatch(
      /^\[test\] API012 architectures setting: unknown architecture "x86"/,
    );
  });

  it('refuses a conflicting kubernetes.io/arch label in the own nodeSelector', () => {
    const wt = new WorkflowTemplate(chart({ architectures: ['arm64'] }), 'wt');
    expect(
      refusedAtCall(
        () => wt.addContainer('a', { image: 'x', nodeSelector: { 'kubernetes.io/arch': 'amd64' } }),
        'defaults.test.ts',
      ).message,
    ).toMatch(/^\[test\/wt\] API015 template "a": nodeSelector sets kubernetes.io\/arch=amd64/);
  });
});

describe('artifact GC', () => {
  function withArtifacts(settings: any = {}, props: any = {}) {
    const c = chart(settings);
    const wt = new WorkflowTemplate(c, 'wt', props);
    wt.entrypoint = wt.addContainer('a', {
      image: 'x',
      outputs: { artifacts: [{ name: 'o', path: '/o', gcStrategy: 'OnWorkflowCompletion' }] },
    });
    return { c, wt };
  }

  it('sets forceFinalizerRemoval only when asked on #16599 versions', () => {
    for (const v of ['3.5.11', '3.6.5', '3.7', '4.0', '4.1.2']) {
      const { c } = withArtifacts({ argoVersion: v });
      expect(one(synth(c), 'WorkflowTemplate').spec.artifactGC.forceFinalizerRemoval).toBeUndefined();
    }
    const { c } = withArtifacts({
      argoVersion: '4.1',
      watcher: true,
      artifactGC: { forceFinalizerRemoval: true },
    });
    expect(one(Testing.synth(c), 'WorkflowTemplate').spec.artifactGC.forceFinalizerRemoval).toBe(true);
  });

  it('carries scheduling constraints added through the escape hatches into podSpecPatch', () => {
    const { c, wt } = withArtifacts({ architectures: ['arm64'] });
    wt.addSpecOverride('tolerations', [
      { key: 'dedicated', operator: 'Equal', value: 'ci', effect: 'NoSchedule' },
    ]);
    const spec = one(synth(c), 'WorkflowTemplate').spec;
    expect(JSON.parse(spec.artifactGC.podSpecPatch)).toEqual({
      nodeSelector: { 'kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'arm64' },
      tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'ci', effect: 'NoSchedule' }],
    });
    const { c: c2, wt: wt2 } = withArtifacts();
    wt2.addSpecOverride('artifactGC.podSpecPatch', '{"priorityClassName":"low"}');
    expect(one(synth(c2), 'WorkflowTemplate').spec.artifactGC.podSpecPatch).toBe(
      '{"priorityClassName":"low"}',
    );
  });

  it('binds the GC Role to a user-provided service account without creating one', () => {
    const { c } = withArtifacts({ artifactGC: { serviceAccountName: 'gc-irsa' } });
    const out = synth(c);
    expect(one(out, 'WorkflowTemplate').spec.artifactGC.serviceAccountName).toBe('gc-irsa');
    expect(byKind(out, 'ServiceAccount')).toHaveLength(1); // the executor only
    expect(byKind(out, 'RoleBinding').map((rb) => rb.subjects[0].name)).toContain('gc-irsa');
  });

  it('shares one set of RBAC objects per chart and namespace', () => {
    const c = chart();
    for (const id of ['a', 'b', 'c']) {
      const wt = new WorkflowTemplate(c, id);
      wt.entrypoint = wt.addContainer('m', {
        image: 'x',
        outputs: { artifacts: [{ name: 'o', path: '/o' }] },
      });
    }
    const out = synth(c);
    expect(byKind(out, 'ServiceAccount')).toHaveLength(2);
    expect(byKind(out, 'Role')).toHaveLength(2);
    expect(byKind(out, 'RoleBinding')).toHaveLength(2);
    expect(
      new Set(byKind(out, 'WorkflowTemplate').map((m) => m.spec.artifactGC.serviceAccountName)).size,
    ).toBe(1);
  });

  it('3.5 before 3.5.11 with artifact GC fails synth unless the watcher is installed (AGC001, #13499)', () => {
    expect(() => Testing.synth(withArtifacts({ argoVersion: '3.5' }).c)).toThrow(
      /\[test\/wt\] AGC001 .*#13499/,
    );
    expect(() => synth(withArtifacts({ argoVersion: '3.5', watcher: true }).c)).not.toThrow();
  });

  it('Never everywhere: no GC service account; a per-artifact strategy still gets one', () => {
    const c0 = chart({ artifactGC: { strategy: 'Never' } });
    const w0 = new WorkflowTemplate(c0, 'wt');
    w0.entrypoint = w0.addContainer('a', { image: 'x', outputs: { artifacts: [{ name: 'o', path: '/o' }] } });
    const out0 = synth(c0);
    expect(one(out0, 'WorkflowTemplate').spec.artifactGC).toEqual({ strategy: 'Never' });
    expect(byKind(out0, 'ServiceAccount')).toHaveLength(1);
    const { c } = withArtifacts({ artifactGC: { strategy: 'Never' } });
    const out = synth(c);
    expect(one(out, 'WorkflowTemplate').spec.artifactGC.strategy).toBe('Never');
    expect(one(out, 'WorkflowTemplate').spec.artifactGC.serviceAccountName).toMatch(/artifact-gc/);
  });

  it('opt-out: no artifactGC block, reason recorded; it suppresses no rule about other fields', () => {
    // A per-artifact strategy still runs a GC pod: without the workflow-level block it would run
    // as "default". The opt-out used to suppress AGC003 (and AGC004) for the whole object.
    const { c } = withArtifacts({}, { artifactGC: optOut('bucket lifecycle rules delete artifacts') });
    expect(() => Testing.synth(c)).toThrow(
      /\[test\/wt\] AGC003 \/spec artifact GC is on but spec.artifactGC.serviceAccountName is not set/,
    );
    const c2 = chart();
    const wt = new WorkflowTemplate(c2, 'wt', {
      artifactGC: optOut('bucket lifecycle rules delete artifacts'),
    });
    wt.entrypoint = wt.addContainer('a', { image: 'x', outputs: { artifacts: [{ name: 'o', path: '/o' }] } });
    const m = one(synth(c2), 'WorkflowTemplate');
    expect(m.metadata.annotations['argo-guard.io/ignore']).toBeUndefined();
    expect(m.spec.artifactGC).toBeUndefined();
    expect(m.metadata.annotations['argo-guard.io/opt-out.artifactGC']).toBe(
      'bucket lifecycle rules delete artifacts',
    );
  });

  it('emits per-artifact strategy and typed locations', () => {
    const c = chart();
    const wt = new WorkflowTemplate(c, 'wt', { artifactRepositoryRef: { configMap: 'repos', key: 'minio' } });
    wt.entrypoint = wt.addContainer('a', {
      image: 'x',
      inputs: {
        artifacts: [
          {
            name: 'src',
            path: '/src',
            location: ArtifactLocation.git({
              repo: 'https://github.com/argoproj/argo-workflows.git',
              revision: 'v4.1.2',
            }),
          },
          { name: 'page', path: '/p', location: ArtifactLocation.http({ url: 'https://example.com/x' }) },
          { name: 'g', path: '/g', location: ArtifactLocation.gcs({ bucket: 'b', key: 'k' }) },
          {
            name: 'z',
            path: '/z',
            location: ArtifactLocation.azure({
              container: 'c',
              blob: 'b',
              endpoint: 'https://x.blob.core.windows.net',
            }),
          },
          {
            name: 'af',
            path: '/af',
            location: ArtifactLocation.artifactory({ url: 'https://af.example/x' }),
          },
        ],
      },
      outputs: {
        artifacts: [
          {
            name: 'o',
            path: '/o',
            archive: 'none',
            gcStrategy: 'OnWorkflowCompletion',
            location: ArtifactLocation.s3({ bucket: 'b', key: 'o', endpoint: 's3.amazonaws.com' }),
          },
        ],
        parameters: [{ name: 'v', path: '/tmp/v', default: '0' }],
      },
    });
    const spec = one(synth(c), 'WorkflowTemplate').spec;
    const t = template(spec, 'a');
    expect(spec.artifactRepositoryRef).toEqual({ configMap: 'repos', key: 'minio' });
    expect(t.inputs.artifacts.map((a: any) => Object.keys(a).sort())).toEqual([
      ['git', 'name', 'path'],
      ['http', 'name', 'path'],
      ['gcs', 'name', 'path'],
      ['azure', 'name', 'path'],
      ['artifactory', 'name', 'path'],
    ]);
    expect(t.outputs.artifacts[0]).toEqual({
      name: 'o',
      path: '/o',
      archive: { none: {} },
      artifactGC: { strategy: 'OnWorkflowCompletion' },
      s3: { bucket: 'b', key: 'o', endpoint: 's3.amazonaws.com' },
    });
    expect(t.outputs.parameters).toEqual([{ name: 'v', valueFrom: { path: '/tmp/v', default: '0' } }]);
  });
});

describe('executor service account', () => {
  it('binds the executor Role to a given service account; opt-out emits neither', () => {
    const { c } = simple({}, { serviceAccountName: 'builder' });
    const out = synth(c);
    expect(one(out, 'WorkflowTemplate').spec.serviceAccountName).toBe('builder');
    expect(byKind(out, 'ServiceAccount')).toHaveLength(0);
    expect(one(out, 'RoleBinding').subjects).toEqual([
      { kind: 'ServiceAccount', name: 'builder', namespace: 'ci' },
    ]);
    const { c: c2 } = simple(
      {},
      { serviceAccountName: optOut('namespace default SA is provisioned by the platform team') },
    );
    const out2 = synth(c2);
    expect(one(out2, 'WorkflowTemplate').spec.serviceAccountName).toBeUndefined();
    expect(out2.filter((m) => m.kind !== 'WorkflowTemplate')).toEqual([]);
  });

  it('synthesizes byte-identical output twice', () => {
    const a = JSON.stringify(synth(simple().c));
    const b = JSON.stringify(synth(simple().c));
    expect(a).toBe(b);
  });
});
