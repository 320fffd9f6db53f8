/**
 * The docs pages' examples are checked: the "Bad" YAML of docs/rules/<ID>.md must trigger <ID> and
 * the "Good" YAML must not, so the docs cannot drift from the rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { lintManifests, type Manifest, type PlatformLookup, RULES, type RuleOptions } from '../../src/rules';
import { v } from './helpers';

const DOCS = join(__dirname, '..', '..', 'docs', 'rules');

const lock: PlatformLookup = {
  lookup: (image) =>
    image.includes('x86-only') ? { digest: 'sha256:0', platforms: ['linux/amd64'] } : undefined,
};

/** Options per page (targets, lock, taints) and pages whose examples are not standalone objects. */
const OPTIONS: Record<string, { bad?: RuleOptions; good?: RuleOptions } | 'skip'> = {
  AGC001: { bad: { argoVersion: v('3.5.0') }, good: { argoVersion: v('3.5.11') } },
  AGC002: { good: { watcher: true } },
  AGC007: {
    bad: { argoVersion: { major: 3, minor: 4, patch: 0, minorOnly: false } },
    good: { argoVersion: v('3.5') },
  },
  ARCH003: { bad: { platforms: lock }, good: { platforms: lock } },
  ARCH004: 'skip', // the difference is the lock file, not the YAML
  ARCH005: { bad: { taintedArchitectures: ['arm64'] }, good: { taintedArchitectures: ['arm64'] } },
  SYNC003: 'skip', // needs two WorkflowTemplates; covered in sync.test.ts
  SYNC004: { bad: { argoVersion: v('4.0') }, good: { argoVersion: v('4.0') } },
  GITOPS005: { bad: { argoVersion: v('4.0') }, good: { argoVersion: v('4.0') } },
  VER001: { bad: { argoVersion: v('4.0') }, good: { argoVersion: v('4.0') } },
  VER002: { bad: { argoVersion: v('4.0.8') }, good: { argoVersion: v('4.1.2') } },
  INTERNAL001: 'skip',
};

function blocks(md: string, heading: string): Manifest[] {
  const m = new RegExp(`## ${heading}\\n\\n\`\`\`yaml\\n([\\s\\S]*?)\`\`\``).exec(md);
  if (!m) throw new Error(`no ${heading} block`);
  return (loadAll(m[1]) as unknown[]).filter((d): d is Manifest => !!d && typeof d === 'object');
}

describe('docs/rules examples', () => {
  for (const r of RULES.filter((x) => x.family !== 'EVT')) {
    const o = OPTIONS[r.id];
    if (o === 'skip') continue;
    it(`${r.id}: Bad triggers it, Good does not`, () => {
      const md = readFileSync(join(DOCS, `${r.id}.md`), 'utf8');
      expect(md).toContain(`# ${r.id}: `);
      const bad = lintManifests(blocks(md, 'Bad'), o?.bad ?? {}).filter((f) => f.rule === r.id);
      expect(bad.length, 'Bad example triggers the rule').toBeGreaterThan(0);
      const good = lintManifests(blocks(md, 'Good'), o?.good ?? {}).filter((f) => f.rule === r.id);
      expect(good, 'Good example passes the rule').toEqual([]);
    });
  }
});

describe('docs/rule-catalog.md', () => {
  const catalog = readFileSync(join(DOCS, '..', 'rule-catalog.md'), 'utf8');

  it('has a row for every rule, linked to no other ID', () => {
    const rows = new Set([...catalog.matchAll(/^\| ([A-Z]+\d{3}) \|/gm)].map((m) => m[1]));
    const missing = RULES.map((r) => r.id).filter((id) => !rows.has(id));
    expect(missing, 'rules without a row in rule-catalog.md').toEqual([]);
    const unknown = [...rows].filter((id) => !RULES.some((r) => r.id === id));
    expect(unknown, 'rows for IDs the registry does not hold').toEqual([]);
  });

  it('lists exactly the rules that carry an automatic fix', () => {
    const line = /Automatic fixes only where[\s\S]*?\n- /.exec(catalog)?.[0] ?? '';
    const listed = [...line.matchAll(/\b([A-Z]+\d{3})\b/g)].map((m) => m[1]).sort();
    expect(listed).toEqual(
      RULES.filter((r) => r.hasAutofix)
        .map((r) => r.id)
        .sort(),
    );
  });
});
