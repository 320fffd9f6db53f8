/**
 * `--format sarif`: SARIF 2.1.0, the format code-scanning UIs (GitHub, GitLab, VS Code) read.
 * Every rule of the catalog is listed with its help link; results point at file:line:column
 * relative to the working directory (uriBaseId %SRCROOT%); unreadable inputs are tool execution
 * notifications, so a consumer sees them too.
 */
import { relative, sep } from 'node:path';
import { helpUri, packageVersion, type RuleInfo, ruleCatalog } from './catalog';
import type { LintRun } from './lint-files';
import { STDIN_NAME } from './loader';

export function formatSarif(run: LintRun, cwd: string = process.cwd()): string {
  const catalog = ruleCatalog();
  for (const f of run.findings)
    if (!catalog.has(f.rule)) catalog.set(f.rule, { id: f.rule, severity: f.severity });
  const ids = [...catalog.keys()].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const uri = (file: string) => (file === STDIN_NAME ? 'stdin' : relative(cwd, file).split(sep).join('/'));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'argo-guard',
            version: packageVersion(),
            informationUri: 'https://www.npmjs.com/package/cdk8s-argo-guard',
            rules: ids.map((id) => ruleDescriptor(catalog.get(id)!)),
          },
        },
        invocations: [
          {
            executionSuccessful: run.errors.length === 0,
            toolExecutionNotifications: run.errors.map((e) => ({
              level: 'error',
              message: { text: e.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: uri(e.file), uriBaseId: '%SRCROOT%' },
                    ...(e.line
                      ? { region: { startLine: e.line, ...(e.column ? { startColumn: e.column } : {}) } }
                      : {}),
                  },
                },
              ],
            })),
          },
        ],
        results: run.findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: index.get(f.rule),
          level: f.severity,
          message: { text: `${f.message} Fix: ${f.fix}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uri(f.file), uriBaseId: '%SRCROOT%' },
                region: { startLine: f.line, startColumn: f.column },
              },
              logicalLocations: [
                {
                  fullyQualifiedName: `${f.object.kind}/${f.object.namespace ? `${f.object.namespace}/` : ''}${f.object.name}${f.path}`,
                  kind: 'object',
                },
              ],
            },
          ],
          properties: { path: f.path, object: f.object },
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function ruleDescriptor(r: RuleInfo) {
  return {
    id: r.id,
    ...(r.title ? { shortDescription: { text: r.title } } : {}),
    helpUri: helpUri(r.id),
    help: { text: `argo-guard explain ${r.id}` },
    ...(r.severity ? { defaultConfiguration: { level: r.severity } } : {}),
  };
}
