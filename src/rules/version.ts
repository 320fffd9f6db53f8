/**
 * Memoised version checks: rules ask the same `hasBug`/`hasField` question for every object, and
 * the answers depend only on the target version (one object per run).
 */
import { type ArgoVersion, type BugId, type FieldId, hasBug, hasField } from '../argo-version';

// One target per run: remember the answers for the last version object seen.
let lastVersion: ArgoVersion | undefined;
let answers = new Map<string, boolean>();

/** Bug IDs (`argo-workflows#N`) and field IDs never collide, so one map holds both. */
function cached(v: ArgoVersion, key: string, compute: () => boolean): boolean {
  if (v !== lastVersion) {
    lastVersion = v;
    answers = new Map();
  }
  const m = answers;
  let r = m.get(key);
  if (r === undefined) {
    r = compute();
    m.set(key, r);
  }
  return r;
}

export function targetHasBug(v: ArgoVersion, id: BugId): boolean {
  return cached(v, id, () => hasBug(v, id));
}

export function targetHasField(v: ArgoVersion, id: FieldId): boolean {
  return cached(v, id, () => hasField(v, id));
}
