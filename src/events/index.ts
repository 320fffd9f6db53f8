/**
 * L2 constructs for Argo Events: EventBus, EventSource, Sensor. Sensors create Workflows from
 * guarded WorkflowTemplates (`k8s` create, `workflowTemplateRef`, `generateName`), with
 * trigger-level settings in the right place and least-privilege RBAC.
 *
 * @example
 * ```ts
 * const bus = new EventBus(chart, 'bus');                      // JetStream, named `default`
 * const es = new EventSource(chart, 'hooks', { eventBus: bus });
 * const push = es.addWebhook('push', { endpoint: '/push' });
 * const sensor = new Sensor(chart, 'on-push', { eventBus: bus });
 * const dep = sensor.addDependency('push', { event: push });
 * sensor.addWorkflowTrigger('build', {
 *   workflowTemplate: wt,
 *   parameters: { ref: EventValue.body(dep, 'ref').withDefault('main') },
 *   rateLimit: { unit: 'Minute', requestsPerUnit: 10 },          // atLeastOnce: true by default
 * });
 * ```
 */
export * from './dependency';
export * from './event-bus';
export * from './event-source';
export * from './events-base';
export * from './events-rbac';
export * from './sensor';
export {
  type ArgoWorkflowTriggerProps,
  type BackoffProps,
  EventValue,
  type TriggerOptions,
  type TriggerPolicyProps,
  type WorkflowFromTemplateProps,
  type WorkflowTriggerProps,
} from './trigger';
