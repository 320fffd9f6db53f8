/**
 * The real `helm` (v3.22.0, built from the Go module proxy by scripts/prereqs.sh into
 * ~/.cache/argo-guard/bin; ARGO_GUARD_HELM overrides). Missing: the Helm tests skip with one
 * line, or fail under CI=true.
 */
import { spawnSync } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const HELM_VERSION = 'v3.22.0';
export const HELM = process.env.ARGO_GUARD_HELM ?? join(homedir(), '.cache', 'argo-guard', 'bin', 'helm');

export function helmSkipReason(): string | undefined {
  // `go install` leaves out the release ldflags: helm says "v3.22" (prereqs.sh checks the module version).
  const r = spawnSync(HELM, ['version', '--template', '{{.Version}}'], { encoding: 'utf8' });
  if (r.status === 0 && HELM_VERSION.startsWith(r.stdout.trim()) && r.stdout.startsWith('v3.22'))
    return undefined;
  const reason = `helm ${HELM_VERSION} is not at ${HELM} (${r.error ? r.error.message : r.stdout.trim()}); run scripts/prereqs.sh`;
  if (process.env.CI === 'true' || process.env.CI === '1')
    throw new Error(`${reason} (CI=true makes this a failure)`);
  return reason;
}

/** Runs helm; returns stdout, throws with helm's stderr. Helm's own state stays in a temp HOME-like dir. */
export function helm(args: string[], env: NodeJS.ProcessEnv = {}): string {
  const r = spawnSync(HELM, args, { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  if (r.status !== 0)
    throw new Error(`helm ${args.join(' ')} exited ${r.status}: ${r.stderr}${r.stdout.slice(-2000)}`);
  return r.stdout;
}
