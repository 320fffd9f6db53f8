/**
 * The runtime defaults have one home (src/argo/runtime-defaults.ts); code reads it, but prose
 * cannot: the docs, the install construct's and the settings' `@default` texts (jsii needs them
 * literal). This pins every such text to the value, so changing a default without its prose fails.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDurationText, RUNTIME_DEFAULT_MINUTES } from '../../src/argo/runtime-defaults';
import { COMMON_HELP, parseCommon } from '../../src/watcher/options';
import { RUNTIME_DEFAULTS } from '../../src/watcher/runtime';

const ROOT = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const m = RUNTIME_DEFAULT_MINUTES;

describe('runtime defaults: one value, every text follows it', () => {
  it('the watcher flags default to it, in its help and in what they parse to', () => {
    const flags = {
      'deadline-grace': 'deadlineGrace',
      'start-timeout': 'startTimeout',
      'lock-timeout': 'lockTimeout',
      'archive-timeout': 'archiveTimeout',
    } as const;
    const help = COMMON_HELP.replace(/\n\s+/g, ' ');
    for (const [flag, name] of Object.entries(flags))
      expect(help).toMatch(new RegExp(`--${flag} D .*?\\(default ${defaultDurationText(name)}\\)`));
    // parseCommon loads a kubeconfig (it does not connect): one pointing nowhere will do.
    const kubeconfig = join(mkdtempSync(join(tmpdir(), 'argo-guard-defaults-')), 'config');
    writeFileSync(
      kubeconfig,
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Config',
        clusters: [{ name: 'c', cluster: { server: 'https://127.0.0.1:1' } }],
        users: [{ name: 'u', user: { token: 't' } }],
        contexts: [{ name: 'x', context: { cluster: 'c', user: 'u', namespace: 'guard' } }],
        'current-context': 'x',
      }),
    );
    const parsed = parseCommon({ kubeconfig, 'log-format': 'json' }).runtime;
    expect(parsed).toMatchObject(RUNTIME_DEFAULTS);
    expect(RUNTIME_DEFAULTS.deadlineGraceMs).toBe(m.deadlineGrace * 60_000);
  });

  it('docs/watcher.md names the same defaults', () => {
    const doc = read('docs/watcher.md');
    expect(doc).toContain(`\`--deadline-grace\` (${m.deadlineGrace}m)`);
    expect(doc).toContain(`\`--start-timeout\` (${m.startTimeout}m)`);
    expect(doc).toContain(`\`--lock-timeout\` (${m.lockTimeout}m)`);
    expect(doc).toContain(`\`--archive-timeout\` (${m.archiveTimeout}m)`);
    expect(doc).toContain(`\`--pending-timeout ${m.pendingTimeout}m\` unless given`);
    expect(doc).toContain(`\`pendingTimeout\`, default ${m.pendingTimeout}m`);
  });

  it('the RUN006 docs, the install construct and the settings say the same', () => {
    expect(read('docs/rules/RUN006.md')).toContain(`adds \`pendingTimeout: ${m.pendingTimeout}m\``);
    expect(read('docs/rule-catalog.md')).toContain(`\`--fix\` adds \`${m.pendingTimeout}m\``);
    const install = read('src/deploy/watcher.ts');
    expect(install).toMatch(new RegExp(`RUN-04: .*@default ${m.deadlineGrace} minutes`));
    expect(install).toMatch(new RegExp(`RUN-05: .*@default ${m.startTimeout} minutes`));
    expect(install).toMatch(new RegExp(`SYNC-04: .*@default ${m.lockTimeout} minutes`));
    expect(install).toMatch(new RegExp(`ARCHIVE-01: .*@default ${m.archiveTimeout} minutes`));
    expect(read('src/workflows/settings.ts')).toContain(`@default Duration.minutes(${m.pendingTimeout})`);
    expect(read('src/workflows/pod-template.ts')).toContain(`pendingTimeout (${m.pendingTimeout} minutes)`);
  });
});
