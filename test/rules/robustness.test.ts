import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { type Finding, lintManifests, type Manifest } from '../../src/rules';
import { safeSpec, v } from './helpers';

const KINDS = [
  'Workflow',
  'WorkflowTemplate',
  'ClusterWorkflowTemplate',
  'CronWorkflow',
  'Deployment',
  'ConfigMap',
];
const options = [
  {},
  { argoVersion: v('3.5'), watcher: true, taintedArchitectures: ['arm64'] },
  {
    platforms: {
      lookup: (i: string) =>
        i.length % 2 ? { digest: 'd', platforms: ['linux/amd64', 'bogus'] } : undefined,
    },
    controllerConfig: { workflowDefaults: { spec: { nodeSelector: 'garbage' } } as any },
  },
];

function noInternal(ms: unknown[]) {
  for (const o of options) {
    const f = lintManifests(ms as Manifest[], o as any);
    const internal = f.filter((x) => x.rule === 'INTERNAL001');
    expect(internal, internal.map((x) => x.message).join('\n')).toEqual([]);
  }
}

/** Resolves an RFC 6901 pointer; undefined when a step is missing. */
function resolve(doc: unknown, pointer: string): unknown {
  if (pointer === '') return doc;
  let cur: any = doc;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (cur === null || typeof cur !== 'object' || !(key in cur)) return undefined;
    cur = cur[key];
  }
  return cur;
}

/** One-line messages, one-sentence fixes, and paths that point at something that exists. */
function expectWellFormed(ms: Manifest[], findings: Finding[]) {
  for (const f of findings) {
    const where = `${f.rule} ${f.object.name} ${f.path}`;
    expect(f.message, where).not.toMatch(/\n/);
    expect(f.message.length, where).toBeGreaterThan(10);
    expect(f.fix, where).toMatch(/^[^\n]+\.$/);
    expect(f.path === '' || f.path.startsWith('/'), where).toBe(true);
    expect(resolve(ms[f.index], f.path), where).not.toBeUndefined();
  }
}

describe('robustness', () => {
  it('never throws or crashes a rule on arbitrary JSON under Workflow-like kinds', () => {
    const anyJson = fc.jsonValue({ maxDepth: 6 });
    const manifest = fc.record({
      kind: fc.constantFrom(...KINDS),
      metadata: fc.oneof(anyJson, fc.record({ name: fc.oneof(fc.string(), anyJson), annotations: anyJson })),
      spec: fc.oneof(
        anyJson,
        fc.record({ templates: anyJson, workflowTemplateRef: anyJson, synchronization: anyJson }),
      ),
    });
    fc.assert(
      fc.property(fc.array(fc.oneof(manifest, anyJson), { maxLength: 5 }), (ms) => noInternal(ms)),
      { numRuns: 300 },
    );
  });

  it('survives structured garbage in every field rules read', () => {
    const garbage = [null, 1, 'x', [], [null, 'y', 3], { a: null }, true];
    const fields = [
      'templates',
      'entrypoint',
      'onExit',
      'hooks',
      'artifactGC',
      'nodeSelector',
      'affinity',
      'tolerations',
      'synchronization',
      'retryStrategy',
      'templateDefaults',
      'workflowTemplateRef',
      'activeDeadlineSeconds',
      'podPriority',
    ];
    const ms: unknown[] = [];
    for (const g of garbage) {
      for (const field of fields) {
        ms.push({ kind: 'WorkflowTemplate', metadata: { name: 'g' }, spec: { ...safeSpec(), [field]: g } });
        const s = safeSpec();
        (s.templates as any)[0] = {
          name: 'main',
          dag: { tasks: [g, { name: 'a', [field]: g, depends: g, dependencies: g }] },
        };
        (s.templates as any)[1] = {
          name: 'step',
          steps: [g, [g]],
          container: g,
          [field]: g,
          outputs: { artifacts: [g] },
        };
        ms.push({ kind: 'Workflow', metadata: { generateName: g, annotations: g }, spec: s });
        ms.push({
          kind: 'CronWorkflow',
          metadata: g,
          spec: { workflowSpec: s, schedule: g, schedules: g, suspend: g },
        });
      }
    }
    noInternal(ms);
  });

  it('lints every upstream Argo example without an internal error or a structural false positive', () => {
    const root = join(__dirname, '..', 'upstream', 'argo-workflows', 'examples');
    const files: string[] = [];
    const walk = (d: string) => {
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.ya?ml$/.test(f)) files.push(p);
      }
    };
    walk(root);
    const ms: Manifest[] = [];
    for (const f of files) {
      try {
        for (const d of loadAll(readFileSync(f, 'utf8')))
          if (d && typeof d === 'object') ms.push(d as Manifest);
      } catch {
        // a few upstream files are templates, not YAML
      }
    }
    expect(ms.length).toBeGreaterThan(150);
    const f = lintManifests(ms);
    expect(f.filter((x) => x.rule === 'INTERNAL001')).toEqual([]);
    // The upstream examples are valid workflows: no structural finding may fire on them.
    expect(f.filter((x) => x.rule.startsWith('DAG') || x.rule.startsWith('SYNC'))).toEqual([]);
    expectWellFormed(ms, f);
  });

  it('findings on the rule fixtures are well formed too', () => {
    const docs = join(__dirname, '..', '..', 'docs', 'rules');
    for (const page of readdirSync(docs)) {
      const md = readFileSync(join(docs, page), 'utf8');
      for (const m of md.matchAll(/```yaml\n([\s\S]*?)```/g)) {
        const ms = (loadAll(m[1]) as unknown[]).filter((d): d is Manifest => !!d && typeof d === 'object');
        for (const o of options) expectWellFormed(ms, lintManifests(ms, o as any));
      }
    }
  });
});
