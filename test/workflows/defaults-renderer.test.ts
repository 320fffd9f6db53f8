/**
 * The pure parts of the Workflow-like constructs: settings -> spec fields + opt-outs
 * (defaults.ts), the metadata the opt-outs write, and the artifact-GC block (artifact-gc.ts).
 * No construct, no chart, no synth.
 */
import { Duration } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { parseArgoVersion } from '../../src/argo/versions';
import { gcPodNeeded, refreshGcPodSpecPatch, renderArtifactGc } from '../../src/workflows/artifact-gc';
import { finishMetadata, renderDefaults } from '../../src/workflows/defaults';
import { optOut } from '../../src/workflows/opt-out';
import { DEFAULT_SETTINGS } from '../../src/workflows/settings';

const plain = { argoCdHook: false, explicitTtl: false };

describe('renderDefaults', () => {
  it('renders the default deadline, pod GC and TTL, with no opt-out', () => {
    const r = renderDefaults(DEFAULT_SETTINGS, plain);
    expect(r.fields).toEqual({
      activeDeadlineSeconds: 3600,
      podGC: { strategy: 'OnPodSuccess', deleteDelayDuration: undefined },
      ttlStrategy: {
        secondsAfterCompletion: undefined,
        secondsAfterSuccess: 86400,
        secondsAfterFailure: 604800,
      },
    });
    expect([...r.optOuts]).toEqual([]);
  });

  it('leaves an opted-out field out and records its reason', () => {
    const r = renderDefaults(
      {
        activeDeadline: optOut('a soak test'),
        podGC: { strategy: 'OnWorkflowCompletion', deleteDelay: Duration.minutes(5) },
        ttlStrategy: optOut('kept for audit'),
      },
      plain,
    );
    expect(r.fields.activeDeadlineSeconds).toBeUndefined();
    expect(r.fields.ttlStrategy).toBeUndefined();
    expect(r.fields.podGC).toEqual({ strategy: 'OnWorkflowCompletion', deleteDelayDuration: '300s' });
    expect([...r.optOuts]).toEqual([
      ['activeDeadline', 'a soak test'],
      ['ttlStrategy', 'kept for audit'],
    ]);
  });

  it('gives an Argo CD hook no TTL unless its own props set one (GITOPS-03)', () => {
    expect(
      renderDefaults(DEFAULT_SETTINGS, { argoCdHook: true, explicitTtl: false }).fields.ttlStrategy,
    ).toBe(undefined);
    expect(
      renderDefaults(DEFAULT_SETTINGS, { argoCdHook: true, explicitTtl: true }).fields.ttlStrategy,
    ).toMatchObject({ secondsAfterSuccess: 86400 });
  });
});

describe('finishMetadata', () => {
  it('writes each reason, suppresses exactly the matching rules, keeps a prior ignore, sorts keys', () => {
    const out = finishMetadata(
      { name: 'wt', annotations: { 'z.example/x': '1', 'argo-guard.io/ignore': 'STR004: templated image' } },
      new Map([
        ['podGC', 'kept for debugging'],
        ['artifactGC', 'bucket lifecycle'],
      ]),
      'ci-controller',
    );
    expect(out).toEqual({
      name: 'wt',
      labels: { 'workflows.argoproj.io/controller-instanceid': 'ci-controller' },
      annotations: {
        'argo-guard.io/ignore': 'STR004,RUN003: templated image',
        'argo-guard.io/opt-out.artifactGC': 'bucket lifecycle',
        'argo-guard.io/opt-out.podGC': 'kept for debugging',
        'z.example/x': '1',
      },
    });
    expect(Object.keys(out.annotations)).toEqual(Object.keys(out.annotations).sort());
  });

  it('changes nothing without opt-outs or instanceID, and keeps an explicit instance label', () => {
    expect(finishMetadata({ name: 'wt' }, new Map(), undefined)).toEqual({ name: 'wt' });
    const own = { labels: { 'workflows.argoproj.io/controller-instanceid': 'mine' } };
    expect(finishMetadata(own, undefined, 'theirs')).toEqual(own);
  });
});

describe('renderArtifactGc', () => {
  const v = (t: string) => parseArgoVersion(t);
  const pin = { nodeSelector: { 'kubernetes.io/arch': 'arm64' } };
  const base = {
    settings: DEFAULT_SETTINGS.artifactGC,
    explicit: false,
    argoCdHook: false,
    version: v('4.1'),
    hasWork: true,
    artifactStrategies: [],
    pin,
  };
  const sa = (name: string | undefined) => name ?? 'generated-gc';

  it('renders the strategy, the service account and the pin the GC pod does not inherit (AGC-05)', () => {
    expect(renderArtifactGc(base, sa).field).toEqual({
      strategy: 'OnWorkflowDeletion',
      serviceAccountName: 'generated-gc',
      podSpecPatch: JSON.stringify({ nodeSelector: pin.nodeSelector }),
      // #16599 is unfixed on every supported version: force is no safety net there, left unset.
      forceFinalizerRemoval: undefined,
    });
  });

  it('uses OnWorkflowCompletion on an Argo CD hook unless the props set a strategy (AGC006)', () => {
    expect(renderArtifactGc({ ...base, argoCdHook: true }, sa).field?.strategy).toBe('OnWorkflowCompletion');
    expect(renderArtifactGc({ ...base, argoCdHook: true, explicit: true }, sa).field?.strategy).toBe(
      'OnWorkflowDeletion',
    );
  });

  it('renders nothing without artifact work, only the strategy when no GC pod runs, the reason of an opt-out', () => {
    expect(renderArtifactGc({ ...base, hasWork: false }, sa)).toEqual({});
    let asked = false;
    const never = renderArtifactGc({ ...base, settings: { strategy: 'Never' } }, () => {
      asked = true;
      return 'x';
    });
    expect(never).toEqual({ field: { strategy: 'Never' } });
    expect(asked).toBe(false);
    expect(renderArtifactGc({ ...base, settings: optOut('lifecycle rules') }, sa)).toEqual({
      optOut: 'lifecycle rules',
    });
  });

  it('a per-artifact strategy other than Never still needs the GC pod', () => {
    expect(gcPodNeeded('Never', [])).toBe(false);
    expect(gcPodNeeded('Never', ['Never', 'OnWorkflowCompletion'])).toBe(true);
    expect(gcPodNeeded(undefined, [])).toBe(true);
  });

  it('regenerates the generated podSpecPatch after the escape hatches, never a user-written one', () => {
    const generated = JSON.stringify({ nodeSelector: pin.nodeSelector });
    const spec = {
      nodeSelector: { 'kubernetes.io/arch': 'arm64', disk: 'ssd' },
      artifactGC: { podSpecPatch: generated },
    };
    expect(JSON.parse(refreshGcPodSpecPatch(spec, generated).artifactGC.podSpecPatch).nodeSelector).toEqual({
      'kubernetes.io/arch': 'arm64',
      disk: 'ssd',
    });
    const own = { ...spec, artifactGC: { podSpecPatch: '{"hostNetwork":false}' } };
    expect(refreshGcPodSpecPatch(own, generated)).toBe(own);
  });
});
