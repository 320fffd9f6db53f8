import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kustomizePatchFiles } from '../../src/lint/kustomize';
import { cleanupTempTrees, cli, tempTree } from './helpers';

afterAll(cleanupTempTrees);

/** A patch of the workflow controller's Deployment (replicas only), as overlays carry them. */
const CONTROLLER_PATCH =
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: workflow-controller\nspec:\n  replicas: 2\n';
const CRON = `apiVersion: argoproj.io/v1alpha1
kind: CronWorkflow
metadata: {name: nightly, namespace: ci}
spec:
  schedules: ["0 3 * * *"]
  suspend: false
  workflowSpec:
    entrypoint: main
    activeDeadlineSeconds: 600
    podGC: {strategy: OnPodCompletion}
    ttlStrategy: {secondsAfterCompletion: 600}
    nodeSelector: {kubernetes.io/arch: amd64}
    templates:
    - name: main
      container: {image: alpine:3.20}
`;

describe('Kustomize patch fragments', () => {
  it('a controller patch in an overlay is not one application with unrelated CronWorkflows (GITOPS007)', async () => {
    const files = {
      'overlays/prod/kustomization.yaml':
        'resources: [../../base]\npatches:\n  - path: controller-patch.yaml\npatchesStrategicMerge: [more.yaml]\n',
      'overlays/prod/controller-patch.yaml': CONTROLLER_PATCH,
      'pipelines/nightly.yaml': CRON,
    };
    const root = tempTree(files);
    const r = await cli(['lint', root]);
    expect(r.stdout).not.toContain('GITOPS007');
    expect(r.code).toBe(0);
    // The same Deployment as a real object (no kustomization lists it) is still checked.
    const plain = tempTree({ 'ops/controller.yaml': CONTROLLER_PATCH, 'pipelines/nightly.yaml': CRON });
    expect((await cli(['lint', plain])).stdout).toContain('GITOPS007');
  });
  it('reads patches, patchesStrategicMerge and patchesJson6902', () => {
    const root = tempTree({
      'k/kustomization.yaml':
        'patches: [{path: a.yaml}, {patch: "inline"}]\npatchesStrategicMerge: [b.yaml]\npatchesJson6902: [{path: c.yaml}]\n',
      'k/a.yaml': '',
    });
    expect([...kustomizePatchFiles([join(root, 'k', 'a.yaml')])].sort()).toEqual(
      ['a.yaml', 'b.yaml', 'c.yaml'].map((f) => join(root, 'k', f)),
    );
  });
});
