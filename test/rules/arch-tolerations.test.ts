/**
 * ARCH005 judges a toleration the way the scheduler does (issue 11 item 10): a toleration of the
 * `kubernetes.io/arch=<arch>:NoSchedule` taint must match its key (or leave the key empty with
 * `Exists`), its value (`Equal`, the default) or any value (`Exists`), and its effect (or leave
 * the effect empty). A `NoExecute` toleration does not tolerate a `NoSchedule` taint: the pod
 * stays Pending.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempTrees, cli, tempTree } from '../lint/helpers';
import { at, lintRule, safeSpec, wt } from './helpers';

afterAll(cleanupTempTrees);

const ARM = { 'kubernetes.io/arch': 'arm64' };

/** A template pinned to arm64 whose workflow-level tolerations are `tolerations`. */
function pinnedArm(tolerations: unknown[]) {
  return wt('t', safeSpec({ nodeSelector: ARM, tolerations }));
}

function arch005(tolerations: unknown[]): string[] {
  return at(lintRule('ARCH005', [pinnedArm(tolerations)], { taintedArchitectures: ['arm64'] }));
}

describe('ARCH005 decides toleration like the scheduler', () => {
  it.each([
    [
      'effect NoExecute only',
      [{ key: 'kubernetes.io/arch', operator: 'Equal', value: 'arm64', effect: 'NoExecute' }],
    ],
    [
      'effect PreferNoSchedule',
      [{ key: 'kubernetes.io/arch', operator: 'Exists', effect: 'PreferNoSchedule' }],
    ],
    [
      'another value',
      [{ key: 'kubernetes.io/arch', operator: 'Equal', value: 'amd64', effect: 'NoSchedule' }],
    ],
    ['Equal with no value', [{ key: 'kubernetes.io/arch', effect: 'NoSchedule' }]],
    ['another key', [{ key: 'kubernetes.io/os', operator: 'Exists' }]],
    ['a key-less Exists limited to NoExecute', [{ operator: 'Exists', effect: 'NoExecute' }]],
    ['an unknown operator', [{ key: 'kubernetes.io/arch', operator: 'exists', effect: 'NoSchedule' }]],
  ])('reports a toleration that does not tolerate the taint: %s', (_what, tolerations) => {
    expect(arch005(tolerations)).toEqual(['ARCH005@/spec/templates/1']);
  });

  it.each([
    [
      'Equal + NoSchedule',
      [{ key: 'kubernetes.io/arch', operator: 'Equal', value: 'arm64', effect: 'NoSchedule' }],
    ],
    ['the operator left out (Equal)', [{ key: 'kubernetes.io/arch', value: 'arm64', effect: 'NoSchedule' }]],
    ['an empty effect (every effect)', [{ key: 'kubernetes.io/arch', operator: 'Equal', value: 'arm64' }]],
    ['Exists on the key', [{ key: 'kubernetes.io/arch', operator: 'Exists', effect: 'NoSchedule' }]],
    ['a key-less Exists (everything)', [{ operator: 'Exists' }]],
    ['a key-less Exists for NoSchedule', [{ operator: 'Exists', effect: 'NoSchedule' }]],
    [
      'one good toleration among bad ones',
      [
        { key: 'kubernetes.io/arch', operator: 'Equal', value: 'arm64', effect: 'NoExecute' },
        { key: 'kubernetes.io/arch', operator: 'Equal', value: 'arm64', effect: 'NoSchedule' },
      ],
    ],
  ])('accepts a toleration that tolerates the taint: %s', (_what, tolerations) => {
    expect(arch005(tolerations)).toEqual([]);
  });

  it('names the taint that is not tolerated', () => {
    const [f] = lintRule(
      'ARCH005',
      [pinnedArm([{ key: 'kubernetes.io/arch', operator: 'Equal', value: 'arm64', effect: 'NoExecute' }])],
      {
        taintedArchitectures: ['arm64'],
      },
    );
    expect(f.message).toContain('kubernetes.io/arch=arm64:NoSchedule');
  });

  it('argo-guard lint --tainted-arch arm64 reports a template whose only toleration is NoExecute', async () => {
    const root = tempTree({
      'wt.yaml': `apiVersion: argoproj.io/v1alpha1
kind: WorkflowTemplate
metadata: {name: build, namespace: ci}
spec:
  entrypoint: main
  activeDeadlineSeconds: 3600
  podGC: {strategy: OnPodSuccess}
  ttlStrategy: {secondsAfterCompletion: 86400}
  nodeSelector: {kubernetes.io/arch: arm64}
  tolerations:
  - {key: kubernetes.io/arch, operator: Equal, value: arm64, effect: NoExecute}
  templates:
  - name: main
    pendingTimeout: 15m
    container: {image: alpine:3.20, command: ['true']}
`,
    });
    const without = await cli(['lint', root]);
    expect(without.stdout).not.toContain('ARCH005');
    const r = await cli(['lint', '--tainted-arch', 'arm64', root]);
    expect(r.stdout).toMatch(/warning ARCH005 .*kubernetes\.io\/arch=arm64:NoSchedule/);
    expect(r.stdout).toMatch(/^0 errors, 1 warning /m);
  });
});

describe('ARCH001 a pin that allows no architecture', () => {
  // Found by the pin property test: a template's nodeSelector and its required node affinity are
  // ANDed; arm64 in one and s390x in the other leaves the pod nowhere to run.
  const nowhere = (affinityArch: string) =>
    wt(
      't',
      safeSpec({
        templates: [
          { name: 'main', dag: { tasks: [{ name: 'a', template: 'step' }] } },
          {
            name: 'step',
            container: { image: 'alpine:3.20', command: ['true'] },
            nodeSelector: ARM,
            affinity: {
              nodeAffinity: {
                requiredDuringSchedulingIgnoredDuringExecution: {
                  nodeSelectorTerms: [
                    {
                      matchExpressions: [
                        { key: 'kubernetes.io/arch', operator: 'In', values: [affinityArch] },
                      ],
                    },
                  ],
                },
              },
            },
          },
        ],
      }),
    );
  it('reports a nodeSelector and an affinity that contradict each other', () => {
    const f = lintRule('ARCH001', [nowhere('s390x')]);
    expect(at(f)).toEqual(['ARCH001@/spec/templates/1']);
    expect(f[0].message).toContain('no architecture');
  });
  it('is quiet when they agree', () => {
    expect(lintRule('ARCH001', [nowhere('arm64')])).toEqual([]);
  });
});
