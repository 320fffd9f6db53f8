/**
 * `lint --fix` never loses or corrupts what it did not mean to change: byte-exact edits (comments,
 * anchors, CRLF, BOM, Latin-1 bytes, `012`, flow style, JSON number spelling and duplicate keys),
 * no stale plan, atomic writes that keep mode and owner, "not fixed" instead of a reprint.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  lstatSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyFixes, applyOps, NotFixable } from '../../src/lint/fix';
import { lintPaths } from '../../src/lint/lint-files';
import { cleanupTempTrees, cli, ensureBuilt, ROOT, tempTree } from './helpers';

afterAll(cleanupTempTrees);

const crlf = (s: string) => s.replace(/\n/g, '\r\n');

/** A CronWorkflow a 4.0 target fixes twice (GITOPS005 moves schedule, GITOPS006 adds suspend). */
const CRON = `\uFEFF# top comment
apiVersion: argoproj.io/v1alpha1
kind: CronWorkflow
metadata:
  name: nightly   # keep me
  labels: &labels {team: a}
spec:
  schedule: "0 0 * * *"   # midnight
  workflowSpec:
    entrypoint: main
    activeDeadlineSeconds: 3600
    podGC: {strategy: OnPodCompletion}
    ttlStrategy:
      secondsAfterCompletion: 3600
    nodeSelector:
      kubernetes.io/arch: amd64
    arguments:
      parameters: [render]
    templates:
    - name: main
      metadata:
        labels: *labels
      container:
        image: alpine:3.20
        env:
        - name: MODE
          value: 012
  concurrencyPolicy: Forbid
`;

/** A second document with a Latin-1 byte (kubectl rejects that document; its bytes must survive). */
const LATIN1_DOC = Buffer.concat([
  Buffer.from('---\r\n# Jos'),
  Buffer.from([0xe9]),
  Buffer.from(' wrote this\r\nkind: ConfigMap\r\nmetadata: {name: latin}\r\n'),
]);

const CRON_JSON = `{
  "apiVersion": "argoproj.io/v1alpha1",
  "kind": "CronWorkflow",
  "metadata": {"name": "j", "annotations": {"big": 123456789012345678901, "e": 1e3, "d": "x", "d": "y"}},
  "spec": {
    "schedules": ["0 0 * * *"],
    "workflowSpec": {
      "entrypoint": "main", "activeDeadlineSeconds": 3600, "podGC": {"strategy": "OnPodCompletion"},
      "ttlStrategy": {"secondsAfterCompletion": 3600}, "nodeSelector": {"kubernetes.io/arch": "amd64"},
      "templates": [{"name": "main", "container": {"image": "alpine:3.20"}}]
    }
  }
}
`;

describe('lint --fix edits only the bytes of its findings', () => {
  it('YAML with a BOM, CRLF, comments, anchors, flow style, 012 and a Latin-1 document', async () => {
    const before = Buffer.concat([Buffer.from(crlf(CRON)), LATIN1_DOC]);
    const root = tempTree({ 'c.yaml': before });
    const file = join(root, 'c.yaml');
    const r = await cli(['lint', '--argo-version', '4.0', '--fix', file]);
    expect(r.stderr).toContain(`fixed: ${file}: GITOPS006 CronWorkflow/nightly /spec\n`);
    expect(r.stderr).toContain(`fixed: ${file}: GITOPS005 CronWorkflow/nightly /spec/schedule\n`);
    // Exactly: schedule becomes schedules where it stands (its comment stays on its line), and
    // suspend is added at the end of spec.
    const expected = Buffer.concat([
      Buffer.from(
        crlf(
          CRON.replace(
            '  schedule: "0 0 * * *"   # midnight\n',
            '  schedules: ["0 0 * * *"]   # midnight\n',
          ).replace('  concurrencyPolicy: Forbid\n', '  concurrencyPolicy: Forbid\n  suspend: false\n'),
        ),
      ),
      LATIN1_DOC,
    ]);
    expect(readFileSync(file).equals(expected)).toBe(true);
    // The Latin-1 document is reported, not silently re-encoded, at its line in the fixed file (+1: suspend).
    expect(r.stderr).toMatch(/c\.yaml:31:6: invalid UTF-8 \(byte 0xE9\)/);
  });

  it('JSON: a splice, never a re-serialization (20-digit numbers, 1e3, duplicate keys stay)', async () => {
    const root = tempTree({ 'j.json': CRON_JSON });
    const file = join(root, 'j.json');
    const r = await cli(['lint', '--argo-version', '3.5', '--fix', file]);
    // The numbers are in annotations, where Argo wants strings: those two findings need a human
    // (no fix guesses a quoting), the two fixable ones are fixed.
    expect(r.code).toBe(1);
    expect(r.stdout.match(/error STR001 metadata\.annotations\.(big|e) must be a string/g)).toHaveLength(2);
    expect(r.stdout).toContain('2 errors, 0 warnings');
    expect(readFileSync(file, 'utf8')).toBe(
      CRON_JSON.replace('    "schedules": ["0 0 * * *"],\n', '').replace(
        '    }\n  }\n}\n',
        '    },\n    "suspend": false,\n    "schedule": "0 0 * * *"\n  }\n}\n',
      ),
    );
  });

  it('reports "not fixed" and leaves the bytes alone where no exact splice exists', async () => {
    // The fix would go under an anchor that an alias reuses: it would change the other object too.
    const text = `apiVersion: argoproj.io/v1alpha1
kind: CronWorkflow
metadata:
  name: shared
spec: &spec
  schedules: ["0 0 * * *"]
  workflowSpec:
    entrypoint: main
    activeDeadlineSeconds: 3600
    podGC: {strategy: OnPodCompletion}
    ttlStrategy: {secondsAfterCompletion: 3600}
    nodeSelector: {kubernetes.io/arch: amd64}
    templates: [{name: main, container: {image: "alpine:3.20"}}]
copy: *spec
`;
    const root = tempTree({ 'a.yaml': text });
    const file = join(root, 'a.yaml');
    const r = await cli(['lint', '--fix', file]);
    expect(r.stderr).toContain(
      `not fixed: ${file}: GITOPS006 CronWorkflow/shared /spec: the path goes through an anchor that aliases reuse`,
    );
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(() =>
      applyOps('a:\n  only: 1\n', [{ segments: ['a', 'only'], op: { op: 'remove', path: '' } }]),
    ).toThrow(NotFixable);
  });

  it('quotes a new string that YAML 1.1 (kubectl) would read as a boolean or an octal', () => {
    const out = applyOps('kind: X\nspec:\n  a: 1\n', [
      { segments: ['spec', 'b'], op: { op: 'add', path: '', value: 'yes' } },
      { segments: ['spec', 'c'], op: { op: 'add', path: '', value: '012' } },
    ]);
    expect(out).toBe('kind: X\nspec:\n  a: 1\n  b: "yes"\n  c: "012"\n');
  });
});

