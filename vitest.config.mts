import { defineConfig } from 'vitest/config';

// Test files that start processes: a real OCI registry, tsc, the CLI or the app as a child
// process, cdk8s synth. They form the `system` project so that `npm run test:unit` stays fast;
// `npm test` runs every project.
const SYSTEM = [
  'test/deploy/alerts-promtool.test.ts', // promtool check rules / test rules
  'test/deploy/app-determinism.test.ts', // runs the app four times
  'test/deploy/argocd.test.ts', // runs the Argo CD plugin's generate command (a synth)
  'test/deploy/docs.test.ts', // compiles and runs the README's example
  'test/deploy/helm.test.ts', // npm run synth:helm
  'test/lint/built-cli.test.ts', // tsc, then the built bin/argo-guard.js
  'test/lint/bundled-cli.test.ts', // tsc and scripts/bundle-cli.ts, then both builds of the CLI
  'test/lint/cdk8s-plugin.test.ts', // tsc, then npx cdk8s synth
  'test/lint/corpus.test.ts', // runs the app once
  'test/lint/fix-safety.test.ts', // the built CLI under ulimit, symlinks
  'test/lint/hostile.test.ts', // the built CLI on /dev/zero, FIFOs, endless pipes
  'test/platform/cli.test.ts', // docker-registry + the CLI under tsx
  'test/platform/founding.test.ts', // docker-registry
  'test/platform/registry.test.ts', // docker-registry
];

// Three projects: `unit` needs nothing but Node and runs in-process; `system` starts local
// processes; `e2e` starts the real control plane (kube-apiserver + etcd) in its global setup.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'test/e2e-argo/**', 'node_modules/**', ...SYSTEM],
          globalSetup: ['test/helpers/global-setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'system',
          include: SYSTEM,
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
      {
        // The real Argo workflow-controller v4.0.5, kube-scheduler, kube-controller-manager and kwok
        // nodes, on a plane of their own (test/e2e/README.md).
        test: {
          name: 'e2e-argo',
          include: ['test/e2e-argo/**/*.test.ts'],
          globalSetup: ['test/e2e-argo/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 1_800_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
