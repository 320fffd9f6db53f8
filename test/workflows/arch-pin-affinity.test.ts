/**
 * A template's own required node affinity with a `kubernetes.io/arch` expression and a single
 * architecture pin: the pin (in the nodeSelector) and the own expression are ANDed, so the own
 * expression must be replaced, or the pod runs nowhere (found by the pin property test).
 */
import { describe, expect, it } from 'vitest';
import { WorkflowTemplate } from '../../src/workflows';
import { chart, one, synth, template } from './util';

describe('a single-architecture pin replaces the template’s own arch affinity', () => {
  it('the pod can run on the pinned architecture', () => {
    const c = chart({ architectures: ['amd64'] });
    const wt = new WorkflowTemplate(c, 'wt');
    wt.entrypoint = wt.addContainer('main', {
      image: 'alpine:3.20',
      command: ['true'],
      architectures: ['arm64'],
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [
              { matchExpressions: [{ key: 'kubernetes.io/arch', operator: 'In', values: ['s390x'] }] },
              { matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] },
            ],
          },
        },
      },
    });
    const t = template(one(synth(c), 'WorkflowTemplate').spec, 'main');
    expect(t.nodeSelector).toEqual({ 'kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'arm64' });
    const arm = { key: 'kubernetes.io/arch', operator: 'In', values: ['arm64'] };
    expect(t.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms).toEqual([
      { matchExpressions: [arm] },
      { matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }, arm] },
    ]);
  });
});
