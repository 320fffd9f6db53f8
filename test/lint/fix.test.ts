import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import * as jsYaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { applyFixes, fixYamlDocument } from '../../src/lint/fix';
import type { LintRun } from '../../src/lint/lint-files';
import { loadInputs } from '../../src/lint/loader';
import type { AutofixOp } from '../../src/rules/types';
import { cleanupTempTrees, tempTree } from './helpers';

afterAll(cleanupTempTrees);

const op = (segments: string[], o: AutofixOp) => ({ segments, op: o });

const DOC = `--- # the template
apiVersion: argoproj.io/v1alpha1
kind: WorkflowTemplate
metadata:
  name: t   # keep me
spec:
  # templates first, on purpose
  templates:
  - name: a
    nodeSelector:
      disk: ssd   # fast disks
    container:
      image: "alpine:3"
  entrypoint: a
  flow: {a: 1,   b: 2}
`;

describe('fixYamlDocument', () => {
  it('adds a key under an existing block map without touching any other line', () => {
    const out = fixYamlDocument(DOC, [
      op(['spec', 'templates', '0', 'nodeSelector', 'kubernetes.io/arch'], {
        op: 'add',
        path: '',
        value: 'amd64',
      }),
    ]);
    expect(out).toBe(
      DOC.replace(
        '      disk: ssd   # fast disks\n',
        '      disk: ssd   # fast disks\n      kubernetes.io/arch: amd64\n',
      ),
    );
  });

  it('creates missing parents as one block at the right indentation', () => {
    const out = fixYamlDocument(DOC, [
      op(['spec', 'podGC', 'strategy'], { op: 'add', path: '', value: 'OnPodCompletion' }),
    ]);
    expect(out).toBe(`${DOC}  podGC:\n    strategy: OnPodCompletion\n`);
    const nested = fixYamlDocument(DOC, [
      op(['spec', 'artifactGC'], {
        op: 'add',
        path: '',
        value: { strategy: 'OnWorkflowDeletion', serviceAccountName: 'gc' },
      }),
    ]);
    expect(nested).toBe(
      `${DOC}  artifactGC:\n    strategy: OnWorkflowDeletion\n    serviceAccountName: gc\n`,
    );
  });

  it('replaces a scalar in place, keeping its comment', () => {
    const out = fixYamlDocument(DOC, [op(['metadata', 'name'], { op: 'replace', path: '', value: 'u' })]);
    expect(out).toBe(DOC.replace('  name: t   # keep me', '  name: u   # keep me'));
  });

  it('removes an entry of a flow mapping by editing only its bytes', () => {
    const out = fixYamlDocument(DOC, [op(['spec', 'flow', 'a'], { op: 'remove', path: '' })]);
    expect(out).toBe(DOC.replace('flow: {a: 1,   b: 2}', 'flow: {b: 2}'));
  });

  it('is idempotent: an operation whose value is already there changes nothing', () => {
    const ops = [
      op(['spec', 'podGC', 'strategy'], { op: 'add' as const, path: '', value: 'OnPodCompletion' }),
      op(['spec', 'templates', '0', 'nodeSelector', 'kubernetes.io/arch'], {
        op: 'add' as const,
        path: '',
        value: 'amd64',
      }),
    ];
    const once = fixYamlDocument(DOC, ops);
    expect(once).not.toBe(DOC);
    expect(fixYamlDocument(once, ops)).toBe(once);
  });
});

