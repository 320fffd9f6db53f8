/**
 * Kustomize patch fragments. A file a `kustomization.yaml` lists under `patches`,
 * `patchesStrategicMerge` or `patchesJson6902` is not an object of any application: it is a partial
 * object merged into another at build time. Linted raw, a Deployment patch of the workflow controller
 * next to unrelated Workflows made GITOPS007 (and every whole-input rule) treat them as one Argo CD
 * application, and a Workflow patch without a deadline looked like a Workflow without one. They are
 * left out of the rules' input; lint the `kustomize build` output to check the merged objects.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as jsYaml from 'js-yaml';

const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** Absolute paths of the patch files named by the kustomizations in the directories of `files`. */
export function kustomizePatchFiles(files: readonly string[]): Set<string> {
  const out = new Set<string>();
  const dirs = new Set(files.filter((f) => f !== '-').map((f) => dirname(resolve(f))));
  for (const dir of dirs) {
    for (const name of KUSTOMIZATION_FILES) {
      const k = join(dir, name);
      if (!existsSync(k)) continue;
      let doc: unknown;
      try {
        doc = jsYaml.load(readFileSync(k, 'utf8'), { schema: jsYaml.CORE_SCHEMA });
      } catch {
        continue; // not ours to report: the file itself is linted (and reported) as an input
      }
      if (!doc || typeof doc !== 'object') continue;
      const d = doc as Record<string, unknown>;
      const add = (p: unknown) => {
        if (typeof p === 'string' && !p.includes('\n')) out.add(resolve(dir, p));
      };
      for (const p of Array.isArray(d.patchesStrategicMerge) ? d.patchesStrategicMerge : []) add(p);
      for (const key of ['patches', 'patchesJson6902']) {
        const list = d[key];
        if (Array.isArray(list)) for (const p of list) add((p as { path?: unknown })?.path);
      }
    }
  }
  return out;
}
