/**
 * A small OCI distribution client: enough of the registry v2 API to learn which platforms an
 * image reference runs on (docs/gitops.md §4.2). Node's `fetch`, no Docker. Everything it
 * reads is checked against its digest, so a corrupted or tampered manifest is an error, never
 * a wrong platform list in the lock.
 */
import { createHash } from 'node:crypto';
import { UserError } from '../errors';
import type { CredentialStore } from './credentials';
import { formatPlatform, normalizePlatform, normalizePlatformList } from './platform';
import { type ImageReference, parseImageReference, registryApiHost } from './reference';

export const MEDIA_TYPES = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
} as const;

const ACCEPT = [
  MEDIA_TYPES.ociIndex,
  MEDIA_TYPES.dockerList,
  MEDIA_TYPES.ociManifest,
  MEDIA_TYPES.dockerManifest,
].join(', ');
/** Manifests and image configs are small; anything bigger is not what we asked for. */
const MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;
const HASHES: Record<string, string> = { sha256: 'sha256', sha384: 'sha384', sha512: 'sha512' };

export interface ResolvedImage {
  /** The reference as given. */
  image: string;
  /** The digest of the manifest the reference names (the index or list itself for multi-arch images). */
  digest: string;
  /** Media type of that manifest. */
  mediaType: string;
  /** `os/arch[/variant]`, normalised, sorted; attestation entries (`unknown/unknown`) skipped. */
  platforms: string[];
}

export type RegistryErrorReason =
  | 'unreachable'
  | 'timeout'
  | 'not-found'
  | 'unauthorized'
  | 'denied'
  | 'digest-mismatch'
  | 'bad-response'
  | 'not-an-image';

/** A registry problem for one image; a UserError so the CLI prints it without a stack trace. */
export class RegistryError extends UserError {
  constructor(
    readonly image: string,
    readonly reason: RegistryErrorReason,
    message: string,
    hint: string,
  ) {
    super(message, hint);
    this.name = 'RegistryError';
  }
}

export interface RegistryClientOptions {
  /** Registries (`host:port`) reached over plain HTTP instead of HTTPS, e.g. a loopback registry. */
  insecureRegistries?: readonly string[];
  /** Credentials, usually from a Docker config.json. */
  credentials?: CredentialStore;
  /**
   * Timeout of one HTTP request, body included.
   * @default 15000
   */
  timeoutMs?: number;
  /**
   * Extra attempts after a network error, a timeout, 429 or 5xx (never after 4xx).
   * @default 2
   */
  retries?: number;
  /**
   * Delay before the first retry; doubles each time.
   * @default 250
   */
  retryDelayMs?: number;
}

interface Target {
  image: string;
  ref: ImageReference;
  base: string;
  host: string;
}

interface Fetched {
  status: number;
  headers: Headers;
  body: Buffer;
}

function digestOf(algorithm: string, body: Buffer): string {
  return `${algorithm}:${createHash(HASHES[algorithm] ?? 'sha256')
    .update(body)
    .digest('hex')}`;
}

