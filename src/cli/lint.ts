/**
 * `argo-guard lint [PATH...|-]`: the safety rules over any GitOps repository's YAML.
 * Loads only what linting needs (js-yaml and the rules): start-up stays well under 0.5 s. What only
 * a flag needs (--fix, --baseline, --write-baseline, json and sarif output) is imported when used.
 */
import { parseArgs } from 'node:util';
import { ArgoVersionError, parseArgoVersion } from '../argo/versions';
import { UserError } from '../errors';
import { applyConfig, resolveConfig } from '../lint/config';
import { loadControllerConfig } from '../lint/controller-config';
import { formatInputErrors, formatText, useColor } from '../lint/format-text';
import { exitCode, lintPaths } from '../lint/lint-files';
import { DEFAULT_MAX_FILE_SIZE } from '../lint/loader';
import { loadPlatforms } from '../lint/platforms';
import { isPresetName, PRESET_NAMES } from '../lint/presets';
import { progress } from '../progress';
import type { RuleOptions } from '../rules/types';
import type { Command } from './main';

const HELP = `Usage: argo-guard lint [options] [PATH...|-]

Checks Kubernetes YAML/JSON (files, directories recursively: .yaml .yml .json; '-' = stdin)
against argo-guard's rules. Objects of every kind are read; Argo objects are linted, the others
(Roles, bindings, Argo CD annotations) are used for cross-references.

Options:
  --format text|json|sarif     output format (default: text)
  --argo-version X.Y[.Z]       target Argo Workflows version (default: newest supported)
  --watcher                    the argo-guard watcher is installed in the target cluster
  --platforms FILE             image platform lock file (enables ARCH003/ARCH004)
  --strict-platforms           an image missing from the lock file is an error
  --tainted-arch ARCH          nodes of this architecture carry a kubernetes.io/arch taint (repeatable)
  --controller-config FILE     the workflow-controller-configmap (workflowDefaults, instanceID, parallelism)
  --fix                        apply the safe automatic fixes in place (exact edits, atomic
                               writes; a file changed since it was read is left alone),
                               then report what is left
  --config FILE                configuration (default: the nearest .argo-guard.yaml upward from PATH)
  --preset argo|recommended|strict
                               argo: only what Argo itself refuses; recommended: also what gets runs
                               stuck, hygiene as warnings; strict (default): every rule
  --baseline FILE              hide the findings recorded in FILE (report only new ones)
  --write-baseline FILE        record the current findings in FILE (written atomically)
  --max-file-size BYTES        skip (as an error) files larger than this (default: ${DEFAULT_MAX_FILE_SIZE})
  -h, --help                   show this help

Exit codes: 0 no error-level finding, 1 error-level findings, 2 usage error or unreadable input.
Suppress a finding with the annotation  argo-guard.io/ignore: "RULE1,RULE2: reason".
Explain a rule with  argo-guard explain RULEID.
`;

