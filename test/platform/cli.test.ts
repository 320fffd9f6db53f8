/**
 * `argo-guard platforms resolve|update|check` as a user runs it (a child process), against the
 * real docker-registry. Same skip/fail semantics as the other registry tests.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Descriptor, MT, pushImage, pushIndex } from '../registry/push';
import { type Registry, registryAvailability, startRegistry, TEST_USER } from '../registry/registry';

const ROOT = resolve(__dirname, '../..');
const availability = registryAvailability();
if (!availability.available) {
  describe('platforms CLI', () => {
    it.skip(`skipped: ${availability.reason}`, () => {});
  });
}

function run(args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'src/cli/main.ts'), ...args], {
      cwd,
      env: { ...process.env, DOCKER_CONFIG: join(tmpdir(), 'argo-guard-no-docker-config') },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

const workflowTemplate = (images: string[]) =>
  [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: WorkflowTemplate',
    'metadata:',
    '  name: pipeline',
    'spec:',
    '  templates:',
    ...images.flatMap((image, i) => [`    - name: step${i}`, '      container:', `        image: ${image}`]),
    '',
  ].join('\n');

// Each CLI run is a tsx process (~1 s); the 2-core machine is shared, so allow for slow starts.
describe.skipIf(!availability.available)('argo-guard platforms (CLI)', { timeout: 120_000 }, () => {
  let reg: Registry;
  let index: Descriptor;
  let single: Descriptor;
  let multi: string;
  let armonly: string;

  beforeAll(async () => {
    reg = await startRegistry();
    const a = await pushImage(reg, 'cli/multi', { os: 'linux', architecture: 'amd64' });
    const b = await pushImage(reg, 'cli/multi', { os: 'linux', architecture: 'arm64' });
    index = await pushIndex(reg, 'cli/multi', '1', [a, b]);
    single = await pushImage(reg, 'cli/armonly', { os: 'linux', architecture: 'arm64' }, { tag: '2' });
    multi = `${reg.host}/cli/multi:1`;
    armonly = `${reg.host}/cli/armonly:2`;
  });
  afterAll(async () => {
    await reg?.stop();
  });

  it('resolve --format json: the contract shape, references as given, digest of the index itself', async () => {
    const r = await run([
      'platforms',
      'resolve',
      '--insecure-registry',
      reg.host,
      '--format',
      'json',
      multi,
      armonly,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      { image: multi, digest: index.digest, platforms: ['linux/amd64', 'linux/arm64'] },
      { image: armonly, digest: single.digest, platforms: ['linux/arm64'] },
    ]);
    expect(index.mediaType).toBe(MT.ociIndex);
  });

  it('resolve (text) for humans', async () => {
    const r = await run(['platforms', 'resolve', '--insecure-registry', reg.host, armonly]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${armonly}  ${single.digest}  linux/arm64\n`);
  });

  it('errors: non-zero exit, the image and what to do, no stack trace, no partial JSON', async () => {
    const missing = `${reg.host}/cli/multi:nope`;
    const r = await run([
      'platforms',
      'resolve',
      '--insecure-registry',
      reg.host,
      '--format',
      'json',
      multi,
      missing,
    ]);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`image ${missing} not found`);
    expect(r.stderr).toContain('Check the repository name and tag');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const noHttp = await run(['platforms', 'resolve', multi]);
    expect(noHttp.code).not.toBe(0);
    expect(noHttp.stderr).toContain(`--insecure-registry ${reg.host}`);
    const bad = await run(['platforms', 'resolve', 'Not/A Ref']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('invalid image reference "Not/A Ref"');
  });

  it('update --from writes a deterministic lock; check passes, then reports missing and unused images', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ag-cli-'));
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'pipeline.k8s.yaml'), workflowTemplate([multi, armonly]));
    const up = await run(['platforms', 'update', '--insecure-registry', reg.host, '--from', 'dist'], dir);
    expect(up.stderr).toBe('');
    expect(up.code).toBe(0);
    expect(up.stdout).toBe(
      'argo-guard.platforms.json: 2 images (2 added, 0 changed, 0 unchanged, 0 removed)\n',
    );
    const lockFile = join(dir, 'argo-guard.platforms.json');
    const first = readFileSync(lockFile, 'utf8');
    expect(JSON.parse(first).images).toEqual({
      [armonly]: { digest: single.digest, platforms: ['linux/arm64'] },
      [multi]: { digest: index.digest, platforms: ['linux/amd64', 'linux/arm64'] },
    });
    const again = await run(['platforms', 'update', '--insecure-registry', reg.host], dir);
    expect(again.stdout).toContain('(0 added, 0 changed, 2 unchanged, 0 removed)');
    expect(readFileSync(lockFile, 'utf8')).toBe(first);

    const ok = await run(['platforms', 'check'], dir); // default --from dist
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe('argo-guard.platforms.json: ok, 2 images locked\n');

    const added = `${reg.host}/cli/new:1`;
    writeFileSync(join(dir, 'dist', 'pipeline.k8s.yaml'), workflowTemplate([multi, added]));
    const bad = await run(['platforms', 'check', '--from', 'dist'], dir);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(`missing: ${added} is used but not in argo-guard.platforms.json`);
    expect(bad.stdout).toContain(`unused:  ${armonly} is in argo-guard.platforms.json but no longer used`);
    const json = await run(['platforms', 'check', '--from', 'dist', '--format', 'json'], dir);
    expect(JSON.parse(json.stdout)).toEqual({
      lock: 'argo-guard.platforms.json',
      images: 2,
      missing: [added],
      unused: [armonly],
    });

    writeFileSync(join(dir, 'dist', 'pipeline.k8s.yaml'), workflowTemplate([multi]));
    const pruned = await run(
      ['platforms', 'update', '--prune', '--insecure-registry', reg.host, '--from', 'dist'],
      dir,
    );
    expect(pruned.stdout).toContain('1 images (0 added, 0 changed, 1 unchanged, 1 removed)');
    expect((await run(['platforms', 'check'], dir)).code).toBe(0);
  });

  it('check with a malformed lock names the file and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ag-cli-'));
    writeFileSync(
      join(dir, 'argo-guard.platforms.json'),
      '{"version": 1, "images": {"nginx": {"digest": "x"}}}\n',
    );
    const r = await run(['platforms', 'check', 'nginx'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('argo-guard.platforms.json: images["nginx"].digest must be a digest');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it('credentials from --docker-config for a registry behind basic auth; 401 without them', async () => {
    const secured = await startRegistry({ auth: 'basic' });
    try {
      const pushed = await pushImage(
        secured,
        'private/app',
        { os: 'linux', architecture: 'arm64' },
        { tag: 'v1' },
      );
      const image = `${secured.host}/private/app:v1`;
      const denied = await run(['platforms', 'resolve', '--insecure-registry', secured.host, image]);
      expect(denied.code).not.toBe(0);
      expect(denied.stderr).toContain(`requires authentication for image ${image}`);
      expect(denied.stderr).toContain(`docker login ${secured.host}`);
      const dir = mkdtempSync(join(tmpdir(), 'ag-cli-'));
      const auth = Buffer.from(`${TEST_USER.username}:${TEST_USER.password}`).toString('base64');
      writeFileSync(join(dir, 'config.json'), JSON.stringify({ auths: { [secured.host]: { auth } } }));
      const ok = await run([
        'platforms',
        'resolve',
        '--insecure-registry',
        secured.host,
        '--docker-config',
        join(dir, 'config.json'),
        '--format',
        'json',
        image,
      ]);
      expect(ok.stderr).toBe('');
      expect(JSON.parse(ok.stdout)).toEqual([{ image, digest: pushed.digest, platforms: ['linux/arm64'] }]);
    } finally {
      await secured.stop();
    }
  });
});