describe('lint --fix never applies a stale plan', () => {
  it('skips a file whose bytes changed between lint and write', async () => {
    const cron = CRON.replace('\uFEFF', '').replace(
      '  schedule: "0 0 * * *"   # midnight\n',
      '  schedules: ["0 0 * * *"]\n',
    );
    const root = tempTree({ 'c.yaml': cron });
    const file = join(root, 'c.yaml');
    const run = await lintPaths([file], {}, { hashes: true });
    expect(run.findings.map((f) => f.rule)).toContain('GITOPS006');
    // Someone edits the file meanwhile: a Secret is now document 0.
    const edited = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nspec:\n  x: 1\n---\n${cron}`;
    writeFileSync(file, edited);
    const r = applyFixes(run);
    expect(r.files).toEqual([]);
    expect(r.skipped).toEqual([{ file, reason: 'changed since it was linted; not fixed (lint it again)' }]);
    expect(readFileSync(file, 'utf8')).toBe(edited);
  });
});

describe('lint --fix writes atomically (built CLI)', () => {
  beforeAll(() => ensureBuilt(), 180_000);
  const BIN = join(ROOT, 'bin', 'argo-guard.js');
  const bigCron = () =>
    `apiVersion: argoproj.io/v1alpha1\nkind: CronWorkflow\nmetadata:\n  name: big\n${Array.from(
      { length: 100 },
      (_, i) => `  # padding comment line ${i}\n`,
    ).join('')}spec:\n  schedules: ["0 0 * * *"]\n  workflowSpec:\n    entrypoint: main\n`;

  it('leaves the original intact when the write fails half-way (file size limit: EFBIG)', () => {
    const text = bigCron();
    expect(text.length).toBeGreaterThan(2048);
    const root = tempTree({ 'big.yaml': text });
    // `ulimit -f 1`: no file may grow past 1 KiB, as on a full disk.
    const r = spawnSync(
      'bash',
      ['-c', `ulimit -f 1; exec "${process.execPath}" "${BIN}" lint --fix big.yaml`],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(r.signal).toBeNull();
    expect(r.stderr).toMatch(/^not fixed: big\.yaml: EFBIG/m);
    expect(readFileSync(join(root, 'big.yaml'), 'utf8')).toBe(text);
    expect(readdirSync(root)).toEqual(['big.yaml']); // no temporary file left behind
  });

  it('keeps mode and owner, and fixes a symlink at its target', () => {
    const root = tempTree({ 'big.yaml': bigCron() });
    const file = join(root, 'big.yaml');
    chmodSync(file, 0o640);
    const asRoot = process.getuid?.() === 0; // only root can give a file away
    if (asRoot) chownSync(file, 4321, 4321);
    symlinkSync('big.yaml', join(root, 'link.yaml'));
    const r = spawnSync(process.execPath, [BIN, 'lint', '--fix', 'link.yaml'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.stderr).toContain('fixed: link.yaml: GITOPS006 CronWorkflow/big /spec');
    expect(readFileSync(file, 'utf8')).toContain('  suspend: false\n');
    const st = statSync(file);
    expect(st.mode & 0o7777).toBe(0o640);
    if (asRoot) expect([st.uid, st.gid]).toEqual([4321, 4321]);
    expect(lstatSync(join(root, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readdirSync(root).sort()).toEqual(['big.yaml', 'link.yaml']);
  });
});
