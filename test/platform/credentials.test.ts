import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors';
import { defaultDockerConfigPath, loadDockerConfig, parseDockerConfig } from '../../src/platform/credentials';

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('Docker config.json credentials', () => {
  const config = JSON.stringify({
    auths: {
      'https://index.docker.io/v1/': { auth: b64('hubuser:hub:pass') },
      'ghcr.io': { auth: b64('gh:token') },
      'https://registry.example.com/v2/': { username: 'u', password: 'p' },
      'quay.io': {},
    },
    credHelpers: { 'gcr.io': 'gcloud' },
  });
  const store = parseDockerConfig(config, '/home/me/.docker/config.json');

  it('decodes auth (base64 user:password; the password may contain colons)', () => {
    expect(store.get('docker.io')).toMatchObject({
      kind: 'basic',
      username: 'hubuser',
      password: 'hub:pass',
    });
    expect(store.get('ghcr.io')).toMatchObject({ kind: 'basic', username: 'gh', password: 'token' });
  });

  it('matches keys written as URLs with scheme and path', () => {
    expect(store.get('registry.example.com')).toMatchObject({ username: 'u', password: 'p' });
    expect(store.get('index.docker.io')).toMatchObject({ username: 'hubuser' });
  });

  it('an empty entry (credentials in a store) is no credential', () => {
    expect(store.get('quay.io')).toBeUndefined();
    expect(store.get('other.io')).toBeUndefined();
  });

  it('reports credential helpers (not supported) with the source file', () => {
    expect(store.get('gcr.io')).toEqual({
      kind: 'helper',
      helper: 'docker-credential-gcloud',
      source: '/home/me/.docker/config.json',
    });
    const desktop = parseDockerConfig(
      JSON.stringify({ credsStore: 'desktop', auths: { 'ghcr.io': {} } }),
      'c.json',
    );
    expect(desktop.get('ghcr.io')).toEqual({
      kind: 'helper',
      helper: 'docker-credential-desktop',
      source: 'c.json',
    });
  });

  it('malformed files are UserErrors naming the file', () => {
    expect(() => parseDockerConfig('{', 'cfg.json')).toThrow(/cfg\.json: not valid JSON/);
    expect(() =>
      parseDockerConfig(JSON.stringify({ auths: { 'x.io': { auth: b64('nocolon') } } }), 'cfg.json'),
    ).toThrow(/cfg\.json: auths\["x\.io"\]\.auth is not base64/);
  });

  it('loads from a path; a missing default file means no credentials, a missing explicit one is an error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ag-cred-'));
    writeFileSync(join(dir, 'config.json'), config);
    expect(defaultDockerConfigPath({ DOCKER_CONFIG: dir })).toBe(join(dir, 'config.json'));
    expect(loadDockerConfig(join(dir, 'config.json')).get('ghcr.io')).toMatchObject({ username: 'gh' });
    expect(() => loadDockerConfig(join(dir, 'nope.json'))).toThrow(UserError);
  });
});
