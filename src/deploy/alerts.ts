/**
 * The watcher's alerts and dashboard, made from its one set of metric definitions
 * (src/watcher/metrics.ts `METRICS`, `STUCK_MODES`): one alert and one panel per stuck mode, so a
 * mode added to the watcher gets both, plus alerts and panels for the watcher's own health.
 * Rendered as a Prometheus rules file, a `monitoring.coreos.com/v1` PrometheusRule (the install
 * construct emits it with `prometheusRule: true`) and a Grafana dashboard (`grafanaDashboard: true`
 * emits it as a ConfigMap for Grafana's sidecar); `argo-guard alerts` prints each of them.
 * Runbooks: docs/watcher.md "Alerts and runbooks", one heading per alert.
 */
import { UserError } from '../errors';
import { describeMode, FINALIZER_MODES, METRICS, STUCK_MODES } from '../watcher/metrics';

/** Where the runbooks (docs/watcher.md) are read by default. */
export const DEFAULT_RUNBOOK_URL = 'https://github.com/argo-guard/argo-guard/blob/main/docs/watcher.md';

/** The Prometheus rule group and the dashboard's uid. */
export const ALERT_GROUP_NAME = 'argo-guard-watcher';

export interface AlertRenderOptions {
  /**
   * Label matchers every expression carries, so that two installs (or anything else exposing
   * the same metrics) do not mix, e.g. `{ job: 'argo-guard-watcher-metrics', namespace: 'argo-guard' }`.
   * @default - none: every series of these metrics
   */
  readonly matchers?: Readonly<Record<string, string>>;
  /**
   * The `for` of every alert instead of its own (a Prometheus duration such as `5s`); the
   * end-to-end test uses it to see an alert fire within seconds.
   * @default - each alert's own (10m for a stuck mode)
   */
  readonly forDuration?: string;
  /** The runbook page; each alert links to `<runbookUrl>#<its anchor>`. @default DEFAULT_RUNBOOK_URL */
  readonly runbookUrl?: string;
}

/** One alerting rule, as in a Prometheus rules file. */
export interface AlertRule {
  readonly alert: string;
  readonly expr: string;
  readonly for?: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;
}

/** How long a mode's gauge must stay above 0 before its alert fires (each mode already waited its own timeout). */
const MODE_FOR = '10m';
const LABEL_NAME_RE = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const DURATION_RE = /^([0-9]+(ms|s|m|h|d|w|y))+$/;

/** The alert of a mode: `ArgoGuardStuckRUN05` for RUN-05. */
export function modeAlertName(mode: string): string {
  return `ArgoGuardStuck${mode.replace(/[^A-Za-z0-9]/g, '')}`;
}

/** The runbook anchor of a mode in docs/watcher.md (its heading is the mode ID). */
export function modeAnchor(mode: string): string {
  return mode.toLowerCase();
}

class Render {
  readonly sel: string;
  readonly runbook: string;

  constructor(readonly o: AlertRenderOptions) {
    const entries = Object.entries(o.matchers ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [k] of entries)
      if (!LABEL_NAME_RE.test(k) || k.startsWith('__'))
        throw new UserError(
          `alerts: "${k}" is not a Prometheus label name`,
          'Use letters, digits and "_", not starting with a digit or "__".',
        );
    this.sel = entries.map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(',');
    if (o.forDuration !== undefined && !DURATION_RE.test(o.forDuration))
      throw new UserError(
        `alerts: forDuration "${o.forDuration}" is not a Prometheus duration`,
        'For example 30s, 5m or 1h.',
      );
    this.runbook = o.runbookUrl ?? DEFAULT_RUNBOOK_URL;
  }

  /** `name{matchers,extra}` (no braces when there is nothing to match). */
  series(name: string, ...extra: string[]): string {
    const all = [this.sel, ...extra].filter((x) => x !== '').join(',');
    return all === '' ? name : `${name}{${all}}`;
  }

  /**
   * The Workflows a mode holds, as the acting replica counts them: only the Lease holder
   * reconciles, so the other replicas' gauges are not its view (`and on (instance)` the leader).
   */
  stuck(modeMatcher: string): string {
    return `max by (mode) (${this.series(METRICS.stuck.name, modeMatcher)} and on (instance) (${this.series(METRICS.leader.name)} == 1))`;
  }

