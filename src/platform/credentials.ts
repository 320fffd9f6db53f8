/**
 * Registry credentials from a Docker `config.json` (what `docker login` writes). Only inline
 * credentials (`auths.<host>.auth` or `username`/`password`) are read: credential helpers
 * (`credsStore`, `credHelpers`) run external programs and are not supported; a registry that
 * needs one gets a clear error when it asks for credentials, not before (anonymous pulls work).
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../errors';
import { DOCKER_HUB } from './reference';

export type Credential =
  | { kind: 'basic'; username: string; password: string; source: string }
  /** The config names a credential helper for this host; we cannot run it. */
  | { kind: 'helper'; helper: string; source: string };

export interface CredentialStore {
  /** Credentials for a registry (`docker.io`, `ghcr.io`, `127.0.0.1:5000`), if any. */
  get(registry: string): Credential | undefined;
}

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
}

/** `https://index.docker.io/v1/` -> `docker.io`; `https://ghcr.io` -> `ghcr.io`. */
export function normalizeAuthKey(key: string): string {
  let host = key.trim().replace(/^[a-z]+:\/\//i, '');
  host = host.split('/')[0].toLowerCase();
  if (host === 'index.docker.io' || host === 'registry-1.docker.io' || host === 'registry.hub.docker.com') {
    return DOCKER_HUB;
  }
  return host;
}

/** The default config path: `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`. */
export function defaultDockerConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.DOCKER_CONFIG ?? join(homedir(), '.docker'), 'config.json');
}

/** Parses a Docker config.json text. `source` (the file name) is used in error messages. */
export function parseDockerConfig(text: string, source: string): CredentialStore {
  let config: DockerConfig;
  try {
    config = JSON.parse(text) as DockerConfig;
  } catch (err) {
    throw new UserError(
      `${source}: not valid JSON (${(err as Error).message})`,
      'Fix the Docker config file or point --docker-config at another one.',
    );
  }
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    throw new UserError(`${source}: expected a JSON object`, 'Fix the Docker config file.');
  }
  const basic = new Map<string, Credential>();
  for (const [key, entry] of Object.entries(config.auths ?? {})) {
    if (!entry || typeof entry !== 'object') continue;
    const host = normalizeAuthKey(key);
    let username = entry.username;
    let password = entry.password;
    if (typeof entry.auth === 'string' && entry.auth !== '') {
      const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
      const sep = decoded.indexOf(':');
      if (sep < 0) {
        throw new UserError(
          `${source}: auths["${key}"].auth is not base64 of "user:password"`,
          `Run "docker login ${host}" again or fix the entry.`,
        );
      }
      username = decoded.slice(0, sep);
      password = decoded.slice(sep + 1);
    }
    if (typeof username === 'string' && typeof password === 'string' && username !== '') {
      basic.set(host, { kind: 'basic', username, password, source });
    }
  }
  const helpers = new Map<string, string>();
  for (const [key, helper] of Object.entries(config.credHelpers ?? {})) {
    if (typeof helper === 'string') helpers.set(normalizeAuthKey(key), helper);
  }
  const store =
    typeof config.credsStore === 'string' && config.credsStore !== '' ? config.credsStore : undefined;
  return {
    get(registry) {
      const host = normalizeAuthKey(registry);
      // Docker consults credHelpers first, then the credsStore, then inline auths.
      const helper = helpers.get(host);
      if (helper) return { kind: 'helper', helper: `docker-credential-${helper}`, source };
      const inline = basic.get(host);
      if (inline) return inline;
      if (store) return { kind: 'helper', helper: `docker-credential-${store}`, source };
      return undefined;
    },
  };
}

/** Loads a Docker config.json; a missing file at the default path means "no credentials". */
export function loadDockerConfig(path?: string): CredentialStore {
  const file = path ?? defaultDockerConfigPath();
  if (!existsSync(file)) {
    if (path) throw new UserError(`Docker config ${file} does not exist`, 'Check the --docker-config path.');
    return { get: () => undefined };
  }
  return parseDockerConfig(readFileSync(file, 'utf8'), file);
}
