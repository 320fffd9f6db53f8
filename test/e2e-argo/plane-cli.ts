/**
 * The `e2e-argo` plane: its own directory, never the `e2e` project's (the controller would run
 * that project's hand-made Workflows and the scheduler would bind its hand-made pods to kwok
 * nodes). The plane module keeps its directory per process, so this plane is driven through the
 * cp CLI in a child process. Used by the project's global setup and by the #16599 bench.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../control-plane/plane';

export const PLANE_DIR = process.env.ARGO_GUARD_E2E_ARGO_DIR || join(REPO_ROOT, '.control-plane-argo');

/** Runs `test/control-plane/cli.ts ARGS` on PLANE_DIR; resolves with its exit code and stdout. */
export function planeCli(args: string[]): Promise<{ code: number; stdout: string }> {
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
