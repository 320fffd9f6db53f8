/** `--format json`: exactly the document of docs/rule-catalog.md ("Output contract of `argo-guard lint`"). */
import type { LintRun } from './lint-files';
import { summarize } from './lint-files';

export function formatJson(run: LintRun): string {
  const doc = {
    findings: run.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      file: f.file,
      line: f.line,
      column: f.column,
      object: {
        apiVersion: f.object.apiVersion,
        kind: f.object.kind,
        name: f.object.name,
        ...(f.object.namespace !== undefined ? { namespace: f.object.namespace } : {}),
      },
      path: f.path,
      fix: f.fix,
    })),
    summary: summarize(run),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
