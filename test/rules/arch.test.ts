import { describe, expect, it } from 'vitest';
import type { PlatformLookup } from '../../src/rules';
import { at, lintRule, podTemplate, safeSpec, wt } from './helpers';

const lock: PlatformLookup = {
  lookup(image) {
    const table: Record<string, string[]> = {
      'alpine:3.20': ['linux/amd64', 'linux/arm64/v8'],
      'x86-only:1': ['linux/amd64'],
    };
    return table[image] ? { digest: 'sha256:0', platforms: table[image] } : undefined;
  },
};

describe('ARCH001 pod template not pinned', () => {
  it('fires for each unpinned pod template (container, script, containerSet), not for steps/dag', () => {
    const spec = safeSpec({
      nodeSelector: undefined,
      templates: [
        {
          name: 'main',
          steps: [
            [
              { name: 'a', template: 'c' },
              { name: 'b', template: 's' },
              { name: 'x', template: 'set' },
            ],
          ],
        },
        podTemplate('c'),
        { name: 's', script: { image: 'python:3', source: 'print(1)' } },
        { name: 'set', containerSet: { containers: [{ name: 'a', image: 'alpine:3.20' }] } },
      ],
    });
    const f = lintRule('ARCH001', [wt('t', spec)]);
    expect(at(f)).toEqual([
      'ARCH001@/spec/templates/1',
      'ARCH001@/spec/templates/2',
      'ARCH001@/spec/templates/3',
    ]);
    expect(f[0].severity).toBe('error');
  });
  it('accepts a required node affinity on kubernetes.io/arch, or a pin in controller workflowDefaults', () => {
    const affinity = {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [
            { matchExpressions: [{ key: 'kubernetes.io/arch', operator: 'In', values: ['arm64'] }] },
          ],
        },
      },
    };
    expect(lintRule('ARCH001', [wt('t', safeSpec({ nodeSelector: undefined, affinity }))])).toEqual([]);
    const options = {
      controllerConfig: { workflowDefaults: { spec: { nodeSelector: { 'kubernetes.io/arch': 'arm64' } } } },
    };
    expect(lintRule('ARCH001', [wt('t', safeSpec({ nodeSelector: undefined }))], options)).toEqual([]);
  });
  it('does not count an affinity where one OR-ed term has no arch', () => {
    const affinity = {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [
            { matchExpressions: [{ key: 'kubernetes.io/arch', operator: 'In', values: ['arm64'] }] },
            { matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] },
          ],
        },
      },
    };
    expect(lintRule('ARCH001', [wt('t', safeSpec({ nodeSelector: undefined, affinity }))])).toHaveLength(1);
  });
});

describe('ARCH002 template nodeSelector replaces the workflow pin', () => {
  it('fires with a safe autofix that adds the workflow arch to the template nodeSelector', () => {
    const spec = safeSpec();
    (spec.templates as any)[1].nodeSelector = { pool: 'batch' };
    const f = lintRule('ARCH002', [wt('t', spec)]);
    expect(at(f)).toEqual(['ARCH002@/spec/templates/1/nodeSelector']);
    expect(f[0].severity).toBe('error');
    expect(f[0].autofix).toEqual([
      { op: 'add', path: '/spec/templates/1/nodeSelector/kubernetes.io~1arch', value: 'amd64' },
    ]);
    // and ARCH001 does not report the same pod twice
    expect(lintRule('ARCH001', [wt('t', spec)])).toEqual([]);
  });
  it('passes when the template keeps the arch key, or only sets affinity without arch (nodeSelector still applies)', () => {
    const spec = safeSpec();
    (spec.templates as any)[1].nodeSelector = { pool: 'batch', 'kubernetes.io/arch': 'amd64' };
    expect(lintRule('ARCH002', [wt('t', spec)])).toEqual([]);
    const spec2 = safeSpec();
    (spec2.templates as any)[1].affinity = { podAntiAffinity: {} };
    expect(lintRule('ARCH002', [wt('t', spec2)])).toEqual([]);
  });
  it('fires without autofix when a template affinity drops a workflow affinity pin', () => {
    const pin = {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [
            { matchExpressions: [{ key: 'kubernetes.io/arch', operator: 'In', values: ['arm64'] }] },
          ],
        },
      },
    };
    const spec = safeSpec({ nodeSelector: undefined, affinity: pin });
    (spec.templates as any)[1].affinity = { podAntiAffinity: {} };
    const f = lintRule('ARCH002', [wt('t', spec)]);
    expect(at(f)).toEqual(['ARCH002@/spec/templates/1/affinity']);
    expect(f[0].autofix).toBeUndefined();
  });
});

describe('ARCH003 pinned arch not among the image platforms', () => {
  it('fires at the image when the lock says the image lacks the pinned arch', () => {
    const spec = safeSpec({ nodeSelector: { 'kubernetes.io/arch': 'arm64' } });
    (spec.templates as any)[1].container.image = 'x86-only:1';
    const f = lintRule('ARCH003', [wt('t', spec)], { platforms: lock });
    expect(at(f)).toEqual(['ARCH003@/spec/templates/1/container/image']);
    expect(f[0].severity).toBe('error');
  });
  it('normalises platform variants (linux/arm64/v8 is arm64) and needs a lock', () => {
    const spec = safeSpec({ nodeSelector: { 'kubernetes.io/arch': 'arm64' } });
    expect(lintRule('ARCH003', [wt('t', spec)], { platforms: lock })).toEqual([]);
    (spec.templates as any)[1].container.image = 'x86-only:1';
    expect(lintRule('ARCH003', [wt('t', spec)])).toEqual([]);
  });
});

describe('ARCH004 image not in the lock', () => {
  it('warns, or errors in strict mode; skips templated images', () => {
    const spec = safeSpec();
    (spec.templates as any)[1].container.image = 'unknown:1';
    (spec.templates as any)[1].sidecars = [{ name: 'x', image: '{{inputs.parameters.image}}' }];
    const f = lintRule('ARCH004', [wt('t', spec)], { platforms: lock });
    expect(at(f)).toEqual(['ARCH004@/spec/templates/1/container/image']);
    expect(f[0].severity).toBe('warning');
    expect(lintRule('ARCH004', [wt('t', spec)], { platforms: lock, strictPlatforms: true })[0].severity).toBe(
      'error',
    );
  });
  it('passes when the image is in the lock', () => {
    expect(lintRule('ARCH004', [wt('t', safeSpec())], { platforms: lock })).toEqual([]);
  });
});

describe('ARCH005 pinned to a tainted architecture without a toleration', () => {
  const arm = safeSpec({ nodeSelector: { 'kubernetes.io/arch': 'arm64' } });
  it('fires when the app declares arm64 nodes tainted', () => {
    const f = lintRule('ARCH005', [wt('t', arm)], { taintedArchitectures: ['arm64'] });
    expect(at(f)).toEqual(['ARCH005@/spec/templates/1']);
    expect(f[0].severity).toBe('warning');
  });
  it('passes with a toleration at workflow level, or when no taints are declared', () => {
    const tol = {
      ...arm,
      tolerations: [{ key: 'kubernetes.io/arch', operator: 'Equal', value: 'arm64', effect: 'NoSchedule' }],
    };
    expect(lintRule('ARCH005', [wt('t', tol)], { taintedArchitectures: ['arm64'] })).toEqual([]);
    expect(lintRule('ARCH005', [wt('t', arm)])).toEqual([]);
  });
});
