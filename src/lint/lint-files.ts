/**
 * One lint run: load the inputs, run the rules engine over all objects together (cross-object
 * rules see everything), and attach source positions to the findings. The CLI and the cdk8s
 * validation plugin both call this.
 */

import { resolve } from 'node:path';
import { lintManifests } from '../rules';
import type { Finding, Manifest, RuleOptions } from '../rules/types';
import { kustomizePatchFiles } from './kustomize';
import { type InputError, type LoadedObject, type LoadOptions, type LoadResult, loadInputs } from './loader';
import { Locator } from './positions';

/** A finding with where it is in the source. */
export interface LocatedFinding extends Finding {
  file: string;
  line: number;
  column: number;
}

export interface LintRun {
  findings: LocatedFinding[];
  errors: InputError[];
  files: string[];
  objects: LoadedObject[];
  /** Bytes read from stdin and pipes (needed again for positions). */
  texts: Map<string, Buffer>;
  /** sha256 of the bytes each regular file was linted from (when loaded with `hashes`), for --fix. */
  hashes: Map<string, string>;
}

export interface Summary {
  files: number;
  objects: number;
  errors: number;
  warnings: number;
}

export async function lintPaths(
  paths: readonly string[],
  rules: RuleOptions,
  load: LoadOptions = {},
): Promise<LintRun> {
  const loaded = await loadInputs(paths, load);
  return lintLoaded(loaded, rules);
}

export function lintLoaded(loaded: LoadResult, rules: RuleOptions): LintRun {
  // Kustomize patch fragments are no application's objects (./kustomize): the rules do not see them.
  const patches = kustomizePatchFiles(loaded.files);
  const manifests = loaded.objects.map((o) =>
    patches.has(resolve(o.file)) ? (null as unknown as Manifest) : o.manifest,
  );
  const raw = lintManifests(manifests, rules);
  const locator = new Locator(loaded.texts, loaded.slices);
  // Sort by object first so each file is re-read once for positions.
  const withObj = raw
    .filter((f) => loaded.objects[f.index] !== undefined)
    .map((f) => ({ f, o: loaded.objects[f.index] }))
    .sort((a, b) => cmp(a.o.file, b.o.file) || a.o.doc - b.o.doc || a.f.index - b.f.index);
  const findings: LocatedFinding[] = withObj.map(({ f, o }) => ({
    ...f,
    file: o.file,
    ...locator.locate(o, f.path),
  }));
  findings.sort(
    (a, b) =>
      cmp(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      cmp(a.rule, b.rule) ||
      cmp(a.path, b.path),
  );
  const errors = [...loaded.errors].sort((a, b) => cmp(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0));
  return {
    findings,
    errors,
    files: loaded.files,
    objects: loaded.objects,
    texts: loaded.texts,
    hashes: loaded.hashes,
  };
}

export function summarize(run: LintRun): Summary {
  let errors = 0;
  let warnings = 0;
  for (const f of run.findings) {
    if (f.severity === 'error') errors++;
    else warnings++;
  }
  return { files: run.files.length, objects: run.objects.length, errors, warnings };
}

/** docs/rule-catalog.md: 2 when an input could not be read, else 1 when there is an error-level finding, else 0. */
export function exitCode(run: LintRun): number {
  if (run.errors.length > 0) return 2;
  return run.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
