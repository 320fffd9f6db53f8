/**
 * Fills a real registry with test images over the distribution push API with plain fetch:
 * blobs (POST upload + PUT ?digest=), then manifests with their media type. Images are tiny
 * but complete: a gzipped empty tar layer and a config whose os/architecture is the platform.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Registry } from './registry';

export const MT = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar+gzip',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayer: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  inToto: 'application/vnd.in-toto+json',
} as const;

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: { os: string; architecture: string; variant?: string };
  annotations?: Record<string, string>;
}

export const sha256 = (b: Buffer | string) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

function headers(reg: Registry, extra: Record<string, string> = {}): Record<string, string> {
  return reg.pushAuthorization ? { authorization: reg.pushAuthorization, ...extra } : extra;
}

export async function pushBlob(
  reg: Registry,
  repo: string,
  content: Buffer | string,
): Promise<{ digest: string; size: number }> {
  const body = Buffer.from(content);
  const digest = sha256(body);
  const start = await fetch(`${reg.url}/v2/${repo}/blobs/uploads/`, {
    method: 'POST',
    headers: headers(reg),
  });
  if (start.status !== 202) throw new Error(`blob upload start: HTTP ${start.status} ${await start.text()}`);
  const location = new URL(start.headers.get('location')!, reg.url);
  location.searchParams.set('digest', digest);
  const put = await fetch(location, {
    method: 'PUT',
    headers: headers(reg, { 'content-type': 'application/octet-stream' }),
    body,
  });
  if (put.status !== 201) throw new Error(`blob upload: HTTP ${put.status} ${await put.text()}`);
  return { digest, size: body.length };
}

export async function pushManifest(
  reg: Registry,
  repo: string,
  reference: string | undefined,
  mediaType: string,
  manifest: object,
): Promise<Descriptor> {
  const body = Buffer.from(JSON.stringify(manifest, null, 2));
  // Without a tag the manifest is pushed by its own digest (untagged, reachable from an index).
  const ref = reference ?? sha256(body);
  const res = await fetch(`${reg.url}/v2/${repo}/manifests/${ref}`, {
    method: 'PUT',
    headers: headers(reg, { 'content-type': mediaType }),
    body,
  });
  if (res.status !== 201)
    throw new Error(`manifest push ${repo}:${ref}: HTTP ${res.status} ${await res.text()}`);
  return { mediaType, digest: sha256(body), size: body.length };
}

/** Pushes a single-platform image; its platform is only in the config blob, as real builds do. */
export async function pushImage(
  reg: Registry,
  repo: string,
  platform: { os: string; architecture: string; variant?: string },
  opts: { tag?: string; format?: 'oci' | 'docker' } = {},
): Promise<Descriptor> {
  const docker = opts.format === 'docker';
  const tar = Buffer.alloc(1024); // an empty tar archive: two zero blocks
  const layer = gzipSync(tar);
  const config = JSON.stringify({
    architecture: platform.architecture,
    os: platform.os,
    ...(platform.variant ? { variant: platform.variant } : {}),
    config: { Cmd: ['/bin/true'] },
    rootfs: { type: 'layers', diff_ids: [sha256(tar)] },
  });
  const l = await pushBlob(reg, repo, layer);
  const c = await pushBlob(reg, repo, config);
  const mediaType = docker ? MT.dockerManifest : MT.ociManifest;
  const desc = await pushManifest(reg, repo, opts.tag, mediaType, {
    schemaVersion: 2,
    mediaType,
    config: { mediaType: docker ? MT.dockerConfig : MT.ociConfig, digest: c.digest, size: c.size },
    layers: [{ mediaType: docker ? MT.dockerLayer : MT.ociLayer, digest: l.digest, size: l.size }],
  });
  return { ...desc, platform };
}

/** Pushes a BuildKit-style attestation manifest for `subject` (platform unknown/unknown in the index). */
export async function pushAttestation(reg: Registry, repo: string, subject: Descriptor): Promise<Descriptor> {
  const statement = JSON.stringify({
    _type: 'https://in-toto.io/Statement/v0.1',
    subject: [{ digest: subject.digest }],
  });
  const config = JSON.stringify({
    architecture: 'unknown',
    os: 'unknown',
    config: {},
    rootfs: { type: 'layers', diff_ids: [sha256(statement)] },
  });
  const l = await pushBlob(reg, repo, statement);
  const c = await pushBlob(reg, repo, config);
  const body = {
    schemaVersion: 2,
    mediaType: MT.ociManifest,
    config: { mediaType: MT.ociConfig, digest: c.digest, size: c.size },
    layers: [
      {
        mediaType: MT.inToto,
        digest: l.digest,
        size: l.size,
        annotations: { 'in-toto.io/predicate-type': 'https://slsa.dev/provenance/v0.2' },
      },
    ],
  };
  const desc = await pushManifest(reg, repo, undefined, MT.ociManifest, body);
  return {
    ...desc,
    platform: { os: 'unknown', architecture: 'unknown' },
    annotations: {
      'vnd.docker.reference.digest': subject.digest,
      'vnd.docker.reference.type': 'attestation-manifest',
    },
  };
}

/** Pushes an OCI index or a Docker manifest list over already pushed manifests. */
export async function pushIndex(
  reg: Registry,
  repo: string,
  tag: string,
  manifests: Descriptor[],
  format: 'oci' | 'docker' = 'oci',
): Promise<Descriptor> {
  const mediaType = format === 'docker' ? MT.dockerList : MT.ociIndex;
  return pushManifest(reg, repo, tag, mediaType, { schemaVersion: 2, mediaType, manifests });
}