  for(own: string | undefined): string | undefined {
    return this.o.forDuration ?? own;
  }
}

/** The mode matcher of one mode, and of every label value no alert names. */
const modeIs = (mode: string) => `mode=${JSON.stringify(mode)}`;
const modeNotAmong = (modes: readonly string[]) =>
  `mode!~${JSON.stringify(modes.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'))}`;

/** Every alerting rule: one per stuck mode, one for unlisted mode labels, then the watcher's health. */
export function alertRules(o: AlertRenderOptions = {}): AlertRule[] {
  const r = new Render(o);
  const rules: AlertRule[] = [];
  for (const mode of STUCK_MODES) {
    const d = describeMode(mode);
    const finalizer = (FINALIZER_MODES as readonly string[]).includes(mode);
    rules.push({
      alert: modeAlertName(mode),
      expr: `${r.stuck(modeIs(mode))} > 0`,
      for: r.for(MODE_FOR),
      labels: { severity: 'warning', mode },
      annotations: {
        mode,
        summary: `${mode}: {{ $value }} Workflow(s) stuck: ${d.summary}`,
        description: `argo-guard counts {{ $value }} Workflow(s) in mode ${mode}: ${d.summary}. Each has a Kubernetes Event with reason ${d.eventReason}${d.actionEventReason ? ` (and ${d.actionEventReason} once argo-guard acted)` : ''} whose message names ${mode}${finalizer ? ' (kubectl get workflows -A: deletionTimestamp set, finalizer workflows.argoproj.io/artifact-gc)' : ''}; argo-guard sweep lists them.`,
        runbook_url: `${r.runbook}#${modeAnchor(mode)}`,
      },
    });
  }
  rules.push({
    alert: 'ArgoGuardStuckOtherMode',
    expr: `${r.stuck(modeNotAmong(STUCK_MODES))} > 0`,
    for: r.for(MODE_FOR),
    labels: { severity: 'warning' },
    annotations: {
      mode: '{{ $labels.mode }}',
      summary: '{{ $labels.mode }}: {{ $value }} Workflow(s) stuck in a mode no other alert names',
      description:
        'argo-guard counts Workflows held by its finalizer under a label no mode alert names: a verdict without a mode (invalid: a malformed Workflow; error: the API failed while deciding), or a mode newer than these rules. argo-guard sweep lists the Workflows; regenerate the rules from the running version.',
      runbook_url: `${r.runbook}#argoguardstuckothermode`,
    },
  });
  rules.push(
    health(r, 'ArgoGuardWatcherDown', `absent(${r.series(METRICS.leader.name)})`, '5m', 'critical', {
      summary: 'No argo-guard watcher replica is scraped',
      description:
        'No series of argo_guard_leader: every watch replica is down or not scraped. Nothing releases stuck Workflows or reports runtime modes meanwhile.',
    }),
    health(r, 'ArgoGuardNoLeader', `sum(${r.series(METRICS.leader.name)}) < 1`, '5m', 'critical', {
      summary: 'argo-guard watcher replicas run but none holds the Lease',
      description:
        'The watch replicas run, but none holds the leader Lease, so none acts. Check their logs for Lease errors, and whether a sweep or another install holds the Lease.',
    }),
    health(
      r,
      'ArgoGuardLeakLedgerFull',
      // A labelled counter is born at 1 when the ledger first fills, which increase() does not
      // count: a series that did not exist 30 minutes ago counts as an increase too.
      `(increase(${r.series(METRICS.ledgerFull.name)}[30m]) > 0) or (${r.series(METRICS.ledgerFull.name)} unless ${r.series(METRICS.ledgerFull.name)} offset 30m)`,
      undefined,
      'warning',
      {
        summary: 'The argo-guard leak ledger for namespace {{ $labels.namespace }} is full',
        description:
          'Forced releases in namespace {{ $labels.namespace }} are not done: the leak ledger has no room (64 shards). Archive and delete old argo-guard-leak-ledger-* ConfigMaps in the watcher namespace.',
      },
    ),
    health(
      r,
      'ArgoGuardApiErrorsRising',
      `sum by (operation, code) (rate(${r.series(METRICS.apiErrors.name)}[10m])) * 60 > 1`,
      '15m',
      'warning',
      {
        summary:
          'argo-guard gets {{ $value | humanize }} API errors per minute ({{ $labels.operation }}, {{ $labels.code }})',
        description:
          'The watcher keeps failing against the Kubernetes API ({{ $labels.operation }}, status {{ $labels.code }}): 403 means its RBAC is short of what it does, 429 or 5xx an overloaded API server, network a connectivity problem.',
      },
    ),
    health(
      r,
      'ArgoGuardReconcileSlow',
      `histogram_quantile(0.99, sum by (le) (rate(${r.series(`${METRICS.reconcileDuration.name}_bucket`)}[10m]))) > 1`,
      '15m',
      'warning',
      {
        summary: 'argo-guard decisions take {{ $value | humanizeDuration }} at p99 (goal: under 1 s)',
        description:
          'The p99 of one decision and its actions is above 1 s: a slow API server, or a watcher short of CPU (see its limits).',
      },
    ),
  );
  return rules;
}

