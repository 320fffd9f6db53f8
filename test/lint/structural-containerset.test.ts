/**
 * STR009 through `argo-guard lint`: each finding at the file:line:col of the value it names, as
 * `argo lint --offline` v4.0.5 reports the same mistakes (docs/rules/STR009.md).
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempTrees, cli, tempTree } from './helpers';

afterAll(cleanupTempTrees);

const YAML = `apiVersion: argoproj.io/v1alpha1
kind: WorkflowTemplate
metadata:
  name: set
spec:
  entrypoint: main
  volumes:
  - {name: w, emptyDir: {}}
  templates:
  - name: main
    outputs:
      parameters:
      - {name: p, valueFrom: {path: /tmp/p}}
    containerSet:
      volumeMounts:
      - {name: w, mountPath: /work}
      - {name: w, mountPath: /work}
      containers:
      - name: a
        image: alpine:3.20
        dependencies: [b]
      - name: b
        image: alpine:3.20
        dependencies: [a, c]
  - name: copy
    inputs:
      artifacts:
      - name: src
        path: /work
    container:
      image: alpine:3.20
      volumeMounts:
      - {name: w, mountPath: /work}
`;

describe('STR009 in argo-guard lint', () => {
  it('reports each mistake at its line and column, and exits 1', async () => {
    const root = tempTree({ 'set.yaml': YAML });
    const file = join(root, 'set.yaml');
    const r = await cli(['lint', '--preset', 'argo', '--argo-version', '4.0', file]);
    const lines = r.stdout
      .split('\n')
      .filter((l) => l.includes(' STR009 '))
      .map((l) => l.slice(file.length + 1, l.indexOf(' STR009 ')));
    expect(lines).toEqual([
      '17:19: error', // containerSet.volumeMounts[1].mountPath (a flow map: at its key)
      '18:7: error', // containers: no "main" for the output parameter
      '24:9: error', // the cycle b->a->b, at the dependencies of b
      '24:27: error', // dependency "c" is not a container
      '29:9: error', // inputs.artifacts[0].path where a volume is mounted
    ]);
    expect(r.stdout).toContain('dependency cycle b->a->b');
    expect(r.code).toBe(1);
  });
});
