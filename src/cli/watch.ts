/**
 * `argo-guard watch`: the long-running watcher. Informers, leader election on a Lease, /metrics,
 * /healthz, /readyz, structured logs, graceful shutdown on SIGTERM/SIGINT. It never exits on a
 * transient API error: informers and reconciles retry with backoff and jitter.
 */
import { parseArgs } from 'node:util';
import { UserError } from '../errors';
import { WatcherController } from '../watcher/controller';
import {
  COMMON_HELP,
  COMMON_OPTIONS,
  checkOwnNamespace,
  parseCommon,
  parseDuration,
  parsePositiveInt,
} from '../watcher/options';
import { WATCHER_LEASE_NAME } from '../watcher/rbac';
import { startServer } from '../watcher/server';
import type { Command } from './main';

const HELP = `Usage: argo-guard watch [options]

Watches Workflows and releases those stuck on the artifact-gc finalizer when that loses nothing.

Options:
${COMMON_HELP}  --listen HOST:PORT       address of /metrics, /healthz, /readyz (default 0.0.0.0:8080)
  --no-leader-elect        act without a Lease (only for a single replica)
  --lease-name NAME        Lease in the watcher namespace (default ${WATCHER_LEASE_NAME})
  --lease-duration D       (default 15s)
  --concurrency N          parallel reconciles (default 4)
`;

export const command: Command = {
  summary: 'run the watcher that releases stuck Workflows (long-running)',
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        ...COMMON_OPTIONS,
        listen: { type: 'string', default: '0.0.0.0:8080' },
        'no-leader-elect': { type: 'boolean', default: false },
        'lease-name': { type: 'string', default: WATCHER_LEASE_NAME },
        'lease-duration': { type: 'string', default: '15s' },
        concurrency: { type: 'string', default: '4' },
      },
      allowPositionals: false,
    });
    if (values.help) {
      process.stdout.write(HELP);
      return 0;
    }
    const m = /^(.*):(\d+)$/.exec(values.listen ?? '');
    if (!m) throw new UserError(`--listen "${values.listen}" is not HOST:PORT`);
    const concurrency = parsePositiveInt(values.concurrency, '--concurrency');
    const leaseDurationMs = parseDuration(values['lease-duration'] ?? '15s', '--lease-duration');
    const c = parseCommon(values);
    // A missing watcher namespace would leave it running and never acting: fail now, exit 2.
    const leaderElection = !values['no-leader-elect'];
    await checkOwnNamespace(c, leaderElection || c.policy.kind === 'force-after').catch((err) => {
      c.api.close();
      throw err;
    });
    const controller = new WatcherController({
      ...c,
      leaderElection,
      leaseName: values['lease-name'],
      leaseDurationMs,
      renewDeadlineMs: Math.round((leaseDurationMs * 2) / 3),
      retryPeriodMs: Math.max(500, Math.round(leaseDurationMs / 7)),
      concurrency,
    });
    const server = await startServer({
      host: m[1] || '0.0.0.0',
      port: Number(m[2]),
      registry: controller.metrics.registry,
      healthy: () => controller.healthy,
      ready: () => controller.ready,
    });
    c.log.info('argo-guard watch started', {
      listen: values.listen,
      namespaces: c.namespaces ?? 'all',
      policy: c.policyText,
      dryRun: c.dryRun,
      identity: controller.identity,
      watcherNamespace: c.ownNamespace,
    });
    const stopped = new Promise<void>((resolve) => {
      const stop = (signal: string) => {
        c.log.info('shutting down', { signal });
        resolve();
      };
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
    });
    // Never exit on an unexpected rejection: log it and keep the loop alive.
    process.on('unhandledRejection', (err) => c.log.error('unhandled rejection', { error: err as Error }));
    await Promise.race([controller.start(), stopped]);
    await stopped;
    await controller.stop();
    await new Promise((r) => server.close(() => r(undefined)));
    c.log.info('stopped');
    return 0;
  },
};
