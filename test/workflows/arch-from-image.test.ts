import { describe, expect, it } from 'vitest';
import { PlatformLock } from '../../src/platform/lock';
import {
  Architectures,
  ArgoGuard,
  type ArgoGuardSettings,
  ArtifactLocation,
  optOut,
  WorkflowTemplate,
} from '../../src/workflows';
import { chart, one, refusedAtCall, synth, template } from './util';

const FILE = 'arch-from-image.test.ts';

const D = (n: number) => `sha256:${String(n).repeat(64)}`;
const LOCK_FILE = 'argo-guard.platforms.json';

/** A lock as the file would hold it, parsed from JSON like `loadPlatformLock` does. */
function lock(): PlatformLock {
  const doc = {
    version: 1,
    images: {
      'ghcr.io/acme/multi:1': {
        digest: D(1),
        // unsorted, an alias spelling and a foreign OS: the pin must normalise and filter
        platforms: ['linux/s390x', 'linux/arm64/v8', 'windows/amd64', 'linux/amd64'],
      },
      'ghcr.io/acme/amd-only:1': { digest: D(2), platforms: ['linux/amd64'] },
      'ghcr.io/acme/arm-only:1': { digest: D(3), platforms: ['linux/arm64'] },
    },
  };
  return PlatformLock.parse(JSON.stringify(doc), LOCK_FILE);
}

const ARCH = 'kubernetes.io/arch';
const affinityIn = (archs: string[]) => ({
  nodeAffinity: {
    requiredDuringSchedulingIgnoredDuringExecution: {
      nodeSelectorTerms: [{ matchExpressions: [{ key: ARCH, operator: 'In', values: archs }] }],
    },
  },
});

function build(settings: ArgoGuardSettings, images: Record<string, string>, fromImage = true) {
  const c = chart({ platforms: lock(), ...settings });
  const wt = new WorkflowTemplate(c, 'wt');
  const dag = wt.addDag('main');
  for (const [name, image] of Object.entries(images)) {
    const t = wt.addContainer(name, {
      image,
      architectures: fromImage ? Architectures.fromImage() : undefined,
      outputs: {
        artifacts: [{ name: 'out', path: '/out', location: ArtifactLocation.s3({ key: `${name}.tgz` }) }],
      },
    });
    dag.addTask(name, { template: t });
  }
  wt.entrypoint = dag;
  return c;
}

