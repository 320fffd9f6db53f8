// Public API of cdk8s-argo-guard: re-exports only.
export * from './argo-version';
export * from './errors';
export * from './platform/platform';
export * from './rules';
export * from './workflows';
