import { describe, expect, it } from 'vitest';
import {
  architecturesOf,
  normalizeArchitecture,
  normalizePlatformList,
  parsePlatform,
  platformsSupport,
} from '../../src/platform/platform';

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
