/**
 * `argo-guard alerts`: the watcher's alerting rules and Grafana dashboard (src/deploy/alerts.ts)
 * for installs without cdk8s: a Prometheus rules file, a PrometheusRule, or the dashboard JSON.
 */
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { grafanaDashboard, prometheusRule, rulesFile } from '../deploy/alerts';
import { UserError } from '../errors';
import type { Command } from './main';

const FORMATS = ['rules-file', 'prometheus-rule', 'grafana'] as const;
const USAGE = `Usage: argo-guard alerts [--format ${FORMATS.join('|')}] [--match LABEL=VALUE]... [--namespace NS]

Prints the watcher's alerts (one per stuck mode, and its own health) or its Grafana dashboard,
made from the watcher's metric definitions (docs/watcher.md "Alerts and runbooks").

  --format rules-file       a Prometheus rules file (rule_files:), the default
  --format prometheus-rule  a monitoring.coreos.com/v1 PrometheusRule
  --format grafana          the Grafana dashboard JSON
  --match LABEL=VALUE       a label every expression matches, e.g. --match job=argo-guard-watcher-metrics
                            (repeatable; default: none, every series of the watcher's metrics)
  --namespace NS            metadata.namespace of the PrometheusRule
`;

export const command: Command = {
  summary: "print the watcher's Prometheus alerts or Grafana dashboard",
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        help: { type: 'boolean', short: 'h', default: false },
        format: { type: 'string', default: 'rules-file' },
        match: { type: 'string', multiple: true, default: [] },
        namespace: { type: 'string' },
      },
    });
    if (values.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    const format = values.format as (typeof FORMATS)[number];
    if (!FORMATS.includes(format))
      throw new UserError(`--format "${values.format}" is not one of ${FORMATS.join(', ')}`);
    const matchers: Record<string, string> = {};
    for (const m of values.match) {
      const eq = m.indexOf('=');
      if (eq <= 0)
        throw new UserError(`--match "${m}" is not LABEL=VALUE`, 'For example --match namespace=argo-guard.');
      const label = m.slice(0, eq);
      if (label in matchers) throw new UserError(`--match names label "${label}" twice`);
      matchers[label] = m.slice(eq + 1);
    }
    const yaml = (x: unknown) => stringify(x, { lineWidth: 0 });
    if (format === 'grafana')
      process.stdout.write(`${JSON.stringify(grafanaDashboard({ matchers }), null, 2)}\n`);
    else if (format === 'prometheus-rule')
      process.stdout.write(yaml(prometheusRule({ matchers, namespace: values.namespace })));
    else process.stdout.write(yaml(rulesFile({ matchers })));
    return 0;
  },
};