function health(
  r: Render,
  alert: string,
  expr: string,
  own: string | undefined,
  severity: 'warning' | 'critical',
  text: { summary: string; description: string },
): AlertRule {
  const f = r.for(own);
  return {
    alert,
    expr,
    ...(f === undefined ? {} : { for: f }),
    labels: { severity },
    annotations: { ...text, runbook_url: `${r.runbook}#${alert.toLowerCase()}` },
  };
}

/** A Prometheus rules file (`rule_files:`), as `promtool check rules` reads it. */
export function rulesFile(o: AlertRenderOptions = {}): { groups: { name: string; rules: AlertRule[] }[] } {
  return { groups: [{ name: ALERT_GROUP_NAME, rules: alertRules(o) }] };
}

/** A `monitoring.coreos.com/v1` PrometheusRule of the same rules. */
export function prometheusRule(
  o: AlertRenderOptions & { name?: string; namespace?: string; labels?: Record<string, string> } = {},
): {
  apiVersion: string;
  kind: string;
  metadata: Record<string, unknown>;
  spec: ReturnType<typeof rulesFile>;
} {
  return {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PrometheusRule',
    metadata: {
      name: o.name ?? ALERT_GROUP_NAME,
      ...(o.namespace ? { namespace: o.namespace } : {}),
      ...(o.labels ? { labels: o.labels } : {}),
    },
    spec: rulesFile(o),
  };
}

interface Panel {
  readonly title: string;
  readonly description: string;
  readonly targets: readonly { expr: string; legendFormat: string }[];
  readonly unit: string;
  readonly links?: readonly { title: string; url: string }[];
}

