/**
 * `.argo-guard.yaml`: the lint configuration of a repository, found upward from the linted path
 * (or given with `--config`). Command-line flags win over it.
 *
 *   preset: recommended            # argo | recommended | strict (default: strict)
 *   argoVersion: "4.0"
 *   watcher: true
 *   taintedArchitectures: [arm64]
 *   platforms: argo-guard.platforms.json     # relative to this file
 *   strictPlatforms: false
 *   controllerConfig: ops/workflow-controller-configmap.yaml
 *   rules:
 *     RUN004: off                  # off | warning | error | default
 *   overrides:
 *     - files: ["legacy/**"]       # globs relative to this file: ** any depth, * within a segment
 *       rules: {ARCH001: off}
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import * as jsYaml from 'js-yaml';
import { ArgoVersionError, parseArgoVersion } from '../argo/versions';
import { UserError } from '../errors';
import { getRule } from '../rules';
import type { RuleOptions } from '../rules/types';
import { loadControllerConfig } from './controller-config';
import type { LocatedFinding } from './lint-files';
import { loadPlatforms } from './platforms';
import { isPresetName, PRESET_NAMES, type PresetName, presetLevels, type RuleLevel } from './presets';

export const CONFIG_FILE_NAME = '.argo-guard.yaml';

export interface LintConfig {
  /** The file it was read from (absolute), or undefined for the built-in default. */
  readonly file?: string;
  /** Directory globs and relative paths are resolved against. */
  readonly dir: string;
  /** Mutable: `--preset` replaces it. */
  preset: PresetName;
  readonly rules: ReadonlyMap<string, RuleLevel>;
  readonly overrides: readonly {
    readonly files: readonly RegExp[];
    readonly rules: ReadonlyMap<string, RuleLevel>;
  }[];
  /** Rule options the file sets (flags win). */
  readonly options: RuleOptions;
}

const LEVELS: readonly RuleLevel[] = ['off', 'warning', 'error', 'default'];
const KEYS = new Set([
  'preset',
  'argoVersion',
  'watcher',
  'taintedArchitectures',
  'platforms',
  'strictPlatforms',
  'controllerConfig',
  'rules',
  'overrides',
]);

