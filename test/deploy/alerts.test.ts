/**
 * The watcher's alerts and dashboard (src/deploy/alerts.ts) and their install options: one
 * alert and one panel per stuck mode from the metric definitions, runbook links that resolve
 * in docs/watcher.md, and the construct emitting them only when asked. promtool checks the
 * rules themselves (alerts-promtool.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import {
  ArgoGuardWatcher,
  type ArgoGuardWatcherProps,
  alertRules,
  DEFAULT_RUNBOOK_URL,
  grafanaDashboard,
  modeAlertName,
} from '../../src/deploy';
import { UserError } from '../../src/errors';
import { METRICS, STUCK_MODES } from '../../src/watcher/metrics';
import { RUNTIME_MODES } from '../../src/watcher/runtime';
import { GuardedChart } from '../../src/workflows';

function synth(props: ArgoGuardWatcherProps = {}) {
  const chart = new GuardedChart(Testing.app(), 'test', { namespace: 'argo-guard' });
  const watcher = new ArgoGuardWatcher(chart, 'watcher', props);
  return { watcher, manifests: Testing.synth(chart) as any[] };
}

/** GitHub's heading anchors: lowercase, punctuation other than "-" and "_" dropped, spaces to "-". */
function anchors(markdown: string): Set<string> {
  const out = new Set<string>();
  for (const m of markdown.matchAll(/^#{1,6} (.+)$/gm))
    out.add(
      m[1]
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, '')
        .replace(/ /g, '-'),
    );
  return out;
}

describe('alerts from the metric definitions', () => {
  it('one alert per stuck mode, including every runtime mode, named after the mode', () => {
    const rules = alertRules();
    for (const mode of [...RUNTIME_MODES, 'AGC-01', 'AGC-07', 'GITOPS-02']) {
      const rule = rules.find((r) => r.labels.mode === mode);
      expect(rule, mode).toBeDefined();
      expect(rule?.alert).toBe(modeAlertName(mode));
      expect(rule?.annotations.mode).toBe(mode);
      expect(rule?.expr).toContain(`${METRICS.stuck.name}{mode="${mode}"}`);
      expect(rule?.expr).toMatch(/> 0$/);
    }
    expect(rules.filter((r) => r.labels.mode !== undefined)).toHaveLength(STUCK_MODES.length);
    expect(new Set(rules.map((r) => r.alert)).size).toBe(rules.length);
  });

  it("alerts on the watcher's own health", () => {
    const byName = new Map(alertRules().map((r) => [r.alert, r]));
    expect(byName.get('ArgoGuardWatcherDown')?.expr).toBe(`absent(${METRICS.leader.name})`);
    expect(byName.get('ArgoGuardNoLeader')?.expr).toContain(METRICS.leader.name);
    expect(byName.get('ArgoGuardLeakLedgerFull')?.expr).toContain(METRICS.ledgerFull.name);
    expect(byName.get('ArgoGuardApiErrorsRising')?.expr).toContain(METRICS.apiErrors.name);
  });

  it('every runbook link resolves to a heading of docs/watcher.md', () => {
    const docs = anchors(readFileSync(join(__dirname, '..', '..', 'docs', 'watcher.md'), 'utf8'));
    for (const r of alertRules()) {
      const url = r.annotations.runbook_url;
      expect(url.startsWith(`${DEFAULT_RUNBOOK_URL}#`), url).toBe(true);
      const anchor = url.slice(DEFAULT_RUNBOOK_URL.length + 1);
      expect(docs.has(anchor), `docs/watcher.md has no heading for #${anchor} (${r.alert})`).toBe(true);
    }
  });

  it('matchers reach every series selector; forDuration replaces every for', () => {
    const rules = alertRules({ matchers: { namespace: 'argo-guard', job: 'w' }, forDuration: '3s' });
    for (const r of rules) {
      expect(r.for, r.alert).toBe('3s');
      for (const sel of r.expr.matchAll(/argo_guard_\w+(\{[^}]*\})?/g))
        expect(sel[1] ?? '', `${r.alert}: ${sel[0]}`).toMatch(/^\{job="w",namespace="argo-guard"/);
    }
  });

  it('refuses a label that PromQL cannot name, and a malformed duration', () => {
    expect(() => alertRules({ matchers: { 'app.kubernetes.io/name': 'x' } })).toThrow(UserError);
    expect(() => alertRules({ matchers: { __name__: 'x' } })).toThrow(UserError);
    expect(() => alertRules({ forDuration: '10 minutes' })).toThrow(UserError);
  });

  it('the dashboard has one panel per stuck mode and health panels, with unique ids and positions', () => {
    const d = grafanaDashboard() as any;
    const panels = d.panels.filter((p: any) => p.type === 'timeseries');
    for (const mode of STUCK_MODES)
      expect(
        panels.filter((p: any) => p.targets.some((t: any) => t.expr.includes(`mode="${mode}"`))),
        mode,
      ).toHaveLength(1);
    expect(panels.length).toBeGreaterThan(STUCK_MODES.length);
    const ids = d.panels.map((p: any) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const cells = new Set<string>();
    for (const p of d.panels)
      for (let x = p.gridPos.x; x < p.gridPos.x + p.gridPos.w; x++)
        for (let y = p.gridPos.y; y < p.gridPos.y + p.gridPos.h; y++) {
          expect(cells.has(`${x},${y}`), `panel ${p.id} overlaps at ${x},${y}`).toBe(false);
          cells.add(`${x},${y}`);
        }
  });
});

describe('ArgoGuardWatcher: prometheusRule and grafanaDashboard', () => {
  it('emits neither by default', () => {
    const { manifests } = synth({ serviceMonitor: true });
    expect(manifests.filter((m) => m.kind === 'PrometheusRule')).toHaveLength(0);
    expect(manifests.filter((m) => m.metadata?.labels?.grafana_dashboard)).toHaveLength(0);
  });

  it('prometheusRule: the rules selecting this install by job and namespace', () => {
    const { manifests, watcher } = synth({ prometheusRule: true, name: 'guard', namespace: 'ops' });
    const [rule] = manifests.filter((m) => m.kind === 'PrometheusRule');
    expect(rule.apiVersion).toBe('monitoring.coreos.com/v1');
    expect(rule.metadata).toMatchObject({ name: 'guard', namespace: 'ops' });
    const service = manifests.find((m) => m.kind === 'Service');
    expect(watcher.metricsMatchers).toEqual({ job: service.metadata.name, namespace: 'ops' });
    expect(rule.spec).toEqual(
      JSON.parse(
        JSON.stringify({
          groups: [{ name: 'argo-guard-watcher', rules: alertRules({ matchers: watcher.metricsMatchers }) }],
        }),
      ),
    );
    expect(watcher.prometheusRule).toBeDefined();
  });

  it('grafanaDashboard: a ConfigMap labelled for the Grafana sidecar, holding the dashboard JSON', () => {
    const { manifests, watcher } = synth({ grafanaDashboard: true });
    const [cm] = manifests.filter((m) => m.kind === 'ConfigMap');
    expect(cm.metadata.labels.grafana_dashboard).toBe('1');
    const files = Object.keys(cm.data);
    expect(files).toEqual(['argo-guard-watcher.json']);
    expect(JSON.parse(cm.data[files[0]])).toEqual(grafanaDashboard({ matchers: watcher.metricsMatchers }));
  });

  it('refuses either without the watch Deployment', () => {
    expect(() => synth({ watch: false, prometheusRule: true })).toThrow(
      /prometheusRule needs the watch Deployment/,
    );
    expect(() => synth({ watch: false, grafanaDashboard: true })).toThrow(
      /grafanaDashboard needs the watch Deployment/,
    );
  });
});
