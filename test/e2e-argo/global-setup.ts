/**
 * Global setup of the vitest `e2e-argo` project: the control plane of the `e2e` project plus
 * kube-scheduler, kube-controller-manager, kwok with an amd64 and a tainted arm64 node, and the
 * real Argo workflow-controller v4.0.5 (`npm run cp:up -- --with-argo` starts the same).
 *
 * A missing prerequisite (no Go toolchain and no cached binaries, no openssl) fails the run under
 * CI=true; elsewhere the suites skip after one line. A build or start failure always fails.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { binaries, findGo, isArgoBuilt, isBuilt } from '../control-plane/build';
import { crdDirs, REPO_ROOT } from '../control-plane/plane';

/**
 * Its own plane, never the `e2e` project's: the controller would run that project's hand-made
 * Workflows and the scheduler would bind its hand-made pods to kwok nodes. The plane module keeps
 * its directory per process, so this one runs in a child process (the cp CLI).
 */
const PLANE_DIR = process.env.ARGO_GUARD_E2E_ARGO_DIR || join(REPO_ROOT, '.control-plane-argo');

function cli(args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/control-plane/cli.ts', ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, ARGO_GUARD_CP_DIR: PLANE_DIR },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout }));
  });
}

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
  const r = await cli(['up', '--with-argo']);
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
    await cli(['down']);
  };
}
