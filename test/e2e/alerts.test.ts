/**
 * The watcher's alerts end to end (issue 15): the real `argo-guard watch` against the real
 * kube-apiserver + etcd, a real Prometheus (Debian's `prometheus`, /usr/bin/prometheus) on
 * loopback scraping its metrics port and evaluating the generated rules (rendered with a `for`
 * of 2s), and a Workflow no controller picks up (RUN-05): its alert must fire, and resolve once
 * the Workflow is gone. Under CI a missing Prometheus fails; every wait polls Prometheus's API.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { rulesFile } from '../../src/deploy/alerts';
import type { KubeApi } from '../../src/watcher/kube';
import { freePort } from '../helpers/ports';
import { startWatchProcess, type WatchProcess } from '../helpers/watch-process';
import { e2eSkipReason, freshNamespace } from './cluster';
import {
  adminApi,
  createWorkflow,
  deleteWorkflow,
  E2E_LEASES,
  waitFor,
  watcherKubeConfig,
  writeKubeConfig,
} from './watcher-helpers';

const ROOT = join(__dirname, '..', '..');
const PROMETHEUS = process.env.ARGO_GUARD_PROMETHEUS ?? '/usr/bin/prometheus';
const ci = process.env.CI === 'true' || process.env.CI === '1';
if (!existsSync(PROMETHEUS) && ci && !e2eSkipReason())
  throw new Error(`${PROMETHEUS} is missing (apt-get install -y prometheus, or run scripts/prereqs.sh)`);

interface PromAlert {
  labels: Record<string, string>;
  annotations: Record<string, string>;
  state: 'pending' | 'firing';
  value: string;
}

/** SIGTERM, then SIGKILL after 10 s; resolves once the process has exited. */
async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Alerts whose firing depends on the machine's speed, not on what the test sets up. */
const LOAD_DEPENDENT = ['ArgoGuardReconcileSlow', 'ArgoGuardApiErrorsRising'];

class PrometheusExited extends Error {}

