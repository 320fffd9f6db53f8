/**
 * `argo-guard explain ID`: prints a rule's docs page (docs/rules/ID.md), or what an authoring
 * error code (API001, ...) means (src/authoring-errors.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { explainAuthoringError } from '../authoring-errors';
import { UserError } from '../errors';
import { docPath, ruleCatalog } from '../lint/catalog';
import type { Command } from './main';

export const command: Command = {
  summary: 'print the documentation of a rule (argo-guard explain AGC002)',
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h', default: false } },
    });
    if (values.help) {
      process.stdout.write(
        'Usage: argo-guard explain ID\n\nPrints the documentation of a rule (argo-guard explain AGC002) or of an authoring error code (argo-guard explain API004).\n',
      );
      return 0;
    }
    if (positionals.length !== 1) throw new UserError('give one rule ID, e.g. argo-guard explain AGC002');
    const id = positionals[0].trim().toUpperCase();
    const authoring = explainAuthoringError(id);
    if (authoring !== undefined) {
      process.stdout.write(authoring);
      return 0;
    }
    const file = docPath(id);
    if (!/^[A-Z]+\d+$/.test(id) || !existsSync(file)) {
      const catalog = ruleCatalog();
      const known = catalog.get(id);
      if (known) {
        // A rule of the engine whose page is missing from this install: say what is known.
        process.stdout.write(
          `${id}${known.severity ? ` (${known.severity})` : ''}: ${known.title ?? ''}\n\n(no documentation page at ${file})\n`,
        );
        return 0;
      }
      const ids = [...catalog.keys()];
      throw new UserError(
        `unknown rule "${positionals[0]}"`,
        ids.length
          ? `Known rules: ${ids.join(', ')}`
          : 'No rule documentation is installed (docs/rules/ is empty).',
      );
    }
    process.stdout.write(readFileSync(file, 'utf8'));
    return 0;
  },
};
