/**
 * The layers of src/ (docs/architecture.md, "Layers"): every import points down the table below,
 * never up or sideways. A wrong import fails here with file:line and the forbidden edge; a new
 * top-level entry of src/ fails until it is placed in the table.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../src');

/**
 * Bottom first. Each top-level entry of src/ (folder or file) and the entries it may import; an
 * entry may only name entries above it in this list, so the table is an order. Keep it in step
 * with docs/architecture.md.
 */
const LAYERS: ReadonlyArray<readonly [entry: string, mayImport: readonly string[]]> = [
  // Argo facts: kinds, labels, annotations, finalizers, the version table, JSON accessors.
  ['argo', []],
  // The one user-facing error class; imports nothing.
  ['errors.ts', []],
  // Typed Argo shapes generated from the upstream JSON schemas (npm run imports).
  ['imports', []],
  // A progress line for long work; imports nothing.
  ['progress.ts', []],
  ['platform', ['argo', 'errors.ts']],
  ['rules', ['argo', 'errors.ts', 'platform']],
  // The watcher needs Argo facts only (plus the Kubernetes client, prom-client and node builtins).
  ['watcher', ['argo', 'errors.ts']],
  ['authoring-errors.ts', ['errors.ts']],
  ['lint', ['argo', 'errors.ts', 'platform', 'rules']],
  // Constructs. workflows/ holds the settings, opt-outs and the base the other constructs build on.
  ['workflows', ['argo', 'errors.ts', 'imports', 'platform', 'rules', 'authoring-errors.ts']],
  ['events', ['argo', 'errors.ts', 'imports', 'platform', 'rules', 'authoring-errors.ts', 'workflows']],
  // The watcher's install reads the watcher's own RBAC needs from watcher/, so they stay one fact.
  [
    'deploy',
    ['argo', 'errors.ts', 'imports', 'platform', 'rules', 'authoring-errors.ts', 'workflows', 'watcher'],
  ],
  [
    'cli',
    [
      'argo',
      'errors.ts',
      'progress.ts',
      'platform',
      'rules',
      'watcher',
      'authoring-errors.ts',
      'lint',
      'deploy',
    ],
  ],
  // The package's public entry point.
  [
    'index.ts',
    [
      'argo',
      'errors.ts',
      'imports',
      'platform',
      'rules',
      'watcher',
      'authoring-errors.ts',
      'lint',
      'workflows',
      'events',
      'deploy',
    ],
  ],
];

/** What an import that leaves src/ points at (only ../package.json may: the version it reports). */
const OUTSIDE = 'outside src/';

/** Files of src/ that are not TypeScript sources (they are not checked). */
const NOT_SOURCE = /\.(md|json)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The top-level entry of src/ that a path (absolute, without extension resolution) lies in. */
function entryOf(path: string): string | undefined {
  const rel = relative(SRC, path);
  if (rel.startsWith('..')) return rel === join('..', 'package.json') ? undefined : OUTSIDE;
  const [first, ...rest] = rel.split(sep);
  if (rest.length > 0) return first;
  const folder = join(SRC, first);
  if (existsSync(folder) && statSync(folder).isDirectory()) return first; // '../rules' names src/rules/index.ts
  return first.endsWith('.ts') ? first : `${first}.ts`; // '../errors' names src/errors.ts
}

interface Edge {
  file: string;
  line: number;
  specifier: string;
  from: string;
  to: string;
}

/** Every relative import of a file: static imports and re-exports, import(), require(). */
function importsOf(file: string, text: string): Edge[] {
  const from = entryOf(file);
  if (!from) return [];
  const info = ts.preProcessFile(text, true, true);
  const edges: Edge[] = [];
  for (const ref of info.importedFiles) {
    if (!ref.fileName.startsWith('.')) continue; // a package or node builtin
    const to = entryOf(resolve(dirname(file), ref.fileName));
    if (!to) continue;
    const line = text.slice(0, ref.pos).split('\n').length;
    edges.push({ file: relative(resolve(SRC, '..'), file), line, specifier: ref.fileName, from, to });
  }
  return edges;
}

