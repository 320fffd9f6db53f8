import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  expandedSize,
  type InputError,
  type LoadedObject,
  loadInputs,
  parseText,
  splitDocuments,
} from '../../src/lint/loader';
import { cleanupTempTrees, tempTree } from './helpers';

afterAll(cleanupTempTrees);

function parse(file: string, text: string) {
  const objects: LoadedObject[] = [];
  const errors: InputError[] = [];
  parseText(file, text, objects, errors);
  return { objects, errors };
}

const BILLION_LAUGHS = `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
kind: ConfigMap
`;

describe('splitDocuments', () => {
  it('splits at --- lines only (not inside a line, not ---x)', () => {
    const t = 'a: 1\n---\nb: "---"\n--- # c\nc: 3\n----\n';
    const s = splitDocuments(t);
    expect(s.map(({ start, end }) => t.slice(start, end))).toEqual([
      'a: 1\n',
      '---\nb: "---"\n',
      '--- # c\nc: 3\n----\n',
    ]);
  });
});

describe('parseText', () => {
  it('reads every document of a multi-document file, skips empty ones, expands Lists', () => {
    const { objects, errors } = parse(
      'm.yaml',
      `---
# only a comment
---
kind: ConfigMap
metadata: {name: a}
---
---
apiVersion: v1
kind: List
items:
- kind: Secret
  apiVersion: v1
  metadata: {name: s}
  data: {k: dmFsdWU=}
- kind: Foo
  apiVersion: example.com/v1
  metadata: {name: f}
---
just: a map without kind
`,
    );
    expect(errors).toEqual([]);
    expect(objects.map((o) => [o.manifest.kind, o.doc, o.base])).toEqual([
      ['ConfigMap', 1, ''],
      ['Secret', 3, '/items/0'],
      ['Foo', 3, '/items/1'],
    ]);
    // Secret payloads are not kept (no rule reads them).
    expect(objects[1].manifest.data).toBeUndefined();
  });

  it('keeps dates as strings and honours merge keys, like Kubernetes', () => {
    const { objects } = parse('d.yaml', 'base: &b {x: 1}\nkind: X\nwhen: 2024-01-01\nm:\n  <<: *b\n  z: 2\n');
    expect(objects[0].manifest.when).toBe('2024-01-01');
    expect(objects[0].manifest.m).toEqual({ x: 1, z: 2 });
  });

  it('reads YAML 1.1 booleans and octals as kubectl does (go-yaml v2)', () => {
    const { objects, errors } = parse(
      'b.yaml',
      'kind: X\na: yes\nb: On\nc: n\nd: OFF\ne: "yes"\nf: 012\ng: 0o12\nh: 12\ni: 0\nj: -017\nk: 09\n',
    );
    expect(errors).toEqual([]);
    expect(objects[0].manifest).toEqual({
      kind: 'X',
      a: true,
      b: true,
      c: false,
      d: false,
      e: 'yes',
      f: 10,
      g: 10,
      h: 12,
      i: 0,
      j: -15,
      k: 9,
    });
  });

  it('accepts the YAML 1.1 tags !!binary, !!timestamp, !!set, !!omap', () => {
    const { objects, errors } = parse(
      't.yaml',
      'kind: X\nbin: !!binary aGVsbG8=\nts: !!timestamp 2024-01-01T00:00:00Z\nset: !!set {a, b}\nomap: !!omap [a: 1, b: 2]\n',
    );
    expect(errors).toEqual([]);
    expect(objects[0].manifest).toEqual({
      kind: 'X',
      bin: 'aGVsbG8=',
      ts: '2024-01-01T00:00:00Z',
      set: { a: null, b: null },
      omap: [{ a: 1 }, { b: 2 }],
    });
  });

  it('reports invalid UTF-8 at file:line:column, not linting that document, still reading the others', () => {
    const latin1 = Buffer.concat([
      Buffer.from('kind: A\n---\n# Jos'),
      Buffer.from([0xe9]),
      Buffer.from('\nkind: B\n---\nkind: C\n'),
    ]);
    const objects: LoadedObject[] = [];
    const errors: InputError[] = [];
    parseText('l.yaml', latin1, objects, errors);
    expect(objects.map((o) => o.manifest.kind)).toEqual(['A', 'C']);
    expect(errors).toEqual([
      {
        file: 'l.yaml',
        line: 3,
        column: 6,
        message: expect.stringMatching(/^invalid UTF-8 \(byte 0xE9\); kubectl rejects it/),
      },
    ]);
    const json: InputError[] = [];
    parseText(
      'l.json',
      Buffer.concat([Buffer.from('{"kind": "'), Buffer.from([0xff]), Buffer.from('"}')]),
      [],
      json,
    );
    expect(json).toEqual([
      expect.objectContaining({
        line: 1,
        column: 11,
        message: expect.stringMatching(/invalid UTF-8 \(byte 0xFF\)/),
      }),
    ]);
  });

  it('refuses JSON nested deeper than the limit before parsing it, naming file:line:column', () => {
    const deep = `{"kind": "X", "a": ${'['.repeat(1000)}${']'.repeat(1000)}}`;
    const errors: InputError[] = [];
    parseText('deep.json', `\n${deep}`, [], errors);
    expect(errors).toEqual([
      { file: 'deep.json', line: 2, column: 119, message: 'JSON nested deeper than 100 levels; not linted' },
    ]);
    // Brackets inside strings do not count.
    const ok = parse('s.json', `{"kind": "X", "s": "${'['.repeat(500)}"}`);
    expect(ok.errors).toEqual([]);
    expect(ok.objects).toHaveLength(1);
  });

  it('reports a malformed document with file:line:column and still reads the others', () => {
    const { objects, errors } = parse('bad.yaml', 'kind: A\n---\nkind: B\nspec: {a: [1, 2}\n---\nkind: C\n');
    expect(objects.map((o) => o.manifest.kind)).toEqual(['A', 'C']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'bad.yaml', line: 4 });
    expect(errors[0].message).toMatch(/^invalid YAML: /);
  });

  it('reports duplicate keys at the duplicate', () => {
    const { objects, errors } = parse('dup.yaml', 'kind: A\nmetadata:\n  name: x\n  name: y\n');
    expect(objects).toEqual([]);
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'dup.yaml',
        line: 4,
        message: expect.stringMatching(/duplicated mapping key/),
      }),
    ]);
  });

  it('rejects a billion-laughs document without expanding it', () => {
    // The loader counts the expanded size up to a cap; one that walked the whole expansion
    // (9^9 nodes) would not finish, so this error proves the bound.
    const { objects, errors } = parse('bomb.yaml', `${BILLION_LAUGHS}---\nkind: Fine\n`);
    expect(objects.map((o) => o.manifest.kind)).toEqual(['Fine']);
    expect(errors).toEqual([
      expect.objectContaining({ file: 'bomb.yaml', line: 1, message: expect.stringMatching(/alias bomb/) }),
    ]);
  });

  it('accepts ordinary anchors and aliases', () => {
    const { objects, errors } = parse('ok.yaml', 'kind: X\nx: &img alpine\ny: *img\nz: [*img, *img]\n');
    expect(errors).toEqual([]);
    expect(objects[0].manifest.z).toEqual(['alpine', 'alpine']);
  });

  it('counts expanded size with memoisation', () => {
    const leaf = [1, 2, 3];
    const mid = [leaf, leaf, leaf];
    expect(expandedSize({ a: mid, b: mid }, 1e9)).toBe(1 + 2 * (1 + 3 * 4));
  });

  it('reports deep nesting as an error, not a crash', () => {
    const deep = `kind: X\nv: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`;
    const { errors } = parse('deep.yaml', deep);
    expect(errors).toEqual([
      expect.objectContaining({ file: 'deep.yaml', message: expect.stringMatching(/invalid YAML/) }),
    ]);
  });

  it('reads JSON (an object, a List, an array) and reports JSON syntax errors with line:column', () => {
    expect(parse('a.json', '{"kind":"ConfigMap","metadata":{"name":"x"}}').objects).toHaveLength(1);
    expect(
      parse('l.json', '{"kind":"List","items":[{"kind":"A"},{"kind":"B"}]}').objects.map((o) => o.base),
    ).toEqual(['/items/0', '/items/1']);
    expect(parse('arr.json', '[{"kind":"A"},{"kind":"B"}]').objects.map((o) => o.base)).toEqual(['/0', '/1']);
    const { errors } = parse('b.json', '{\n  "kind": "A",\n  oops\n}\n');
    expect(errors).toEqual([expect.objectContaining({ file: 'b.json', line: 3, column: 3 })]);
  });
});

