/** This repo's event-driven pipeline (charts/events.ts), synthesized as charts/main.ts configures it. */
import { Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { EventsChart } from '../../charts/events';
import { lintManifests } from '../../src/rules';
import { ArgoGuard } from '../../src/workflows';
import { byKind, one, ruleStrings, synth } from './util';

function build() {
  const app = Testing.app();
  ArgoGuard.configure(app, { argoVersion: '4.1', architectures: ['amd64'], taintedArchitectures: ['arm64'] });
  return new EventsChart(app, 'events');
}

describe('charts/events.ts', () => {
  const chart = build();
  const out = synth(chart);

  it('has a webhook EventSource, a Sensor and the WorkflowTemplate it runs, in one namespace', () => {
    for (const kind of ['EventBus', 'EventSource', 'Sensor', 'WorkflowTemplate'])
      expect(one(out, kind).metadata.namespace).toBe('argo-events');
    const resource = one(out, 'Sensor').spec.triggers[0].template.k8s.source.resource;
    expect(resource.metadata.generateName).toBe('push-test-');
    expect(resource.spec.workflowTemplateRef).toEqual({ name: one(out, 'WorkflowTemplate').metadata.name });
    expect(one(out, 'EventSource').spec.webhook.push.endpoint).toBe('/push');
  });

  it('passes the rules engine with no finding at all, and its triggered Workflow has no error', () => {
    expect(lintManifests(out)).toEqual([]);
    expect(chart.sensor.triggeredWorkflows()[0].findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('gives the Sensor create on workflows and nothing else', () => {
    const roles = byKind(out, 'Role').filter(
      (r) => r.metadata.labels['app.kubernetes.io/component'] === 'sensor',
    );
    expect(roles.map(ruleStrings)).toEqual([['workflows.argoproj.io:create']]);
  });

  it('synthesizes byte-identically twice', () => {
    expect(JSON.stringify(Testing.synth(build()))).toBe(JSON.stringify(out));
  });
});