describe('Architectures.fromImage()', () => {
  it('multi-arch image -> required node affinity In its linux architectures, sorted', () => {
    const spec = one(synth(build({}, { a: 'ghcr.io/acme/multi:1' })), 'WorkflowTemplate').spec;
    const t = template(spec, 'a');
    // s390x is in the image too: with no configured list nothing restricts it; windows/amd64 does not count twice
    expect(t.affinity).toEqual(affinityIn(['amd64', 'arm64', 's390x']));
    expect(t.nodeSelector).toEqual({ 'kubernetes.io/os': 'linux' });
  });

  it('intersects with the chart architectures when the chart configures a list', () => {
    const c = build({ architectures: ['amd64', 'arm64'] }, { a: 'ghcr.io/acme/multi:1' });
    const spec = one(synth(c), 'WorkflowTemplate').spec;
    expect(template(spec, 'a').affinity).toEqual(affinityIn(['amd64', 'arm64']));
    // the workflow level and the GC pod keep the chart's pin, as without fromImage
    expect(spec.affinity).toEqual(affinityIn(['amd64', 'arm64']));
    expect(JSON.parse(spec.artifactGC.podSpecPatch).affinity).toEqual(affinityIn(['amd64', 'arm64']));
  });

  it('amd64-only image -> nodeSelector amd64', () => {
    const spec = one(synth(build({}, { a: 'ghcr.io/acme/amd-only:1' })), 'WorkflowTemplate').spec;
    const t = template(spec, 'a');
    expect(t.nodeSelector).toEqual({ [ARCH]: 'amd64', 'kubernetes.io/os': 'linux' });
    expect(t.affinity).toBeUndefined();
  });

  it('a template allowed set wins over the chart list; tainted architectures get their toleration', () => {
    const c = chart({ platforms: lock(), architectures: ['amd64'], taintedArchitectures: ['arm64'] });
    const wt = new WorkflowTemplate(c, 'wt');
    wt.entrypoint = wt.addContainer('a', {
      image: 'ghcr.io/acme/multi:1',
      architectures: Architectures.fromImage({ allowed: ['arm64', 'riscv64'] }),
    });
    const t = template(one(synth(c), 'WorkflowTemplate').spec, 'a');
    expect(t.nodeSelector).toEqual({ [ARCH]: 'arm64', 'kubernetes.io/os': 'linux' });
    expect(t.tolerations).toEqual([{ key: ARCH, operator: 'Equal', value: 'arm64', effect: 'NoSchedule' }]);
  });

  it('chart-level fromImage: every pod template pins to its image; workflow level and GC pod get the union', () => {
    const c = build(
      { architectures: Architectures.fromImage({ allowed: ['amd64', 'arm64'] }) },
      {
        a: 'ghcr.io/acme/amd-only:1',
        b: 'ghcr.io/acme/arm-only:1',
      },
      false,
    );
    const spec = one(synth(c), 'WorkflowTemplate').spec;
    expect(template(spec, 'a').nodeSelector[ARCH]).toBe('amd64');
    expect(template(spec, 'b').nodeSelector[ARCH]).toBe('arm64');
    expect(spec.affinity).toEqual(affinityIn(['amd64', 'arm64']));
    const patch = JSON.parse(spec.artifactGC.podSpecPatch);
    expect(patch.affinity).toEqual(affinityIn(['amd64', 'arm64']));
    // a template's own list still wins over the chart's fromImage
    const c2 = chart({ platforms: lock(), architectures: Architectures.fromImage() });
    const wt2 = new WorkflowTemplate(c2, 'wt');
    wt2.entrypoint = wt2.addContainer('x', { image: 'ghcr.io/acme/multi:1', architectures: ['amd64'] });
    const spec2 = one(synth(c2), 'WorkflowTemplate').spec;
    expect(template(spec2, 'x').nodeSelector[ARCH]).toBe('amd64');
    expect(spec2.nodeSelector[ARCH]).toBe('amd64');
  });

  it('a container set pins to the architectures all of its images have', () => {
    const c = chart({ platforms: lock() });
    const wt = new WorkflowTemplate(c, 'wt');
    const set = wt.addContainerSet('set', { architectures: Architectures.fromImage() });
    set.addContainer('m', { image: 'ghcr.io/acme/multi:1' });
    set.addContainer('a', { image: 'ghcr.io/acme/amd-only:1' });
    wt.entrypoint = set;
    expect(template(one(synth(c), 'WorkflowTemplate').spec, 'set').nodeSelector[ARCH]).toBe('amd64');
  });

  it('an image missing from the lock is refused at the call, naming the path, the image and the fix', () => {
    expect(refusedAtCall(() => build({}, { a: 'ghcr.io/acme/unknown:2' }), FILE).message).toMatch(
      /^\[test\/wt\] API016 template "a": image ghcr\.io\/acme\/unknown:2 is not in the platform lock argo-guard\.platforms\.json.* — run `argo-guard platforms update ghcr\.io\/acme\/unknown:2` and commit the lock file/,
    );
  });

  it('no platform lock configured is refused at the call, never a silent default', () => {
    const wt = new WorkflowTemplate(chart(), 'wt');
    expect(
      refusedAtCall(
        () => wt.addContainer('a', { image: 'nginx:1.27', architectures: Architectures.fromImage() }),
        FILE,
      ).message,
    ).toMatch(
      /^\[test\/wt\] API016 template "a": Architectures\.fromImage\(\) needs a platform lock.*argo-guard platforms update nginx:1\.27/,
    );
    expect(wt.templates).toEqual([]);
  });

  it('an empty intersection is refused at the call, naming the platforms and the allowed set', () => {
    expect(
      refusedAtCall(() => build({ architectures: ['arm64'] }, { a: 'ghcr.io/acme/amd-only:1' }), FILE)
        .message,
    ).toMatch(
      /^\[test\/wt\] API016 template "a": image ghcr\.io\/acme\/amd-only:1 is built for linux\/amd64 but the allowed architectures \(the architectures setting\) are arm64/,
    );
    const wt2 = new WorkflowTemplate(chart({ platforms: lock() }), 'wt');
    expect(() =>
      wt2.addContainer('a', {
        image: 'ghcr.io/acme/arm-only:1',
        architectures: Architectures.fromImage({ allowed: ['amd64', 's390x'] }),
      }),
    ).toThrow(
      /built for linux\/arm64 but the allowed architectures \(Architectures\.fromImage\(\{ allowed \}\)\) are amd64, s390x/,
    );
    // A container set: its images arrive after it joined the workflow, each checked as it comes.
    const wt3 = new WorkflowTemplate(chart({ platforms: lock() }), 'wt');
    const set = wt3.addContainerSet('set', { architectures: Architectures.fromImage() });
    set.addContainer('a', { image: 'ghcr.io/acme/amd-only:1' });
    expect(
      refusedAtCall(() => set.addContainer('b', { image: 'ghcr.io/acme/arm-only:1' }), FILE).message,
    ).toMatch(
      /API016 template "set": the images ghcr\.io\/acme\/amd-only:1, ghcr\.io\/acme\/arm-only:1 share no linux architecture/,
    );
    expect(set.containers.map((c) => c.name)).toEqual(['a']);
  });

  it('refuses unknown names in allowed (API012) and images computed at run time (API016)', () => {
    const wt = new WorkflowTemplate(chart({ platforms: lock() }), 'wt');
    const tag = 'ghcr.io/acme/{{inputs.parameters.tag}}';
    expect(() =>
      wt.addContainer('a', { image: tag, architectures: Architectures.fromImage({ allowed: ['aarch64'] }) }),
    ).toThrow(/^\[test\/wt\] API012 template "a": unknown architecture "aarch64"/);
    expect(() =>
      wt.addContainer('a', { image: tag, architectures: Architectures.fromImage({ allowed: ['arm64'] }) }),
    ).toThrow(/^\[test\/wt\] API016 template "a": image .* is computed at run time/);
  });

  it('is deterministic and leaves charts that do not ask for it unchanged', () => {
    const a = JSON.stringify(synth(build({}, { a: 'ghcr.io/acme/multi:1', b: 'ghcr.io/acme/amd-only:1' })));
    expect(a).toBe(
      JSON.stringify(synth(build({}, { a: 'ghcr.io/acme/multi:1', b: 'ghcr.io/acme/amd-only:1' }))),
    );
    const plain = one(synth(build({}, { a: 'ghcr.io/acme/multi:1' }, false)), 'WorkflowTemplate').spec;
    expect(template(plain, 'a').nodeSelector).toEqual({ [ARCH]: 'amd64', 'kubernetes.io/os': 'linux' });
  });

  it('an opt-out at the template still wins over a chart-level fromImage', () => {
    const c = chart({ platforms: lock() });
    ArgoGuard.configure(c, { architectures: Architectures.fromImage() });
    const wt = new WorkflowTemplate(c, 'wt');
    wt.entrypoint = wt.addContainer('a', {
      image: 'ghcr.io/acme/multi:1',
      architectures: optOut('any node'),
    });
    const m = one(synth(c), 'WorkflowTemplate');
    expect(template(m.spec, 'a').nodeSelector).toBeUndefined();
    expect(m.metadata.annotations['argo-guard.io/opt-out.architecture']).toBe('any node');
  });
});
