import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors';
import {
  architecturesOf,
  normalizeArchitecture,
  normalizePlatformList,
  parsePlatform,
  platformsSupport,
} from '../../src/platform/platform';
import { schedulingFor, schedulingPodSpecPatch } from '../../src/platform/scheduling';

describe('platform normalisation (containerd rules)', () => {
  it.each([
    ['linux/arm64/v8', 'linux/arm64'],
    ['linux/aarch64', 'linux/arm64'],
    ['linux/x86_64', 'linux/amd64'],
    ['linux/amd64/v1', 'linux/amd64'],
    ['linux/amd64/v3', 'linux/amd64/v3'],
    ['linux/arm', 'linux/arm/v7'],
    ['linux/arm/7', 'linux/arm/v7'],
    ['linux/arm/v6', 'linux/arm/v6'],
    ['Linux/ARM64', 'linux/arm64'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizePlatformList([input])).toEqual([expected]);
  });

  it('rejects what is not os/arch[/variant]', () => {
    expect(parsePlatform('linux')).toBeUndefined();
    expect(parsePlatform('linux//v7')).toBeUndefined();
    expect(parsePlatform('a/b/c/d')).toBeUndefined();
  });

  it('sorts and deduplicates', () => {
    expect(normalizePlatformList(['linux/arm64/v8', 'linux/amd64', 'linux/arm64'])).toEqual([
      'linux/amd64',
      'linux/arm64',
    ]);
  });

  it('architectures: node-label spelling, os filter, attestations left out', () => {
    const ps = ['linux/amd64', 'linux/arm/v7', 'windows/amd64', 'unknown/unknown'];
    expect(architecturesOf(ps)).toEqual(['amd64', 'arm']);
    expect(architecturesOf(ps, 'windows')).toEqual(['amd64']);
    expect(normalizeArchitecture('aarch64')).toBe('arm64');
    expect(normalizeArchitecture('linux/arm/v7')).toBe('arm');
    expect(platformsSupport(['linux/amd64'], 'arm64')).toBe(false);
    expect(platformsSupport(['linux/arm64/v8'], 'arm64')).toBe(true);
  });
});

describe('schedulingFor', () => {
  it('one architecture becomes a nodeSelector', () => {
    expect(schedulingFor(['arm64'])).toEqual({
      nodeSelector: { 'kubernetes.io/arch': 'arm64', 'kubernetes.io/os': 'linux' },
    });
  });

  it('several become a required node-affinity In term, sorted and normalised', () => {
    const s = schedulingFor(['aarch64', 'amd64', 'linux/arm64/v8']);
    expect(s.nodeSelector).toBeUndefined();
    expect(s.affinity?.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms).toEqual(
      [
        {
          matchExpressions: [
            { key: 'kubernetes.io/arch', operator: 'In', values: ['amd64', 'arm64'] },
            { key: 'kubernetes.io/os', operator: 'In', values: ['linux'] },
          ],
        },
      ],
    );
  });

  it('tolerates the arch taint only for allowed, tainted architectures', () => {
    expect(schedulingFor(['amd64'], { taintedArchitectures: ['arm64'] }).tolerations).toBeUndefined();
    expect(schedulingFor(['amd64', 'arm64'], { taintedArchitectures: ['arm64'] }).tolerations).toEqual([
      { key: 'kubernetes.io/arch', operator: 'Equal', value: 'arm64', effect: 'NoSchedule' },
    ]);
  });

  it('honours os and refuses an empty list', () => {
    expect(schedulingFor(['amd64'], { os: 'windows' }).nodeSelector?.['kubernetes.io/os']).toBe('windows');
    expect(() => schedulingFor([])).toThrow(UserError);
  });

  it('gives the same constraints as a podSpecPatch', () => {
    const s = schedulingFor(['arm64'], { taintedArchitectures: ['arm64'] });
    expect(JSON.parse(schedulingPodSpecPatch(s))).toEqual(s);
    expect(schedulingPodSpecPatch(s)).toBe(
      schedulingPodSpecPatch(schedulingFor(['arm64'], { taintedArchitectures: ['arm64'] })),
    );
  });
});
