/**
 * STR009: volume mount paths used twice and containerSet templates, as Argo v4.0.5 refuses them
 * (validate.go validateLeaf, ContainerSetTemplate.Validate) and, beyond its lint, where the API
 * server refuses the pod (a container without image, a mountPath twice in one container, a
 * container name that is not a DNS-1123 label) or the emissary cannot run the set (its
 * retryStrategy). Each case was run through `argo lint --offline` v4.0.5 (docs/rules/STR009.md).
 */
import { describe, expect, it } from 'vitest';
import { lintManifests } from '../../src/rules';
import { at, forTarget, lintRule, podTemplate, safeSpec, v, wt } from './helpers';

/** safeSpec whose `step` template is `step` (merged over a guarded pod template). */
function withStep(step: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const { container: _, ...guarded } = podTemplate('step');
  return safeSpec({
    volumes: [
      { name: 'w', emptyDir: {} },
      { name: 'w2', emptyDir: {} },
    ],
    templates: [(safeSpec().templates as unknown[])[0], { ...guarded, ...step }],
    ...extra,
  });
}

const CLEAN_SET = {
  inputs: { artifacts: [{ name: 'src', path: '/in', raw: { data: 'x' } }] },
  containerSet: {
    volumeMounts: [{ name: 'w', mountPath: '/work' }],
    retryStrategy: { duration: '10s', retries: 2 },
    containers: [
      { name: 'main', image: 'alpine:3.20', command: ['true'], dependencies: ['prepare'] },
      {
        name: 'prepare',
        image: 'alpine:3.20',
        command: ['true'],
        volumeMounts: [{ name: 'w2', mountPath: '/cache' }],
      },
    ],
  },
};

const str009 = (step: Record<string, unknown>) => at(lintRule('STR009', [wt('t', withStep(step))]));
const P = '/spec/templates/1';

describe('STR009: a clean, fully guarded containerSet template', () => {
  it('has no finding at all, from any rule, on every target', () => {
    for (const target of ['3.5', '3.7', '4.0', '4.1']) {
      const spec = forTarget(target, withStep(CLEAN_SET));
      expect(lintManifests([wt('t', spec)], { argoVersion: v(target) })).toEqual([]);
    }
  });
});

describe('STR009: mount paths (validate.go validateLeaf)', () => {
  it('a container mounting two volumes at one path is refused; at two paths it is fine', () => {
    const mounts = (b: string) => ({
      container: {
        image: 'alpine:3.20',
        volumeMounts: [
          { name: 'w', mountPath: '/work' },
          { name: 'w2', mountPath: b },
        ],
      },
    });
    const f = lintRule('STR009', [wt('t', withStep(mounts('/work')))]);
    expect(at(f)).toEqual([`STR009@${P}/container/volumeMounts/1/mountPath`]);
    expect(f[0].severity).toBe('error');
    expect(f[0].message).toBe(
      'template "step": container.volumeMounts[1].mountPath "/work" is already mounted in container.volumeMounts.w: Argo refuses the object',
    );
    expect(f[0].fix).toContain('subPath');
    expect(str009(mounts('/work2'))).toEqual([]);
  });
  it('an input artifact loaded where a volume is mounted, or where another artifact is, is refused', () => {
    const step = (paths: string[], mount: string) => ({
      inputs: { artifacts: paths.map((path, i) => ({ name: `a${i}`, path, raw: { data: 'x' } })) },
      container: { image: 'alpine:3.20', volumeMounts: [{ name: 'w', mountPath: mount }] },
    });
    expect(str009(step(['/work'], '/work'))).toEqual([`STR009@${P}/inputs/artifacts/0/path`]);
    expect(str009(step(['/in', '/in'], '/work'))).toEqual([`STR009@${P}/inputs/artifacts/1/path`]);
    // Below a mounted volume is where Argo loads it into that volume: fine.
    expect(str009(step(['/work/src', '/in'], '/work'))).toEqual([]);
  });
  it('a script with one path twice: the pod is refused (beyond argo lint)', () => {
    const step = (b: string) => ({
      script: {
        image: 'alpine:3.20',
        source: 'true',
        volumeMounts: [
          { name: 'w', mountPath: '/work' },
          { name: 'w2', mountPath: b },
        ],
      },
    });
    const f = lintRule('STR009', [wt('t', withStep(step('/work')))]);
    expect(at(f)).toEqual([`STR009@${P}/script/volumeMounts/1/mountPath`]);
    expect(f[0].message).toContain('the API server refuses the pod');
    expect(str009(step('/cache'))).toEqual([]);
  });
});

