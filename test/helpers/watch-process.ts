/**
 * `argo-guard watch` as a child process, the way users run it: on a loopback port of its own, ready
 * once /readyz answers 200, its stderr (the log) kept. No vitest import: the benchmarks use this too.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { waitFor } from './api-wait';
import { freePort } from './ports';

export interface WatchProcessOptions {
  /** The program and its arguments up to the watch flags, e.g. `[node, --import, tsx, src/cli/main.ts]`. */
  command: readonly string[];
  /** The flags, given the port to pass to `--listen 127.0.0.1:PORT`. */
  args: (port: number) => readonly string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** How long /readyz may take (a cold tsx start on a loaded machine takes tens of seconds). @default 90 s */
  readyTimeoutMs?: number;
}

export interface WatchProcess {
  readonly port: number;
  readonly child: ChildProcess;
  /** stderr so far. */
  stderr(): string;
  /** The JSON log lines so far (a line that is not JSON as `{ msg: line }`). */
  lines(): any[];
  /** The log lines with this `msg`. */
  said(msg: string): any[];
  /**
   * SIGTERM (SIGKILL after 30 s); resolves with the exit code once the process is gone AND its
   * stderr is read to the end ('close', not 'exit': at 'exit' the last lines may still be in the pipe).
   */
  stop(): Promise<number | null>;
  /** Resolves like `stop` once the process ended by itself. */
  readonly closed: Promise<number | null>;
}

/** Attempts when another process takes the chosen port between choosing and binding it. */
const PORT_ATTEMPTS = 3;

export async function startWatchProcess(o: WatchProcessOptions): Promise<WatchProcess> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const w = spawnWatch(o, port);
    try {
      await waitFor(
        `argo-guard watch /readyz on 127.0.0.1:${port}`,
        async () => {
          if (w.child.exitCode !== null || w.child.signalCode !== null)
            throw new ExitedEarly(`argo-guard watch exited ${w.child.exitCode ?? w.child.signalCode}`);
          const r = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined);
          return r?.status === 200;
        },
        o.readyTimeoutMs ?? 90_000,
        (err) => err instanceof ExitedEarly,
      );
      return w;
    } catch (err) {
      await w.stop();
      if (attempt < PORT_ATTEMPTS && /EADDRINUSE/.test(w.stderr())) continue;
      throw new Error(`${(err as Error).message}\nits stderr:\n${w.stderr().slice(-4000)}`);
    }
  }
}

class ExitedEarly extends Error {}

function spawnWatch(o: WatchProcessOptions, port: number): WatchProcess {
  const [program, ...first] = o.command;
  const child = spawn(program, [...first, ...o.args(port)], {
    cwd: o.cwd,
    env: o.env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  const closed = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  const lines = () =>
    stderr
      .split('\n')
      .filter(Boolean)
      .map((l) => {
        try {
          return JSON.parse(l);
        } catch {
          return { msg: l };
        }
      });
  return {
    port,
    child,
    closed,
    stderr: () => stderr,
    lines,
    said: (msg) => lines().filter((l) => l.msg === msg),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        await closed;
        clearTimeout(timer);
      }
      return closed;
    },
  };
}
