/**
 * `--fix` of the legacy singular forms the target version ignores: `synchronization.mutex` /
 * `semaphore` -> `mutexes` / `semaphores` on >= 4.0 (SYNC004, argo-workflows#14189) and
 * `schedule` <-> `schedules` (GITOPS005). Exact splices: every other byte stays, and a move that
 * no exact splice can do (an anchor that an alias reuses) is refused with the file untouched.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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

  it('turns one schedules entry into schedule for a 3.5 target, the comment going with its line', async () => {
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
      `${cron.replace('  schedules: ["0 3 * * *"]\n', '')}  schedule: 0 3 * * *\n`,
    );
    expect(r.code).toBe(0);
  });
});
