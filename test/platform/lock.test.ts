import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors';
import { imagesInManifests, imageUses } from '../../src/platform/images';
import { loadPlatformLock, PlatformLock, writePlatformLock } from '../../src/platform/lock';

const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;
const tmp = () => mkdtempSync(join(tmpdir(), 'ag-lock-'));

function sample(): PlatformLock {
  return new PlatformLock({
    'ghcr.io/org/tool:2': { digest: D2, platforms: ['linux/arm64/v8', 'linux/amd64'] },
    nginx: { digest: D1, platforms: ['linux/amd64'] },
  });
}

describe('platform lock file', () => {
  it('round-trips through a file, byte-identical, sorted, trailing newline', () => {
    const file = join(tmp(), 'argo-guard.platforms.json');
    writePlatformLock(file, sample());
    const text = readFileSync(file, 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    const doc = JSON.parse(text);
    expect(Object.keys(doc)).toEqual(['$comment', 'images', 'version']);
    expect(Object.keys(doc.images)).toEqual(['docker.io/library/nginx:latest', 'ghcr.io/org/tool:2']);
    expect(doc.images['ghcr.io/org/tool:2']).toEqual({
      digest: D2,
      platforms: ['linux/amd64', 'linux/arm64'],
    });
    const again = loadPlatformLock(file);
    expect(again.serialize()).toBe(text);
    // insertion order does not matter
    const reversed = new PlatformLock();
    reversed.set('nginx:latest', { digest: D1, platforms: ['linux/amd64'] });
    reversed.set('ghcr.io/org/tool:2', { digest: D2, platforms: ['linux/amd64', 'linux/arm64'] });
    expect(reversed.serialize()).toBe(text);
  });

  it('looks images up the way users write them', () => {
    const lock = sample();
    for (const spelling of [
      'nginx',
      'nginx:latest',
      'library/nginx',
      'docker.io/library/nginx:latest',
      'index.docker.io/nginx',
    ]) {
      expect(lock.lookup(spelling), spelling).toEqual({ digest: D1, platforms: ['linux/amd64'] });
    }
    expect(lock.lookup('nginx:1.27')).toBeUndefined();
    expect(lock.lookup('ghcr.io/org/tool:3')).toBeUndefined();
    expect(lock.lookup('{{inputs.parameters.image}}')).toBeUndefined();
  });

  it('a digest-pinned reference matches by digest within the same repository', () => {
    const lock = sample();
    expect(lock.lookup(`nginx@${D1}`)?.platforms).toEqual(['linux/amd64']);
    expect(lock.lookup(`nginx:whatever@${D1}`)?.platforms).toEqual(['linux/amd64']);
    expect(lock.keyFor(`ghcr.io/org/tool@${D2}`)).toBe('ghcr.io/org/tool:2');
    expect(lock.lookup(`ghcr.io/other/tool@${D2}`)).toBeUndefined();
    expect(lock.lookup(`nginx@${D2}`)).toBeUndefined();
  });

  const bad: [string, string, RegExp][] = [
    ['not JSON', '{"images": {', /lock\.json:1: not valid JSON/],
    ['an array', '[]', /lock\.json: a platform lock is a JSON object/],
    ['wrong version', '{"version": 2, "images": {}}', /unsupported lock version 2/],
    [
      'bad reference',
      `{"version":1,"images":{"Bad Ref":{"digest":"${D1}","platforms":["linux/amd64"]}}}`,
      /images\["Bad Ref"\]: invalid image reference/,
    ],
    [
      'bad digest',
      '{"version":1,"images":{"nginx":{"digest":"md5:x","platforms":["linux/amd64"]}}}',
      /images\["nginx"\]\.digest must be a digest/,
    ],
    [
      'no platforms',
      `{"version":1,"images":{"nginx":{"digest":"${D1}","platforms":[]}}}`,
      /images\["nginx"\]\.platforms must be a non-empty array/,
    ],
    [
      'bad platform',
      `{"version":1,"images":{"nginx":{"digest":"${D1}","platforms":["amd64"]}}}`,
      /images\["nginx"\]\.platforms\[0\] "amd64" is not/,
    ],
    [
      'duplicate spelling',
      `{"version":1,"images":{"nginx":{"digest":"${D1}","platforms":["linux/amd64"]},"docker.io/library/nginx:latest":{"digest":"${D1}","platforms":["linux/amd64"]}}}`,
      /listed twice/,
    ],
  ];
  it.each(bad)('a malformed lock (%s) is a UserError naming the file', (_name, text, message) => {
    const file = join(tmp(), 'lock.json');
    writeFileSync(file, text);
    let err: unknown;
    try {
      loadPlatformLock(file);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toContain(file);
    expect((err as UserError).message).toMatch(message);
    expect((err as UserError).hint).toContain('argo-guard platforms update');
  });

  it('a missing lock says how to create it', () => {
    expect(() => loadPlatformLock(join(tmp(), 'none.json'))).toThrow(/does not exist/);
  });
});

describe('images used by manifests', () => {
  const manifests = [
    {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'WorkflowTemplate',
      metadata: { name: 'wt' },
      spec: {
        templates: [
          { name: 'a', container: { image: 'alpine:3.20' } },
          { name: 'b', script: { image: 'python:3.12', source: 'print(1)' } },
          { name: 'c', containerSet: { containers: [{ name: 'x', image: 'ghcr.io/o/x:1' }] } },
          {
            name: 'd',
            container: { image: 'busybox' },
            initContainers: [{ name: 'i', image: 'busybox:1' }],
            sidecars: [{ name: 's', image: 'redis:7' }],
          },
          { name: 'e', container: { image: '{{inputs.parameters.image}}' } },
        ],
      },
    },
    {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'CronWorkflow',
      metadata: { name: 'c' },
      spec: { workflowSpec: { templates: [{ name: 'm', container: { image: 'alpine:3.20' } }] } },
    },
    {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'j' },
      spec: {
        jobTemplate: { spec: { template: { spec: { containers: [{ name: 'c', image: 'curl:8' }] } } } },
      },
    },
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm' }, data: { image: 'not-an-image' } },
  ];

  it('finds container, script, containerSet, init and sidecar images in Argo objects and pod specs', () => {
    expect(imagesInManifests(manifests)).toEqual([
      'alpine:3.20',
      'busybox',
      'busybox:1',
      'curl:8',
      'ghcr.io/o/x:1',
      'python:3.12',
      'redis:7',
    ]);
  });

  it('reports where each use is', () => {
    const uses = imageUses(manifests);
    expect(uses).toContainEqual({ image: 'python:3.12', index: 0, path: '/spec/templates/1/script/image' });
    expect(uses).toContainEqual({
      image: 'curl:8',
      index: 2,
      path: '/spec/jobTemplate/spec/template/spec/containers/0/image',
    });
  });
});
