import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors';
import { loadControllerConfig, parseControllerConfig } from '../../src/lint/controller-config';
import { cleanupTempTrees, tempTree } from './helpers';

afterAll(cleanupTempTrees);

describe('--controller-config', () => {
  it('reads workflowDefaults, instanceID, parallelism, namespaceParallelism and persistence.nodeStatusOffLoad from data', () => {
    const root = tempTree({
      'cm.yaml': `# from kubectl get cm -o yaml
apiVersion: v1
kind: ConfigMap
metadata: {name: workflow-controller-configmap, namespace: argo}
data:
  instanceID: team-a
  parallelism: "20"
  namespaceParallelism: "5"
  persistence: |
    connectionPool:
      maxIdleConns: 100
    nodeStatusOffLoad: true
  workflowDefaults: |
    metadata:
      labels: {team: a}
    spec:
      activeDeadlineSeconds: 3600
      podGC: {strategy: OnPodCompletion}
`,
    });
    expect(loadControllerConfig(join(root, 'cm.yaml'))).toEqual({
      instanceID: 'team-a',
      parallelism: 20,
      namespaceParallelism: 5,
      nodeStatusOffload: true,
      workflowDefaults: {
        metadata: { labels: { team: 'a' } },
        spec: { activeDeadlineSeconds: 3600, podGC: { strategy: 'OnPodCompletion' } },
      },
    });
  });

  it('reads the legacy single `config` key', () => {
    const cfg = parseControllerConfig({
      kind: 'ConfigMap',
      data: {
        config: 'instanceID: x\nparallelism: 3\nworkflowDefaults:\n  spec: {activeDeadlineSeconds: 60}\n',
      },
    });
    expect(cfg).toEqual({
      instanceID: 'x',
      parallelism: 3,
      workflowDefaults: { spec: { activeDeadlineSeconds: 60 } },
    });
  });

  it('an empty ConfigMap gives an empty config', () => {
    expect(
      parseControllerConfig({ kind: 'ConfigMap', metadata: { name: 'workflow-controller-configmap' } }),
    ).toEqual({});
  });

  it('bad input is a UserError naming the file and the key', () => {
    const root = tempTree({
      'notcm.yaml': 'kind: Secret\n',
      'badpar.yaml': 'kind: ConfigMap\ndata:\n  parallelism: lots\n',
      'badyaml.yaml': 'kind: ConfigMap\ndata:\n  workflowDefaults: "spec: [\\n"\n',
      'broken.yaml': 'kind: [\n',
    });
    const msg = (f: string) => {
      try {
        loadControllerConfig(join(root, f));
      } catch (err) {
        expect(err).toBeInstanceOf(UserError);
        return (err as Error).message;
      }
      throw new Error('no error');
    };
    expect(msg('notcm.yaml')).toMatch(/notcm\.yaml: no ConfigMap/);
    expect(msg('badpar.yaml')).toMatch(/badpar\.yaml: data\.parallelism is "lots", not a whole number/);
    expect(msg('badyaml.yaml')).toMatch(/badyaml\.yaml: data\.workflowDefaults is not valid YAML/);
    expect(msg('broken.yaml')).toMatch(/broken\.yaml:2:1: invalid YAML/);
    expect(msg('missing.yaml')).toMatch(/--controller-config .*missing\.yaml/);
  });
});
