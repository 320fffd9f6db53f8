/**
 * Starts Debian's `docker-registry` (distribution 2.8) on a free loopback port for a test, with
 * its storage in a temp dir (tests may corrupt stored files on purpose). Not a fake: the real
 * registry binary, configured by a YAML file like any deployment.
 *
 * Missing binary: tests skip with one line outside CI and fail under CI=true (`registryAvailability`).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export { freePort } from '../helpers/ports';

export const REGISTRY_BINARY = process.env.ARGO_GUARD_REGISTRY_BIN ?? '/usr/bin/docker-registry';

/** The user every basic-auth registry accepts, and its bcrypt hash (`htpasswd -nbB`): distribution only takes bcrypt. */
export const TEST_USER = { username: 'argo-guard-test', password: 'not-a-secret-7f3a' };
const TEST_HTPASSWD = 'argo-guard-test:$2y$05$hzEDK8giAKPOzbVQQIkZzOv4pD.MG5aT0x9Pmw.WxtB27nerWcY4K\n';

export interface RegistryAuth {
  kind: 'basic' | 'token';
  /** For `token`: the realm URL and the PEM certificate the registry trusts for token signatures. */
  realm?: string;
  service?: string;
  issuer?: string;
  rootCertPem?: string;
}

export interface Registry {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** `127.0.0.1:<port>` — use it as the registry part of image references. */
  host: string;
  /** The filesystem storage root (`docker/registry/v2/...` below it). */
  storage: string;
  /** Authorization header value that works for pushes to this registry (basic auth only). */
  pushAuthorization?: string; // settable: a token registry gets a minted push token
  stop(): Promise<void>;
}

/** Whether the registry tests can run here; under CI a missing binary is a failure, not a skip. */
export function registryAvailability(): { available: boolean; reason?: string } {
  if (existsSync(REGISTRY_BINARY)) return { available: true };
  const reason = `${REGISTRY_BINARY} is missing (apt-get install -y docker-registry, or run scripts/prereqs.sh)`;
  if (process.env.CI === 'true' || process.env.CI === '1')
    throw new Error(`registry tests cannot run under CI: ${reason}`);
  return { available: false, reason };
}

export async function startRegistry(options: { auth?: 'basic' | RegistryAuth } = {}): Promise<Registry> {
  const auth: RegistryAuth | undefined = options.auth === 'basic' ? { kind: 'basic' } : options.auth;
  const dir = mkdtempSync(join(tmpdir(), 'argo-guard-registry-'));
  const storage = join(dir, 'data');
  const lines = [
    'version: 0.1',
    'log:',
    // info: the registry logs the address it bound ("listening on 127.0.0.1:PORT").
    '  level: info',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${storage}`,
    '  delete:',
    '    enabled: true',
    '  maintenance:',
    '    uploadpurging:',
    '      enabled: false',
    'http:',
    // Port 0: the kernel picks a free port while binding; picking one first and passing it on
    // races with every other process on the machine.
    '  addr: 127.0.0.1:0',
    '  secret: argo-guard-test-secret',
  ];
  if (auth?.kind === 'basic') {
    writeFileSync(join(dir, 'htpasswd'), TEST_HTPASSWD);
    lines.push('auth:', '  htpasswd:', '    realm: argo-guard-test', `    path: ${join(dir, 'htpasswd')}`);
  } else if (auth?.kind === 'token') {
    writeFileSync(join(dir, 'token-ca.pem'), auth.rootCertPem ?? '');
    lines.push(
      'auth:',
      '  token:',
      `    realm: ${auth.realm}`,
      `    service: ${auth.service}`,
      `    issuer: ${auth.issuer}`,
      `    rootcertbundle: ${join(dir, 'token-ca.pem')}`,
    );
  }
  const config = join(dir, 'config.yml');
  writeFileSync(config, `${lines.join('\n')}\n`);
  const logFile = join(dir, 'registry.log');
  const log = openSync(logFile, 'a');
  const child: ChildProcess = spawn(REGISTRY_BINARY, ['serve', config], { stdio: ['ignore', log, log] });
  let exited: number | null = null;
  child.once('exit', (code) => {
    exited = code ?? -1;
  });
  const deadline = Date.now() + 15_000;
  let host: string | undefined;
  for (;;) {
    if (exited !== null) {
      throw new Error(
        `docker-registry exited with ${exited} before it was ready:\n${readFileSync(logFile, 'utf8')}`,
      );
    }
    host ??= /listening on (127\.0\.0\.1:\d+)/.exec(readFileSync(logFile, 'utf8'))?.[1];
    if (host) {
      try {
        const res = await fetch(`http://${host}/v2/`, { signal: AbortSignal.timeout(1000) });
        if (res.status === 200 || res.status === 401) break;
      } catch {
        // not serving yet
      }
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`docker-registry not ready after 15s:\n${readFileSync(logFile, 'utf8')}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const url = `http://${host}`;
  return {
    url,
    host,
    storage,
    pushAuthorization:
      auth?.kind === 'basic'
        ? `Basic ${Buffer.from(`${TEST_USER.username}:${TEST_USER.password}`).toString('base64')}`
        : undefined,
    async stop() {
      if (exited === null) {
        const gone = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
        await gone;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
