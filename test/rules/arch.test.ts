import { describe, expect, it } from 'vitest';
import type { PlatformLookup } from '../../src/rules';
import { at, cron, lintRule, podTemplate, safeSpec, wt } from './helpers';

const lock: PlatformLookup = {
  lookup(image) {
    const table: Record<string, string[]> = {
      'alpine:3.20': ['linux/amd64', 'linux/arm64/v8'],
      'x86-only:1': ['linux/amd64'],
      'win-only:1': ['windows/amd64'],
      'multi-os:1': ['linux/amd64', 'windows/amd64'],
      'armv7:1': ['linux/arm/v7'],
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

describe('ARCH001 on a template library (no entrypoint), judged under its templateRef callers', () => {
  const lib = wt('lib', { templates: [podTemplate('run')] });
  const caller = (
    name: string,
    pin: boolean,
    templateRef: Record<string, unknown> = { name: 'lib', template: 'run' },
  ) =>
    wt(
      name,
      safeSpec({
        nodeSelector: pin ? { 'kubernetes.io/arch': 'amd64' } : undefined,
        templates: [{ name: 'main', steps: [[{ name: 'a', templateRef }]] }],
      }),
    );
  it('fires as before when no caller is in the input', () => {
    const f = lintRule('ARCH001', [lib]);
    expect(at(f)).toEqual(['ARCH001@/spec/templates/0']);
    expect(f[0].message).toContain('no kubernetes.io/arch in its effective nodeSelector');
  });
  it('stays quiet when every caller pins at workflow level (nodeSelector, or a CronWorkflow affinity)', () => {
    const affinity = {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [
            { matchExpressions: [{ key: 'kubernetes.io/arch', operator: 'In', values: ['arm64'] }] },
          ],
        },
      },
    };
    const c = cron(
      safeSpec({
        nodeSelector: undefined,
        affinity,
        templates: [
          { name: 'main', dag: { tasks: [{ name: 'a', templateRef: { name: 'lib', template: 'run' } }] } },
        ],
      }),
    );
    expect(lintRule('ARCH001', [lib, caller('a', true), c])).toEqual([]);
  });
  it('fires naming a caller that does not pin; a caller calling another library counts for nothing', () => {
    const f = lintRule('ARCH001', [
      caller('a', true),
      lib,
      caller('b', false),
      caller('x', false, { name: 'other', template: 'run' }),
    ]);
    expect(at(f)).toEqual(['ARCH001@/spec/templates/0']);
    expect(f[0].index).toBe(1);
    expect(f[0].message).toContain('WorkflowTemplate "b" calls it through templateRef');
    expect(f[0].fix).toContain('WorkflowTemplate "b"');
  });
  it('still fires when the library template replaces the caller pin with its own nodeSelector', () => {
    const own = wt('lib', { templates: [podTemplate('run', { nodeSelector: { pool: 'batch' } })] });
    expect(at(lintRule('ARCH001', [own, caller('a', true)]))).toEqual(['ARCH001@/spec/templates/0']);
  });
  it('follows a library that calls the library up to its own callers', () => {
    const mid = wt('mid', {
      templates: [{ name: 'wrap', steps: [[{ name: 'a', templateRef: { name: 'lib', template: 'run' } }]] }],
    });
    const top = (pin: boolean) => caller('top', pin, { name: 'mid', template: 'wrap' });
    expect(lintRule('ARCH001', [lib, mid, top(true)])).toEqual([]);
    const f = lintRule('ARCH001', [lib, mid, top(false)]);
    expect(f.map((x) => x.message.match(/WorkflowTemplate "\w+" calls it/)?.[0])).toEqual([
      'WorkflowTemplate "top" calls it',
    ]);
    const lone = lintRule('ARCH001', [lib, mid]);
    expect(lone[0].message).toContain(
      'WorkflowTemplate "mid" (a library with no caller in the input) calls it',
    );
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
  it('compares against the image platforms of the effective OS (linux when unpinned)', () => {
    const spec = safeSpec();
    (spec.templates as any)[1].container.image = 'win-only:1';
    const f = lintRule('ARCH003', [wt('t', spec)], { platforms: lock });
    expect(at(f)).toEqual(['ARCH003@/spec/templates/1/container/image']);
    expect(f[0].message).toContain('pinned to amd64 on linux');
    expect(f[0].message).toContain('image win-only:1 is built for no linux architecture');
    expect(f[0].message).toContain('platform lock: windows/amd64');
    // pinned to windows by nodeSelector, or by required affinity: passes
    const win = safeSpec({ nodeSelector: { 'kubernetes.io/arch': 'amd64', 'kubernetes.io/os': 'windows' } });
    (win.templates as any)[1].container.image = 'win-only:1';
    expect(lintRule('ARCH003', [wt('t', win)], { platforms: lock })).toEqual([]);
    const affinity = {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [
            { matchExpressions: [{ key: 'kubernetes.io/os', operator: 'In', values: ['windows'] }] },
          ],
        },
      },
    };
    const winAff = safeSpec({ affinity });
    (winAff.templates as any)[1].container.image = 'win-only:1';
    expect(lintRule('ARCH003', [wt('t', winAff)], { platforms: lock })).toEqual([]);
    // and a linux-only image on a windows pin fires, naming the OS
    const winLinuxImage = { ...win, templates: [(win.templates as any)[0], podTemplate('step')] };
    const f2 = lintRule('ARCH003', [wt('t', winLinuxImage)], { platforms: lock });
    expect(f2).toHaveLength(1);
    expect(f2[0].fix).toContain('use an image built for windows/amd64');
  });
  it('passes a multi-OS image on a linux pin', () => {
    const spec = safeSpec();
    (spec.templates as any)[1].container.image = 'multi-os:1';
    expect(lintRule('ARCH003', [wt('t', spec)], { platforms: lock })).toEqual([]);
  });
  it('counts linux/arm/v7 as arch arm', () => {
    const spec = safeSpec({ nodeSelector: { 'kubernetes.io/arch': 'arm' } });
    (spec.templates as any)[1].container.image = 'armv7:1';
    expect(lintRule('ARCH003', [wt('t', spec)], { platforms: lock })).toEqual([]);
    const spec64 = safeSpec({ nodeSelector: { 'kubernetes.io/arch': 'arm64' } });
    (spec64.templates as any)[1].container.image = 'armv7:1';
    const f = lintRule('ARCH003', [wt('t', spec64)], { platforms: lock });
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('is built for arm (platform lock: linux/arm/v7)');
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
  it('reads a tainted architecture in any spelling a user writes (aarch64, linux/arm64)', () => {
    for (const spelling of ['aarch64', 'linux/arm64', ' arm64 '])
      expect(at(lintRule('ARCH005', [wt('t', arm)], { taintedArchitectures: [spelling] })), spelling).toEqual(
        ['ARCH005@/spec/templates/1'],
      );
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
