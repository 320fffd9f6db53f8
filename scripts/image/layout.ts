/**
 * An OCI image layout (image-spec v1.1 `image-layout.md`) on disk: `oci-layout`, `index.json`
 * and content-addressed `blobs/sha256/<hex>`. JSON documents are serialised with sorted keys
 * and no whitespace, so the same image always has the same digests.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const OCI = {
  index: 'application/vnd.oci.image.index.v1+json',
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  layerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
} as const;

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: { architecture: string; os: string; variant?: string };
  annotations?: Record<string, string>;
}

export const sha256 = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

/** JSON with object keys sorted at every level (arrays keep their order). */
export function canonicalJson(value: unknown): Buffer {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.keys(v as object)
          .sort()
          .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
      );
    return v;
  };
  return Buffer.from(JSON.stringify(sort(value)));
}

export class LayoutWriter {
  constructor(readonly dir: string) {
    mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true });
    writeFileSync(join(dir, 'oci-layout'), canonicalJson({ imageLayoutVersion: '1.0.0' }));
  }

  blob(content: Buffer, mediaType: string): Descriptor {
    const digest = sha256(content);
    const path = join(this.dir, 'blobs', 'sha256', digest.slice('sha256:'.length));
    if (!existsSync(path)) writeFileSync(path, content);
    return { mediaType, digest, size: content.length };
  }

  json(value: unknown, mediaType: string): Descriptor {
    return this.blob(canonicalJson(value), mediaType);
  }

  /** Writes index.json naming `image` (an image index) with tag `ref`. */
  finish(image: Descriptor, ref: string): void {
    writeFileSync(
      join(this.dir, 'index.json'),
      canonicalJson({
        schemaVersion: 2,
        mediaType: OCI.index,
        manifests: [{ ...image, annotations: { 'org.opencontainers.image.ref.name': ref } }],
      }),
    );
  }
}

/** Reads a layout back: the image index index.json names, and a way to read any blob (digest checked). */
export function readLayout(dir: string): {
  ref: string;
  index: Descriptor;
  blob(digest: string): Buffer;
} {
  const top = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  const entry = top.manifests?.[0];
  if (!entry || top.manifests.length !== 1) throw new Error(`${dir}/index.json: expected exactly one image`);
  const blob = (digest: string) => {
    if (!/^sha256:[a-f0-9]{64}$/.test(digest)) throw new Error(`${dir}: unsupported digest ${digest}`);
    const content = readFileSync(join(dir, 'blobs', 'sha256', digest.slice(7)));
    if (sha256(content) !== digest) throw new Error(`${dir}: blob ${digest} is corrupted`);
    return content;
  };
  const { annotations, ...index } = entry;
  return { ref: annotations?.['org.opencontainers.image.ref.name'] ?? '', index, blob };
}
