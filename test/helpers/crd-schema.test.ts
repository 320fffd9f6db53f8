import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { crdErrors } from './crd-schema';

const EXAMPLES = resolve(__dirname, '../upstream/argo-workflows/examples');
// These two write `mode: 0755`, an octal number in YAML 1.1 (Go) but decimal 755 in YAML 1.2
// (js-yaml), which then exceeds the schema's maximum of 511: a parser difference, not a schema one.
const YAML11_OCTAL = new Set(['arguments-artifacts.yaml', 'input-artifact-http.yaml']);
const KINDS = new Set(['Workflow', 'WorkflowTemplate', 'ClusterWorkflowTemplate', 'CronWorkflow']);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.yaml') ? [p] : [];
  });
}

describe('crd-schema helper', () => {
  it('accepts the upstream examples', () => {
    const failures: string[] = [];
    let checked = 0;
    for (const file of walk(EXAMPLES)) {
      if (YAML11_OCTAL.has(file.split('/').pop()!)) continue;
      for (const doc of loadAll(readFileSync(file, 'utf8'), undefined, { json: true }) as any[]) {
        if (!doc || !KINDS.has(doc.kind)) continue;
        checked++;
        const errors = crdErrors(doc);
        if (errors.length) failures.push(`${file}: ${errors.join('; ')}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(failures).toEqual([]);
  }, 120_000);

  it('rejects a typo in a field name', () => {
    const wf = {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Workflow',
      metadata: { name: 'x' },
      spec: {
        entrypoint: 'a',
        podGc: { strategy: 'OnPodSuccess' },
        templates: [{ name: 'a', container: { image: 'b' } }],
      },
    };
    expect(crdErrors(wf).join()).toMatch(/podGc/);
    const fixed = { ...wf, spec: { ...wf.spec, podGc: undefined, podGC: { strategy: 'OnPodSuccess' } } };
    delete (fixed.spec as any).podGc;
    expect(crdErrors(fixed)).toEqual([]);
  });

  it('rejects a bad enum value and a wrong type', () => {
    const wf = {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Workflow',
      metadata: { name: 'x' },
      spec: { activeDeadlineSeconds: 'soon', artifactGC: { strategy: 'Sometimes' } },
    };
    const errors = crdErrors(wf).join('\n');
    expect(errors).toMatch(/activeDeadlineSeconds/);
    expect(errors).toMatch(/artifactGC\/strategy/);
  });
});
