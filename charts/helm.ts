/**
 * The app behind `npm run synth:helm`: the watcher install alone, as a Helm chart in
 * build/helm/argo-guard-watcher/ (`cdk8s synth --format helm` writes Chart.yaml and runs this
 * app with CDK8S_OUTDIR=<chart>/templates).
 *
 * After synthesis every `{{`/`}}` in templates/ is escaped for Helm (src/deploy/helm.ts), so an
 * Argo expression reaches the cluster as written, and Chart.yaml gets the chart's name (cdk8s
 * names it after the working directory) and the package version as appVersion.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { App } from 'cdk8s';
import { parse, stringify } from 'yaml';
import { ArgoGuardWatcher, escapeForHelm, GuardedChart, packageVersion } from '../src';

export const HELM_CHART_NAME = 'argo-guard-watcher';

/** Builds the Helm app (exported for the tests). */
export function helmApp(outdir?: string): App {
  const app = new App(outdir ? { outdir } : {});
  const chart = new GuardedChart(app, HELM_CHART_NAME, {
    namespace: 'argo-guard',
    // The published image is built for both; the pods may run on either.
    argoGuard: { architectures: ['amd64', 'arm64'] },
  });
  new ArgoGuardWatcher(chart, 'watcher');
  return app;
}

/** Escapes the Go-template delimiters of every manifest in `dir`. */
export function escapeTemplates(dir: string): void {
  for (const f of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n))) {
    const file = join(dir, f);
    writeFileSync(file, escapeForHelm(readFileSync(file, 'utf8')));
  }
}

/**
 * Names the chart and sets its version and appVersion to the package version (cdk8s scaffolds
 * Chart.yaml before the app runs, named after the working directory, with --chart-version).
 */
export function fixChartYaml(templatesDir: string): void {
  const chartYaml = join(dirname(templatesDir), 'Chart.yaml');
  if (basename(templatesDir) !== 'templates' || !existsSync(chartYaml)) return;
  const chart = parse(readFileSync(chartYaml, 'utf8')) as Record<string, unknown>;
  const fixed = {
    apiVersion: chart.apiVersion,
    name: HELM_CHART_NAME,
    version: packageVersion(),
    appVersion: packageVersion(),
    description:
      'The argo-guard watcher: releases Argo Workflows stuck on the artifact-gc finalizer when that loses no data',
    type: 'application',
  };
  writeFileSync(chartYaml, stringify(fixed));
}

if (require.main === module) {
  const app = helmApp();
  app.synth();
  escapeTemplates(app.outdir);
  fixChartYaml(app.outdir);
}
