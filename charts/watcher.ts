/**
 * The argo-guard watcher install of this repo's app (dist/argo-guard.k8s.yaml), and the Argo CD
 * Application that points Argo CD at dist/ (dist/argocd/argo-guard-application.k8s.yaml).
 *
 * The Application is written to a subdirectory on purpose: the Application CRD belongs to Argo CD,
 * so `kubectl apply -f dist/` (and test/e2e/dist-apply.test.ts, which reads dist/*.yaml only)
 * must not meet it, and Argo CD's directory source (`recurse: false`) must not sync the
 * Application that defines it. Apply it once: `kubectl apply -f dist/argocd/`.
 */
import { join } from 'node:path';
import { App, Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import { ArgoCdApplication, ArgoGuardWatcher, GuardedChart, type GuardedChartProps } from '../src';

/** The Git repository Argo CD reads this app's rendered manifests from. */
export const REPO_URL = 'https://github.com/argo-guard/argo-guard.git';

/** The watcher in its own namespace, every object in sync wave -10 (below the pipelines' Workflows). */
export class WatcherChart extends GuardedChart {
  public readonly watcher: ArgoGuardWatcher;

  constructor(scope: Construct, id: string, props: GuardedChartProps = {}) {
    super(scope, id, { namespace: 'argo-guard', ...props });
    this.watcher = new ArgoGuardWatcher(this, 'watcher', { createNamespace: true });
  }
}

/**
 * Adds the watcher chart to `app`, and synthesizes the Argo CD Application for `app`'s output
 * into `<outdir>/argocd/` (a separate App, so it stays out of `app`'s files).
 */
export function addWatcher(app: App): WatcherChart {
  const chart = new WatcherChart(app, 'argo-guard');
  const argocd = new App({ outdir: join(app.outdir, 'argocd') });
  const appChart = new Chart(argocd, 'argo-guard-application');
  new ArgoCdApplication(appChart, 'application', {
    name: 'argo-guard-example',
    source: { repoURL: REPO_URL, targetRevision: 'main', path: 'dist' },
  });
  argocd.synth();
  return chart;
}
