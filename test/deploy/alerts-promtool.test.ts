/**
 * The watcher's alerting rules and dashboard queries checked by the real Prometheus tooling
 * (Debian's `prometheus` package, scripts/prereqs.sh): `promtool check rules` on every rendering,
 * and `promtool test rules` with hand-written cases (test/deploy/promtool/alerts.test.yaml:
 * input series -> the alerts that must and must not fire). Under CI a missing promtool fails.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Testing } from 'cdk8s';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ArgoGuardWatcher, grafanaDashboard, rulesFile } from '../../src/deploy';
import { GuardedChart } from '../../src/workflows';

const ROOT = join(__dirname, '..', '..');
const PROMTOOL = process.env.ARGO_GUARD_PROMTOOL ?? '/usr/bin/promtool';
const ci = process.env.CI === 'true' || process.env.CI === '1';
if (!existsSync(PROMTOOL) && ci)
  throw new Error(`${PROMTOOL} is missing (apt-get install -y prometheus, or run scripts/prereqs.sh)`);

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'argo-guard-promtool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function promtool(...args: string[]): Promise<{ ok: boolean; out: string }> {
  try {
    const r = await run(PROMTOOL, args, { cwd: dir, timeout: 60_000 });
    return { ok: true, out: r.stdout + r.stderr };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    return { ok: false, out: `${err.stdout ?? ''}${err.stderr ?? ''}${err.message}` };
  }
}

function write(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : stringify(content));
  return file;
}

describe.skipIf(!existsSync(PROMTOOL))('alerting rules under promtool', () => {
  it('promtool check rules accepts the rules file, with and without matchers', async () => {
    for (const [name, rules] of [
      ['plain.yaml', rulesFile()],
      [
        'matched.yaml',
        rulesFile({ matchers: { job: 'argo-guard-watcher-metrics', namespace: 'argo-guard' } }),
      ],
      ['short-for.yaml', rulesFile({ forDuration: '2s' })],
    ] as const) {
      const r = await promtool('check', 'rules', write(name, rules));
      expect(r.ok, r.out).toBe(true);
      expect(r.out).toMatch(/SUCCESS: \d+ rules found/);
    }
  });

  it("promtool check rules accepts the construct's PrometheusRule spec", async () => {
    const chart = new GuardedChart(Testing.app(), 'c', { namespace: 'argo-guard' });
    new ArgoGuardWatcher(chart, 'w', { prometheusRule: true });
    const rule = (Testing.synth(chart) as any[]).find((m) => m.kind === 'PrometheusRule');
    const r = await promtool('check', 'rules', write('construct.yaml', rule.spec));
    expect(r.ok, r.out).toBe(true);
  });

  it('argo-guard alerts: its rules file and PrometheusRule pass promtool, its dashboard is the JSON', async () => {
    const cli = async (...args: string[]) =>
      (await run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'alerts', ...args], { cwd: ROOT }))
        .stdout;
    const rules = await cli('--match', 'job=argo-guard');
    expect(rules).toContain('argo_guard_leader{job="argo-guard"}');
    expect((await promtool('check', 'rules', write('cli.yaml', rules))).ok).toBe(true);
    const pr = parse(await cli('--format', 'prometheus-rule', '--namespace', 'monitoring'));
    expect(pr).toMatchObject({ kind: 'PrometheusRule', metadata: { namespace: 'monitoring' } });
    expect((await promtool('check', 'rules', write('cli-pr.yaml', pr.spec))).ok).toBe(true);
    expect(JSON.parse(await cli('--format', 'grafana'))).toEqual(grafanaDashboard());
    await expect(cli('--format', 'html')).rejects.toMatchObject({ code: 2 });
  });

  it('promtool check rules rejects a broken rule (the check can fail)', async () => {
    const broken = rulesFile();
    (broken.groups[0].rules[0] as { expr: string }).expr = 'max by (mode (argo_guard_stuck_workflows)';
    const r = await promtool('check', 'rules', write('broken.yaml', broken));
    expect(r.ok).toBe(false);
  });

  it('every dashboard query is valid PromQL (as recording rules under promtool)', async () => {
    const dash = grafanaDashboard({ matchers: { job: 'argo-guard' } }) as any;
    const exprs: string[] = dash.panels.flatMap((p: any) => (p.targets ?? []).map((t: any) => t.expr));
    expect(exprs.length).toBeGreaterThan(10);
    const file = write('dashboard.yaml', {
      groups: [
        { name: 'dashboard', rules: exprs.map((expr, i) => ({ record: `dashboard:query_${i}`, expr })) },
      ],
    });
    const r = await promtool('check', 'rules', file);
    expect(r.ok, r.out).toBe(true);
  });

  it('promtool test rules: the hand-written cases (safety and liveness)', async () => {
    write('argo-guard-rules.yaml', rulesFile({ matchers: { job: 'argo-guard' } }));
    copyFileSync(join(__dirname, 'promtool', 'alerts.test.yaml'), join(dir, 'alerts.test.yaml'));
    const r = await promtool('test', 'rules', 'alerts.test.yaml');
    expect(r.ok, r.out).toBe(true);
    expect(r.out).toContain('SUCCESS');
  });

  it('promtool test rules fails when a mode alert fires early (the cases can fail)', async () => {
    write('argo-guard-rules.yaml', rulesFile({ matchers: { job: 'argo-guard' }, forDuration: '5m' }));
    copyFileSync(join(__dirname, 'promtool', 'alerts.test.yaml'), join(dir, 'alerts.test.yaml'));
    const r = await promtool('test', 'rules', 'alerts.test.yaml');
    expect(r.ok).toBe(false);
    expect(r.out).toContain('ArgoGuardStuckRUN05');
  });
});
