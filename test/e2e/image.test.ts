/**
 * The argo-guard image, built here by `npm run image` (no container engine) and proven: two
 * builds give the same digests, the pushed image resolves to exactly linux/amd64 and
 * linux/arm64 in Debian's docker-registry, the arm64 root filesystem holds an arm64 node, and the
 * amd64 root filesystem, unpacked by the real tar, runs `argo-guard --version`, `lint` and
 * `watch` under chroot as the image's non-root user, the watcher releasing a stuck Workflow on
 * the real control plane.
 *
 * Slow on a cold cache (downloads Node.js for two architectures and the Debian packages; minutes),
 * so everything shares one pair of builds.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CoreV1Api, KubeConfig, KubernetesObjectApi } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { HELM_CHART_NAME } from '../../charts/helm';
import { pushLayout } from '../../scripts/image/push';
import { WATCHER_IMAGE_USER } from '../../src/deploy/watcher';
import { paths } from '../../src/watcher/kube';
import { WATCHER_LEASE_NAME } from '../../src/watcher/rbac';
import { HELM, helm, helmSkipReason } from '../deploy/helm-binary';
import { startWatchProcess } from '../helpers/watch-process';
import { elfMachine, imageSkipReason, openLayout, ROOT, runImageCli, unpackRootfs } from '../image/helpers';
import { type Registry, registryAvailability, startRegistry, TEST_USER } from '../registry/registry';
import { workflow } from '../watcher/fixtures';
import { e2eKubeConfig, e2eKubeConfigPath, e2eSkipReason, freshNamespace } from './cluster';
import {
  adminApi,
  createWorkflow,
  deleteWorkflow,
  getWorkflow,
  reasonsOnceSeen,
  waitFor,
  watcherKubeConfig,
} from './watcher-helpers';

const skip = e2eSkipReason() ?? imageSkipReason() ?? registryAvailability().reason;
const USER = `${WATCHER_IMAGE_USER}:${WATCHER_IMAGE_USER}`;
const helmSkip = skip ? undefined : helmSkipReason();

/** The API server drops Go zero values (omitempty: [], {}, 0, false, ''): compare what is left. */
function withoutEmpty(v: any): any {
  if (Array.isArray(v)) return v.map(withoutEmpty);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const y = withoutEmpty(x);
      const empty =
        y === 0 ||
        y === false ||
        y === '' ||
        (y !== null && typeof y === 'object' && Object.keys(y).length === 0);
      if (!empty) out[k] = y;
    }
    return out;
  }
  return v;
}