describe('STR009: containerSet (ContainerSetTemplate.Validate and the pod)', () => {
  const set = (patch: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    ...extra,
    containerSet: { ...CLEAN_SET.containerSet, ...patch },
  });
  const ctr = (name: string, more: Record<string, unknown> = {}) => ({
    name,
    image: 'alpine:3.20',
    command: ['true'],
    ...more,
  });
  it('no containers', () => {
    expect(str009(set({ containers: [] }))).toEqual([`STR009@${P}/containerSet/containers`]);
  });
  it('names: invalid for Argo, not a DNS-1123 label for the pod, used twice', () => {
    expect(str009(set({ containers: [ctr('B_x')] }))).toEqual([`STR009@${P}/containerSet/containers/0/name`]);
    const upper = lintRule('STR009', [wt('t', withStep(set({ containers: [ctr('Build')] })))]);
    expect(upper.map((f) => f.message)).toEqual([
      'template "step": containerSet container name "Build" is not a DNS-1123 label (lower case, digits and \'-\', at most 63 characters): the API server refuses the pod',
    ]);
    expect(str009(set({ containers: [ctr('a'), ctr('a')] }))).toEqual([
      `STR009@${P}/containerSet/containers/1/name`,
    ]);
    expect(str009(set({ containers: [ctr('a'), ctr('b')] }))).toEqual([]);
  });
  it('shared volumeMounts twice at one path (Argo), or again in a container (the pod)', () => {
    const twice = [
      { name: 'w', mountPath: '/work' },
      { name: 'w2', mountPath: '/work' },
    ];
    expect(str009(set({ volumeMounts: twice, containers: [ctr('a')] }))).toEqual([
      `STR009@${P}/containerSet/volumeMounts/1/mountPath`,
    ]);
    const again = ctr('a', { volumeMounts: [{ name: 'w2', mountPath: '/work' }] });
    expect(str009(set({ containers: [again] }))).toEqual([
      `STR009@${P}/containerSet/containers/0/volumeMounts/0/mountPath`,
    ]);
  });
  it('a dependency that is not a container, and a cycle named as Argo names it', () => {
    const f = lintRule('STR009', [
      wt('t', withStep(set({ containers: [ctr('a', { dependencies: ['prepar'] }), ctr('prepare')] }))),
    ]);
    expect(at(f)).toEqual([`STR009@${P}/containerSet/containers/0/dependencies/0`]);
    expect(f[0].message).toContain('did you mean "prepare"');
    const cycle = lintRule('STR009', [
      wt(
        't',
        withStep(set({ containers: [ctr('a', { dependencies: ['b'] }), ctr('b', { dependencies: ['a'] })] })),
      ),
    ]);
    expect(at(cycle)).toEqual([`STR009@${P}/containerSet/containers/1/dependencies`]);
    // argo lint --offline v4.0.5: "containerSet.containers dependency cycle detected: b->a->b".
    expect(cycle[0].message).toContain('cycle b->a->b');
  });
  it('inputs or outputs without a container named main', () => {
    expect(str009(set({ containers: [ctr('a')] }, { inputs: CLEAN_SET.inputs }))).toEqual([
      `STR009@${P}/containerSet/containers`,
    ]);
    expect(
      str009(
        set(
          { containers: [ctr('a')] },
          { outputs: { parameters: [{ name: 'p', valueFrom: { path: '/p' } }] } },
        ),
      ),
    ).toEqual([`STR009@${P}/containerSet/containers`]);
    expect(str009(set({ containers: [ctr('a')] }))).toEqual([]);
  });
  it('a container without image (beyond argo lint: the pod is refused)', () => {
    const f = lintRule('STR009', [
      wt('t', withStep(set({ containers: [{ name: 'a', command: ['true'] }] }))),
    ]);
    expect(at(f)).toEqual([`STR009@${P}/containerSet/containers/0`]);
    expect(f[0].message).toContain('has no image');
  });
  it('retryStrategy: a duration Go cannot parse or a negative one; retries that give no attempt', () => {
    const retry = (r: Record<string, unknown>) => str009(set({ retryStrategy: r, containers: [ctr('a')] }));
    expect(retry({ duration: '10x', retries: 2 })).toEqual([
      `STR009@${P}/containerSet/retryStrategy/duration`,
    ]);
    expect(retry({ duration: '-1s', retries: 2 })).toEqual([
      `STR009@${P}/containerSet/retryStrategy/duration`,
    ]);
    expect(retry({ retries: 0 })).toEqual([`STR009@${P}/containerSet/retryStrategy/retries`]);
    expect(retry({ retries: 'two' })).toEqual([`STR009@${P}/containerSet/retryStrategy/retries`]);
    expect(retry({ duration: '300ms', retries: '1' })).toEqual([]);
    expect(retry({ duration: '{{inputs.parameters.wait}}', retries: '{{inputs.parameters.n}}' })).toEqual([]);
  });
});
