/**
 * Certificates for the test control plane, made with the openssl CLI the way envtest makes its
 * own: one CA that signs the serving certificate and the admin client certificate (group
 * system:masters, so RBAC lets it do anything), plus the ServiceAccount token signing key pair.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CertPaths {
  caCert: string;
  caKey: string;
  serverCert: string;
  serverKey: string;
  adminCert: string;
  adminKey: string;
  saKey: string;
  saPub: string;
}

export function certPaths(dir: string): CertPaths {
  return {
    caCert: join(dir, 'ca.crt'),
    caKey: join(dir, 'ca.key'),
    serverCert: join(dir, 'apiserver.crt'),
    serverKey: join(dir, 'apiserver.key'),
    adminCert: join(dir, 'admin.crt'),
    adminKey: join(dir, 'admin.key'),
    saKey: join(dir, 'sa.key'),
    saPub: join(dir, 'sa.pub'),
  };
}

function openssl(args: string[]): void {
  execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

/** P-256 keys: generated in milliseconds, accepted for serving, client auth and SA tokens (ES256). */
const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

function issue(dir: string, p: CertPaths, name: string, subject: string, extensions: string): void {
  const csr = join(dir, `${name}.csr`);
  const ext = join(dir, `${name}.ext`);
  writeFileSync(ext, `[ext]\n${extensions}\n`);
  openssl(['req', '-new', ...EC, '-keyout', join(dir, `${name}.key`), '-out', csr, '-subj', subject]);
  openssl([
    'x509',
    '-req',
    '-in',
    csr,
    '-CA',
    p.caCert,
    '-CAkey',
    p.caKey,
    '-CAcreateserial',
    '-days',
    '3650',
    '-sha256',
    '-extfile',
    ext,
    '-extensions',
    'ext',
    '-out',
    join(dir, `${name}.crt`),
  ]);
}

/** Writes a fresh set of certificates into `dir` (overwriting any old ones) and returns their paths. */
export function generateCerts(dir: string): CertPaths {
  mkdirSync(dir, { recursive: true });
  const p = certPaths(dir);
  openssl([
    'req',
    '-x509',
    ...EC,
    '-keyout',
    p.caKey,
    '-out',
    p.caCert,
    '-days',
    '3650',
    '-subj',
    '/CN=argo-guard-e2e-ca',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  issue(
    dir,
    p,
    'apiserver',
    '/CN=kube-apiserver',
    [
      'basicConstraints=critical,CA:FALSE',
      'keyUsage=critical,digitalSignature,keyEncipherment',
      'extendedKeyUsage=serverAuth',
      // 10.0.0.1 is the `kubernetes` Service IP of --service-cluster-ip-range=10.0.0.0/24.
      'subjectAltName=IP:127.0.0.1,DNS:localhost,IP:10.0.0.1,DNS:kubernetes.default.svc',
    ].join('\n'),
  );
  issue(
    dir,
    p,
    'admin',
    '/O=system:masters/CN=argo-guard-e2e-admin',
    [
      'basicConstraints=critical,CA:FALSE',
      'keyUsage=critical,digitalSignature',
      'extendedKeyUsage=clientAuth',
    ].join('\n'),
  );
  openssl(['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', p.saKey]);
  openssl(['pkey', '-in', p.saKey, '-pubout', '-out', p.saPub]);
  return p;
}