/** A Grafana dashboard (JSON model): a row of one panel per stuck mode, then a row of health panels. */
export function grafanaDashboard(o: AlertRenderOptions = {}): Record<string, unknown> {
  const r = new Render(o);
  const modePanels: Panel[] = STUCK_MODES.map((mode) => ({
    title: `${mode} stuck Workflows`,
    description: `${describeMode(mode).summary}. Alert ${modeAlertName(mode)}.`,
    targets: [{ expr: r.stuck(modeIs(mode)), legendFormat: mode }],
    unit: 'none',
    links: [{ title: `Runbook ${mode}`, url: `${r.runbook}#${modeAnchor(mode)}` }],
  }));
  const sum = (by: string, name: string, fn = 'rate', window = '5m') =>
    `sum by (${by}) (${fn}(${r.series(name)}[${window}]))`;
  const healthPanels: Panel[] = [
    {
      title: 'Leader per replica',
      description: '1 while a replica holds the Lease; exactly one should.',
      targets: [{ expr: r.series(METRICS.leader.name), legendFormat: '{{instance}}' }],
      unit: 'none',
    },
    {
      title: 'Kubernetes API errors per minute',
      description: 'By operation and status code.',
      targets: [
        {
          expr: `${sum('operation, code', METRICS.apiErrors.name)} * 60`,
          legendFormat: '{{operation}} {{code}}',
        },
      ],
      unit: 'none',
    },
    {
      title: 'Decision duration',
      description: 'One decision and its actions (goal: p99 under 1 s).',
      targets: [0.5, 0.99].map((q) => ({
        expr: `histogram_quantile(${q}, sum by (le) (rate(${r.series(`${METRICS.reconcileDuration.name}_bucket`)}[5m])))`,
        legendFormat: `p${q * 100}`,
      })),
      unit: 's',
    },
    {
      title: 'Finalizer releases per hour',
      description: 'By outcome (safe, forced, failed, ledger-full).',
      targets: [
        { expr: sum('outcome', METRICS.releases.name, 'increase', '1h'), legendFormat: '{{outcome}}' },
      ],
      unit: 'none',
    },
    {
      title: 'Releases refused per hour',
      description: 'By mode and safety.',
      targets: [
        {
          expr: sum('mode, safety', METRICS.refusals.name, 'increase', '1h'),
          legendFormat: '{{mode}} {{safety}}',
        },
      ],
      unit: 'none',
    },
    {
      title: 'Actions per hour',
      description: 'Terminate, resume, relabel, by outcome.',
      targets: [
        {
          expr: sum('action, outcome', METRICS.actions.name, 'increase', '1h'),
          legendFormat: '{{action}} {{outcome}}',
        },
      ],
      unit: 'none',
    },
    {
      title: 'Leak ledger full',
      description: 'Forced releases not done for lack of ledger room, by Workflow namespace.',
      targets: [
        { expr: sum('namespace', METRICS.ledgerFull.name, 'increase', '1h'), legendFormat: '{{namespace}}' },
      ],
      unit: 'none',
    },
    {
      title: 'Watch restarts per hour',
      description: 'Watch streams restarted, by resource.',
      targets: [
        { expr: sum('resource', METRICS.watchRestarts.name, 'increase', '1h'), legendFormat: '{{resource}}' },
      ],
      unit: 'none',
    },
    {
      title: 'Cached objects',
      description: 'Objects in the informer caches, by resource.',
      targets: [
        { expr: `max by (resource) (${r.series(METRICS.cached.name)})`, legendFormat: '{{resource}}' },
      ],
      unit: 'none',
    },
  ];
  const panels: Record<string, unknown>[] = [];
  let id = 1;
  let y = 0;
  const row = (title: string, items: Panel[]) => {
    panels.push({
      id: id++,
      type: 'row',
      title,
      collapsed: false,
      gridPos: { x: 0, y: y++, w: 24, h: 1 },
      panels: [],
    });
    items.forEach((p, i) => {
      panels.push(panel(id++, p, { x: (i % 3) * 8, y: y + Math.floor(i / 3) * 6, w: 8, h: 6 }));
    });
    y += Math.ceil(items.length / 3) * 6;
  };
  row('Stuck Workflows by mode', modePanels);
  row('Watcher health', healthPanels);
  return {
    uid: ALERT_GROUP_NAME,
    title: 'argo-guard watcher',
    tags: ['argo-guard', 'argo-workflows'],
    timezone: 'utc',
    editable: true,
    graphTooltip: 1,
    refresh: '1m',
    schemaVersion: 39,
    version: 1,
    time: { from: 'now-6h', to: 'now' },
    annotations: { list: [] },
    templating: {
      list: [
        { name: 'datasource', label: 'Prometheus', type: 'datasource', query: 'prometheus', current: {} },
      ],
    },
    links: [{ title: 'Runbooks', url: r.runbook, type: 'link', targetBlank: true }],
    panels,
  };
}

/** Every query runs on the data source the dashboard's `datasource` variable picks. */
const DATASOURCE = { type: 'prometheus', uid: '$datasource' };

function panel(id: number, p: Panel, gridPos: Record<string, number>): Record<string, unknown> {
  return {
    id,
    type: 'timeseries',
    title: p.title,
    description: p.description,
    datasource: DATASOURCE,
    gridPos,
    targets: p.targets.map((t, i) => ({
      refId: String.fromCharCode(65 + i),
      datasource: DATASOURCE,
      expr: t.expr,
      legendFormat: t.legendFormat,
    })),
    fieldConfig: { defaults: { unit: p.unit, min: 0 }, overrides: [] },
    options: {
      legend: { displayMode: 'list', placement: 'bottom', showLegend: true },
      tooltip: { mode: 'multi' },
    },
    ...(p.links ? { links: p.links.map((l) => ({ ...l, targetBlank: true })) } : {}),
  };
}
