/**
 * The OCI client against the real `docker-registry` (distribution 2.8) on loopback: image
 * indexes, manifest lists, single-arch images, basic and bearer-token auth, corruption on disk,
 * and the failures users meet (unreachable, 404, 401, timeouts). Skips with one line when the
 * binary is missing outside CI; fails under CI=true.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDockerConfig } from '../../src/platform/credentials';
import { RegistryClient, type RegistryError } from '../../src/platform/registry';
import {
  type Descriptor,
  MT,
  pushAttestation,
  pushBlob,
  pushImage,
  pushIndex,
  pushManifest,
} from '../registry/push';
import {
  freePort,
  type Registry,
  registryAvailability,
  startRegistry,
  TEST_USER,
} from '../registry/registry';
import { startTokenServer, type TokenServer } from '../registry/token-server';

const availability = registryAvailability();
if (!availability.available) {
  describe('registry', () => {
    it.skip(`skipped: ${availability.reason}`, () => {});
  });
}

async function failure(p: Promise<unknown>): Promise<RegistryError> {
  try {
    await p;
  } catch (err) {
    return err as RegistryError;
  }
  throw new Error('expected the call to fail');
}

function blobPath(reg: Registry, digest: string): string {
  const hex = digest.slice('sha256:'.length);
  return join(reg.storage, 'docker/registry/v2/blobs/sha256', hex.slice(0, 2), hex, 'data');
}

function dockerConfig(auths: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return parseDockerConfig(JSON.stringify({ auths, ...extra }), '/tmp/test-docker-config.json');
}

describe.skipIf(!availability.available)('OCI client against docker-registry', () => {
  let reg: Registry;
  let client: RegistryClient;
  const images: Record<string, Descriptor> = {};

  beforeAll(async () => {
    reg = await startRegistry();
    client = new RegistryClient({ insecureRegistries: [reg.host], retries: 0 });
    // OCI index: amd64 + arm64 (variant v8, normalised away) + a BuildKit attestation manifest
    const amd = await pushImage(reg, 'team/multi', { os: 'linux', architecture: 'amd64' });
    const arm = await pushImage(reg, 'team/multi', { os: 'linux', architecture: 'arm64', variant: 'v8' });
    const att = await pushAttestation(reg, 'team/multi', amd);
    images.index = await pushIndex(reg, 'team/multi', '1.0', [amd, arm, att]);
    // single-arch arm64 image: the platform is only in the config blob
    images.single = await pushImage(
      reg,
      'team/armonly',
      { os: 'linux', architecture: 'arm64' },
      { tag: 'latest' },
    );
    // Docker manifest list: amd64 + arm/v7
    const dAmd = await pushImage(
      reg,
      'legacy/app',
      { os: 'linux', architecture: 'amd64' },
      { format: 'docker' },
    );
    const dArm = await pushImage(
      reg,
      'legacy/app',
      { os: 'linux', architecture: 'arm', variant: 'v7' },
      { format: 'docker' },
    );
    images.list = await pushIndex(reg, 'legacy/app', 'v2', [dAmd, dArm], 'docker');
    // an index entry without a platform: the client asks the child manifest
    const plain = await pushImage(reg, 'team/noplatform', { os: 'linux', architecture: 's390x' });
    images.noPlatform = await pushIndex(reg, 'team/noplatform', 'v1', [{ ...plain, platform: undefined }]);
    // to be corrupted on disk
    images.corruptManifest = await pushImage(
      reg,
      'team/corrupt',
      { os: 'linux', architecture: 'amd64' },
      { tag: 'manifest' },
    );
    images.corruptConfig = await pushImage(
      reg,
      'team/corrupt2',
      { os: 'linux', architecture: 'riscv64' },
      { tag: 'config' },
    );
    // a Helm-chart-like artifact: not a runnable image
    images.artifact = await pushManifest(reg, 'team/chart', '0.1.0', MT.ociManifest, {
      schemaVersion: 2,
      mediaType: MT.ociManifest,
      config: {
        mediaType: 'application/vnd.cncf.helm.config.v1+json',
        ...(await pushBlob(reg, 'team/chart', '{}')),
      },
      layers: [],
    });
  });

  afterAll(async () => {
    await reg?.stop();
  });

  it('OCI index: platforms of its images, attestation skipped, digest of the index itself', async () => {
    const r = await client.resolve(`${reg.host}/team/multi:1.0`);
    expect(r).toEqual({
      image: `${reg.host}/team/multi:1.0`,
      digest: images.index.digest,
      mediaType: MT.ociIndex,
      platforms: ['linux/amd64', 'linux/arm64'],
    });
  });

  it('single-arch image: platform from the config blob, digest of its manifest', async () => {
    const r = await client.resolve(`${reg.host}/team/armonly`);
    expect(r.platforms).toEqual(['linux/arm64']);
    expect(r.digest).toBe(images.single.digest);
    expect(r.mediaType).toBe(MT.ociManifest);
  });

  it('Docker manifest list: amd64 + arm/v7', async () => {
    const r = await client.resolve(`${reg.host}/legacy/app:v2`);
    expect(r.platforms).toEqual(['linux/amd64', 'linux/arm/v7']);
    expect(r.mediaType).toBe(MT.dockerList);
    expect(r.digest).toBe(images.list.digest);
  });

  it('index entry without a platform: reads the child manifest and its config', async () => {
    expect((await client.resolve(`${reg.host}/team/noplatform:v1`)).platforms).toEqual(['linux/s390x']);
  });

  it('by digest, and tag+digest', async () => {
    const byDigest = await client.resolve(`${reg.host}/team/multi@${images.index.digest}`);
    expect(byDigest.digest).toBe(images.index.digest);
    expect(byDigest.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    const both = await client.resolve(`${reg.host}/team/multi:ignored@${images.index.digest}`);
    expect(both.digest).toBe(images.index.digest);
  });

  it('a corrupted manifest on disk (digest mismatch) is an error, not a platform list', async () => {
    const file = blobPath(reg, images.corruptManifest.digest);
    const text = readFileSync(file, 'utf8');
    // Still a well-formed manifest (the registry parses what it serves), but not the pushed bytes:
    // the layer size is off by one.
    const corrupted = text.replace(
      /("size": )(\d+)(\s*}\s*]\s*}\s*)$/,
      (_m, a, n, b) => `${a}${Number(n) + 1}${b}`,
    );
    expect(corrupted).not.toBe(text);
    writeFileSync(file, corrupted);
    const err = await failure(client.resolve(`${reg.host}/team/corrupt:manifest`));
    expect(err.reason).toBe('digest-mismatch');
    expect(err.message).toContain(`${reg.host}/team/corrupt:manifest`);
    expect(err.message).toContain(`expected ${images.corruptManifest.digest}`);
    expect(err.hint).toMatch(/Re-push/);
    // by digest the same corruption is caught against the digest asked for
    const byDigest = await failure(
      client.resolve(`${reg.host}/team/corrupt@${images.corruptManifest.digest}`),
    );
    expect(byDigest.reason).toBe('digest-mismatch');
  });

  it('a corrupted config blob is caught too', async () => {
    const manifest = JSON.parse(readFileSync(blobPath(reg, images.corruptConfig.digest), 'utf8'));
    const file = blobPath(reg, manifest.config.digest);
    writeFileSync(file, readFileSync(file, 'utf8').replace('riscv64', 'ppc64le'.slice(0, 7)));
    const err = await failure(client.resolve(`${reg.host}/team/corrupt2:config`));
    expect(err.reason).toBe('digest-mismatch');
    expect(err.message).toContain(`blob ${manifest.config.digest}`);
  });

  it('404 tag: names the image, the tag and what to do', async () => {
    const err = await failure(client.resolve(`${reg.host}/team/multi:nope`));
    expect(err.reason).toBe('not-found');
    expect(err.message).toBe(
      `image ${reg.host}/team/multi:nope not found: ${reg.host} has no tag nope in repository team/multi (HTTP 404)`,
    );
    expect(err.hint).toMatch(/Check the repository name and tag/);
    const repo = await failure(client.resolve(`${reg.host}/team/never-pushed`));
    expect(repo.reason).toBe('not-found');
  });

  it('an OCI artifact that is not an image is refused', async () => {
    const err = await failure(client.resolve(`${reg.host}/team/chart:0.1.0`));
    expect(err.reason).toBe('not-an-image');
    expect(err.message).toContain('application/vnd.cncf.helm.config.v1+json');
  });

  it('without --insecure-registry the client speaks HTTPS and says how to allow plain HTTP', async () => {
    const err = await failure(new RegistryClient({ retries: 0 }).resolve(`${reg.host}/team/armonly`));
    expect(err.reason).toBe('unreachable');
    expect(err.hint).toContain(`--insecure-registry ${reg.host}`);
  });
});

describe.skipIf(!availability.available)('registry failures', () => {
  it('unreachable registry: names the image and the host, after bounded retries', async () => {
    const port = await freePort(); // nothing listens there
    const c = new RegistryClient({ insecureRegistries: [`127.0.0.1:${port}`], retries: 2, retryDelayMs: 10 });
    const err = await failure(c.resolve(`127.0.0.1:${port}/app:1`));
    expect(err.reason).toBe('unreachable');
    expect(err.message).toBe(
      `cannot reach registry 127.0.0.1:${port} for image 127.0.0.1:${port}/app:1: ECONNREFUSED (3 attempts)`,
    );
    expect(err.hint).toMatch(/running and reachable/);
  });

  it('a registry that accepts connections and never answers: timeout, retried a bounded number of times', async () => {
    const sockets: Socket[] = [];
    const server: Server = createServer((s) => sockets.push(s));
    // Port 0: the kernel picks a free port while binding, so no other process can take it in between.
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    try {
      const c = new RegistryClient({
        insecureRegistries: [`127.0.0.1:${port}`],
        timeoutMs: 200,
        retries: 1,
        retryDelayMs: 10,
      });
      const err = await failure(c.resolve(`127.0.0.1:${port}/app:1`));
      expect(err.reason).toBe('timeout');
      expect(err.message).toContain('did not answer within 0.2s for image 127.0.0.1:');
      // One attempt plus one retry, then it gives up (a client that retried forever would hit the test timeout).
      expect(sockets.length).toBe(2);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(r));
    }
  });
});

describe.skipIf(!availability.available)('basic auth', () => {
  let reg: Registry;
  beforeAll(async () => {
    reg = await startRegistry({ auth: 'basic' });
    await pushImage(reg, 'private/app', { os: 'linux', architecture: 'arm64' }, { tag: 'v1' });
  });
  afterAll(async () => {
    await reg?.stop();
  });
  const image = () => `${reg.host}/private/app:v1`;

  it('credentials from a Docker config.json (auths.<host>.auth) work', async () => {
    const auth = Buffer.from(`${TEST_USER.username}:${TEST_USER.password}`).toString('base64');
    const c = new RegistryClient({
      insecureRegistries: [reg.host],
      credentials: dockerConfig({ [`http://${reg.host}`]: { auth } }),
    });
    expect((await c.resolve(image())).platforms).toEqual(['linux/arm64']);
  });

  it('401 without credentials: names the image and says to log in', async () => {
    const err = await failure(new RegistryClient({ insecureRegistries: [reg.host] }).resolve(image()));
    expect(err.reason).toBe('unauthorized');
    expect(err.message).toBe(`registry ${reg.host} requires authentication for image ${image()} (HTTP 401)`);
    expect(err.hint).toContain(`docker login ${reg.host}`);
  });

  it('wrong credentials: says they were rejected and where they came from', async () => {
    const c = new RegistryClient({
      insecureRegistries: [reg.host],
      credentials: dockerConfig({ [reg.host]: { username: TEST_USER.username, password: 'wrong' } }),
    });
    const err = await failure(c.resolve(image()));
    expect(err.reason).toBe('unauthorized');
    expect(err.hint).toContain('/tmp/test-docker-config.json were rejected');
  });

  it('a credential helper for the host: explains that helpers are not supported', async () => {
    const c = new RegistryClient({
      insecureRegistries: [reg.host],
      credentials: dockerConfig({}, { credHelpers: { [reg.host]: 'pass' } }),
    });
    const err = await failure(c.resolve(image()));
    expect(err.reason).toBe('unauthorized');
    expect(err.hint).toContain('docker-credential-pass');
    expect(err.hint).toContain('cannot run credential helpers');
  });
});

describe.skipIf(!availability.available)('bearer token auth (WWW-Authenticate realm)', () => {
  let tokens: TokenServer;
  let reg: Registry;
  beforeAll(async () => {
    tokens = await startTokenServer();
    reg = await startRegistry({ auth: tokens.auth });
    reg.pushAuthorization = `Bearer ${tokens.mint([
      { name: 'public/tool', actions: ['pull', 'push'] },
      { name: 'secret/tool', actions: ['pull', 'push'] },
    ])}`;
    const a = await pushImage(reg, 'public/tool', { os: 'linux', architecture: 'amd64' });
    const b = await pushImage(reg, 'public/tool', { os: 'linux', architecture: 'arm64' });
    await pushIndex(reg, 'public/tool', 'v1', [a, b]);
    await pushImage(reg, 'secret/tool', { os: 'linux', architecture: 'amd64' }, { tag: 'v1' });
  });
  afterAll(async () => {
    await reg?.stop();
    await tokens?.stop();
  });

  it('anonymous token from the realm, scoped to the repository, reused for the config blob', async () => {
    tokens.requests.length = 0;
    const c = new RegistryClient({ insecureRegistries: [reg.host] });
    const r = await c.resolve(`${reg.host}/public/tool:v1`);
    expect(r.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    expect(tokens.requests).toEqual([
      { scope: 'repository:public/tool:pull', service: 'argo-guard-test-registry', user: '' },
    ]);
  });

  it('private repository: basic credentials go to the token realm', async () => {
    const anonymous = await failure(
      new RegistryClient({ insecureRegistries: [reg.host] }).resolve(`${reg.host}/secret/tool:v1`),
    );
    expect(anonymous.reason).toBe('unauthorized');
    tokens.requests.length = 0;
    const c = new RegistryClient({
      insecureRegistries: [reg.host],
      credentials: dockerConfig({
        [reg.host]: { username: TEST_USER.username, password: TEST_USER.password },
      }),
    });
    expect((await c.resolve(`${reg.host}/secret/tool:v1`)).platforms).toEqual(['linux/amd64']);
    expect(tokens.requests.map((r) => r.user)).toEqual([TEST_USER.username]);
  });

  it('credentials the realm rejects: unauthorized, naming the image', async () => {
    const c = new RegistryClient({
      insecureRegistries: [reg.host],
      credentials: dockerConfig({ [reg.host]: { username: TEST_USER.username, password: 'nope' } }),
    });
    const err = await failure(c.resolve(`${reg.host}/secret/tool:v1`));
    expect(err.reason).toBe('unauthorized');
    expect(err.message).toContain(`${reg.host}/secret/tool:v1`);
    expect(err.hint).toContain('rejected');
  });
});
