/**
 * `argo-guard doctor [--namespace NS] WORKFLOW`: every check on one Workflow (the artifact-gc
 * finalizer and every runtime mode), the verdict and the evidence. Reads only. Exit 0 healthy,
 * 1 stuck, 2 on an error (not found, no access, bad flags): one line, no stack trace.
 */
import { parseArgs } from 'node:util';
import { LABEL_WORKFLOW } from '../argo/metadata';
import { defaultDurationText } from '../argo/runtime-defaults';
import { UserError } from '../errors';
import { doctor, formatDoctor } from '../watcher/doctor';
import { ApiError, type KubeApi, paths } from '../watcher/kube';
import { ListSnapshotSource } from '../watcher/kube-source';
import { COMMON_HELP, COMMON_OPTIONS, parseCommon, parseDuration } from '../watcher/options';
import type { Command } from './main';

/** RUN-01 is opt-in for the watcher (it caches Pending pods); doctor reads one Workflow's, so it is on. */
const DOCTOR_PENDING_TIMEOUT = defaultDurationText('pendingTimeout');

// The shared decision flags, without those about the cluster-wide run (namespaces, selector,
// the watcher's own namespace): doctor looks at one Workflow and writes nothing.
const {
  namespace: _ns,
  selector: _sel,
  'watcher-namespace': _own,
  'dry-run': _dry,
  ...DECISION_OPTIONS
} = COMMON_OPTIONS;

/** The shared help without the entries (a flag's line and its continuation lines) of `flags`. */
function withoutFlags(help: string, flags: readonly string[]): string {
  const entries: string[][] = [];
  for (const line of help.split('\n').filter(Boolean)) {
    if (/^ {2}-/.test(line) || entries.length === 0) entries.push([line]);
    else entries[entries.length - 1].push(line);
  }
  return entries
    .filter((e) => !flags.some((f) => e[0].trimStart().startsWith(f)))
    .map((e) => e.join('\n'))
    .join('\n');
}

const HELP = `Usage: argo-guard doctor [options] [NAMESPACE/]WORKFLOW

Every check on one Workflow: the artifact-gc finalizer (AGC-*) and every runtime mode (RUN-01,
RUN-04, RUN-05, RUN-06, RUN-07, SYNC-04, ARCHIVE-01), with the verdict, the reason of each check,
what the watcher would do, and the evidence read. Changes nothing.
Exit 0 when healthy, 1 when stuck, 2 on an error (not found, no access).

Options:
  -n, --namespace NS       the Workflow's namespace (default: the kubeconfig context's, else default)
  --format FORMAT          text (default) or json, on stdout
${withoutFlags(COMMON_HELP, ['-n, --namespace', '-l, --selector', '--watcher-namespace', '--dry-run', '--no-runtime'])}
RUN-01 is on in doctor: --pending-timeout defaults to ${DOCTOR_PENDING_TIMEOUT} (it reads this Workflow's pods only).
`;

export const command: Command = {
  summary: 'every check on one Workflow: is it stuck, why, and the evidence',
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        ...DECISION_OPTIONS,
        namespace: { type: 'string', short: 'n' },
        format: { type: 'string', default: 'text' },
      },
      allowPositionals: true,
    });
    if (values.help) {
      process.stdout.write(HELP);
      return 0;
    }
    if (positionals.length !== 1)
      throw new UserError('doctor takes one Workflow', 'Usage: argo-guard doctor [-n NAMESPACE] WORKFLOW');
    if (values.format !== 'text' && values.format !== 'json')
      throw new UserError(`--format "${values.format}" is not text or json`);
    parseDuration(values['pending-timeout'] ?? DOCTOR_PENDING_TIMEOUT, '--pending-timeout');
    const c = parseCommon({
      ...values,
      namespace: undefined,
      'pending-timeout': values['pending-timeout'] ?? DOCTOR_PENDING_TIMEOUT,
      // Not used: doctor takes no Lease and writes no ledger.
      'watcher-namespace': 'argo-guard',
    });
    if (!c.runtime) throw new UserError('doctor runs every check; --no-runtime does not apply');
    const [first, second] = positionals[0].includes('/')
      ? positionals[0].split('/', 2)
      : [undefined, positionals[0]];
    const namespace = first ?? values.namespace ?? contextNamespace(c.api) ?? 'default';
    const name = second;
    if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(namespace))
      throw new UserError(`"${namespace}" is not a namespace name`);
    if (!name || !/^[a-z0-9]([-.a-z0-9]*[a-z0-9])?$/.test(name))
      throw new UserError(`"${positionals[0]}" is not a Workflow name`);
    const source = new ListSnapshotSource({
      api: c.api,
      namespaces: [namespace],
      ownNamespace: c.ownNamespace,
      log: c.log,
      pendingPods: true,
    });
    try {
      const report = await doctor(
        {
          snapshot: (key) => source.snapshot(key, true),
          workflowPods: async (ns, wf) =>
            (await c.api.list(paths.pods(ns), { labelSelector: `${LABEL_WORKFLOW}=${wf}` })).items ?? [],
        },
        namespace,
        name,
        {
          graceMs: c.graceMs,
          policy: c.policy,
          facts: c.facts,
          stopWaitMs: c.stopWaitMs,
          runtime: c.runtime,
        },
        Date.now(),
      ).catch((err) => {
        throw asUserError(err, namespace, name);
      });
      if (report === undefined)
        throw new UserError(
          `Workflow ${namespace}/${name} not found`,
          'Check the name and pass --namespace NS (or NS/NAME); a deleted Workflow with pods left is still examined.',
        );
      process.stdout.write(
        values.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatDoctor(report),
      );
      return report.verdict === 'stuck' ? 1 : 0;
    } finally {
      c.api.close();
    }
  },
};

function contextNamespace(api: KubeApi): string | undefined {
  return api.kc.getContextObject(api.kc.getCurrentContext())?.namespace || undefined;
}

/** An API or network failure as one line that says what to do. */
function asUserError(err: unknown, namespace: string, name: string): Error {
  if (err instanceof UserError) return err;
  if (err instanceof ApiError && (err.status === 401 || err.status === 403))
    return new UserError(
      `no access to Workflow ${namespace}/${name}: ${err.message}`,
      `The kubeconfig's user needs get on workflows and list on pods (and workflowartifactgctasks) in "${namespace}".`,
    );
  if (err instanceof ApiError)
    return new UserError(`the API server refused a read for ${namespace}/${name}: ${err.message}`);
  return new UserError(
    `cannot reach the API server: ${(err as Error)?.message ?? String(err)}`,
    'Check --kubeconfig (or KUBECONFIG) and that the cluster is up.',
  );
}
