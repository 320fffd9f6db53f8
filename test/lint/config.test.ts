import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyBaseline, baselineText } from '../../src/lint/baseline';
import { findConfig, globToRegExp, loadConfig } from '../../src/lint/config';
import type { LocatedFinding } from '../../src/lint/lint-files';
import { ARGO_REJECTS, presetLevels } from '../../src/lint/presets';
import { cleanupTempTrees, cli, SAFE_WORKFLOW_TEMPLATE, tempTree } from './helpers';

afterAll(cleanupTempTrees);

/** No deadline (RUN001, error), no TTL (RUN004, warning) and an unknown field (STR001, error). */
const NOISY = SAFE_WORKFLOW_TEMPLATE.replace('  activeDeadlineSeconds: 3600\n', '')
  .replace('  ttlStrategy:\n    secondsAfterCompletion: 3600\n', '')
  .replace('  entrypoint: main\n', '  entrypoint: main\n  entrypoints: main\n');

function rules(stdout: string): string[] {
  return [...stdout.matchAll(/ (error|warning) ([A-Z]+\d+) /g)].map((m) => `${m[2]}:${m[1]}`).sort();
}

describe('presets', () => {
  it('strict (the default) reports everything; argo only what Argo refuses; recommended demotes hygiene', async () => {
    const root = tempTree({ 'wt.yaml': NOISY });
    expect(rules((await cli(['lint', root])).stdout)).toEqual([
      'RUN001:error',
      'RUN004:warning',
      'STR001:error',
    ]);
    const argo = await cli(['lint', '--preset', 'argo', root]);
    expect(rules(argo.stdout)).toEqual(['STR001:error']);
    expect(argo.code).toBe(1);
    expect(rules((await cli(['lint', '--preset', 'recommended', root])).stdout)).toEqual([
      'RUN001:error',
      'RUN004:warning',
      'STR001:error',
    ]);
  });
  it('argo keeps exactly the rules whose findings mean Argo refuses the object', () => {
    const off = presetLevels('argo');
    expect(off.get('ARCH001')).toBe('off');
    expect(off.get('STR004')).toBeUndefined();
    expect(ARGO_REJECTS.has('DAG002')).toBe(true);
    expect(ARGO_REJECTS.has('DAG004')).toBe(false); // unbounded recursion is accepted by Argo
    expect(presetLevels('recommended').get('ARCH001')).toBe('warning');
    expect(presetLevels('strict').size).toBe(0);
  });
  it('--preset rejects an unknown name (exit 2)', async () => {
    const r = await cli(['lint', '--preset', 'lenient', tempTree({ 'a.yaml': SAFE_WORKFLOW_TEMPLATE })]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('argo, recommended, strict');
  });
});

describe('.argo-guard.yaml', () => {
  it('is found upward from the linted path and sets preset, rule levels and per-path overrides', async () => {
    const root = tempTree({
      '.argo-guard.yaml':
        'preset: recommended\nrules:\n  RUN004: off\noverrides:\n  - files: ["legacy/**"]\n    rules: {RUN001: warning, STR001: off}\n',
      'apps/new/wt.yaml': NOISY,
      'apps/legacy/old/wt.yaml': NOISY,
    });
    expect(findConfig(join(root, 'apps', 'new'))).toBe(join(root, '.argo-guard.yaml'));
    const r = await cli(['lint', join(root, 'apps')]);
    const lines = r.stdout.split('\n').filter((l) => / (error|warning) [A-Z]+\d+ /.test(l));
    expect(
      lines.filter((l) => l.includes('/new/')).map((l) => / (\w+) ([A-Z]+\d+) /.exec(l)!.slice(1).join(' ')),
    ).toEqual(['error RUN001', 'error STR001']);
    // `legacy/**` is relative to the config file: apps/legacy does not match it...
    expect(lines.filter((l) => l.includes('/legacy/')).length).toBe(2);
    // ...while a glob without a slash matches at any depth.
    expect(globToRegExp('legacy/**').test('apps/legacy/old/wt.yaml')).toBe(false);
    expect(globToRegExp('**/legacy/**').test('apps/legacy/old/wt.yaml')).toBe(true);
    expect(globToRegExp('*.gen.yaml').test('a/b/x.gen.yaml')).toBe(true);
  });
  it('an override matches its files only', async () => {
    const root = tempTree({
      '.argo-guard.yaml':
        'overrides:\n  - files: ["**/legacy/**"]\n    rules: {RUN001: off, STR001: off, RUN004: off}\n',
      'legacy/wt.yaml': NOISY,
      'new/wt.yaml': NOISY,
    });
    const r = await cli(['lint', root]);
    expect(r.stdout).not.toContain('legacy/wt.yaml');
    expect(rules(r.stdout)).toEqual(['RUN001:error', 'RUN004:warning', 'STR001:error']);
  });
  it('sets the target version (flags win) and --config picks a file', async () => {
    // Targets 4.0 and 3.7: without the 4.1-only pendingTimeout (VER001 would report it too).
    const podPriority = SAFE_WORKFLOW_TEMPLATE.replace(
      '  entrypoint: main\n',
      '  entrypoint: main\n  podPriority: 3\n',
    ).replace('    pendingTimeout: 15m\n', '');
    const root = tempTree({ 'repo/wt.yaml': podPriority, 'conf/argo.yaml': 'argoVersion: "4.0"\n' });
    const cfg = join(root, 'conf', 'argo.yaml');
    expect(rules((await cli(['lint', '--config', cfg, join(root, 'repo')])).stdout)).toEqual([
      'VER001:error',
    ]);
    expect(
      rules((await cli(['lint', '--config', cfg, '--argo-version', '3.7', join(root, 'repo')])).stdout),
    ).toEqual([]);
  });
  it('refuses unknown keys, rules and levels with the file named (exit 2)', async () => {
    for (const [text, msg] of [
      ['rule: {}\n', 'unknown key "rule"'],
      ['rules: {NOPE001: off}\n', 'unknown rule NOPE001'],
      ['rules: {RUN001: loud}\n', '"loud" is not one of'],
      ['preset: lax\n', 'preset "lax"'],
      ['argoVersion: "2.9"\n', 'argoVersion'],
    ]) {
      const root = tempTree({ '.argo-guard.yaml': text, 'wt.yaml': SAFE_WORKFLOW_TEMPLATE });
      const r = await cli(['lint', root]);
      expect(r.code, text).toBe(2);
      expect(r.stderr).toContain('.argo-guard.yaml');
      expect(r.stderr).toContain(msg);
    }
  });
  it('loadConfig resolves relative paths against the file', () => {
    const root = tempTree({ 'x/.argo-guard.yaml': 'taintedArchitectures: [arm64]\nwatcher: true\n' });
    const c = loadConfig(join(root, 'x', '.argo-guard.yaml'));
    expect(c.dir).toBe(join(root, 'x'));
    expect(c.options).toEqual({ watcher: true, taintedArchitectures: ['arm64'] });
  });
});

describe('--fix renames an unknown field with exactly one near miss (STR001)', () => {
  it('entrypoints -> entrypoint; ambiguous or taken names are left alone', async () => {
    const root = tempTree({
      'a.yaml': SAFE_WORKFLOW_TEMPLATE.replace(
        '  entrypoint: main\n',
        '  # the entry\n  entrypoints: main\n',
      ),
    });
    const r = await cli(['lint', '--fix', join(root, 'a.yaml')]);
    expect(r.stderr).toContain('fixed: ');
    const text = readFileSync(join(root, 'a.yaml'), 'utf8');
    expect(text).toContain('entrypoint: main');
    expect(text).not.toContain('entrypoints');
    expect(text).toContain('# the entry');
    expect(r.code).toBe(0);
    // Both spellings set: renaming would lose one, so it is not fixed automatically.
    const both = tempTree({
      'b.yaml': SAFE_WORKFLOW_TEMPLATE.replace(
        '  entrypoint: main\n',
        '  entrypoint: main\n  entrypoints: main\n',
      ),
    });
    const r2 = await cli(['lint', '--fix', join(both, 'b.yaml')]);
    expect(r2.code).toBe(1);
    expect(readFileSync(join(both, 'b.yaml'), 'utf8')).toContain('entrypoints: main');
  });
});

describe('baseline', () => {
  it('--write-baseline records the findings; --baseline then reports only new ones', async () => {
    const root = tempTree({ 'a.yaml': NOISY });
    const base = join(root, 'baseline.json');
    const w = await cli(['lint', '--write-baseline', base, join(root, 'a.yaml')]);
    expect(w.stderr).toContain('recorded 3 finding(s)');
    expect(readdirSync(root).sort()).toEqual(['a.yaml', 'baseline.json']); // no temp file left behind
    const same = await cli(['lint', '--baseline', base, join(root, 'a.yaml')]);
    expect(same.code).toBe(0);
    expect(same.stdout).toMatch(/^no problems/);
    // A new problem in the same file: only it is reported (lines moved, the old ones stay hidden).
    writeFileSync(
      join(root, 'a.yaml'),
      `# a comment moves every line\n${NOISY.replace('  podGC:\n    strategy: OnPodCompletion\n', '')}`,
    );
    const next = await cli(['lint', '--baseline', base, join(root, 'a.yaml')]);
    expect(rules(next.stdout)).toEqual(['RUN003:warning']);
    expect(next.stderr).toContain('3 known finding(s) hidden');
  });
  it('counts: a second identical finding is new', () => {
    const f = (file: string): LocatedFinding => ({
      rule: 'RUN001',
      severity: 'error',
      message: 'm',
      fix: 'f',
      object: { apiVersion: 'v1', kind: 'WorkflowTemplate', name: 'x' },
      path: '/spec',
      index: 0,
      file,
      line: 1,
      column: 1,
    });
    const root = tempTree({});
    const base = join(root, 'b.json');
    writeFileSync(base, baselineText([f(join(root, 'a.yaml'))], base));
    const r = applyBaseline(
      [f(join(root, 'a.yaml')), f(join(root, 'a.yaml')), f(join(root, 'b.yaml'))],
      base,
    );
    expect(r.hidden).toBe(1);
    expect(r.findings.map((x) => x.file)).toEqual([join(root, 'a.yaml'), join(root, 'b.yaml')]);
    expect(JSON.parse(readFileSync(base, 'utf8')).findings[0]).toEqual({
      rule: 'RUN001',
      file: 'a.yaml',
      object: 'WorkflowTemplate/x',
      path: '/spec',
      count: 1,
    });
  });
  it('a missing or foreign baseline is a usage error (exit 2)', async () => {
    const root = tempTree({ 'a.yaml': SAFE_WORKFLOW_TEMPLATE, 'x.json': '{"hello": 1}' });
    expect((await cli(['lint', '--baseline', join(root, 'nope.json'), root])).code).toBe(2);
    const r = await cli(['lint', '--baseline', join(root, 'x.json'), join(root, 'a.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not an argo-guard baseline');
    expect(existsSync(join(root, 'nope.json'))).toBe(false);
  });
});
