import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors';
import {
  formatImageReference,
  isTemplatedImage,
  normalizeImageReference,
  parseImageReference,
  registryApiHost,
} from '../../src/platform/reference';
import { parseWwwAuthenticate } from '../../src/platform/registry';

const D = `sha256:${'a'.repeat(64)}`;

describe('image references (Docker normalisation)', () => {
  it.each([
    ['nginx', 'docker.io/library/nginx:latest'],
    ['nginx:1.27', 'docker.io/library/nginx:1.27'],
    ['library/nginx', 'docker.io/library/nginx:latest'],
    ['docker.io/nginx', 'docker.io/library/nginx:latest'],
    ['index.docker.io/library/nginx:1', 'docker.io/library/nginx:1'],
    ['bitnami/redis:7', 'docker.io/bitnami/redis:7'],
    ['ghcr.io/a/b', 'ghcr.io/a/b:latest'],
    [`ghcr.io/a/b@${D}`, `ghcr.io/a/b@${D}`],
    [`ghcr.io/a/b:v1@${D}`, `ghcr.io/a/b:v1@${D}`],
    ['localhost/app', 'localhost/app:latest'],
    ['localhost:5000/app:dev', 'localhost:5000/app:dev'],
    ['127.0.0.1:5000/team/app:1.0', '127.0.0.1:5000/team/app:1.0'],
    ['registry.example.com:8443/a/b/c:x_y.z-1', 'registry.example.com:8443/a/b/c:x_y.z-1'],
    ['quay.io/argoproj/argoexec:v3.6.0', 'quay.io/argoproj/argoexec:v3.6.0'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeImageReference(input)).toBe(expected);
  });

  it('splits registry, repository, tag and digest', () => {
    expect(parseImageReference(`127.0.0.1:5000/a/b:v1@${D}`)).toEqual({
      registry: '127.0.0.1:5000',
      repository: 'a/b',
      tag: 'v1',
      digest: D,
    });
    // a port is not a tag
    expect(parseImageReference('host:5000/app')).toEqual({ registry: 'host:5000', repository: 'app' });
  });

  it('a digest-only reference gets no default tag', () => {
    expect(formatImageReference(parseImageReference(`nginx@${D}`))).toBe(`docker.io/library/nginx@${D}`);
  });

  it.each([
    ['', 'empty'],
    ['Nginx', 'lowercase'],
    ['nginx:', 'not a valid tag'],
    ['nginx@sha256:abc', 'sha256 digest has 64'],
    ['nginx@nodigest', 'not a digest'],
    ['ghcr.io/a//b', 'not a valid repository path component'],
    ['ghcr.io/a/-b', 'not a valid repository path component'],
  ])('rejects %j with a UserError naming it (%s)', (input, why) => {
    let err: unknown;
    try {
      parseImageReference(input);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toContain(`"${input}"`);
    expect((err as UserError).message).toContain(why);
    expect((err as UserError).hint).toMatch(/registry\//);
  });

  it('maps Docker Hub to its API host', () => {
    expect(registryApiHost('docker.io')).toBe('registry-1.docker.io');
    expect(registryApiHost('ghcr.io')).toBe('ghcr.io');
  });

  it('recognises Argo expressions, which cannot be resolved', () => {
    expect(isTemplatedImage('{{inputs.parameters.image}}')).toBe(true);
    expect(isTemplatedImage('repo/app:{{workflow.parameters.tag}}')).toBe(true);
    expect(isTemplatedImage('nginx')).toBe(false);
  });
});

describe('WWW-Authenticate challenges', () => {
  it('parses Docker Hub and ghcr.io bearer challenges and basic ones', () => {
    expect(
      parseWwwAuthenticate(
        'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/alpine:pull"',
      ),
    ).toEqual({
      scheme: 'bearer',
      params: {
        realm: 'https://auth.docker.io/token',
        service: 'registry.docker.io',
        scope: 'repository:library/alpine:pull',
      },
    });
    expect(parseWwwAuthenticate('Bearer realm="https://ghcr.io/token", service="ghcr.io"')?.params).toEqual({
      realm: 'https://ghcr.io/token',
      service: 'ghcr.io',
    });
    expect(parseWwwAuthenticate('Basic realm="Registry Realm"')).toEqual({
      scheme: 'basic',
      params: { realm: 'Registry Realm' },
    });
    expect(parseWwwAuthenticate(null)).toBeUndefined();
  });
});