describe('applyFixes', () => {
  it('rewrites only the documents with fixes, in YAML and JSON files, and a second run changes nothing', async () => {
    const second = 'kind: ConfigMap\nmetadata: {name: untouched}   # odd   spacing kept\n';
    const root = tempTree({
      'm.yaml': `${DOC}---\n${second}`,
      'j.json': '{\n    "kind": "X",\n    "spec": {}\n}\n',
    });
    const loaded = await loadInputs([root], { hashes: true });
    const idx = (kind: string) => loaded.objects.findIndex((o) => o.manifest.kind === kind);
    const finding = (index: number, autofix: AutofixOp[]) => ({
      rule: 'TEST001',
      severity: 'error' as const,
      message: 'm',
      fix: 'f',
      object: { apiVersion: 'v1', kind: loaded.objects[index].manifest.kind!, name: 'n' },
      path: '',
      index,
      autofix,
      file: loaded.objects[index].file,
      line: 1,
      column: 1,
    });
    const run: LintRun = {
      findings: [
        finding(idx('WorkflowTemplate'), [{ op: 'add', path: '/spec/activeDeadlineSeconds', value: 3600 }]),
        finding(idx('X'), [{ op: 'add', path: '/spec/podGC', value: { strategy: 'OnPodSuccess' } }]),
      ],
      errors: [],
      files: loaded.files,
      objects: loaded.objects,
      texts: loaded.texts,
      hashes: loaded.hashes,
    };
    const r = applyFixes(run);
    expect(r.skipped).toEqual([]);
    expect(r.files.map((f) => f.file.replace(`${root}/`, ''))).toEqual(['j.json', 'm.yaml']);
    const yaml = readFileSync(join(root, 'm.yaml'), 'utf8');
    expect(yaml).toBe(`${DOC}  activeDeadlineSeconds: 3600\n---\n${second}`);
    expect(readFileSync(join(root, 'j.json'), 'utf8')).toBe(
      '{\n    "kind": "X",\n    "spec": {"podGC": {"strategy":"OnPodSuccess"}}\n}\n',
    );
    // Same findings again (as if the rule still fired): nothing changes.
    const reloaded = await loadInputs([root], { hashes: true });
    const again = applyFixes({ ...run, objects: reloaded.objects, hashes: reloaded.hashes });
    expect(again.files).toEqual([]);
    expect(readFileSync(join(root, 'm.yaml'), 'utf8')).toBe(yaml);
  });
});

describe('fixYamlDocument (properties)', () => {
  const key = fc.constantFrom('a', 'b', 'spec', 'x.y/z', 'kubernetes.io/arch', 'name');
  const scalar = fc.oneof(
    fc.integer(),
    fc.constantFrom('amd64', 'On Pod Completion', 'yes', '3', '#not-a-comment', ''),
    fc.boolean(),
  );
  const tree = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      scalar,
      fc.dictionary(key, tie('node'), { minKeys: 1, maxKeys: 3 }),
      fc.array(tie('node'), { minLength: 1, maxLength: 2 }),
    ),
  })).node;
  const root = fc.dictionary(key, tree, { minKeys: 1, maxKeys: 4 });

  it('sets exactly the target, keeps everything else, and is idempotent', () => {
    fc.assert(
      fc.property(
        root,
        fc.array(key, { minLength: 1, maxLength: 3 }),
        scalar,
        fc.boolean(),
        (obj, path, value, flow) => {
          const text = jsYaml.dump(obj, { flowLevel: flow ? 2 : -1 });
          // The target path must be settable: every existing prefix must be a map.
          let cur: unknown = obj;
          for (const seg of path.slice(0, -1)) {
            if (cur === undefined) break;
            if (typeof cur !== 'object' || cur === null || Array.isArray(cur)) return; // not settable
            cur = (cur as Record<string, unknown>)[seg];
          }
          if (cur !== undefined && (typeof cur !== 'object' || cur === null || Array.isArray(cur))) return;
          const ops = [op(path, { op: 'add', path: '', value })];
          const once = fixYamlDocument(text, ops);
          const expected = structuredClone(obj) as Record<string, unknown>;
          let node = expected;
          for (const seg of path.slice(0, -1)) {
            node[seg] ??= {};
            node = node[seg] as Record<string, unknown>;
          }
          node[path[path.length - 1]] = value;
          expect(jsYaml.load(once)).toEqual(expected);
          expect(fixYamlDocument(once, ops)).toBe(once);
          // Byte-exact outside the edit: a new key is a pure insertion (every old byte kept, in order).
          const existed = path.reduce<unknown>(
            (n, seg) => (n && typeof n === 'object' ? (n as Record<string, unknown>)[seg] : undefined),
            obj,
          );
          if (existed === undefined) {
            let p = 0;
            while (p < text.length && text[p] === once[p]) p++;
            let q = 0;
            while (q < text.length - p && text[text.length - 1 - q] === once[once.length - 1 - q]) q++;
            expect(p + q).toBe(text.length);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('fixYamlDocument: line endings', () => {
  it('keeps CRLF line endings', () => {
    const crlf = DOC.replace(/\n/g, '\r\n');
    const out = fixYamlDocument(crlf, [
      op(['spec', 'podGC', 'strategy'], { op: 'add', path: '', value: 'OnPodCompletion' }),
    ]);
    expect(out).toBe(`${crlf}  podGC:\r\n    strategy: OnPodCompletion\r\n`);
  });
});
