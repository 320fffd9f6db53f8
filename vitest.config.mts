import { defineConfig } from 'vitest/config';

// Two projects: `unit` needs nothing but Node; `e2e` starts the real control plane
// (kube-apiserver + etcd) and the real OCI registry in its global setup.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'test/e2e-argo/**', 'node_modules/**'],
          testTimeout: 30_000,
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