describe('loadInputs', () => {
  it('walks directories recursively (.yaml .yml .json only), skips .git and node_modules, reads named files of any extension', async () => {
    const root = tempTree({
      'a.yaml': 'kind: A\n',
      'sub/b.yml': 'kind: B\n',
      'sub/deeper/c.json': '{"kind":"C"}',
      'sub/readme.md': 'kind: NotMe\n',
      '.git/x.yaml': 'kind: NotMe\n',
      'node_modules/y.yaml': 'kind: NotMe\n',
      'other.txt': 'kind: Named\n',
    });
    const r = await loadInputs([root, join(root, 'other.txt')]);
    expect(r.errors).toEqual([]);
    expect(r.objects.map((o) => o.manifest.kind)).toEqual(['A', 'B', 'C', 'Named']);
  });

  it('reports missing paths, binary files and files over the size limit, and reads the rest', async () => {
    const root = tempTree({
      'ok.yaml': 'kind: A\n',
      'bin.yaml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]),
      'big.yaml': `kind: Big\ndata: "${'x'.repeat(5000)}"\n`,
      'empty.yaml': '',
    });
    const r = await loadInputs([root, join(root, 'missing.yaml')], { maxFileSize: 1000 });
    expect(r.objects.map((o) => o.manifest.kind)).toEqual(['A']);
    const byFile = Object.fromEntries(r.errors.map((e) => [e.file.replace(`${root}/`, ''), e.message]));
    expect(byFile['bin.yaml']).toMatch(/binary file/);
    expect(byFile['big.yaml']).toMatch(/over the limit of 1000 bytes.*--max-file-size/);
    expect(byFile['missing.yaml']).toMatch(/no such file/);
    expect(Object.keys(byFile)).toHaveLength(3);
  });

  it('refuses a file over the default 32 MiB limit without reading it', async () => {
    const root = tempTree({ 'ok.yaml': 'kind: A\n' });
    const big = join(root, 'huge.yaml');
    writeFileSync(big, '');
    truncateSync(big, 40 * 1024 * 1024); // sparse: costs no disk and no time
    const r = await loadInputs([root]);
    expect(r.objects.map((o) => o.manifest.kind)).toEqual(['A']);
    expect(r.errors).toEqual([
      {
        file: big,
        message: expect.stringMatching(
          /41943040 bytes, over the limit of 33554432 bytes; raise --max-file-size/,
        ),
      },
    ]);
  });

  it('reads stdin for -', async () => {
    const r = await loadInputs(['-'], { stdin: Readable.from([Buffer.from('kind: A\n---\nkind: B\n')]) });
    expect(r.objects.map((o) => [o.file, o.manifest.kind])).toEqual([
      ['<stdin>', 'A'],
      ['<stdin>', 'B'],
    ]);
    expect(r.texts.get('<stdin>')?.toString()).toContain('kind: B');
  });

  it('reads a directory with thousands of files', async () => {
    const root = tempTree({});
    for (let d = 0; d < 20; d++) {
      mkdirSync(join(root, `d${d}`));
      for (let i = 0; i < 150; i++)
        writeFileSync(join(root, `d${d}`, `f${i}.yaml`), `kind: ConfigMap\nmetadata: {name: c${d}-${i}}\n`);
    }
    writeFileSync(join(root, 'd7', 'broken.yaml'), 'kind: [\n');
    const r = await loadInputs([root]);
    expect(r.objects).toHaveLength(3000);
    expect(r.files).toHaveLength(3001);
    expect(r.errors).toEqual([expect.objectContaining({ file: join(root, 'd7', 'broken.yaml'), line: 2 })]);
  });
});

describe('parseText (properties)', () => {
  it('never throws: any input is objects or file:line errors', () => {
    const yamlish = fc.stringMatching(/^[a-z:{}[\]\-&*!|>"' #\n,.0-9]{0,200}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), yamlish), (text) => {
        const { errors } = parse('fuzz.yaml', text);
        for (const e of errors) {
          expect(e.file).toBe('fuzz.yaml');
          if (e.line !== undefined) expect(e.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
