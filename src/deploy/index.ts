/**
 * Installing argo-guard: the watcher (`ArgoGuardWatcher`), an Argo CD `Application` for the
 * synthesized output, the sync waves that keep app deletion from hanging, and the Helm escaping
 * of Argo expressions. Argo CD hook Workflows: `new Workflow(chart, id, { argoCdHook })`
 * (src/workflows/workflow.ts; docs/argocd.md).
 */
export * from './alerts';
export * from './application';
export * from './helm';
export * from './sync-waves';
export * from './watcher';
export * from './watcher-policy';
