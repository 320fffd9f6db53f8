/**
 * Global setup of the vitest `e2e` project: builds (if needed) and starts the real control plane,
 * hands its kubeconfig to the test files through `provide`/`inject`, and stops it at the end
 * when no other test run uses it (a plane started by `npm run cp:up` is reused and left running;
 * so is any plane when ARGO_GUARD_E2E_KEEP is set).
 *
 * A missing prerequisite (no Go toolchain and no cached binaries, no openssl)
 * fails the run under CI=true; elsewhere the e2e suites skip, after one line saying why.
 * A build or start failure always fails the run: that is a bug, not a missing prerequisite.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { binaries, findGo, isBuilt } from '../control-plane/build';
import { crdDirs, release, up } from '../control-plane/plane';

declare module 'vitest' {
  export interface ProvidedContext {
    argoGuardE2E: { kubeconfig?: string; server?: string; skip?: string };
  }
}

function missingPrerequisites(): string[] {
  const missing: string[] = [];
  if (!isBuilt(binaries()) && !findGo())
    missing.push('a Go toolchain (`go`) to build kube-apiserver and etcd');
  if (spawnSync('openssl', ['version'], { stdio: 'ignore' }).status !== 0) missing.push('openssl');
  for (const dir of crdDirs()) if (!existsSync(dir)) missing.push(`the upstream CRDs in ${dir}`);
  return missing;
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const missing = missingPrerequisites();
  if (missing.length > 0) {
    const reason = `missing ${missing.join(', ')}`;
    if (process.env.CI === 'true' || process.env.CI === '1') {
      throw new Error(`e2e prerequisites (CI=true makes this a failure): ${reason}; run scripts/prereqs.sh`);
    }
    console.log(`e2e skipped: ${reason}`);
    project.provide('argoGuardE2E', { skip: reason });
    return undefined;
  }
  const r = await up({ user: true });
  console.log(
    `e2e: ${r.reused ? 'reusing the running' : 'started a'} control plane at ${r.server} (${r.seconds}s)`,
  );
  // For child processes a test starts (e.g. the argo-guard CLI); test files use inject().
  process.env.ARGO_GUARD_E2E_KUBECONFIG = r.kubeconfig;
  project.provide('argoGuardE2E', { kubeconfig: r.kubeconfig, server: r.server });
  if (process.env.ARGO_GUARD_E2E_KEEP) return undefined;
  // Stops the plane only if a test run started it and no other test run (another engineer's,
  // in the same checkout) still uses it; a plane from `npm run cp:up` stays up.
  return async () => {
    await release();
  };
}
