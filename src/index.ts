// Public API of cdk8s-argo-guard: re-exports only.
export * from './argo-version';
export * from './authoring-errors';
export * from './deploy';
export * from './errors';
export * from './events';
export * from './platform/credentials';
export * from './platform/images';
export * from './platform/lock';
export * from './platform/platform';
export * from './platform/reference';
export * from './platform/registry';
export * from './platform/scheduling';
export * from './rules';
export * from './watcher/diagnose';
export * from './watcher/rbac';
export * from './watcher/types';
export * from './workflows';
