/**
 * `--fix` of the legacy singular forms the target version ignores: `synchronization.mutex` /
 * `semaphore` -> `mutexes` / `semaphores` on >= 4.0 (SYNC004, argo-workflows#14189) and
 * `schedule` <-> `schedules` (GITOPS005). Exact splices: every other byte stays, and a move that
 * no exact splice can do (an anchor that an alias reuses) is refused with the file untouched.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixYamlDocument } from '../../src/lint/fix';
import { cleanupTempTrees, cli, tempTree } from './helpers';

afterAll(cleanupTempTrees);

const GUARDED = `  activeDeadlineSeconds: 600
  podGC: {strategy: OnPodCompletion}
  ttlStrategy: {secondsAfterCompletion: 60}
  nodeSelector: {kubernetes.io/arch: amd64}
`;

const LOCKS = `apiVersion: argoproj.io/v1alpha1
kind: WorkflowTemplate
metadata:
  name: locked   # keep this comment
spec:
  entrypoint: main
${GUARDED}  synchronization:
    mutex:
      name: deploy
  templates:
  - name: main
    synchronization:
      semaphore:
        configMapKeyRef: {name: limits, key: main}
      semaphores:
      - configMapKeyRef: {name: limits, key: other}   # the other limit
    container:
      image: alpine:3.20
      command: [echo, hi]
`;

describe('--fix: legacy singular forms', () => {
  it('moves mutex and semaphore into their plural lists on a 4.0 target, byte-exact elsewhere', async () => {
    const root = tempTree({ 'wf.yaml': LOCKS });
    const file = join(root, 'wf.yaml');
    const r = await cli(['lint', '--fix', '--argo-version', '4.0', file]);
    expect(r.stderr).toContain(
      `fixed: ${file}: SYNC004 WorkflowTemplate/locked /spec/synchronization/mutex\n`,
    );
    expect(r.stderr).toContain(
      `fixed: ${file}: SYNC004 WorkflowTemplate/locked /spec/templates/0/synchronization/semaphore\n`,
    );
    expect(readFileSync(file, 'utf8')).toBe(
      LOCKS.replace('    mutex:\n      name: deploy\n', '    mutexes:\n    - name: deploy\n')
        .replace('      semaphore:\n        configMapKeyRef: {name: limits, key: main}\n', '')
        .replace(
          '   # the other limit\n',
          '   # the other limit\n      - configMapKeyRef:\n          name: limits\n          key: main\n',
        ),
    );
    expect(r.code).toBe(0);
    // Nothing left to do: a second run changes nothing.
    const fixed = readFileSync(file, 'utf8');
    const again = await cli(['lint', '--fix', '--argo-version', '4.0', file]);
    expect(again.stderr).toContain('0 finding(s) fixed');
    expect(readFileSync(file, 'utf8')).toBe(fixed);
  });

  it('leaves the singular forms alone for a target that still reads them (3.7)', async () => {
    const root = tempTree({ 'wf.yaml': LOCKS });
    const file = join(root, 'wf.yaml');
    const r = await cli(['lint', '--fix', '--argo-version', '3.7', file]);
    expect(r.stderr).not.toContain('SYNC004');
    expect(readFileSync(file, 'utf8')).toBe(LOCKS);
  });

  it('refuses a move through an anchor that an alias reuses, and leaves the file untouched', async () => {
    const text = LOCKS.replace('    mutex:\n', '    mutex: &lock\n').replace(
      '      semaphore:\n        configMapKeyRef: {name: limits, key: main}\n',
      '      mutexes:\n      - *lock\n',
    );
    const root = tempTree({ 'wf.yaml': text });
    const file = join(root, 'wf.yaml');
    const r = await cli(['lint', '--fix', '--argo-version', '4.0', file]);
    expect(r.stderr).toContain(
      `not fixed: ${file}: SYNC004 WorkflowTemplate/locked /spec/synchronization/mutex: the path goes through an anchor that aliases reuse\n`,
    );
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(r.code).toBe(1);
  });

  it('turns one schedules entry into schedule in place for a 3.5 target, its quoting kept', async () => {
    const cron = `apiVersion: argoproj.io/v1alpha1
kind: CronWorkflow
metadata:
  name: nightly   # the nightly run
spec:
  schedules: ["0 3 * * *"]
  suspend: false
  workflowSpec:
    entrypoint: main
${GUARDED.replace(/^ {2}/gm, '    ')}    templates:
    - name: main
      container: {image: alpine:3.20}
`;
    const root = tempTree({ 'cron.yaml': cron });
    const file = join(root, 'cron.yaml');
    const r = await cli(['lint', '--fix', '--argo-version', '3.5', file]);
    expect(r.stderr).toContain(`fixed: ${file}: GITOPS005 CronWorkflow/nightly /spec/schedules\n`);
    expect(readFileSync(file, 'utf8')).toBe(
      cron.replace('  schedules: ["0 3 * * *"]\n', '  schedule: "0 3 * * *"\n'),
    );
    expect(r.code).toBe(0);
  });

  it('unwraps a one-item schedules list with its comment, flow or block', () => {
    const move = [
      { segments: ['spec', 'schedules'], op: { op: 'remove' as const, path: '' } },
      { segments: ['spec', 'schedule'], op: { op: 'add' as const, path: '', value: '0 3 * * *' } },
    ];
    expect(fixYamlDocument('spec:\n  schedules: ["0 3 * * *"]   # nightly\n  x: 1\n', move)).toBe(
      'spec:\n  schedule: "0 3 * * *"   # nightly\n  x: 1\n',
    );
    expect(fixYamlDocument("spec:\n  schedules:\n  - '0 3 * * *'   # nightly\n  x: 1\n", move)).toBe(
      "spec:\n  schedule: '0 3 * * *'   # nightly\n  x: 1\n",
    );
    // A comment between the key and the item has no place on one line: refused, not dropped.
    expect(() => fixYamlDocument('spec:\n  schedules: # nightly\n  - 0 3 * * *\n  x: 1\n', move)).toThrow(
      'moving it would drop a comment',
    );
  });

  it('keeps the comments on and inside a moved mutex / semaphore (the key is renamed, the value stays), atomically and once', async () => {
    const text = LOCKS.replace(
      '    mutex:\n      name: deploy\n',
      '    mutex: # one deploy at a time\n      # shared with the release pipeline\n      name: deploy   # the lock\n',
    ).replace(
      '      semaphore:\n        configMapKeyRef: {name: limits, key: main}\n      semaphores:\n      - configMapKeyRef: {name: limits, key: other}   # the other limit\n',
      '      semaphore:   # per template\n        configMapKeyRef: {name: limits, key: main}   # from the limits map\n',
    );
    const root = tempTree({ 'wf.yaml': text });
    const file = join(root, 'wf.yaml');
    const inode = statSync(file).ino;
    const r = await cli(['lint', '--fix', '--argo-version', '4.0', file]);
    expect(r.stderr).toContain(
      `fixed: ${file}: SYNC004 WorkflowTemplate/locked /spec/synchronization/mutex\n`,
    );
    expect(r.stderr).toContain(
      `fixed: ${file}: SYNC004 WorkflowTemplate/locked /spec/templates/0/synchronization/semaphore\n`,
    );
    expect(readFileSync(file, 'utf8')).toBe(
      text
        .replace(
          '    mutex: # one deploy at a time\n      # shared with the release pipeline\n      name: deploy   # the lock\n',
          '    mutexes: # one deploy at a time\n      # shared with the release pipeline\n    - name: deploy   # the lock\n',
        )
        .replace(
          '      semaphore:   # per template\n        configMapKeyRef:',
          '      semaphores:   # per template\n      - configMapKeyRef:',
        ),
    );
    expect(r.code).toBe(0);
    // Written to a temporary file and renamed over the original (a new inode), none left behind.
    expect(statSync(file).ino).not.toBe(inode);
    expect(readdirSync(root)).toEqual(['wf.yaml']);
    const fixed = readFileSync(file, 'utf8');
    const again = await cli(['lint', '--fix', '--argo-version', '4.0', file]);
    expect(again.stderr).toContain('0 finding(s) fixed');
    expect(readFileSync(file, 'utf8')).toBe(fixed);
  });

  it('keeps the comment of a moved schedule, in a file whose lists are indented under their key', async () => {
    const cron = `apiVersion: argoproj.io/v1alpha1
kind: CronWorkflow
metadata:
  name: nightly
spec:
  schedule: "0 3 * * *"   # 03:00, after the backup
  suspend: false
  workflowSpec:
    entrypoint: main
${GUARDED.replace(/^ {2}/gm, '    ')}    templates:
      - name: main
        container: {image: alpine:3.20}
`;
    const root = tempTree({ 'cron.yaml': cron });
    const file = join(root, 'cron.yaml');
    const r = await cli(['lint', '--fix', '--argo-version', '4.0', file]);
    expect(r.stderr).toContain(`fixed: ${file}: GITOPS005 CronWorkflow/nightly /spec/schedule\n`);
    expect(readFileSync(file, 'utf8')).toBe(
      cron.replace('  schedule: "0 3 * * *"   #', '  schedules: ["0 3 * * *"]   #'),
    );
    const again = await cli(['lint', '--fix', '--argo-version', '4.0', file]);
    expect(again.stderr).toContain('0 finding(s) fixed');
  });

  it('wraps a block value two deeper when the lists are indented, and quotes a plain scalar with a comma', () => {
    const doc =
      'spec:\n  sync:\n    mutex: # c1\n      # c2\n      name: a   # c3\n      note: |\n        two\n        lines\n  list:\n    - x\n';
    const move = (from: string, to: string, value: unknown) => [
      { segments: ['spec', 'sync', from], op: { op: 'remove' as const, path: '' } },
      { segments: ['spec', 'sync', to], op: { op: 'add' as const, path: '', value } },
    ];
    expect(fixYamlDocument(doc, move('mutex', 'mutexes', [{ name: 'a', note: 'two\nlines\n' }]))).toBe(
      'spec:\n  sync:\n    mutexes: # c1\n      # c2\n      - name: a   # c3\n        note: |\n          two\n          lines\n  list:\n    - x\n',
    );
    const cron = 'spec:\n  sync:\n    schedule: 0 1,13 * * *   # twice a day\n    x: 1\n';
    expect(fixYamlDocument(cron, move('schedule', 'schedules', ['0 1,13 * * *']))).toBe(
      'spec:\n  sync:\n    schedules: ["0 1,13 * * *"]   # twice a day\n    x: 1\n',
    );
  });

  it('refuses a move into an existing list that would drop a comment, and leaves the file untouched', async () => {
    const text = LOCKS.replace(
      '        configMapKeyRef: {name: limits, key: main}\n',
      '        configMapKeyRef: {name: limits, key: main}   # from the limits map\n',
    );
    const root = tempTree({ 'wf.yaml': text });
    const file = join(root, 'wf.yaml');
    const r = await cli(['lint', '--fix', '--argo-version', '4.0', file]);
    expect(r.stderr).toContain(
      `not fixed: ${file}: SYNC004 WorkflowTemplate/locked /spec/templates/0/synchronization/semaphore: moving it would drop a comment inside it; move it by hand\n`,
    );
    // The other finding of the file is still fixed.
    expect(r.stderr).toContain(
      `fixed: ${file}: SYNC004 WorkflowTemplate/locked /spec/synchronization/mutex\n`,
    );
    expect(readFileSync(file, 'utf8')).toContain('# from the limits map');
  });

  it('an edit that is no move (the value changes: name -> generateName) is done as before, not refused', () => {
    const doc = 'metadata:\n  name: run   # fixed\n  labels: {a: b}\n';
    expect(
      fixYamlDocument(doc, [
        { segments: ['metadata', 'name'], op: { op: 'remove', path: '' } },
        { segments: ['metadata', 'generateName'], op: { op: 'add', path: '', value: 'run-' } },
      ]),
    ).toBe('metadata:\n  labels: {a: b}\n  generateName: run-\n');
  });

  it('renames an unknown key with one near miss in place, its comments kept (STR001)', () => {
    const doc = 'spec:\n  entrypoints: main   # the first template\n  templates: []\n';
    expect(
      fixYamlDocument(doc, [
        { segments: ['spec', 'entrypoint'], op: { op: 'add', path: '', value: 'main' } },
        { segments: ['spec', 'entrypoints'], op: { op: 'remove', path: '' } },
      ]),
    ).toBe('spec:\n  entrypoint: main   # the first template\n  templates: []\n');
  });
});
