/**
 * The OCI layout writer of the image build (scripts/image/layout.ts): canonical JSON (so equal
 * documents have equal digests), content addressing, and a reader that refuses a corrupted blob
 * instead of pushing it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson, LayoutWriter, OCI, readLayout, sha256 } from '../../scripts/image/layout';

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps array order, so key order never changes a digest', () => {
    const a = canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } });
    const b = canonicalJson({ a: { c: 'x', d: [3, { y: 2, z: 1 }] }, b: 1 });
    expect(a.toString()).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}');
    expect(b.equals(a)).toBe(true);
    expect(canonicalJson({ d: [{ y: 2 }, 3] }).equals(canonicalJson({ d: [3, { y: 2 }] }))).toBe(false);
  });
});

describe('LayoutWriter / readLayout', () => {
  it('writes oci-layout, content-addressed blobs and index.json; reads them back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'layout-'));
    const w = new LayoutWriter(dir);
    const blob = w.blob(Buffer.from('layer'), OCI.layerGzip);
    expect(blob).toEqual({ mediaType: OCI.layerGzip, digest: sha256(Buffer.from('layer')), size: 5 });
    expect(readFileSync(join(dir, 'blobs', 'sha256', blob.digest.slice(7)), 'utf8')).toBe('layer');
    const index = w.json({ schemaVersion: 2, manifests: [] }, OCI.index);
    w.finish(index, '0.1.0');
    expect(JSON.parse(readFileSync(join(dir, 'oci-layout'), 'utf8'))).toEqual({
      imageLayoutVersion: '1.0.0',
    });
    const layout = readLayout(dir);
    expect(layout.ref).toBe('0.1.0');
    expect(layout.index).toEqual(index);
    expect(layout.blob(blob.digest).toString()).toBe('layer');
  });

  it('refuses a corrupted blob and a digest that is not sha256 hex', () => {
    const dir = mkdtempSync(join(tmpdir(), 'layout-'));
    const w = new LayoutWriter(dir);
    const blob = w.blob(Buffer.from('layer'), OCI.layerGzip);
    w.finish(w.json({ schemaVersion: 2, manifests: [blob] }, OCI.index), 'x');
    writeFileSync(join(dir, 'blobs', 'sha256', blob.digest.slice(7)), 'tampered');
    const layout = readLayout(dir);
    expect(() => layout.blob(blob.digest)).toThrow(/is corrupted/);
    expect(() => layout.blob('sha256:../../etc/passwd')).toThrow(/unsupported digest/);
  });
});
