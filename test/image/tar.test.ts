/**
 * The deterministic tar writer of the image build (scripts/image/tar.ts), read back by the real
 * GNU tar: what it writes must be what tar extracts (content, modes, owners, symlinks, long
 * paths), and the bytes must not depend on input order, file timestamps or the umask.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createTar,
  deterministicGzip,
  normalizeEntryPath,
  type TarEntry,
  treeEntries,
} from '../../scripts/image/tar';

const longDir = `app/node_modules/${'@scope-with-a-long-name/'.repeat(4)}package-with-a-long-name`;
const longName = `${'x'.repeat(120)}.js`;

function sample(): TarEntry[] {
  return [
    { type: 'file', path: 'usr/local/bin/node', content: Buffer.from('#!bin\n'), mode: 0o755 },
    { type: 'file', path: 'etc/passwd', content: Buffer.from('root:x:0:0::/:/x\n') },
    { type: 'dir', path: 'tmp', mode: 0o1777 },
    { type: 'dir', path: 'home/u', uid: 65532, gid: 65532 },
    { type: 'symlink', path: 'lib64/ld.so', target: '/lib/x86_64-linux-gnu/ld.so' },
    { type: 'file', path: `${longDir}/${longName}`, content: Buffer.from('module.exports = 1;\n') },
    { type: 'symlink', path: 'app/long-link', target: `/${longDir}/${longName}` },
  ];
}

function extract(tar: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'tar-test-'));
  const file = join(dir, 'layer.tar');
  writeFileSync(file, tar);
  mkdirSync(join(dir, 'root'));
  execFileSync('tar', ['-xf', file, '-C', join(dir, 'root'), '--same-owner', '--same-permissions']);
  return join(dir, 'root');
}

describe('createTar', () => {
  it('GNU tar extracts exactly the entries: content, modes, owners, symlinks, long paths (pax)', () => {
    const root = extract(createTar(sample()));
    expect(readFileSync(join(root, 'etc/passwd'), 'utf8')).toBe('root:x:0:0::/:/x\n');
    expect(lstatSync(join(root, 'etc/passwd')).mode & 0o7777).toBe(0o644);
    expect(lstatSync(join(root, 'usr/local/bin/node')).mode & 0o7777).toBe(0o755);
    expect(lstatSync(join(root, 'tmp')).mode & 0o7777).toBe(0o1777);
    expect(lstatSync(join(root, 'home/u')).uid).toBe(65532);
    expect(lstatSync(join(root, 'home/u')).gid).toBe(65532);
    expect(lstatSync(join(root, 'home')).uid).toBe(0); // an added parent
    expect(readlinkSync(join(root, 'lib64/ld.so'))).toBe('/lib/x86_64-linux-gnu/ld.so');
    expect(readFileSync(join(root, longDir, longName), 'utf8')).toBe('module.exports = 1;\n');
    expect(readlinkSync(join(root, 'app/long-link'))).toBe(`/${longDir}/${longName}`);
    expect(lstatSync(join(root, 'etc/passwd')).mtimeMs).toBe(0);
  });

  it('lists parents before children, in byte order, with one fixed mtime', () => {
    const listing = execFileSync('tar', ['-tvf', '-', '--full-time', '--numeric-owner'], {
      input: createTar(sample(), { mtime: 1_700_000_000 }),
    })
      .toString()
      .trim()
      .split('\n');
    const paths = listing.map((l) => l.split(/\s+/)[5]);
    expect(paths.slice(0, 6)).toEqual([
      'app/',
      'app/long-link',
      'app/node_modules/',
      `app/node_modules/@scope-with-a-long-name/`,
      `app/node_modules/@scope-with-a-long-name/@scope-with-a-long-name/`,
      `app/node_modules/@scope-with-a-long-name/@scope-with-a-long-name/@scope-with-a-long-name/`,
    ]);
    expect(paths).toEqual([...paths].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
    for (const line of listing) expect(line).toContain('2023-11-14 22:13:20');
  });

  it('gives the same bytes for the same entries in any order (property)', () => {
    const entries = sample();
    const expected = createTar(entries);
    fc.assert(
      fc.property(fc.shuffledSubarray(entries, { minLength: entries.length }), (shuffled) => {
        expect(createTar(shuffled).equals(expected)).toBe(true);
      }),
      { numRuns: 50 },
    );
    // Liveness: a different entry gives different bytes.
    const changed = entries.map((e) => (e.path === 'etc/passwd' ? { ...e, content: Buffer.from('x') } : e));
    expect(createTar(changed).equals(expected)).toBe(false);
  });

  it('refuses what a layer must not hold', () => {
    expect(() => normalizeEntryPath('../etc/passwd')).toThrow(/contains "\.\."/);
    expect(() => normalizeEntryPath('/')).toThrow(/empty/);
    expect(() =>
      createTar([
        { type: 'file', path: 'a', content: Buffer.from('1') },
        { type: 'file', path: './a', content: Buffer.from('2') },
      ]),
    ).toThrow(/two entries for "a"/);
    expect(() =>
      createTar([
        { type: 'file', path: 'a', content: Buffer.from('1') },
        { type: 'file', path: 'a/b', content: Buffer.from('2') },
      ]),
    ).toThrow(/"a" is a file and a parent of "a\/b"/);
    // The same directory from two packages is fine.
    expect(() =>
      createTar([
        { type: 'dir', path: 'usr' },
        { type: 'dir', path: 'usr/' },
      ]),
    ).not.toThrow();
  });
});

describe('treeEntries', () => {
  it('does not depend on timestamps or the umask: only the execute bit survives', () => {
    const make = (perm: number, exec: number, time: number) => {
      const dir = mkdtempSync(join(tmpdir(), 'tree-'));
      mkdirSync(join(dir, 'sub'));
      writeFileSync(join(dir, 'sub/a.js'), 'a');
      writeFileSync(join(dir, 'run'), 'r');
      symlinkSync('sub/a.js', join(dir, 'link'));
      chmodSync(join(dir, 'sub/a.js'), perm);
      chmodSync(join(dir, 'run'), exec);
      chmodSync(join(dir, 'sub'), 0o700);
      for (const p of ['sub/a.js', 'run', 'sub']) utimesSync(join(dir, p), time, time);
      return createTar(treeEntries(dir, { into: 'app' }));
    };
    const a = make(0o644, 0o755, 1000);
    const b = make(0o600, 0o700, 2_000_000);
    expect(b.equals(a)).toBe(true);
    const root = extract(a);
    expect(lstatSync(join(root, 'app/run')).mode & 0o777).toBe(0o755);
    expect(lstatSync(join(root, 'app/sub/a.js')).mode & 0o777).toBe(0o644);
    expect(lstatSync(join(root, 'app/sub')).mode & 0o777).toBe(0o755);
    expect(readlinkSync(join(root, 'app/link'))).toBe('sub/a.js');
    // Liveness: an execute bit does change the layer.
    expect(make(0o755, 0o755, 1000).equals(a)).toBe(false);
  });

  it('leaves out excluded paths and what is below them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tree-'));
    mkdirSync(join(dir, 'doc/x'), { recursive: true });
    writeFileSync(join(dir, 'doc/x/README'), 'r');
    writeFileSync(join(dir, 'keep'), 'k');
    const paths = treeEntries(dir, { into: 'r', exclude: (p) => p === 'doc' }).map((e) => e.path);
    expect(paths).toEqual(['r/keep']);
  });
});

describe('deterministicGzip', () => {
  it('writes no name and no timestamp, and gunzips to the input', () => {
    const data = createTar(sample());
    const gz = deterministicGzip(data);
    expect([...gz.subarray(0, 4)]).toEqual([0x1f, 0x8b, 8, 0]); // deflate, no FNAME/FEXTRA/FCOMMENT
    expect(gz.readUInt32LE(4)).toBe(0);
    expect(gz[9]).toBe(3);
    expect(gunzipSync(gz).equals(data)).toBe(true);
    expect(deterministicGzip(data).equals(gz)).toBe(true);
  });
});
