/**
 * What the runtime-mode e2e suites (runtime, runtime-orphans, runtime-doctor) share: a Workflow as
 * the Argo controller would have left it, the real CLI run to completion (`sweep`, `doctor`) or
 * `watch` started in the background, and a kubeconfig file for an account. The control plane and
 * the Workflow helpers themselves are in cluster.ts and watcher-helpers.ts.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KubeConfig } from '@kubernetes/client-node';
import { startWatchProcess, type WatchProcess } from '../helpers/watch-process';
import { writeKubeConfig } from './watcher-helpers';

export const ROOT = join(__dirname, '..', '..');

export const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();

/** A Workflow with one container template, and the status the controller would have written. */
export const workflow = (
  name: string,
  ns: string,
  status?: object,
  extra: { labels?: Record<string, string>; spec?: object; finalizers?: string[] } = {},
) => ({
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Workflow',
  metadata: {
    name,
    namespace: ns,
    ...(extra.labels ? { labels: extra.labels } : {}),
    ...(extra.finalizers ? { finalizers: extra.finalizers } : {}),
  },
  spec: { entrypoint: 'main', templates: [{ name: 'main', container: { image: 'busybox' } }], ...extra.spec },
  ...(status ? { status } : {}),
});

/** `kc` written to a fresh temporary file, for the CLI's `--kubeconfig`. */
export function kubeconfigFile(kc: KubeConfig, prefix: string, user = 'watcher'): string {
  return writeKubeConfig(kc, mkdtempSync(join(tmpdir(), prefix)), user);
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `argo-guard COMMAND ARGS…` from the sources, run to its end. */
export function runCli(command: string, args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'src/cli/main.ts', command, ...args], { cwd: ROOT }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 99) : 0, stdout, stderr }),
    );
  });
}

/**
 * `argo-guard watch ARGS… --listen 127.0.0.1:PORT` in the background on a free port, resolved once
 * /readyz answers (test/helpers/watch-process.ts: stderr is read to the end on stop).
 */
export function startWatch(args: readonly string[]): Promise<WatchProcess> {
  return startWatchProcess({
    command: [process.execPath, '--import', 'tsx', 'src/cli/main.ts', 'watch'],
    args: (port) => [...args, '--listen', `127.0.0.1:${port}`],
    cwd: ROOT,
  });
}