/** The edges the table forbids, one line each: `file:line: from -> to ('specifier')`. */
function forbiddenEdges(edges: readonly Edge[]): string[] {
  const allowed = new Map(LAYERS.map(([entry, mayImport]) => [entry, new Set(mayImport)]));
  return edges
    .filter((e) => e.from !== e.to && !allowed.get(e.from)?.has(e.to))
    .map(
      (e) =>
        `${e.file}:${e.line}: ${e.from} -> ${e.to} ('${e.specifier}') is not allowed by test/layers.test.ts`,
    );
}

describe('the layers of src/', () => {
  it('docs/architecture.md places every entry of the table', () => {
    const doc = readFileSync(resolve(SRC, '../docs/architecture.md'), 'utf8');
    const missing = LAYERS.map(([entry]) => entry).filter((entry) => !doc.includes(`src/${entry}`));
    expect(missing).toEqual([]);
  });

  it('the table is an order: each entry imports only entries placed before it', () => {
    const seen = new Set<string>();
    const upward: string[] = [];
    for (const [entry, mayImport] of LAYERS) {
      for (const target of mayImport) if (!seen.has(target)) upward.push(`${entry} -> ${target}`);
      seen.add(entry);
    }
    expect(upward).toEqual([]);
  });

  it('every top-level entry of src/ has a place in the table', () => {
    const placed = new Set(LAYERS.map(([entry]) => entry));
    const unplaced = readdirSync(SRC)
      .filter((name) => !NOT_SOURCE.test(name) && !placed.has(name))
      .map((name) => `src/${name} has no place in LAYERS (test/layers.test.ts) nor in docs/architecture.md`);
    expect(unplaced).toEqual([]);
    const gone = [...placed].filter((entry) => !readdirSync(SRC).includes(entry));
    expect(gone, 'entries of LAYERS that src/ no longer has').toEqual([]);
  });

  it('every import in src/ points down the table', () => {
    const edges = sourceFiles(SRC).flatMap((file) => importsOf(file, readFileSync(file, 'utf8')));
    expect(edges.length).toBeGreaterThan(100); // the scan found the imports
    expect(forbiddenEdges(edges)).toEqual([]);
  });

  it('refuses a sideways import between the top folders unless the table allows it', () => {
    const text = "import { ArgoGuard } from '../workflows/settings';";
    expect(forbiddenEdges(importsOf(join(SRC, 'lint', 'example.ts'), text))).toEqual([
      "src/lint/example.ts:1: lint -> workflows ('../workflows/settings') is not allowed by test/layers.test.ts",
    ]);
    expect(forbiddenEdges(importsOf(join(SRC, 'events', 'example.ts'), text))).toEqual([]);
  });

  it('sees static imports, re-exports, import() and require(), on their own lines', () => {
    const file = join(SRC, 'watcher', 'example.ts');
    const text = [
      "import { a } from '../argo/json';",
      "import type { B } from '../rules/types';",
      "export { c } from '../platform/lock';",
      'const d = await import("../lint/loader");',
      "const e = require('../workflows/settings');",
      "import { i } from '../../test/helpers/manifests';",
      "import { version } from '../../package.json';",
      'import {',
      '  f,',
      "} from '../deploy/watcher';",
      "import { g } from './queue';",
      "import { h } from 'node:fs';",
    ].join('\n');
    expect(forbiddenEdges(importsOf(file, text))).toEqual([
      "src/watcher/example.ts:2: watcher -> rules ('../rules/types') is not allowed by test/layers.test.ts",
      "src/watcher/example.ts:3: watcher -> platform ('../platform/lock') is not allowed by test/layers.test.ts",
      "src/watcher/example.ts:4: watcher -> lint ('../lint/loader') is not allowed by test/layers.test.ts",
      "src/watcher/example.ts:5: watcher -> workflows ('../workflows/settings') is not allowed by test/layers.test.ts",
      "src/watcher/example.ts:6: watcher -> outside src/ ('../../test/helpers/manifests') is not allowed by test/layers.test.ts",
      "src/watcher/example.ts:10: watcher -> deploy ('../deploy/watcher') is not allowed by test/layers.test.ts",
    ]);
  });
});
