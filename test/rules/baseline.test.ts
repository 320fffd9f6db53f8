import { describe, expect, it } from 'vitest';
import { lintManifests } from '../../src/rules';
import { cron, forTarget, hookWf, safeSpec, v, wt } from './helpers';

describe('the passing baseline fixtures', () => {
  it('a safe WorkflowTemplate has no findings on any supported target', () => {
    for (const version of ['3.6', '3.7', '4.0', '4.1.2']) {
      expect(lintManifests([wt('ok', forTarget(version, safeSpec()))], { argoVersion: v(version) })).toEqual(
        [],
      );
    }
  });
  it('a safe hook Workflow and a safe CronWorkflow have no findings', () => {
    expect(lintManifests([hookWf(safeSpec()), cron(safeSpec())])).toEqual([]);
  });
});
