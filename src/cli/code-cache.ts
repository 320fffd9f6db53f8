/**
 * Runs a one-file CommonJS bundle of a command (lib/cli/lint.bundle.js, written by
 * scripts/bundle-cli.ts) with V8's code cache, so that `argo-guard lint` neither resolves and
 * reads ~70 modules nor parses and compiles them again on every start (Node 20 has no
 * `module.enableCompileCache`; that came with Node 22).
 *
 * The cache is only ever a shortcut: V8 checks it against its own version and flags and the
 * source, and on a mismatch (another Node version, NODE_OPTIONS with V8 flags, a damaged file)
 * rejects it and compiles from source, with the same result. It is read, never written, at run
 * time: the package directory may be read-only.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/** The code cache written next to a bundle. */
export function codeCacheFile(bundle: string): string {
  return `${bundle}.v8-cache`;
}

export interface LoadedBundle {
  /** The bundle's `module.exports`. */
  exports: Record<string, unknown>;
  /** The compiled script: `createCachedData()` after a warm-up run is what the build stores. */
  script: Script;
  /** undefined: no cache file; true: V8 rejected it and compiled from source. */
  cacheRejected: boolean | undefined;
}

type ModuleWrapper = (
  exports: Record<string, unknown>,
  require: NodeJS.Require,
  module: { exports: Record<string, unknown> },
  filename: string,
  dirname: string,
) => void;

/**
 * Runs `bundle` as Node runs a CommonJS file (the same wrapper arguments; `require` resolves from
 * the bundle's folder), with its code cache when there is one.
 */
export function runBundle(bundle: string): LoadedBundle {
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(codeCacheFile(bundle));
  } catch {
    // No cache (a build without scripts/bundle-cli.ts's last step): compile from source.
  }
  // The wrapper text is part of the cached source: it must be the same when the cache is made.
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, 'utf8')}\n})`;
  const script = new Script(source, { filename: bundle, cachedData });
  const mod = { exports: {} as Record<string, unknown> };
  const wrapper = script.runInThisContext() as ModuleWrapper;
  wrapper.call(mod.exports, mod.exports, createRequire(bundle), mod, bundle, dirname(bundle));
  return {
    exports: mod.exports,
    script,
    cacheRejected: cachedData === undefined ? undefined : script.cachedDataRejected,
  };
}