/** Parses a `WWW-Authenticate` header: scheme and its parameters (quoted or bare). */
export function parseWwwAuthenticate(
  header: string | null,
): { scheme: string; params: Record<string, string> } | undefined {
  if (!header) return undefined;
  const m = /^\s*(\w+)\s*(.*)$/s.exec(header);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  for (const p of m[2].matchAll(/(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g)) {
    params[p[1].toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : p[3];
  }
  return { scheme: m[1].toLowerCase(), params };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class RegistryClient {
  private readonly insecure: Set<string>;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly retryDelayMs: number;
  /** Authorization header per registry host and repository (bearer tokens are scoped to a repository). */
  private readonly auth = new Map<string, string>();

  constructor(private readonly options: RegistryClientOptions = {}) {
    this.insecure = new Set((options.insecureRegistries ?? []).map((h) => h.toLowerCase()));
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.retries = options.retries ?? 2;
    this.retryDelayMs = options.retryDelayMs ?? 250;
  }

  /** Resolves a reference to its manifest digest and the platforms it can run on. */
  async resolve(image: string): Promise<ResolvedImage> {
    const ref = parseImageReference(image);
    const host = registryApiHost(ref.registry);
    const scheme =
      this.insecure.has(ref.registry.toLowerCase()) || this.insecure.has(host) ? 'http' : 'https';
    const target: Target = { image, ref, host, base: `${scheme}://${host}/v2/${ref.repository}` };
    const wanted = ref.digest ?? ref.tag ?? 'latest';
    const top = await this.fetchVerified(target, 'manifests', wanted, ACCEPT, ref.digest);
    const doc = this.json(target, top.body, `manifest ${wanted}`);
    const mediaType =
      (top.headers.get('content-type') ?? '').split(';')[0].trim() || String(doc.mediaType ?? '');
    const platforms = await this.platformsOf(target, doc, mediaType, wanted);
    if (platforms.length === 0) {
      throw new RegistryError(
        image,
        'not-an-image',
        `image ${image} lists no runnable platform (only attestations or unknown/unknown entries)`,
        'Check that the reference names a container image, not a signature or attestation artifact.',
      );
    }
    return { image, digest: top.digest, mediaType, platforms: normalizePlatformList(platforms) };
  }

  /** Resolves several images, `concurrency` at a time, in input order. */
  async resolveAll(
    images: readonly string[],
    opts: { concurrency?: number; onDone?: (done: number, image: string) => void } = {},
  ): Promise<ResolvedImage[]> {
    const out: ResolvedImage[] = new Array(images.length);
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (next < images.length) {
        const i = next++;
        out[i] = await this.resolve(images[i]);
        opts.onDone?.(++done, images[i]);
      }
    };
    await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 4, images.length) }, worker));
    return out;
  }

  private async platformsOf(target: Target, doc: any, mediaType: string, what: string): Promise<string[]> {
    const isIndex =
      mediaType === MEDIA_TYPES.ociIndex ||
      mediaType === MEDIA_TYPES.dockerList ||
      (!mediaType && Array.isArray(doc.manifests));
    if (isIndex) {
      if (!Array.isArray(doc.manifests)) throw this.bad(target, `index ${what} has no "manifests" array`);
      const out: string[] = [];
      for (const entry of doc.manifests) {
        const p = entry?.platform;
        // BuildKit attestations: platform unknown/unknown, annotated as attestation-manifest (buildx#3047).
        if (entry?.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest') continue;
        if (p && (p.os === 'unknown' || p.architecture === 'unknown')) continue;
        if (p && typeof p.os === 'string' && typeof p.architecture === 'string') {
          out.push(
            formatPlatform(normalizePlatform({ os: p.os, architecture: p.architecture, variant: p.variant })),
          );
          continue;
        }
        // An index entry without a platform: ask the child manifest itself.
        if (typeof entry?.digest !== 'string')
          throw this.bad(target, `index ${what} has an entry without a digest`);
        const child = await this.fetchVerified(target, 'manifests', entry.digest, ACCEPT, entry.digest);
        const childDoc = this.json(target, child.body, `manifest ${entry.digest}`);
        const childType =
          (child.headers.get('content-type') ?? '').split(';')[0].trim() || String(childDoc.mediaType ?? '');
        if (childType === MEDIA_TYPES.ociIndex || childType === MEDIA_TYPES.dockerList) {
          throw this.bad(target, `index ${what} nests another index (${entry.digest})`);
        }
        out.push(...(await this.platformsOf(target, childDoc, childType, entry.digest)));
      }
      return out;
    }
    if (mediaType === MEDIA_TYPES.ociManifest || mediaType === MEDIA_TYPES.dockerManifest || doc.config) {
      const config = doc.config;
      if (typeof config?.digest !== 'string') throw this.bad(target, `manifest ${what} has no config digest`);
      if (
        config.mediaType &&
        config.mediaType !== MEDIA_TYPES.ociConfig &&
        config.mediaType !== MEDIA_TYPES.dockerConfig
      ) {
        throw new RegistryError(
          target.image,
          'not-an-image',
          `${target.image} is not a container image: its config has media type ${config.mediaType}`,
          'Use the reference of a runnable image (Helm charts, signatures and other OCI artifacts have no platform).',
        );
      }
      // A single-arch manifest has no platform of its own; it is in the config blob.
      const blob = await this.fetchVerified(target, 'blobs', config.digest, '*/*', config.digest);
      const cfg = this.json(target, blob.body, `config ${config.digest}`);
      if (typeof cfg.os !== 'string' || typeof cfg.architecture !== 'string') {
        throw this.bad(target, `config ${config.digest} has no os/architecture`);
      }
      return [
        formatPlatform(
          normalizePlatform({ os: cfg.os, architecture: cfg.architecture, variant: cfg.variant }),
        ),
      ];
    }
    if (doc.schemaVersion === 1 && typeof doc.architecture === 'string') {
      return [formatPlatform(normalizePlatform({ os: 'linux', architecture: doc.architecture }))];
    }
    throw this.bad(target, `manifest ${what} has unsupported media type "${mediaType || 'none'}"`);
  }

  private json(target: Target, body: Buffer, what: string): any {
    try {
      const doc = JSON.parse(body.toString('utf8'));
      if (doc && typeof doc === 'object') return doc;
    } catch {
      // fall through
    }
    throw this.bad(target, `${what} is not a JSON object`);
  }

  private bad(target: Target, why: string): RegistryError {
    return new RegistryError(
      target.image,
      'bad-response',
      `registry ${target.host} sent an unusable answer for image ${target.image}: ${why}`,
      'Check that the host is an OCI/Docker registry; if it is, report this with the registry name and version.',
    );
  }

  /**
   * GETs a manifest or blob and checks its digest: against `expected` when the caller knows it
   * (a digest reference, an index entry, a config), and against the registry's own
   * Docker-Content-Digest header.
   */
  private async fetchVerified(
    target: Target,
    kind: 'manifests' | 'blobs',
    reference: string,
    accept: string,
    expected: string | undefined,
  ): Promise<Fetched & { digest: string }> {
    const res = await this.get(target, `${target.base}/${kind}/${reference}`, accept, reference);
    const algorithm = (expected ?? 'sha256:').split(':')[0];
    if (!HASHES[algorithm]) {
      throw new RegistryError(
        target.image,
        'bad-response',
        `image ${target.image}: digest algorithm "${algorithm}" is not supported`,
        'Use a sha256 digest.',
      );
    }
    const digest = digestOf(algorithm, res.body);
    const header = res.headers.get('docker-content-digest')?.trim();
    const claimed = expected ?? (header && header.split(':')[0] === algorithm ? header : undefined);
    if (claimed && claimed !== digest) {
      throw new RegistryError(
        target.image,
        'digest-mismatch',
        `image ${target.image}: the ${kind === 'blobs' ? 'blob' : 'manifest'} ${reference} served by ${target.host} has digest ${digest}, expected ${claimed}`,
        'The content is corrupted or was altered on the way; do not trust it. Re-push the image, and check any proxy or mirror in between.',
      );
    }
    if (expected && header && header.split(':')[0] === algorithm && header !== digest) {
      throw new RegistryError(
        target.image,
        'digest-mismatch',
        `image ${target.image}: ${target.host} labels ${reference} as ${header} but its content has digest ${digest}`,
        'The registry content is corrupted; re-push the image.',
      );
    }
    return { ...res, digest };
  }

  /** One GET with authentication (anonymous bearer token or basic) and bounded retries. */
  private async get(target: Target, url: string, accept: string, what: string): Promise<Fetched> {
    const key = `${target.host}/${target.ref.repository}`;
    let res = await this.send(target, url, accept, this.auth.get(key));
    if (res.status === 401) {
      const authorization = await this.authenticate(target, res.headers.get('www-authenticate'));
      this.auth.set(key, authorization);
      res = await this.send(target, url, accept, authorization);
      if (res.status === 401) throw this.unauthorized(target, true);
    }
    if (res.status >= 200 && res.status < 300) return res;
    if (res.status === 404) {
      const where = what.includes(':') && what !== target.ref.tag ? what : `tag ${what}`;
      throw new RegistryError(
        target.image,
        'not-found',
        `image ${target.image} not found: ${target.host} has no ${where} in repository ${target.ref.repository} (HTTP 404)`,
        'Check the repository name and tag and that the image was pushed; some registries also answer 404 for private images without credentials.',
      );
    }
    if (res.status === 403) {
      throw new RegistryError(
        target.image,
        'denied',
        `registry ${target.host} denied access to image ${target.image} (HTTP 403)`,
        'The credentials are valid but lack pull access to this repository; ask its owner for read access.',
      );
    }
    const text = res.body.toString('utf8').slice(0, 200).replace(/\s+/g, ' ');
    throw new RegistryError(
      target.image,
      'bad-response',
      `registry ${target.host} answered HTTP ${res.status} for image ${target.image}${text ? `: ${text}` : ''}`,
      'Try again later; if it persists, check the registry.',
    );
  }

  private unauthorized(target: Target, triedCredentials: boolean): RegistryError {
    const cred = this.options.credentials?.get(target.ref.registry);
    let hint = `Log in with "docker login ${target.ref.registry}" (argo-guard reads ~/.docker/config.json, $DOCKER_CONFIG, or --docker-config).`;
    if (cred?.kind === 'helper') {
      hint = `${cred.source} says to use ${cred.helper} for ${target.ref.registry}, and argo-guard cannot run credential helpers; write the credentials inline (auths["${target.ref.registry}"].auth) in a config file and pass it with --docker-config.`;
    } else if (cred?.kind === 'basic' && triedCredentials) {
      hint = `The credentials for ${target.ref.registry} in ${cred.source} were rejected; run "docker login ${target.ref.registry}" again.`;
    }
    return new RegistryError(
      target.image,
      'unauthorized',
      `registry ${target.host} requires authentication for image ${target.image} (HTTP 401)`,
      hint,
    );
  }

  /** Answers a 401 challenge: Bearer (token from the realm, anonymous or with basic credentials) or Basic. */
  private async authenticate(target: Target, header: string | null): Promise<string> {
    const challenge = parseWwwAuthenticate(header);
    const cred = this.options.credentials?.get(target.ref.registry);
    const basic =
      cred?.kind === 'basic'
        ? `Basic ${Buffer.from(`${cred.username}:${cred.password}`).toString('base64')}`
        : undefined;
    if (challenge?.scheme === 'basic') {
      if (!basic) throw this.unauthorized(target, false);
      return basic;
    }
    if (challenge?.scheme !== 'bearer' || !challenge.params.realm) throw this.unauthorized(target, false);
    let realm: URL;
    try {
      realm = new URL(challenge.params.realm);
    } catch {
      throw this.bad(target, `the token realm "${challenge.params.realm}" is not a URL`);
    }
    if (challenge.params.service) realm.searchParams.set('service', challenge.params.service);
    realm.searchParams.set('scope', `repository:${target.ref.repository}:pull`);
    const res = await this.send(target, realm.toString(), 'application/json', basic);
    if (res.status === 401 || res.status === 403) throw this.unauthorized(target, basic !== undefined);
    if (res.status < 200 || res.status >= 300) {
      throw this.bad(target, `the token service ${realm.origin} answered HTTP ${res.status}`);
    }
    const body = this.json(target, res.body, 'token response');
    const token = body.token ?? body.access_token;
    if (typeof token !== 'string' || token === '') throw this.bad(target, 'the token response has no token');
    return `Bearer ${token}`;
  }

  private async send(target: Target, url: string, accept: string, authorization?: string): Promise<Fetched> {
    const headers: Record<string, string> = { accept, 'user-agent': 'argo-guard' };
    if (authorization) headers.authorization = authorization;
    for (let attempt = 0; ; attempt++) {
      let failure: RegistryError;
      try {
        const res = await fetch(url, {
          headers,
          signal: AbortSignal.timeout(this.timeoutMs),
          redirect: 'follow',
        });
        const length = Number(res.headers.get('content-length') ?? 0);
        if (length > MAX_DOCUMENT_BYTES) {
          await res.body?.cancel();
          throw this.bad(target, `${url} is ${length} bytes, more than a manifest or config can be`);
        }
        const body = Buffer.from(await res.arrayBuffer());
        if (body.length > MAX_DOCUMENT_BYTES)
          throw this.bad(target, `${url} is larger than ${MAX_DOCUMENT_BYTES} bytes`);
        if (res.status !== 429 && res.status < 500) return { status: res.status, headers: res.headers, body };
        failure = new RegistryError(
          target.image,
          'bad-response',
          `registry ${target.host} answered HTTP ${res.status} for image ${target.image} (after ${attempt + 1} attempts)`,
          res.status === 429
            ? 'The registry rate-limits this client (Docker Hub: 100 anonymous pulls per 6 hours); log in or try later.'
            : 'The registry has a problem; try again later.',
        );
      } catch (err) {
        if (err instanceof RegistryError) throw err;
        const net = this.networkError(target, url, err, attempt + 1);
        if (net.permanent) throw net.error;
        failure = net.error;
      }
      if (attempt >= this.retries) throw failure;
      await sleep(this.retryDelayMs * 2 ** attempt);
    }
  }

  private networkError(
    target: Target,
    url: string,
    err: unknown,
    attempts: number,
  ): { error: RegistryError; permanent: boolean } {
    const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
    const host = new URL(url).host;
    if (e?.name === 'TimeoutError' || e?.name === 'AbortError') {
      const error = new RegistryError(
        target.image,
        'timeout',
        `registry ${host} did not answer within ${this.timeoutMs / 1000}s for image ${target.image} (${attempts} attempts)`,
        'Check the network path to the registry, or try again later.',
      );
      return { error, permanent: false };
    }
    const code = e?.cause?.code ?? '';
    const detail = `${code} ${e?.cause?.message ?? ''} ${e?.message ?? ''}`;
    const cause = e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(err);
    // Retrying cannot help these: a plain-HTTP server on an https URL, an untrusted certificate,
    // a name that does not exist, a port fetch refuses to use.
    const plainHttp =
      url.startsWith('https:') && /EPROTO|wrong version number|ERR_SSL|packet length/i.test(detail);
    const badCert = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS_CERT/i.test(code);
    const permanent = plainHttp || badCert || code === 'ENOTFOUND' || /bad port/i.test(detail);
    let hint = `Check the registry address and that it is running and reachable; for a plain-HTTP registry pass --insecure-registry ${target.ref.registry}.`;
    if (plainHttp) {
      hint = `The registry seems to speak plain HTTP; if that is intended (a loopback registry), pass --insecure-registry ${target.ref.registry}.`;
    } else if (badCert) {
      hint = `The registry's TLS certificate is not trusted (${code}); add its CA with NODE_EXTRA_CA_CERTS=/path/ca.pem.`;
    } else if (code === 'ENOTFOUND') {
      hint = `The host ${host} does not resolve; check the registry name in the image reference.`;
    }
    const error = new RegistryError(
      target.image,
      'unreachable',
      `cannot reach registry ${host} for image ${target.image}: ${cause} (${attempts} attempt${attempts === 1 ? '' : 's'})`,
      hint,
    );
    return { error, permanent };
  }
}
