/**
 * A token realm for `docker-registry` in `auth: token` mode: the real bearer-token protocol
 * (distribution docs "Token Authentication Specification"), so the client's anonymous and
 * credentialed token flows run against the real registry's token verification. Tokens are
 * ES256 JWTs with an `x5c` header; the registry trusts the self-signed certificate.
 *
 * Policy: anyone may pull repositories under `public/`; everything else needs TEST_USER.
 */
import { execFileSync } from 'node:child_process';
import { createPrivateKey, randomUUID, sign, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RegistryAuth, TEST_USER } from './registry';

export interface TokenServer {
  auth: RegistryAuth;
  /** Every token request: scope, service, and the user who authenticated ('' = anonymous). */
  requests: { scope: string; service: string; user: string }[];
  /** A token for direct use (pushes). */
  mint(access: { name: string; actions: string[] }[]): string;
  stop(): Promise<void>;
}

const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');

export async function startTokenServer(): Promise<TokenServer> {
  const dir = mkdtempSync(join(tmpdir(), 'argo-guard-token-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=argo-guard-test-token',
    ].concat(['-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')]),
    { stdio: 'ignore' },
  );
  const key = createPrivateKey(readFileSync(join(dir, 'key.pem')));
  const certPem = readFileSync(join(dir, 'cert.pem'), 'utf8');
  const certDer = new X509Certificate(certPem).raw;
  rmSync(dir, { recursive: true, force: true });
  const service = 'argo-guard-test-registry';
  const issuer = 'argo-guard-test-issuer';

  const mint = (access: { name: string; actions: string[] }[], subject = '') => {
    const now = Math.floor(Date.now() / 1000);
    const header = b64url(JSON.stringify({ alg: 'ES256', typ: 'JWT', x5c: [certDer.toString('base64')] }));
    const claims = b64url(
      JSON.stringify({
        iss: issuer,
        sub: subject,
        aud: service,
        exp: now + 300,
        nbf: now - 10,
        iat: now,
        jti: randomUUID(),
        access: access.map((a) => ({ type: 'repository', ...a })),
      }),
    );
    const signature = sign('sha256', Buffer.from(`${header}.${claims}`), { key, dsaEncoding: 'ieee-p1363' });
    return `${header}.${claims}.${b64url(signature)}`;
  };

  const requests: TokenServer['requests'] = [];
  const userOf = (req: IncomingMessage): string | undefined => {
    const h = req.headers.authorization;
    if (!h) return '';
    const [user, ...rest] = Buffer.from(h.replace(/^Basic /, ''), 'base64')
      .toString()
      .split(':');
    return user === TEST_USER.username && rest.join(':') === TEST_USER.password ? user : undefined;
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const scope = url.searchParams.get('scope') ?? '';
    const user = userOf(req);
    requests.push({ scope, service: url.searchParams.get('service') ?? '', user: user ?? '!invalid' });
    if (user === undefined) {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"details":"invalid credentials"}');
      return;
    }
    const m = /^repository:([^:]+):(.+)$/.exec(scope);
    const granted =
      m && (user !== '' || m[1].startsWith('public/')) ? [{ name: m[1], actions: ['pull'] }] : [];
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ token: mint(granted, user), expires_in: 300 }));
  });
  // Port 0: bound by the kernel, no window in which another process takes it.
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    auth: { kind: 'token', realm: `http://127.0.0.1:${port}/token`, service, issuer, rootCertPem: certPem },
    requests,
    mint,
    stop: () => new Promise((r) => server.close(() => r())),
  };
}
