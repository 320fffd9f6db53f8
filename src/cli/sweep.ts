/**
 * `argo-guard sweep`: one pass of the watcher over the cluster, then exit. For a CronJob.
 * Exit 0 when nothing is left stuck, 1 when something is (refused, unknown, malformed, still
 * terminating, or only reported under --dry-run / report-only), 2 on bad flags.
 */
import { parseArgs } from 'node:util';
import { UserError } from '../errors';
import { Metrics } from '../watcher/metrics';
import {
  COMMON_HELP,
  COMMON_OPTIONS,
  checkOwnNamespace,
  parseCommon,
  parseDuration,
  parsePositiveInt,
} from '../watcher/options';
import { WATCHER_LEASE_NAME } from '../watcher/rbac';
import { formatSummary, sweep } from '../watcher/sweep';
import type { Command } from './main';

const HELP = `Usage: argo-guard sweep [options]

One pass over the cluster: releases Workflows stuck on the artifact-gc finalizer when that loses
nothing, terminates deleted Workflows that are still running, reports the rest, prints a summary.
Exit 0 when nothing is left stuck, 1 otherwise. Takes the watch replicas' Lease while it runs;
while another holder has it, only reports (changes nothing, writes no Event).

Options:
${COMMON_HELP}  --page-size N            Workflows per list page (default 500)
  --output FORMAT          summary as text (default) or json, on stdout
  --no-leader-elect        act without taking the Lease (only when no watch runs)
  --lease-name NAME        Lease in the watcher namespace (default ${WATCHER_LEASE_NAME})
  --lease-duration D       (default 15s)
`;

export const command: Command = {
  summary: 'one pass of the watcher over the cluster, then exit',
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        ...COMMON_OPTIONS,
        'page-size': { type: 'string', default: '500' },
        output: { type: 'string', default: 'text' },
        'no-leader-elect': { type: 'boolean', default: false },
        'lease-name': { type: 'string', default: WATCHER_LEASE_NAME },
        'lease-duration': { type: 'string', default: '15s' },
      },
      allowPositionals: false,
    });
    if (values.help) {
      process.stdout.write(HELP);
      return 0;
    }
    const pageSize = parsePositiveInt(values['page-size'], '--page-size');
    if (values.output !== 'text' && values.output !== 'json')
      throw new UserError(`--output "${values.output}" is not text or json`);
    const leaseDurationMs = parseDuration(values['lease-duration'] ?? '15s', '--lease-duration');
    const c = parseCommon(values);
    try {
      const leaderElection = !values['no-leader-elect'];
      await checkOwnNamespace(c, leaderElection || c.policy.kind === 'force-after');
      const summary = await sweep({
        ...c,
        metrics: new Metrics(),
        pageSize,
        leaderElection,
        leaseName: values['lease-name'],
        leaseDurationMs,
      });
      process.stdout.write(
        values.output === 'json' ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary),
      );
      return summary.stuck.length === 0 ? 0 : 1;
    } finally {
      c.api.close();
    }
  },
};
