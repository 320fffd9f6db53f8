import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type InputError, type LoadedObject, loadInputs, parseText } from '../../src/lint/loader';
import { Locator, nodeOffset, parsePointer, scanOffset } from '../../src/lint/positions';

const FILE = 'multi.yaml';
const TEXT = `# a header comment
apiVersion: v1
kind: ConfigMap
metadata:
  name: first
---
apiVersion: v1
kind: List
items:
- apiVersion: argoproj.io/v1alpha1
  kind: WorkflowTemplate
  metadata:
    name: deep
  spec:
    templates:
    - name: a
      container:
        image: alpine
    - name: "b/c~d"
      script:
        image: python
        source: |
          print(1)
      nodeSelector: {disk: ssd}
`;

function load(file: string, text: string): LoadedObject[] {
  const objects: LoadedObject[] = [];
  const errors: InputError[] = [];
  parseText(file, text, objects, errors);
  expect(errors).toEqual([]);
  return objects;
}

describe('Locator', () => {
  const objects = load(FILE, TEXT);
  const locator = new Locator(new Map([[FILE, Buffer.from(TEXT)]]));
  const at = (i: number, p: string) => locator.locate(objects[i], p);

  it('points at the key of an existing field, deep inside a later document and a List', () => {
    expect(at(0, '/metadata/name')).toEqual({ line: 5, column: 3 });
    expect(at(1, '/spec/templates/1/script/image')).toEqual({ line: 21, column: 9 });
    expect(at(1, '/spec/templates/1/nodeSelector/disk')).toEqual({ line: 24, column: 22 });
  });

  it('points at a sequence item and handles escaped pointer segments', () => {
    expect(at(1, '/spec/templates/0')).toEqual({ line: 16, column: 7 });
    expect(parsePointer('/a~1b/c~0d')).toEqual(['a/b', 'c~d']);
  });

  it('points at the nearest existing ancestor when the path is absent', () => {
    expect(at(1, '/spec/activeDeadlineSeconds')).toEqual({ line: 14, column: 3 });
    expect(at(1, '/spec/templates/0/container/nodeSelector')).toEqual({ line: 17, column: 7 });
  });

  it('points at the object itself for the root path', () => {
    expect(at(0, '')).toEqual({ line: 2, column: 1 });
    expect(at(1, '')).toEqual({ line: 10, column: 3 });
  });

  it('works with CRLF line endings', () => {
    const crlf = TEXT.replace(/\n/g, '\r\n');
    const objs = load('crlf.yaml', crlf);
    const loc = new Locator(new Map([['crlf.yaml', Buffer.from(crlf)]]));
    expect(loc.locate(objs[1], '/spec/templates/1/script/image')).toEqual({ line: 21, column: 9 });
    expect(loc.locate(objs[1], '/spec/activeDeadlineSeconds')).toEqual({ line: 14, column: 3 });
  });

  it('works for JSON files', () => {
    const json = '{\n  "kind": "A",\n  "spec": {\n    "x": 1\n  }\n}\n';
    const objs = load('a.json', json);
    const loc = new Locator(new Map([['a.json', Buffer.from(json)]]));
    expect(loc.locate(objs[0], '/spec/x')).toEqual({ line: 4, column: 5 });
  });
});

describe('scanOffset (the fast path) agrees with the yaml package', () => {
  const EXAMPLES = join(__dirname, '..', 'upstream', 'argo-workflows', 'examples');

  /** Every pointer into a value, plus a missing child under each map. */
  function pointers(v: unknown, prefix: string[] = [], out: string[][] = []): string[][] {
    out.push(prefix);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) pointers(v[i], [...prefix, String(i)], out);
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) pointers(x, [...prefix, k], out);
      out.push([...prefix, 'noSuchField']);
    }
    return out;
  }

  // The examples are vendored: missing ones are a failure, not a skip.
  it('on every node of every upstream example', async () => {
    const { parseDocument } = await import('yaml');
    const loaded = await loadInputs([EXAMPLES]);
    let checked = 0;
    let fast = 0;
    const docs = new Map<string, string>();
    for (const o of loaded.objects) {
      const buf = readFileSync(o.file);
      const slice = loaded.slices.get(o.file)![o.doc];
      const key = `${o.file}#${o.doc}`;
      if (!docs.has(key)) docs.set(key, buf.toString('utf8', slice.start, slice.end));
      const text = docs.get(key)!;
      const doc = parseDocument(text, { uniqueKeys: false });
      // The yaml package is stricter than js-yaml and go-yaml about flow indentation (e.g.
      // ci-output-artifact.yaml); where it errors, its ranges are no reference.
      if (doc.errors.length) continue;
      for (const p of pointers(o.manifest, parsePointer(o.base))) {
        checked++;
        const scanned = scanOffset(text, p);
        if (scanned === null) continue;
        fast++;
        expect(scanned, `${o.file} doc ${o.doc} /${p.join('/')}`).toBe(nodeOffset(doc, p));
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    // The scan must actually carry the load on ordinary Kubernetes YAML.
    expect(fast / checked).toBeGreaterThan(0.85);
  }, 60_000);

  it('declines what it does not understand', () => {
    expect(scanOffset('a: {b: 1}\n', ['a', 'b'])).toBeNull();
    expect(scanOffset('a: &x\n  b: 1\n', ['a', 'b'])).toBeNull();
    expect(scanOffset('a:\n\tb: 1\n', ['a', 'b'])).toBeNull();
    expect(scanOffset('{"a": 1}', ['a'])).toBeNull();
    expect(scanOffset('a:\n  b: 1\n', ['a', 'b'])).toBe(5);
  });
});

describe('scanOffset (properties)', () => {
  it('never throws and stays inside the text', () => {
    const text = fc.stringMatching(/^[a-z:{}[\]\-&*!|>"' #\n\t0-9]{0,200}$/);
    const seg = fc.constantFrom('a', 'b', '0', '1', 'spec', '');
    fc.assert(
      fc.property(text, fc.array(seg, { maxLength: 4 }), (t, segs) => {
        const r = scanOffset(t, segs);
        if (r !== null) {
          expect(r).toBeGreaterThanOrEqual(0);
          expect(r).toBeLessThanOrEqual(t.length);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