/** The nearest `.argo-guard.yaml` in `start` (a file's directory) or its parents. */
export function findConfig(start: string): string | undefined {
  let dir = resolve(start);
  try {
    if (!statSync(dir).isDirectory()) dir = dirname(dir);
  } catch {
    dir = dirname(dir);
  }
  for (;;) {
    const f = join(dir, CONFIG_FILE_NAME);
    if (existsSync(f)) return f;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** A glob (`**`, `*`, `?`) relative to the config directory, as a RegExp over `/`-separated paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  const g = glob.replace(/^\.\//, '');
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '*' && g[i + 1] === '*') {
      // `**/` matches zero or more directories; a trailing `**` anything.
      if (g[i + 2] === '/') {
        re += '(?:.*/)?';
        i += 2;
      } else {
        re += '.*';
        i += 1;
      }
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  // A glob without a slash matches the file name at any depth (as in .gitignore).
  return new RegExp(g.includes('/') ? `^${re}$` : `(?:^|/)${re}$`);
}

function levels(v: unknown, where: string): Map<string, RuleLevel> {
  const out = new Map<string, RuleLevel>();
  if (v === undefined || v === null) return out;
  if (typeof v !== 'object' || Array.isArray(v))
    throw new UserError(`${where}: must be a map of RULEID: level`);
  for (const [id, level] of Object.entries(v)) {
    const rule = getRule(id);
    if (!rule)
      throw new UserError(`${where}: unknown rule ${id}`, 'See argo-guard explain RULEID or docs/rules/.');
    const l = level === false ? 'off' : String(level);
    if (!(LEVELS as readonly string[]).includes(l)) {
      throw new UserError(`${where}.${id}: "${String(level)}" is not one of ${LEVELS.join(', ')}`);
    }
    out.set(rule.id, l as RuleLevel);
  }
  return out;
}

/** Reads and checks a config file. Errors name the file and the key. */
export function loadConfig(file: string): LintConfig {
  const abs = resolve(file);
  let doc: unknown;
  try {
    doc = jsYaml.load(readFileSync(abs, 'utf8'), { schema: jsYaml.CORE_SCHEMA, filename: abs });
  } catch (err) {
    const e = err as { reason?: string; mark?: { line: number; column: number }; message: string };
    const at = e.mark ? `:${e.mark.line + 1}:${e.mark.column + 1}` : '';
    throw new UserError(`${file}${at}: ${e.reason ?? e.message}`);
  }
  if (doc === undefined || doc === null) doc = {};
  if (typeof doc !== 'object' || Array.isArray(doc)) throw new UserError(`${file}: must be a map`);
  const c = doc as Record<string, unknown>;
  for (const k of Object.keys(c)) {
    if (!KEYS.has(k))
      throw new UserError(`${file}: unknown key "${k}"`, `Known keys: ${[...KEYS].join(', ')}.`);
  }
  const dir = dirname(abs);
  const preset = c.preset === undefined ? 'strict' : String(c.preset);
  if (!isPresetName(preset))
    throw new UserError(`${file}: preset "${preset}" is not one of ${PRESET_NAMES.join(', ')}`);
  const options: RuleOptions = {};
  if (c.argoVersion !== undefined) {
    try {
      options.argoVersion = parseArgoVersion(String(c.argoVersion));
    } catch (err) {
      if (err instanceof ArgoVersionError) throw new UserError(`${file}: argoVersion: ${err.message}`);
      throw err;
    }
  }
  if (c.watcher !== undefined) options.watcher = c.watcher === true;
  if (c.strictPlatforms !== undefined) options.strictPlatforms = c.strictPlatforms === true;
  if (c.taintedArchitectures !== undefined) {
    if (!Array.isArray(c.taintedArchitectures))
      throw new UserError(`${file}: taintedArchitectures must be a list`);
    options.taintedArchitectures = c.taintedArchitectures.map(String);
  }
  const rel = (p: unknown) => (isAbsolute(String(p)) ? String(p) : join(dir, String(p)));
  if (c.platforms !== undefined) options.platforms = loadPlatforms(rel(c.platforms));
  if (c.controllerConfig !== undefined)
    options.controllerConfig = loadControllerConfig(rel(c.controllerConfig));
  const overrides: LintConfig['overrides'][number][] = [];
  if (c.overrides !== undefined) {
    if (!Array.isArray(c.overrides)) throw new UserError(`${file}: overrides must be a list`);
    c.overrides.forEach((o, i) => {
      const files = (o as { files?: unknown })?.files;
      const list = typeof files === 'string' ? [files] : Array.isArray(files) ? files.map(String) : undefined;
      if (!list || list.length === 0)
        throw new UserError(`${file}: overrides[${i}].files must be a glob or a list of globs`);
      overrides.push({
        files: list.map(globToRegExp),
        rules: levels((o as { rules?: unknown }).rules, `${file}: overrides[${i}].rules`),
      });
    });
  }
  return { file: abs, dir, preset, rules: levels(c.rules, `${file}: rules`), overrides, options };
}

/** The configuration for a lint of `paths`: `--config`, else the nearest file, else the default. */
export function resolveConfig(paths: readonly string[], explicit?: string): LintConfig {
  if (explicit !== undefined) return loadConfig(explicit);
  const first = paths.find((p) => p !== '-') ?? '.';
  const found = findConfig(first);
  if (found) return loadConfig(found);
  return { dir: resolve('.'), preset: 'strict', rules: new Map(), overrides: [], options: {} };
}

/** The level of `rule` for a finding in `file`: last matching override, then rules, then preset. */
export function levelFor(config: LintConfig, rule: string, file: string): RuleLevel {
  const relPath = relative(config.dir, resolve(file)).split(sep).join('/');
  for (let i = config.overrides.length - 1; i >= 0; i--) {
    const o = config.overrides[i];
    const l = o.rules.get(rule);
    if (l !== undefined && o.files.some((re) => re.test(relPath))) return l;
  }
  return config.rules.get(rule) ?? presetLevels(config.preset).get(rule) ?? 'default';
}

/** Applies the configured levels: drops `off` findings and sets the severity of the others. */
export function applyConfig(findings: readonly LocatedFinding[], config: LintConfig): LocatedFinding[] {
  const out: LocatedFinding[] = [];
  for (const f of findings) {
    // Engine findings (a crashed rule, a suppression without reason) are never configured away.
    const l = f.rule === 'INTERNAL001' ? 'default' : levelFor(config, f.rule, f.file);
    if (l === 'off') continue;
    out.push(l === 'default' ? f : { ...f, severity: l });
  }
  return out;
}
