/**
 * Global setup of the vitest `e2e-argo` project: the control plane of the `e2e` project plus
 * kube-scheduler, kube-controller-manager, kwok with an amd64 and a tainted arm64 node, and the
 * real Argo workflow-controller v4.0.5 (`npm run cp:up -- --with-argo` starts the same).
 *
 * A missing prerequisite (no Go toolchain and no cached binaries, no openssl) fails the run under
 * CI=true; elsewhere the suites skip after one line. A build or start failure always fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { binaries, findGo, isArgoBuilt, isBuilt } from '../control-plane/build';
import { crdDirs } from '../control-plane/plane';
import { PLANE_DIR, planeCli } from './plane-cli';

function missingPrerequisites(): string[] {
  const missing: string[] = [];
  if (!(isBuilt(binaries()) && isArgoBuilt()) && !findGo())
    missing.push('a Go toolchain (`go`) to build the control plane and the Argo controller');
  if (spawnSync('openssl', ['version'], { stdio: 'ignore' }).status !== 0) missing.push('openssl');
  for (const dir of crdDirs()) if (!existsSync(dir)) missing.push(`the upstream CRDs in ${dir}`);
  return missing;
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const missing = missingPrerequisites();
  if (missing.length > 0) {
    const reason = `missing ${missing.join(', ')}`;
    if (process.env.CI === 'true' || process.env.CI === '1') {
      throw new Error(
        `e2e-argo prerequisites (CI=true makes this a failure): ${reason}; run scripts/prereqs.sh`,
      );
    }
    console.log(`e2e-argo skipped: ${reason}`);
    project.provide('argoGuardE2E', { skip: reason });
    return undefined;
  }
  const r = await planeCli(['up', '--with-argo']);
  const kubeconfig = r.stdout.match(/^export KUBECONFIG=(.*)$/m)?.[1];
  const server = r.stdout.match(/control plane at (\S+)/)?.[1];
  if (r.code !== 0 || !kubeconfig || !server)
    throw new Error(`starting the e2e-argo plane failed (exit ${r.code}): ${r.stdout}`);
  const reused = r.stdout.startsWith('reusing');
  console.log(`e2e-argo: ${r.stdout.split('\n')[0]} (${PLANE_DIR})`);
  process.env.ARGO_GUARD_E2E_KUBECONFIG = kubeconfig;
  project.provide('argoGuardE2E', { kubeconfig, server });
  // A plane that was already running (cp:up) stays; so does any with ARGO_GUARD_E2E_KEEP.
  if (reused || process.env.ARGO_GUARD_E2E_KEEP) return undefined;
  return async () => {
    await planeCli(['down']);
  };
}