describe.skipIf(skip)('the argo-guard image (npm run image)', () => {
  const work = mkdtempSync(join(tmpdir(), 'argo-guard-image-'));
  const first = join(work, 'first');
  const second = join(work, 'second');
  const amd64 = join(work, 'rootfs-amd64');
  let registry: Registry;
  let dockerConfig: string;
  let pushed: string;
  let pushOutput: string;

  beforeAll(async () => {
    registry = await startRegistry({ auth: 'basic' });
    dockerConfig = join(work, 'docker-config.json');
    const auth = Buffer.from(`${TEST_USER.username}:${TEST_USER.password}`).toString('base64');
    writeFileSync(dockerConfig, JSON.stringify({ auths: { [registry.host]: { auth } } }));
    runImageCli(['--out', first]);
    // The second build compresses every layer afresh and pushes: the exact user command.
    pushed = `${registry.host}/argo-guard/argo-guard:0.1.0`;
    pushOutput = runImageCli(
      [
        '--out',
        second,
        '--push',
        pushed,
        '--insecure-registry',
        registry.host,
        '--docker-config',
        dockerConfig,
      ],
      { ARGO_GUARD_IMAGE_NO_LAYER_CACHE: '1' },
    );
    unpackRootfs(first, 'amd64', amd64);
  }, 3_000_000);

  afterAll(async () => {
    await registry?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('is reproducible: two builds, the same index, manifests, configs and layers', () => {
    const a = openLayout(first);
    const b = openLayout(second);
    expect(b.indexDigest).toBe(a.indexDigest);
    expect(readFileSync(join(second, 'index.json'))).toEqual(readFileSync(join(first, 'index.json')));
    for (const arch of ['amd64', 'arm64']) {
      expect(b.manifest(arch).digest).toBe(a.manifest(arch).digest);
      expect(b.manifest(arch).manifest.layers).toEqual(a.manifest(arch).manifest.layers);
    }
  });

  it('is an index over linux/amd64 and linux/arm64: non-root user, ENTRYPOINT ["argo-guard"]', () => {
    const image = openLayout(first);
    expect(image.index.manifests.map((m: any) => m.platform)).toEqual([
      { architecture: 'amd64', os: 'linux' },
      { architecture: 'arm64', os: 'linux' },
    ]);
    for (const arch of ['amd64', 'arm64']) {
      const { config, manifest } = image.manifest(arch);
      expect(config.architecture).toBe(arch);
      expect(config.os).toBe('linux');
      expect(config.config.User).toBe(USER);
      expect(config.config.Entrypoint).toEqual(['argo-guard']);
      expect(config.rootfs.diff_ids).toHaveLength(manifest.layers.length);
    }
    // The app layer is plain JavaScript: one blob for both architectures; the others differ.
    const [amdLayers, armLayers] = ['amd64', 'arm64'].map((a) => image.manifest(a).manifest.layers);
    expect(amdLayers[2].digest).toBe(armLayers[2].digest);
    expect(amdLayers[0].digest).not.toBe(armLayers[0].digest);
    expect(amdLayers[1].digest).not.toBe(armLayers[1].digest);
  });

  it('the arm64 root filesystem holds an arm64 node and arm64 libraries (ELF e_machine 183)', () => {
    const arm64 = unpackRootfs(first, 'arm64', join(work, 'rootfs-arm64'));
    expect(elfMachine(readFileSync(join(arm64, 'usr/local/bin/node')))).toBe(183);
    expect(elfMachine(readFileSync(join(arm64, 'lib/aarch64-linux-gnu/libc.so.6')))).toBe(183);
    expect(elfMachine(readFileSync(join(arm64, 'usr/lib/aarch64-linux-gnu/libstdc++.so.6')))).toBe(183);
    expect(elfMachine(readFileSync(join(amd64, 'usr/local/bin/node')))).toBe(62);
    rmSync(arm64, { recursive: true, force: true });
  });

  it('pushed: `argo-guard platforms resolve` reports exactly linux/amd64 and linux/arm64, at the index digest', () => {
    const digest = openLayout(first).indexDigest;
    expect(pushOutput).toContain(`pushed ${pushed}@${digest}`);
    const out = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/main.ts',
        'platforms',
        'resolve',
        '--format',
        'json',
        '--insecure-registry',
        registry.host,
        '--docker-config',
        dockerConfig,
        pushed,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(JSON.parse(out)).toEqual([{ image: pushed, digest, platforms: ['linux/amd64', 'linux/arm64'] }]);
  });

  it('a push with wrong credentials fails naming the registry, and tags nothing', async () => {
    const bad = join(work, 'bad-docker-config.json');
    const auth = Buffer.from(`${TEST_USER.username}:wrong-password`).toString('base64');
    writeFileSync(bad, JSON.stringify({ auths: { [registry.host]: { auth } } }));
    const target = `${registry.host}/argo-guard/denied:1`;
    await expect(
      pushLayout(first, target, { insecureRegistries: [registry.host], dockerConfig: bad }),
    ).rejects.toThrow(`${registry.host} rejected the credentials for argo-guard/denied (HTTP 401)`);
    const res = await fetch(`${registry.url}/v2/argo-guard/denied/tags/list`, {
      headers: { authorization: registry.pushAuthorization! },
    });
    expect(res.status).toBe(404);
  });

  it('amd64 under chroot as the non-root user: --version and lint', () => {
    const chroot = (...args: string[]) =>
      execFileSync('chroot', [`--userspec=${USER}`, amd64, ...args], { encoding: 'utf8' });
    expect(chroot('argo-guard', '--version').trim()).toBe(
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version,
    );
    expect(chroot('/usr/local/bin/node', '-p', 'process.getuid() + ":" + process.getgid()').trim()).toBe(
      USER,
    );
    const input = join(amd64, 'tmp', 'lint-input.yaml');
    cpSync(join(ROOT, 'test/upstream/argo-workflows/examples/hello-world.yaml'), input);
    chmodSync(input, 0o644);
    let failed: { status: number; stdout: string } | undefined;
    try {
      chroot('argo-guard', 'lint', '--format', 'json', '/tmp/lint-input.yaml');
    } catch (err) {
      failed = err as { status: number; stdout: string };
    }
    // The upstream example is not pinned to an architecture: the rules find it, exit 1.
    expect(failed?.status).toBe(1);
    const ids = JSON.stringify(JSON.parse(failed!.stdout));
    expect(ids).toContain('ARCH001');
    // A root-only file is unreadable for the image's user: it really runs as 65532.
    writeFileSync(join(amd64, 'tmp', 'secret.yaml'), 'kind: Workflow\n', { mode: 0o600 });
    expect(() => chroot('argo-guard', 'lint', '/tmp/secret.yaml')).toThrow(/EACCES|permission denied/i);
  });

  /**
   * Runs `argo-guard watch` from the amd64 root filesystem under chroot as the image's user, with
   * `saKc`'s identity, and proves it releases the founding case: a Workflow that failed before
   * producing any artifact, deleted, held by the GC finalizer.
   */
  async function chrootWatcherReleases(saKc: KubeConfig, own: string): Promise<void> {
    const admin = adminApi();
    const ns = await freshNamespace('wf');
    // The kubeconfig goes inside the root filesystem, with the CA inline (no host paths in a chroot).
    const kc = new KubeConfig();
    kc.loadFromString(saKc.exportConfig());
    const cluster = kc.getCurrentCluster()!;
    const caData =
      cluster.caData ?? (cluster.caFile ? readFileSync(cluster.caFile).toString('base64') : undefined);
    kc.clusters = kc.clusters.map((c) => ({ ...c, caData, caFile: undefined }));
    writeFileSync(join(amd64, 'tmp', 'kubeconfig'), kc.exportConfig(), { mode: 0o644 });
    // The install's Role lets the watcher update only its own Lease, by name (resourceNames). The
    // default Lease duration (15 s): a shorter one can lapse on a loaded machine.
    const lease = WATCHER_LEASE_NAME;
    const w = await startWatchProcess({
      command: ['chroot', `--userspec=${USER}`, amd64, 'argo-guard'],
      args: (port) => [
        'watch',
        ...[
          '--kubeconfig',
          '/tmp/kubeconfig',
          '--namespace',
          ns,
          '--grace',
          '0s',
          '--watcher-namespace',
          own,
        ],
        ...['--listen', `127.0.0.1:${port}`, '--lease-name', lease, '--log-format', 'json'],
      ],
      readyTimeoutMs: 60_000,
    });
    try {
      await createWorkflow(admin, workflow({ name: 'stuck', namespace: ns, phase: 'Failed' }));
      await deleteWorkflow(admin, ns, 'stuck');
      await waitFor('the release', async () => (await getWorkflow(admin, ns, 'stuck')) === undefined, 30_000);
      expect(await reasonsOnceSeen(admin, ns, 'stuck', 'ArtifactGCFinalizerReleased')).toEqual([
        'ArtifactGCFinalizerReleased',
      ]);
      expect(await w.stop()).toBe(0);
      expect((await admin.get(paths.lease(own, lease))).spec.holderIdentity).toBe('');
      expect(w.lines().map((l) => l.msg)).toEqual(
        expect.arrayContaining(['became leader', 'finalizer released', 'stopped']),
      );
    } finally {
      w.child.kill('SIGKILL');
      admin.close();
    }
  }

  it('amd64 under chroot: `argo-guard watch` releases a stuck Workflow on the real control plane', async () => {
    const own = await freshNamespace('argo-guard');
    await chrootWatcherReleases(await watcherKubeConfig(own), own);
  }, 120_000);

  it.skipIf(helmSkip)(
    'helm install of the generated chart: the release objects exist, and the image watcher runs as its ServiceAccount',
    async () => {
      execFileSync('npm', ['run', '--silent', 'synth:helm'], {
        cwd: ROOT,
        env: { ...process.env, CDK8S_CHECK_UPGRADE: 'false' },
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 300_000,
      });
      const chartDir = join(ROOT, 'build', 'helm', HELM_CHART_NAME);
      const kubeconfig = e2eKubeConfigPath();
      const release = HELM_CHART_NAME;
      const ns = 'argo-guard'; // the chart's objects name their namespace
      // A plane reused from an earlier run may still have the release (or the same objects from dist/).
      spawnSync(HELM, ['uninstall', release, '-n', ns, '--kubeconfig', kubeconfig, '--wait'], {
        stdio: 'ignore',
      });
      helm([
        'install',
        release,
        chartDir,
        '-n',
        ns,
        '--create-namespace',
        '--take-ownership',
        '--kubeconfig',
        kubeconfig,
        '--timeout',
        '120s',
      ]);
      try {
        const status = JSON.parse(
          helm(['status', release, '-n', ns, '--kubeconfig', kubeconfig, '-o', 'json']),
        );
        expect(status.info.status).toBe('deployed');
        // Every object of the chart is in the API server as the chart says (server defaults aside).
        const expected = parseAllDocuments(
          helm(['get', 'manifest', release, '-n', ns, '--kubeconfig', kubeconfig]),
        )
          .map((d) => d.toJS())
          .filter((d) => d !== null);
        expect(expected.map((o: any) => o.kind).sort()).toEqual([
          'ClusterRole',
          'ClusterRoleBinding',
          'CronJob',
          'Deployment',
          'PodDisruptionBudget',
          'Role',
          'RoleBinding',
          'Service',
          'ServiceAccount',
        ]);
        const objects = KubernetesObjectApi.makeApiClient(e2eKubeConfig());
        for (const o of expected) {
          const live: any = await objects.read({
            apiVersion: o.apiVersion,
            kind: o.kind,
            metadata: { name: o.metadata.name, namespace: o.metadata.namespace },
          });
          expect(
            live.metadata.annotations?.['meta.helm.sh/release-name'],
            `${o.kind}/${o.metadata.name}`,
          ).toBe(release);
          const { metadata: _m, ...body } = o;
          expect(JSON.parse(JSON.stringify(live)), `${o.kind}/${o.metadata.name}`).toMatchObject(
            withoutEmpty(body),
          );
        }
        // No kubelet runs the Deployment's pods: the image's watcher runs under chroot with the
        // release's own ServiceAccount and RBAC, and does its job.
        const core = e2eKubeConfig().makeApiClient(CoreV1Api);
        const sa = expected.find((o: any) => o.kind === 'ServiceAccount').metadata.name;
        const token = (
          await core.createNamespacedServiceAccountToken({
            name: sa,
            namespace: ns,
            body: { spec: { audiences: [], expirationSeconds: 3600 } },
          })
        ).status!.token;
        const admin = e2eKubeConfig();
        const cluster = admin.getCurrentCluster()!;
        const saKc = new KubeConfig();
        const user = `system:serviceaccount:${ns}:${sa}`;
        saKc.loadFromOptions({
          clusters: [cluster],
          users: [{ name: user, token }],
          contexts: [{ name: user, cluster: cluster.name, user, namespace: ns }],
          currentContext: user,
        });
        await chrootWatcherReleases(saKc, ns);
      } finally {
        helm(['uninstall', release, '-n', ns, '--kubeconfig', kubeconfig, '--wait']);
      }
    },
    600_000,
  );
});
