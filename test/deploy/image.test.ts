/**
 * The image and the install construct: `ArgoGuardWatcher` runs the image by the digest its
 * platform lock entry froze and pins its pods to the architectures the image really has (the
 * image itself is built and proven in test/e2e/image.test.ts); and everything src/ loads at run
 * time is a production dependency (`npm run image` installs `npm ci --omit=dev`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { ArgoGuardWatcher, type ArgoGuardWatcherProps } from '../../src/deploy';
import { PlatformLock } from '../../src/platform/lock';
import { type ArgoGuardSettings, GuardedChart } from '../../src/workflows';

const ROOT = join(__dirname, '..', '..');
const IMAGE = 'registry.example:5000/ops/argo-guard:0.1.0';
const DIGEST = `sha256:${'ab'.repeat(32)}`;

function install(props: ArgoGuardWatcherProps, settings: ArgoGuardSettings = {}) {
  const chart = new GuardedChart(Testing.app(), 'test', { namespace: 'argo-guard', argoGuard: settings });
  new ArgoGuardWatcher(chart, 'watcher', props);
  const ms = Testing.synth(chart) as any[];
  const pods = [
    ms.find((m) => m.kind === 'Deployment').spec.template.spec,
    ms.find((m) => m.kind === 'CronJob').spec.jobTemplate.spec.template.spec,
  ];
  return {
    images: pods.flatMap((p) => p.containers.map((c: any) => c.image)),
    // One architecture is a nodeSelector, several a required node-affinity `In` term.
    archs: pods.map(
      (p) =>
        (p.nodeSelector?.['kubernetes.io/arch'] && [p.nodeSelector['kubernetes.io/arch']]) ??
        p.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms[0].matchExpressions.find(
          (e: any) => e.key === 'kubernetes.io/arch',
        )?.values,
    ),
  };
}

const lock = (platforms: string[]) =>
  new PlatformLock({ [IMAGE]: { digest: DIGEST, platforms } }, 'argo-guard.platforms.json');

describe('ArgoGuardWatcher with a platform lock entry for its image', () => {
  it('runs the image by the locked digest and pins to the architectures the image has', () => {
    const r = install(
      { image: IMAGE, platforms: lock(['linux/amd64', 'linux/arm64']) },
      { architectures: ['amd64', 'arm64', 's390x'] },
    );
    expect(r.images).toEqual([`${IMAGE}@${DIGEST}`, `${IMAGE}@${DIGEST}`]);
    // s390x is a chart architecture the image lacks: the pods never land there.
    expect(r.archs).toEqual([
      ['amd64', 'arm64'],
      ['amd64', 'arm64'],
    ]);
  });

  it('an amd64-only image pins to amd64, whatever the default imageArchitectures says', () => {
    const r = install(
      { image: IMAGE, platforms: lock(['linux/amd64']) },
      { architectures: ['amd64', 'arm64'] },
    );
    expect(r.archs).toEqual([['amd64'], ['amd64']]);
    // Without the lock the construct believes the default (both): the lock is what changes it.
    const unlocked = install({ image: IMAGE }, { architectures: ['amd64', 'arm64'] });
    expect(unlocked.images[0]).toBe(IMAGE);
    expect(unlocked.archs[0]).toEqual(['amd64', 'arm64']);
  });

  it("takes the chart's platforms setting when the prop is not given; a digest reference finds its entry", () => {
    const r = install(
      { image: IMAGE },
      { architectures: ['amd64', 'arm64'], platforms: lock(['linux/arm64']) },
    );
    expect(r.images[0]).toBe(`${IMAGE}@${DIGEST}`);
    expect(r.archs[0]).toEqual(['arm64']);
    const pinned = install(
      { image: `${IMAGE}@${DIGEST}` },
      { architectures: ['amd64', 'arm64'], platforms: lock(['linux/amd64']) },
    );
    expect(pinned.images[0]).toBe(`${IMAGE}@${DIGEST}`);
    expect(pinned.archs[0]).toEqual(['amd64']);
  });

  it('an image with none of the chart architectures is an error naming the construct', () => {
    expect(() =>
      install({ image: IMAGE, platforms: lock(['linux/arm64']) }, { architectures: ['amd64'] }),
    ).toThrow(/^test\/watcher: image .* is built for linux\/arm64 but the allowed architectures/);
    expect(() =>
      install({ image: IMAGE, platforms: lock(['windows/amd64']) }, { architectures: ['amd64'] }),
    ).toThrow(/^test\/watcher: image .* has no linux platform/);
  });

  it('imageArchitectures next to a lock entry is an error (two sources for one fact)', () => {
    expect(() =>
      install({ image: IMAGE, imageArchitectures: ['amd64'], platforms: lock(['linux/amd64']) }),
    ).toThrow(/imageArchitectures and the platform lock both say/);
  });

  it('an image missing from the lock keeps its reference and imageArchitectures', () => {
    const r = install(
      {
        image: 'other.example/argo-guard:1',
        imageArchitectures: ['arm64'],
        platforms: lock(['linux/amd64']),
      },
      { architectures: ['amd64', 'arm64'] },
    );
    expect(r.images[0]).toBe('other.example/argo-guard:1');
    expect(r.archs[0]).toEqual(['arm64']);
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
