/**
 * This repo's cdk8s app (`npm run synth` writes it to dist/). Each chart is one file in charts/.
 */
import { App } from 'cdk8s';
import { ArgoGuard } from '../src';
import { EventsChart } from './events';
import { PipelinesChart } from './pipelines';
import { addWatcher } from './watcher';

const app = new App();
// One place for the organisation-wide defaults: target Argo version, architectures, and the
// fact that this app installs the argo-guard watcher alongside its pipelines.
ArgoGuard.configure(app, {
  argoVersion: '4.1',
  architectures: ['amd64'],
  taintedArchitectures: ['arm64'],
  watcher: true,
});
// createNamespace: `kubectl apply -f dist/` works on an empty cluster (the watcher chart emits its own).
new PipelinesChart(app, 'pipelines', { createNamespace: true });
new EventsChart(app, 'events', { createNamespace: true });
addWatcher(app);
app.synth();
