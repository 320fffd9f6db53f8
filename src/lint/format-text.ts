/**
 * The human output of `argo-guard lint`: one `file:line:col: severity RULE message` line per
 * finding (the form editors and CI logs turn into links), the fix under it, and a summary.
 * Colour only when the stream is a terminal (and NO_COLOR is not set).
 */

import type { LintRun, LocatedFinding, Summary } from './lint-files';
import { summarize } from './lint-files';
import type { InputError } from './loader';

export interface TextOptions {
  color?: boolean;
}

const C = { red: '\x1b[31m', yellow: '\x1b[33m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

export function useColor(stream: NodeJS.WriteStream): boolean {
  return Boolean(stream.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
}

export function formatText(run: LintRun, options: TextOptions = {}): string {
  const paint = (code: string, s: string) => (options.color ? `${code}${s}${C.reset}` : s);
  const lines: string[] = [];
  for (const f of run.findings) {
    const sev = f.severity === 'error' ? paint(C.red, 'error') : paint(C.yellow, 'warning');
    lines.push(
      `${paint(C.bold, `${f.file}:${f.line}:${f.column}`)}: ${sev} ${f.rule} ${f.message} ${paint(C.dim, `[${objectLabel(f)}]`)}`,
    );
    lines.push(`    fix: ${f.fix}${f.autofix?.length ? ' (automatic: argo-guard lint --fix)' : ''}`);
  }
  const s = summarize(run);
  if (lines.length) lines.push('');
  const fixable = run.findings.filter((f) => f.autofix?.length).length;
  lines.push(summaryLine(s, run.errors.length) + (fixable ? `; ${fixable} fixable with --fix` : ''));
  return `${lines.join('\n')}\n`;
}

export function objectLabel(f: Pick<LocatedFinding, 'object' | 'path'>): string {
  const o = f.object;
  const name = o.namespace ? `${o.namespace}/${o.name}` : o.name;
  return `${o.kind}/${name}${f.path ? ` ${f.path}` : ''}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function summaryLine(s: Summary, unreadable: number): string {
  const scope = `${plural(s.files, 'file')}, ${plural(s.objects, 'object')}`;
  const bad = unreadable ? `; ${plural(unreadable, 'read error')} (on stderr)` : '';
  if (s.errors + s.warnings === 0)
    return `${unreadable ? 'no findings in what could be read' : 'no problems'} (${scope})${bad}`;
  return `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')} (${scope})${bad}`;
}

/** Input errors, for stderr: `file:line:col: message`. */
export function formatInputErrors(errors: readonly InputError[]): string {
  return errors
    .map(
      (e) =>
        `${e.file}${e.line ? `:${e.line}` : ''}${e.line && e.column ? `:${e.column}` : ''}: ${e.message}\n`,
    )
    .join('');
}
