/**
 * `argo-guard`: the command-line entry point. Each subcommand lives in its own module and is
 * loaded only when called, so `argo-guard lint` does not pay for the Kubernetes client.
 */
import { UserError } from '../errors';

export interface Command {
  /** One line for `--help`. */
  summary: string;
  /** Runs the command; resolves to the process exit code. */
  run(argv: string[]): Promise<number>;
}

const COMMANDS: Record<string, { summary: string; load: () => Command }> = {
  alerts: {
    summary: "print the watcher's Prometheus alerts or Grafana dashboard",
    load: () => require('./alerts').command,
  },
  lint: {
    summary: 'check Argo manifests in files or directories against the safety rules',
    load: () => require('./lint').command,
  },
  explain: {
    summary: 'print the documentation of a rule (argo-guard explain AGC002)',
    load: () => require('./explain').command,
  },
  platforms: {
    summary: 'resolve, update or check the image platform lock file',
    load: () => require('./platforms').command,
  },
  watch: {
    summary: 'run the watcher that releases stuck Workflows (long-running)',
    load: () => require('./watch').command,
  },
  sweep: {
    summary: 'one pass of the watcher over the cluster, then exit',
    load: () => require('./sweep').command,
  },
  doctor: {
    summary: 'every check on one Workflow: is it stuck, why, and the evidence',
    load: () => require('./doctor').command,
  },
};

export function version(): string {
  // package.json sits two levels up both from src/cli (tsx) and from lib/cli (built).
  return require('../../package.json').version as string;
}

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    'Usage: argo-guard <command> [options]',
    '',
    'Keeps Argo Workflows from GitOps repositories from getting stuck.',
    '',
    'Commands:',
    ...lines,
    '',
    'Options:',
    '  -h, --help     show help (also: argo-guard <command> --help)',
    '  -v, --version  print the version',
    '',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    process.stdout.write(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === '-v' || name === '--version') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    process.stderr.write(`argo-guard: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    return await entry.load().run(rest);
  } catch (err) {
    return reportError(err);
  }
}

/** Prints an error the way every subcommand should: a message and what to do, no stack trace. */
export function reportError(err: unknown): number {
  if (err instanceof UserError) {
    process.stderr.write(`argo-guard: ${err.message}\n${err.hint ? `  ${err.hint}\n` : ''}`);
    return 2;
  }
  const e = err as { code?: string; message?: string };
  if (
    e &&
    (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ||
      e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ||
      e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
  ) {
    process.stderr.write(`argo-guard: ${e.message}\n  Run with --help for the options.\n`);
    return 2;
  }
  process.stderr.write(
    `argo-guard: internal error: ${e?.message ?? String(err)}\n  This is a bug in argo-guard; set ARGO_GUARD_DEBUG=1 for the stack trace.\n`,
  );
  if (process.env.ARGO_GUARD_DEBUG) process.stderr.write(`${(err as Error)?.stack}\n`);
  return 3;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.exitCode = reportError(err);
    },
  );
}
