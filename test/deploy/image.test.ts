/**
 * The container image (Dockerfile): there is no container engine here, so these tests check what
 * the image build relies on: a non-root numeric user that matches what ArgoGuardWatcher sets,
 * the CLI as entrypoint, multi-arch-friendly stages, a build context without local state, and
 * that everything src/ loads at run time is a production dependency (the image installs
 * `npm ci --omit=dev`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WATCHER_DEFAULT_PORT, WATCHER_IMAGE_USER } from '../../src/deploy';

const ROOT = join(__dirname, '..', '..');
const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
const instructions = dockerfile
  .split('\n')
  .filter((l) => l.trim() && !l.trim().startsWith('#'))
  .map((l) => l.trim());

describe('Dockerfile', () => {
  const stages = instructions.filter((l) => l.startsWith('FROM '));
  const finalStage = instructions.slice(instructions.lastIndexOf(stages[stages.length - 1]));

  it('is multi-stage; the build stages run on the build platform (no emulation for arm64)', () => {
    expect(stages.length).toBeGreaterThanOrEqual(3);
    for (const s of stages.slice(0, -1)) expect(s).toContain('--platform=$BUILDPLATFORM');
    // The runtime stage is the target platform's image.
    expect(stages[stages.length - 1]).not.toContain('--platform');
  });

  it('runs as the numeric non-root user the construct sets, with the CLI as entrypoint', () => {
    expect(finalStage).toContain(`USER ${WATCHER_IMAGE_USER}:${WATCHER_IMAGE_USER}`);
    expect(finalStage.find((l) => l.startsWith('ENTRYPOINT'))).toBe(
      'ENTRYPOINT ["/nodejs/bin/node", "/app/bin/argo-guard.js"]',
    );
    expect(finalStage).toContain(`EXPOSE ${WATCHER_DEFAULT_PORT}`);
    // The runtime base is distroless (no shell); the nonroot variant.
    expect(dockerfile).toMatch(/ARG RUNTIME_IMAGE=gcr\.io\/distroless\/nodejs20-debian12:nonroot/);
  });

  it('installs from the lock file, production dependencies only, without install scripts', () => {
    expect(instructions).toContain(
      'RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force',
    );
    expect(instructions.filter((l) => l.startsWith('RUN npm install'))).toEqual([]);
  });

  it('.dockerignore lets in only what the build needs', () => {
    const ignore = readFileSync(join(ROOT, '.dockerignore'), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    expect(ignore[0]).toBe('*');
    expect(ignore.filter((l) => l.startsWith('!')).sort()).toEqual(
      [
        '!bin/',
        '!package-lock.json',
        '!package.json',
        '!src/',
        '!tsconfig.build.json',
        '!tsconfig.json',
      ].sort(),
    );
    for (const copy of instructions.filter((l) => l.startsWith('COPY ') && !l.includes('--from'))) {
      for (const src of copy.split(/\s+/).slice(1, -1))
        expect(ignore, copy).toContain(`!${src.replace(/\/?$/, src.includes('.') ? '' : '/')}`);
    }
  });
});

describe('runtime dependencies of src/', () => {
  it('every package src/ loads at run time is in "dependencies" (the image omits devDependencies)', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const deps = new Set(Object.keys(pkg.dependencies));
    const builtins = new Set(builtinModules);
    const missing = new Set<string>();
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (f.endsWith('.ts')) {
          const text = readFileSync(p, 'utf8');
          // Value imports and requires; `import type` is erased.
          const specs = [
            ...text.matchAll(/^import (?!type )[^;]*? from '([^']+)'/gms),
            ...text.matchAll(/^export (?!type )[^;]*? from '([^']+)'/gms),
            ...text.matchAll(/require\('([^']+)'\)/g),
          ].map((m) => m[1]);
          for (const s of specs) {
            if (s.startsWith('.') || s.startsWith('node:') || builtins.has(s)) continue;
            const name = s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0];
            if (!deps.has(name)) missing.add(`${name} (${p.slice(ROOT.length + 1)})`);
          }
        }
      }
    };
    walk(join(ROOT, 'src'));
    expect([...missing]).toEqual([]);
  });
});
