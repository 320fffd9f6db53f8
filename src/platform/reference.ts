/**
 * Image references as users write them, normalised the way Docker and containerd do
 * (distribution/reference `ParseNormalizedNamed`): `nginx` is `docker.io/library/nginx:latest`,
 * `index.docker.io` is `docker.io`, the first path component is a registry only when it has a
 * `.` or `:` or is `localhost`.
 */
import { UserError } from '../errors';

export const DOCKER_HUB = 'docker.io';
/** Docker Hub's API lives on another host than its name (docs/gitops.md §4.2). */
export const DOCKER_HUB_API = 'registry-1.docker.io';

export interface ImageReference {
  /** Registry host[:port], e.g. `docker.io`, `ghcr.io`, `127.0.0.1:5000`. */
  registry: string;
  /** Repository path without the registry, e.g. `library/nginx`. */
  repository: string;
  tag?: string;
  /** `algorithm:hex`, e.g. `sha256:...`. */
  digest?: string;
}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
const SHA256 = /^sha256:[a-f0-9]{64}$/;
const HOST =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]+)?$/;

function invalid(text: string, why: string): UserError {
  return new UserError(
    `invalid image reference "${text}": ${why}`,
    'Write it as [registry/]repository[:tag][@sha256:digest], for example ghcr.io/org/app:1.2 or nginx.',
  );
}

/** Parses and normalises an image reference. Throws UserError naming the reference. */
export function parseImageReference(text: string): ImageReference {
  const input = text.trim();
  if (input === '') throw invalid(text, 'it is empty');
  let rest = input;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (digest.startsWith('sha256:') && !SHA256.test(digest)) {
      throw invalid(text, 'a sha256 digest has 64 lowercase hex characters');
    }
    if (!DIGEST.test(digest)) throw invalid(text, `"${digest}" is not a digest (algorithm:hex)`);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw invalid(text, `"${tag}" is not a valid tag`);
  }
  let registry = DOCKER_HUB;
  let repository = rest;
  const slash = rest.indexOf('/');
  if (slash >= 0) {
    const first = rest.slice(0, slash);
    // A first component with upper case cannot be a repository path, so Docker takes it as a host.
    if (
      first.includes('.') ||
      first.includes(':') ||
      first === 'localhost' ||
      first !== first.toLowerCase()
    ) {
      registry = first;
      repository = rest.slice(slash + 1);
    }
  }
  if (!HOST.test(registry)) throw invalid(text, `"${registry}" is not a registry host`);
  if (registry === 'index.docker.io' || registry === DOCKER_HUB_API) registry = DOCKER_HUB;
  if (registry === DOCKER_HUB && !repository.includes('/')) repository = `library/${repository}`;
  if (repository === '') throw invalid(text, 'the repository name is empty');
  for (const component of repository.split('/')) {
    if (!COMPONENT.test(component)) {
      throw invalid(
        text,
        component !== component.toLowerCase()
          ? 'repository names must be lowercase'
          : `"${component}" is not a valid repository path component`,
      );
    }
  }
  if (registry.length + 1 + repository.length > 255)
    throw invalid(text, 'the name is longer than 255 characters');
  return { registry, repository, ...(tag !== undefined ? { tag } : {}), ...(digest ? { digest } : {}) };
}

/** `registry/repository[:tag][@digest]`, with `:latest` added when neither tag nor digest is given. */
export function formatImageReference(ref: ImageReference): string {
  const tag = ref.tag ?? (ref.digest ? undefined : 'latest');
  return `${ref.registry}/${ref.repository}${tag ? `:${tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/** The canonical spelling of a reference: `nginx` -> `docker.io/library/nginx:latest`. */
export function normalizeImageReference(text: string): string {
  return formatImageReference(parseImageReference(text));
}

/** The host that serves the registry API for `registry`. */
export function registryApiHost(registry: string): string {
  return registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
}

/** Whether `text` can be resolved at all: Argo expressions (`{{inputs.parameters.image}}`) cannot. */
export function isTemplatedImage(text: string): boolean {
  return text.includes('{{') || text.includes('$(');
}
