/**
 * Rule metadata for output (SARIF `tool.driver.rules`, `argo-guard explain`): the rules engine's
 * catalog when it exports one, else the docs pages (docs/rules/<ID>.md, first heading as the
 * title). Docs are found relative to the package root, which is two levels up both from src/lint
 * (tsx) and from lib/lint (built).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as engine from '../rules';
import type { Severity } from '../rules/types';

export interface RuleInfo {
  id: string;
  title?: string;
  severity?: Severity;
}

export const PACKAGE_ROOT = join(__dirname, '..', '..');
export const DOCS_RULES_DIR = join(PACKAGE_ROOT, 'docs', 'rules');

/** Absolute help link for a rule: the docs page as published in the npm package. */
export function helpUri(id: string): string {
  return `https://unpkg.com/cdk8s-argo-guard@${packageVersion()}/docs/rules/${id}.md`;
}

export function packageVersion(): string {
  return (require(join(PACKAGE_ROOT, 'package.json')) as { version: string }).version;
}

export function docPath(id: string): string {
  return join(DOCS_RULES_DIR, `${id}.md`);
}

/** Every rule known, by ID, sorted. */
export function ruleCatalog(): Map<string, RuleInfo> {
  const out = new Map<string, RuleInfo>();
  for (const meta of engineCatalog())
    out.set(meta.id, { id: meta.id, title: meta.title, severity: meta.severity });
  if (existsSync(DOCS_RULES_DIR)) {
    for (const f of readdirSync(DOCS_RULES_DIR)) {
      const m = /^([A-Z]+\d+)\.md$/.exec(f);
      if (!m) continue;
      const info = out.get(m[1]) ?? { id: m[1] };
      info.title ??= docTitle(m[1]);
      out.set(m[1], info);
    }
  }
  return new Map([...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function docTitle(id: string): string | undefined {
  try {
    const first = readFileSync(docPath(id), 'utf8')
      .split('\n', 5)
      .find((l) => l.startsWith('#'));
    return first?.replace(/^#+\s*/, '').replace(new RegExp(`^${id}\\s*[:—–-]?\\s*`), '') || undefined;
  } catch {
    return undefined;
  }
}

/** The engine's catalog, if it exports one (an array of `{id, title, severity}`). */
function engineCatalog(): RuleInfo[] {
  const mod = engine as unknown as Record<string, unknown>;
  for (const name of ['RULE_CATALOG', 'ruleCatalog', 'RULES', 'rules', 'allRules', 'ALL_RULES']) {
    let v = mod[name];
    if (typeof v === 'function') {
      try {
        v = (v as () => unknown)();
      } catch {
        continue;
      }
    }
    if (Array.isArray(v) && v.every((r) => r && typeof r.id === 'string')) return v as RuleInfo[];
  }
  return [];
}
