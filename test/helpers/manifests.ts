/** Picking objects out of synthesized manifests: shared by the construct tests. */

export function byKind(manifests: any[], kind: string): any[] {
  return manifests.filter((m) => m.kind === kind);
}

export function one(manifests: any[], kind: string): any {
  const found = byKind(manifests, kind);
  if (found.length !== 1) throw new Error(`expected one ${kind}, got ${found.length}`);
  return found[0];
}
