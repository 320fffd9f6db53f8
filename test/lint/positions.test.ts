import { describe, expect, it } from 'vitest';
import { type InputError, type LoadedObject, parseText } from '../../src/lint/loader';
import { Locator, parsePointer } from '../../src/lint/positions';

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
  const locator = new Locator(new Map([[FILE, TEXT]]));
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

  it('works for JSON files', () => {
    const json = '{\n  "kind": "A",\n  "spec": {\n    "x": 1\n  }\n}\n';
    const objs = load('a.json', json);
    const loc = new Locator(new Map([['a.json', json]]));
    expect(loc.locate(objs[0], '/spec/x')).toEqual({ line: 4, column: 5 });
  });
});