describe.skipIf(e2eSkipReason() || !existsSync(PROMETHEUS))(
  'alerts end to end (real Prometheus scraping a real watcher)',
  () => {
    let admin: KubeApi;
    let own: string;
    let saKc: KubeConfig;
    const dir = mkdtempSync(join(tmpdir(), 'argo-guard-alerts-e2e-'));
    let watcher: WatchProcess | undefined;
    let prometheus: ChildProcess | undefined;

    beforeAll(async () => {
      admin = adminApi();
      own = await freshNamespace('argo-guard');
      saKc = await watcherKubeConfig(own);
    });

    afterAll(async () => {
      await Promise.all([stop(prometheus), watcher?.stop()]);
      rmSync(dir, { recursive: true, force: true });
      admin?.close();
    });

    it('RUN-05: a never-started Workflow fires ArgoGuardStuckRUN05, and it resolves once the Workflow is gone', async () => {
      const ns = await freshNamespace('wf');
      const kubeconfig = writeKubeConfig(saKc, dir, 'watcher');
      // A started Workflow that stays healthy (no mode), and one no controller picks up (RUN-05).
      await createWorkflow(admin, {
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'Workflow',
        metadata: { name: 'healthy', namespace: ns },
        spec: { entrypoint: 'main', templates: [{ name: 'main', container: { image: 'busybox' } }] },
        status: { phase: 'Running', startedAt: new Date().toISOString() },
      });
      await createWorkflow(admin, {
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'Workflow',
        metadata: { name: 'never', namespace: ns },
        spec: { entrypoint: 'main', templates: [{ name: 'main', container: { image: 'busybox' } }] },
      });
      // The default Lease duration (15 s): a shorter one can lapse on a loaded machine, and then
      // ArgoGuardNoLeader (its `for` is 2 s here) fires beside the alert under test.
      watcher = await startWatchProcess({
        command: [process.execPath, '--import', 'tsx', 'src/cli/main.ts'],
        args: (port) => [
          'watch',
          ...['--kubeconfig', kubeconfig, '--namespace', ns, '--watcher-namespace', own],
          ...['--listen', `127.0.0.1:${port}`, '--lease-name', E2E_LEASES.cli],
          ...['--start-timeout', '1s', '--log-format', 'json'],
        ],
        cwd: ROOT,
      });
      const metricsPort = watcher.port;
      const promPort = await freePort();

      // The generated rules, selecting this scrape job, with a `for` short enough for a test.
      // The alerts on how fast the machine is keep their own `for` (minutes): on a loaded two-core
      // machine one slow reconcile would fire ArgoGuardReconcileSlow within 2 s, beside the alert under test.
      const rules = rulesFile({ matchers: { job: 'argo-guard' }, forDuration: '2s' });
      const asShipped = rulesFile({ matchers: { job: 'argo-guard' } }).groups[0].rules;
      expect(asShipped.map((r) => r.alert)).toEqual(expect.arrayContaining(LOAD_DEPENDENT));
      rules.groups[0].rules = rules.groups[0].rules.map((r) =>
        LOAD_DEPENDENT.includes(r.alert) ? asShipped.find((x) => x.alert === r.alert)! : r,
      );
      writeFileSync(join(dir, 'rules.yaml'), stringify(rules));
      writeFileSync(
        join(dir, 'prometheus.yml'),
        stringify({
          global: { scrape_interval: '1s', evaluation_interval: '1s' },
          rule_files: [join(dir, 'rules.yaml')],
          scrape_configs: [
            { job_name: 'argo-guard', static_configs: [{ targets: [`127.0.0.1:${metricsPort}`] }] },
          ],
        }),
      );
      prometheus = spawn(
        PROMETHEUS,
        [
          `--config.file=${join(dir, 'prometheus.yml')}`,
          `--storage.tsdb.path=${join(dir, 'data')}`,
          `--web.listen-address=127.0.0.1:${promPort}`,
          '--log.level=warn',
        ],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
      let promLog = '';
      prometheus.stderr?.on('data', (d) => {
        promLog = (promLog + d).slice(-4000);
      });
      const alerts = async (): Promise<PromAlert[]> => {
        const body = await fetch(`http://127.0.0.1:${promPort}/api/v1/alerts`).then((r) => r.json());
        return (body as { data: { alerts: PromAlert[] } }).data.alerts;
      };
      const firing = (all: PromAlert[], name: string) =>
        all.filter((a) => a.labels.alertname === name && a.state === 'firing');

      // Prometheus scrapes the watcher (its target is up) and has loaded every generated rule. Both
      // are polled: the rules load and the first scrape happen independently after start.
      const groups = await waitFor(
        'Prometheus scraping the watcher and serving its rule group',
        async () => {
          if (prometheus?.exitCode !== null) throw new PrometheusExited(`prometheus exited: ${promLog}`);
          if (watcher?.child.exitCode !== null)
            throw new PrometheusExited(`the watcher exited: ${watcher?.stderr().slice(-2000)}`);
          const t = await fetch(`http://127.0.0.1:${promPort}/api/v1/targets`).then((x) => x.json());
          if (!(t as any).data.activeTargets.some((x: any) => x.health === 'up')) return undefined;
          const g = await fetch(`http://127.0.0.1:${promPort}/api/v1/rules`).then((x) => x.json());
          return (g as any).data.groups.length > 0 && (g as any).data.groups;
        },
        60_000,
        (err) => err instanceof PrometheusExited,
      );
      expect(groups[0].rules).toHaveLength(rulesFile().groups[0].rules.length);

      const fired = await waitFor(
        'ArgoGuardStuckRUN05 firing in Prometheus',
        async () => {
          const all = await alerts();
          return firing(all, 'ArgoGuardStuckRUN05').length > 0 && all;
        },
        90_000,
      );
      const [run05] = firing(fired, 'ArgoGuardStuckRUN05');
      expect(run05.labels).toMatchObject({ mode: 'RUN-05', severity: 'warning' });
      expect(Number(run05.value)).toBe(1); // "never" only, not "healthy"
      expect(run05.annotations.mode).toBe('RUN-05');
      expect(run05.annotations.runbook_url).toMatch(/docs\/watcher\.md#run-05$/);
      // Nothing else fires: the watcher is up and leads, no other mode holds a Workflow.
      expect(fired.filter((a) => a.state === 'firing').map((a) => a.labels.alertname)).toEqual([
        'ArgoGuardStuckRUN05',
      ]);

      // Once the Workflow is gone the gauge drops to 0 and the alert resolves.
      await deleteWorkflow(admin, ns, 'never');
      await waitFor(
        'ArgoGuardStuckRUN05 resolved',
        async () => (await alerts()).every((a) => a.labels.alertname !== 'ArgoGuardStuckRUN05'),
        60_000,
      );
      expect(watcher.child.exitCode).toBeNull(); // the watcher kept running throughout
    }, 240_000);
  },
);
