/**
 * The founding incident: an image built only for amd64 ran on an arm64 node ("exec format
 * error"; or, pinned, its pods stay Pending forever). With the platforms frozen from the real
 * registry into the lock file, synth refuses the pin before anything reaches the cluster.
 * Real parts only: docker-registry, the OCI client, the lock file on disk, the L2 constructs, the
 * rules engine through cdk8s validation.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'cdk8s';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ArgoGuardSettings, GuardedChart, WorkflowTemplate } from '../../src';
import { loadPlatformLock, PlatformLock, writePlatformLock } from '../../src/platform/lock';
import { RegistryClient } from '../../src/platform/registry';
import { pushImage, pushIndex } from '../registry/push';
import { type Registry, registryAvailability, startRegistry } from '../registry/registry';

const availability = registryAvailability();
if (!availability.available) {
  describe('founding scenario', () => {
    it.skip(`skipped: ${availability.reason}`, () => {});
  });
}

/** A one-template pipeline, synthesized the way `cdk8s synth` does; returns the output text or throws. */
function synth(image: string, argoGuard: ArgoGuardSettings): string {
  const outdir = mkdtempSync(join(tmpdir(), 'ag-founding-'));
  const app = new App({ outdir });
  const chart = new GuardedChart(app, 'ci', { namespace: 'ci', argoGuard });
  const wt = new WorkflowTemplate(chart, 'build');
  const build = wt.addContainer('build', { image, command: ['make'] });
  const dag = wt.addDag('main');
  dag.addTask('build', { template: build });
  wt.entrypoint = dag;
  app.synth();
  return readFileSync(join(outdir, 'ci.k8s.yaml'), 'utf8');
}

function synthError(image: string, argoGuard: ArgoGuardSettings): string {
  try {
    synth(image, argoGuard);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected synth to fail');
}

describe.skipIf(!availability.available)('founding scenario: amd64-only image, arm64 pin', () => {
  let reg: Registry;
  let lock: PlatformLock;
  let amdOnly: string;
  let armOnly: string;
  let multi: string;

  beforeAll(async () => {
    reg = await startRegistry();
    amdOnly = `${reg.host}/acme/builder:1.0`;
    armOnly = `${reg.host}/acme/graviton-tool:2`;
    multi = `${reg.host}/acme/base:3`;
    await pushImage(reg, 'acme/builder', { os: 'linux', architecture: 'amd64' }, { tag: '1.0' });
    await pushImage(reg, 'acme/graviton-tool', { os: 'linux', architecture: 'arm64' }, { tag: '2' });
    const a = await pushImage(reg, 'acme/base', { os: 'linux', architecture: 'amd64' });
    const b = await pushImage(reg, 'acme/base', { os: 'linux', architecture: 'arm64' });
    await pushIndex(reg, 'acme/base', '3', [a, b]);

    // What `argo-guard platforms update` does: ask the registry, freeze the answer in the repo.
    const client = new RegistryClient({ insecureRegistries: [reg.host] });
    const fresh = new PlatformLock();
    for (const r of await client.resolveAll([amdOnly, armOnly, multi])) fresh.set(r.image, r);
    const file = join(mkdtempSync(join(tmpdir(), 'ag-founding-repo-')), 'argo-guard.platforms.json');
    writePlatformLock(file, fresh);
    lock = loadPlatformLock(file); // synth reads only the file: offline and deterministic
  });
  afterAll(async () => {
    await reg?.stop();
  });

  it('pinned to arm64: synth fails with ARCH003 naming the image, its platforms and the fix', () => {
    const message = synthError(amdOnly, { architectures: ['arm64'], platforms: lock });
    expect(message).toContain('ARCH003');
    expect(message).toContain(`image ${amdOnly} is built for amd64`);
    expect(message).toContain('pinned to arm64');
    expect(message).toMatch(/Pin the template to one of amd64, or use an image built for arm64/);
  });

  it('defaulted pin (amd64) with an arm64-only image fails the same way', () => {
    const message = synthError(armOnly, { platforms: lock });
    expect(message).toContain('ARCH003');
    expect(message).toContain(`image ${armOnly} is built for arm64`);
  });

  it('a multi-arch image synthesizes, pinned by nodeSelector, with the taint toleration', () => {
    const yaml = synth(multi, { architectures: ['arm64'], taintedArchitectures: ['arm64'], platforms: lock });
    expect(yaml).toContain('kubernetes.io/arch: arm64');
    expect(yaml).toMatch(/key: kubernetes\.io\/arch\n\s+operator: Equal\n\s+value: arm64/);
    // deterministic: same input, same bytes
    expect(synth(multi, { architectures: ['arm64'], taintedArchitectures: ['arm64'], platforms: lock })).toBe(
      yaml,
    );
  });

  it('an image missing from the lock: a warning normally, a synth error in strict mode', () => {
    const unknown = `${reg.host}/acme/unlocked:1`;
    expect(() => synth(unknown, { architectures: ['arm64'], platforms: lock })).not.toThrow();
    const message = synthError(unknown, { architectures: ['arm64'], platforms: lock, strictPlatforms: true });
    expect(message).toContain('ARCH004');
    expect(message).toContain(`image ${unknown}`);
  });

  it('the lock matches references as users write them (tag or digest)', () => {
    const digest = lock.lookup(amdOnly)!.digest;
    const message = synthError(`${reg.host}/acme/builder@${digest}`, {
      architectures: ['arm64'],
      platforms: lock,
    });
    expect(message).toContain('ARCH003');
  });
});
