/**
 * Pushes an OCI image layout (layout.ts) to a registry over the distribution API: every blob
 * (skipped when the registry has it: HEAD), each platform manifest by its digest, then the image
 * index under the tag. Reference parsing, credentials (Docker config.json) and the
 * WWW-Authenticate parsing are the platform lock's (src/platform); only the push scope and the
 * upload requests are new here.
 */
import { loadDockerConfig } from '../../src/platform/credentials';
import { parseImageReference, registryApiHost } from '../../src/platform/reference';
import { parseWwwAuthenticate } from '../../src/platform/registry';
import { type Descriptor, OCI, readLayout, sha256 } from './layout';

export interface PushOptions {
  /** Registries (`host:port`) spoken to over plain HTTP, e.g. a loopback registry. */
  insecureRegistries?: readonly string[];
  /** A Docker config.json with credentials. @default $DOCKER_CONFIG/config.json or ~/.docker/config.json */
  dockerConfig?: string;
  log?: (line: string) => void;
}

export interface PushResult {
  /** `registry/repo:tag@sha256:…` of the index. */
  reference: string;
  digest: string;
  blobsUploaded: number;
  blobsPresent: number;
}

export async function pushLayout(
  dir: string,
  target: string,
  options: PushOptions = {},
): Promise<PushResult> {
  const log = options.log ?? (() => {});
  const ref = parseImageReference(target);
  if (ref.digest)
    throw new Error(`push target ${target}: give a tag, not a digest (the index's digest is what it is)`);
  const tag = ref.tag ?? 'latest';
  const host = registryApiHost(ref.registry);
  const insecure = new Set((options.insecureRegistries ?? []).map((h) => h.toLowerCase()));
  const scheme = insecure.has(ref.registry.toLowerCase()) || insecure.has(host) ? 'http' : 'https';
  const base = `${scheme}://${host}/v2/${ref.repository}`;
  const credential = loadDockerConfig(options.dockerConfig).get(ref.registry);
  const basic =
    credential?.kind === 'basic'
      ? `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString('base64')}`
      : undefined;
  let authorization: string | undefined;

  const authenticate = async (challengeHeader: string | null): Promise<string> => {
    const challenge = parseWwwAuthenticate(challengeHeader);
    const login = `no usable credentials for ${ref.registry}: log in with "docker login ${ref.registry}" or pass --docker-config`;
    if (challenge?.scheme === 'basic') {
      if (!basic) throw new Error(login);
      return basic;
    }
    if (challenge?.scheme !== 'bearer' || !challenge.params.realm)
      throw new Error(`${host} asks for authentication this client does not speak: ${challengeHeader}`);
    const realm = new URL(challenge.params.realm);
    if (challenge.params.service) realm.searchParams.set('service', challenge.params.service);
    realm.searchParams.set('scope', `repository:${ref.repository}:pull,push`);
    const res = await fetch(realm, { headers: basic ? { authorization: basic } : {} });
    if (!res.ok) throw new Error(`token service ${realm.origin} answered HTTP ${res.status}; ${login}`);
    const body = (await res.json()) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (!token) throw new Error(`token service ${realm.origin} sent no token`);
    return `Bearer ${token}`;
  };

  /** One request, authenticated on the first 401 and repeated once. */
  const send = async (method: string, url: string, headers: Record<string, string> = {}, body?: Buffer) => {
    const attempt = () =>
      fetch(url, {
        method,
        headers: { 'user-agent': 'argo-guard', ...headers, ...(authorization ? { authorization } : {}) },
        body,
        redirect: 'follow',
        signal: AbortSignal.timeout(300_000),
      });
    let res = await attempt();
    if (res.status === 401) {
      await res.body?.cancel();
      authorization = await authenticate(res.headers.get('www-authenticate'));
      res = await attempt();
      if (res.status === 401)
        throw new Error(`${host} rejected the credentials for ${ref.repository} (HTTP 401)`);
    }
    return res;
  };

  const expect = async (res: Response, status: number[], what: string) => {
    if (!status.includes(res.status))
      throw new Error(`${what}: ${host} answered HTTP ${res.status} ${(await res.text()).slice(0, 300)}`);
    await res.body?.cancel();
  };

  const layout = readLayout(dir);
  let uploaded = 0;
  let present = 0;
  const pushBlob = async (d: Descriptor) => {
    const head = await send('HEAD', `${base}/blobs/${d.digest}`);
    if (head.status === 200) {
      present++;
      return;
    }
    const content = layout.blob(d.digest);
    const start = await send('POST', `${base}/blobs/uploads/`);
    if (start.status !== 202) await expect(start, [202], `starting the upload of ${d.digest}`);
    await start.body?.cancel();
    const location = new URL(start.headers.get('location') ?? '', `${scheme}://${host}`);
    location.searchParams.set('digest', d.digest);
    const put = await send(
      'PUT',
      location.toString(),
      { 'content-type': 'application/octet-stream', 'content-length': String(content.length) },
      content,
    );
    await expect(put, [201], `uploading ${d.digest} (${content.length} bytes)`);
    uploaded++;
    log(`pushed blob ${d.digest} (${content.length} bytes)`);
  };
  const pushManifest = async (d: Descriptor, reference: string) => {
    const content = layout.blob(d.digest);
    const res = await send('PUT', `${base}/manifests/${reference}`, { 'content-type': d.mediaType }, content);
    await expect(res, [201], `putting manifest ${reference}`);
    const echoed = res.headers.get('docker-content-digest');
    if (echoed && echoed !== sha256(content))
      throw new Error(
        `${host} stored manifest ${reference} as ${echoed}, but its content is ${sha256(content)}`,
      );
  };

  const index = JSON.parse(layout.blob(layout.index.digest).toString('utf8'));
  if (layout.index.mediaType !== OCI.index)
    throw new Error(`${dir}: index.json does not name an image index`);
  for (const m of index.manifests as Descriptor[]) {
    const manifest = JSON.parse(layout.blob(m.digest).toString('utf8'));
    for (const d of [manifest.config, ...manifest.layers] as Descriptor[]) await pushBlob(d);
    await pushManifest(m, m.digest);
  }
  await pushManifest(layout.index, tag);
  const reference = `${ref.registry}/${ref.repository}:${tag}@${layout.index.digest}`;
  return { reference, digest: layout.index.digest, blobsUploaded: uploaded, blobsPresent: present };
}
