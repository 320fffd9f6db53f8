/**
 * Rule presets, as ESLint and kube-linter users know them: `argo` (only what Argo itself refuses,
 * for a first run on an existing repository), `recommended` (also what gets runs stuck or lost;
 * hygiene and platform findings as warnings), `strict` (every rule at its default severity: what the
 * constructs enforce). A preset maps rule IDs to a level; rules it does not name keep their default.
 */
import { RULES } from '../rules';

/** `default` keeps each finding's own severity (some rules lower it per finding, e.g. STR003). */
export type RuleLevel = 'off' | 'warning' | 'error' | 'default';

export const PRESET_NAMES = ['argo', 'recommended', 'strict'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/**
 * Rules whose error findings mean Argo refuses the object (argo lint / submit / the server):
 * the STR family, references that point nowhere, and fields the target version's strict decoder
 * does not know.
 */
export const ARGO_REJECTS: ReadonlySet<string> = new Set([
  ...RULES.filter((r) => r.family === 'STR').map((r) => r.id),
  'DAG001',
  'DAG002',
  'DAG003',
  'VER001',
  'SYNC004',
  'GITOPS005',
]);

/** Sound but noisy on a repository that was not written for argo-guard: warnings in `recommended`. */
const RECOMMENDED_WARNINGS = [
  'ARCH001',
  'ARCH004',
  'ARCH005',
  'GITOPS001',
  'GITOPS002',
  'GITOPS006',
  'RUN003',
  'RUN004',
  'RUN005',
  'EVT002',
  'EVT004',
];

const cache = new Map<PresetName, ReadonlyMap<string, RuleLevel>>();

export function presetLevels(name: PresetName): ReadonlyMap<string, RuleLevel> {
  const cached = cache.get(name);
  if (cached) return cached;
  const out = new Map<string, RuleLevel>();
  cache.set(name, out);
  if (name === 'argo') {
    for (const r of RULES) if (!ARGO_REJECTS.has(r.id) && r.family !== 'ENGINE') out.set(r.id, 'off');
  } else if (name === 'recommended') {
    for (const id of RECOMMENDED_WARNINGS) out.set(id, 'warning');
  }
  return out;
}

export function isPresetName(s: string): s is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(s);
}