export const command: Command = {
  summary: 'check Argo manifests in files or directories against the safety rules',
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', default: 'text' },
        'argo-version': { type: 'string' },
        watcher: { type: 'boolean' },
        platforms: { type: 'string' },
        'strict-platforms': { type: 'boolean' },
        config: { type: 'string' },
        preset: { type: 'string' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        'tainted-arch': { type: 'string', multiple: true },
        'controller-config': { type: 'string' },
        fix: { type: 'boolean', default: false },
        'max-file-size': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      process.stdout.write(HELP);
      return 0;
    }
    const format = values.format as string;
    if (!['text', 'json', 'sarif'].includes(format)) {
      throw new UserError(`--format ${format}: use text, json or sarif`);
    }
    const paths = positionals.length ? positionals : ['.'];
    // The config file gives defaults; flags win.
    const config = resolveConfig(paths, values.config);
    if (values.preset !== undefined) {
      if (!isPresetName(values.preset))
        throw new UserError(`--preset ${values.preset}: use ${PRESET_NAMES.join(', ')}`);
      config.preset = values.preset;
    }
    const rules: RuleOptions = {
      ...config.options,
      watcher: values.watcher ?? config.options.watcher ?? false,
      strictPlatforms: values['strict-platforms'] ?? config.options.strictPlatforms ?? false,
    };
    if (values['argo-version'] !== undefined) {
      try {
        rules.argoVersion = parseArgoVersion(values['argo-version']);
      } catch (err) {
        if (err instanceof ArgoVersionError) throw new UserError(`--argo-version: ${err.message}`);
        throw err;
      }
    }
    if (values['tainted-arch']) rules.taintedArchitectures = values['tainted-arch'];
    if (values.platforms !== undefined) rules.platforms = loadPlatforms(values.platforms);
    if (values['controller-config'] !== undefined) {
      rules.controllerConfig = loadControllerConfig(values['controller-config']);
    }
    let maxFileSize = DEFAULT_MAX_FILE_SIZE;
    if (values['max-file-size'] !== undefined) {
      maxFileSize = Number(values['max-file-size']);
      if (!Number.isInteger(maxFileSize) || maxFileSize <= 0) {
        throw new UserError(`--max-file-size ${values['max-file-size']}: give a number of bytes`);
      }
    }
    if (values.fix && positionals.includes('-')) {
      throw new UserError('--fix rewrites files in place and cannot be used with stdin (-)');
    }
    const bar = progress('argo-guard lint');
    let n = 0;
    // --fix hashes the bytes it lints, and writes only over those very bytes.
    const load = { maxFileSize, hashes: values.fix, onFile: (f: string) => bar.update(++n, undefined, f) };
    let run = await lintPaths(paths, rules, load);
    bar.done();
    // The configuration decides what is reported, and so also what --fix may touch.
    run.findings = applyConfig(run.findings, config);

    if (values.fix) {
      const { applyFixes } = await import('../lint/fix.js');
      const fixed = applyFixes(run);
      for (const f of fixed.files) {
        for (const x of f.fixed)
          process.stderr.write(`fixed: ${f.file}: ${x.rule} ${x.object}${x.path ? ` ${x.path}` : ''}\n`);
      }
      for (const s of fixed.skipped) process.stderr.write(`not fixed: ${s.file}: ${s.reason}\n`);
      const count = fixed.files.reduce((k, f) => k + f.fixed.length, 0);
      process.stderr.write(`${count} finding(s) fixed in ${fixed.files.length} file(s)\n`);
      // What is left needs a human: lint again and report that.
      if (fixed.files.length) {
        run = await lintPaths(paths, rules, { maxFileSize, reuse: run.texts });
        run.findings = applyConfig(run.findings, config);
      }
      if (run.findings.length) process.stderr.write(`${run.findings.length} finding(s) need a human:\n`);
    }

    const baseline =
      values['write-baseline'] !== undefined || values.baseline !== undefined
        ? await import('../lint/baseline.js')
        : undefined;
    if (values['write-baseline'] !== undefined) {
      const n = baseline!.writeBaseline(run.findings, values['write-baseline']);
      process.stderr.write(`baseline: recorded ${n} finding(s) in ${values['write-baseline']}\n`);
    }
    if (values.baseline !== undefined) {
      const b = baseline!.applyBaseline(run.findings, values.baseline);
      run.findings = b.findings;
      if (b.hidden)
        process.stderr.write(`baseline: ${b.hidden} known finding(s) hidden (${values.baseline})\n`);
    }
    if (run.errors.length) process.stderr.write(formatInputErrors(run.errors));
    if (format === 'json') {
      const { formatJson } = await import('../lint/format-json.js');
      process.stdout.write(formatJson(run));
    } else if (format === 'sarif') {
      const { formatSarif } = await import('../lint/format-sarif.js');
      process.stdout.write(formatSarif(run));
    } else {
      process.stdout.write(formatText(run, { color: useColor(process.stdout) }));
    }
    return exitCode(run);
  },
};
