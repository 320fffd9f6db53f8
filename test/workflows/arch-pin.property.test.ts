/**
 * Every pin the constructs produce passes every ARCH rule (issue 12), for random architecture
 * sets, tainted architectures and the pod's own nodeSelector/affinity/tolerations; and ARCH005
 * can fail: a pin whose tolerations do not tolerate the taint of its only architecture is flagged.
 *
 * The constructs all write the pin with src/platform/scheduling.ts `pinScheduling`; the rules
 * read it back with their own path (effective scheduling of a template, ARCH001-005). So the
 * properties run the real writer (through the WorkflowTemplate, Sensor and watcher constructs and
 * directly) into the real rules engine.
 */
import { Testing } from 'cdk8s';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArgoGuardWatcher } from '../../src/deploy';
import { Sensor } from '../../src/events';
import {
  pinnedArchitectures,
  pinnedOperatingSystems,
  pinScheduling,
  type Toleration,
} from '../../src/platform/scheduling';
import { type Finding, lintManifests, type Manifest, type PlatformLookup } from '../../src/rules';
import { GuardedChart, WorkflowTemplate } from '../../src/workflows';
import { assertValidAgainstCrds } from '../helpers/crd-schema';

const ARCHS = ['amd64', 'arm64', 's390x', 'ppc64le'] as const;
const IMAGE = 'registry.example/app:1';
const ARCH = 'kubernetes.io/arch';

/** A lock in which the image has exactly `archs` on linux (so ARCH003 checks the pin is inside them). */
function lockFor(archs: readonly string[]): PlatformLookup {
  return {
    lookup: (image) =>
      image === IMAGE
        ? { digest: `sha256:${'0'.repeat(64)}`, platforms: archs.map((a) => `linux/${a}`) }
        : undefined,
  };
}

const archSetArb = fc.uniqueArray(fc.constantFrom(...ARCHS), { minLength: 1, maxLength: ARCHS.length });
const taintedArb = fc.subarray([...ARCHS]);
const effectArb = fc.constantFrom<string | undefined>(
  undefined,
  '',
  'NoSchedule',
  'NoExecute',
  'PreferNoSchedule',
);

function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Tolerations the API accepts: `Exists` carries no value; an empty key needs `Exists`. */
const tolerationArb: fc.Arbitrary<Toleration> = fc
  .oneof(
    fc.record({
      key: fc.constantFrom(ARCH, 'gpu', 'kubernetes.io/os'),
      operator: fc.constantFrom<string | undefined>(undefined, 'Equal'),
      value: fc.constantFrom<string>(...ARCHS, 'true'),
      effect: effectArb,
    }),
    fc.record({ key: fc.constantFrom(ARCH, 'gpu'), operator: fc.constant('Exists'), effect: effectArb }),
    fc.record({ operator: fc.constant('Exists'), effect: effectArb }),
  )
  .map(compact);

const termArb = fc
  .record({
    zone: fc.option(fc.constantFrom('a', 'b'), { nil: undefined }),
    arch: fc.option(fc.uniqueArray(fc.constantFrom(...ARCHS), { minLength: 1 }), { nil: undefined }),
  })
  .filter((t) => t.zone !== undefined || t.arch !== undefined)
  .map((t) => ({
    matchExpressions: [
      ...(t.zone ? [{ key: 'zone', operator: 'In', values: [t.zone] }] : []),
      ...(t.arch ? [{ key: ARCH, operator: 'In', values: t.arch }] : []),
    ],
  }));

/** The pod's own scheduling fields (no os/arch in the nodeSelector: that is an authoring error, ARCH002). */
const ownArb = fc.record({
  nodeSelector: fc.option(fc.constant({ disk: 'ssd' }), { nil: undefined }),
  affinity: fc.option(
    fc.array(termArb, { minLength: 1, maxLength: 2 }).map((terms) => ({
      nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: terms } },
    })),
    { nil: undefined },
  ),
  tolerations: fc.option(fc.array(tolerationArb, { maxLength: 3 }), { nil: undefined }),
});

const arch = (f: readonly Finding[]) => f.filter((x) => x.rule.startsWith('ARCH'));
const show = (f: readonly Finding[]) => f.map((x) => `${x.rule} ${x.path} ${x.message}`);

/** A WorkflowTemplate whose one pod template has the scheduling fields `fields` (a pod spec's). */
function asTemplate(fields: Record<string, unknown>): Manifest {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'WorkflowTemplate',
    metadata: { name: 'pod', namespace: 'ci' },
    spec: {
      entrypoint: 'main',
      activeDeadlineSeconds: 3600,
      podGC: { strategy: 'OnPodSuccess' },
      ttlStrategy: { secondsAfterCompletion: 86400 },
      templates: [
        {
          name: 'main',
          container: { image: IMAGE, command: ['true'] },
          nodeSelector: fields.nodeSelector,
          affinity: fields.affinity,
          tolerations: fields.tolerations,
        },
      ],
    },
  };
}

function lintArch(manifests: readonly Manifest[], allowed: readonly string[], tainted: readonly string[]) {
  return arch(lintManifests(manifests, { platforms: lockFor(allowed), taintedArchitectures: [...tainted] }));
}

describe('property: every pin the constructs produce passes every ARCH rule (safety)', () => {
  it('pinScheduling over random own fields, architectures and taints', () => {
    fc.assert(
      fc.property(
        archSetArb,
        taintedArb,
        ownArb,
        fc.constantFrom('linux', 'windows'),
        (archs, tainted, own, os) => {
          const pin = pinScheduling(own, archs, { os, taintedArchitectures: tainted });
          // The pin says exactly what was asked, whatever the pod had of its own.
          expect(pinnedArchitectures(pin.nodeSelector, pin.affinity)).toEqual([...archs].sort());
          expect(pinnedOperatingSystems(pin.nodeSelector, pin.affinity)).toEqual([os]);
          // ARCH003 compares the image's linux platforms: judge the linux pin against the rules.
          if (os !== 'linux') return;
          const found = lintArch([asTemplate({ ...pin })], archs, tainted);
          expect(show(found)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('WorkflowTemplate: template-level and chart-level pins', () => {
    fc.assert(
      fc.property(
        archSetArb,
        fc.option(archSetArb, { nil: undefined }),
        taintedArb,
        ownArb,
        (chartArchs, templateArchs, tainted, own) => {
          const c = new GuardedChart(Testing.app(), 'p', {
            namespace: 'ci',
            argoGuard: { architectures: chartArchs, taintedArchitectures: tainted, lint: false },
          });
          const wt = new WorkflowTemplate(c, 'wt', { metadata: { name: 'wt' } });
          wt.entrypoint = wt.addContainer('main', {
            image: IMAGE,
            command: ['true'],
            architectures: templateArchs,
            nodeSelector: own.nodeSelector,
            affinity: own.affinity,
            tolerations: own.tolerations,
          });
          const manifests = Testing.synth(c);
          assertValidAgainstCrds(manifests);
          const allowed = [...new Set([...chartArchs, ...(templateArchs ?? [])])];
          const found = lintArch(manifests, allowed, tainted);
          expect(show(found)).toEqual([]);
          const t = manifests.find((m) => m.kind === 'WorkflowTemplate').spec.templates[0];
          expect(pinnedArchitectures(t.nodeSelector, t.affinity)).toEqual(
            [...(templateArchs ?? chartArchs)].sort(),
          );
        },
      ),
      { numRuns: 15 },
    );
  });

  it('Sensor and the watcher install: their pod specs pass the ARCH rules as a template would', () => {
    fc.assert(
      fc.property(
        archSetArb,
        taintedArb,
        fc.option(fc.array(tolerationArb, { maxLength: 3 }), { nil: undefined }),
        (archs, tainted, tolerations) => {
          const settings = { architectures: archs, taintedArchitectures: tainted, lint: false };
          const events = new GuardedChart(Testing.app(), 'e', {
            namespace: 'argo-events',
            argoGuard: settings,
          });
          // toJson, not synth: a Sensor without dependencies is (rightly) a validation error.
          const sensor = new Sensor(events, 's', {
            metadata: { name: 's' },
            template: { tolerations },
          }).toJson();
          const ops = new GuardedChart(Testing.app(), 'o', { namespace: 'argo-guard', argoGuard: settings });
          new ArgoGuardWatcher(ops, 'watcher', { imageArchitectures: [...ARCHS] });
          const manifests = Testing.synth(ops);
          const pods = [
            sensor.spec.template,
            manifests.find((m) => m.kind === 'Deployment').spec.template.spec,
            manifests.find((m) => m.kind === 'CronJob').spec.jobTemplate.spec.template.spec,
          ];
          for (const pod of pods) {
            const found = lintArch([asTemplate(pod)], archs, tainted);
            expect(show(found)).toEqual([]);
            expect(pinnedArchitectures(pod.nodeSelector, pod.affinity)).toEqual([...archs].sort());
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});

/**
 * Tolerations that by construction do not tolerate `kubernetes.io/arch=<arch>:NoSchedule`:
 * another key, another value, or an effect other than NoSchedule (a key-less Exists included).
 */
function nonToleratingArb(archOf: string): fc.Arbitrary<Toleration> {
  const otherArch = fc.constantFrom(...ARCHS.filter((a) => a !== archOf));
  const otherEffect = fc.constantFrom('NoExecute', 'PreferNoSchedule');
  return fc
    .oneof(
      fc.record({
        key: fc.constantFrom('gpu', 'kubernetes.io/os'),
        operator: fc.constantFrom<string | undefined>(undefined, 'Equal', 'Exists'),
        effect: effectArb,
      }),
      fc.record({
        key: fc.constant(ARCH),
        operator: fc.constantFrom<string | undefined>(undefined, 'Equal'),
        value: otherArch,
        effect: effectArb,
      }),
      fc.record({
        key: fc.constant(ARCH),
        operator: fc.constantFrom<string | undefined>(undefined, 'Equal'),
        value: fc.constant(archOf),
        effect: otherEffect,
      }),
      fc.record({ key: fc.constant(ARCH), operator: fc.constant('Exists'), effect: otherEffect }),
      fc.record({ operator: fc.constant('Exists'), effect: otherEffect }),
    )
    .map((t) => compact(t.operator === 'Exists' ? { ...t, value: undefined } : t));
}

describe('property: the check can fail (liveness)', () => {
  it('a pin to one tainted architecture whose tolerations do not tolerate its taint is flagged by ARCH005', () => {
    const scenario = fc.constantFrom(...ARCHS).chain((a) =>
      fc.record({
        arch: fc.constant(a),
        tolerations: fc.array(nonToleratingArb(a), { maxLength: 4 }),
        where: fc.constantFrom('template', 'workflow'),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ arch: a, tolerations, where }) => {
        // The pin without the toleration it would add: what a writer that forgot the taint emits.
        const pin = { ...pinScheduling({}, [a]), tolerations };
        const m = asTemplate(where === 'template' ? pin : {});
        if (where === 'workflow') Object.assign(m.spec as Record<string, unknown>, pin);
        const found = lintArch([m], [a], [a]);
        expect(found.map((f) => f.rule)).toEqual(['ARCH005']);
        // …and the pin the constructs write for the same pod is not.
        const fixed = pinScheduling({ tolerations }, [a], { taintedArchitectures: [a] });
        expect(show(lintArch([asTemplate({ ...fixed })], [a], [a]))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('a pin outside the image’s architectures is flagged by ARCH003', () => {
    fc.assert(
      fc.property(archSetArb, archSetArb, (pinned, image) => {
        fc.pre(pinned.some((a) => !image.includes(a)));
        const found = lintArch([asTemplate({ ...pinScheduling({}, pinned) })], image, []);
        expect(found.map((f) => f.rule)).toEqual(['ARCH003']);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a template pinned away from a multi-arch workflow-level pin', () => {
  // Found by the property above: Argo replaces the workflow's affinity by the template's only when
  // the template sets one, so a template pin held only in its nodeSelector was ANDed with the
  // workflow's `arch In [amd64, arm64]` and the pod could run nowhere (ARCH001).
  it('carries its own arch affinity, so the pod can run where its image runs', () => {
    const c = new GuardedChart(Testing.app(), 'p', {
      namespace: 'ci',
      argoGuard: { architectures: ['amd64', 'arm64'], lint: false },
    });
    const wt = new WorkflowTemplate(c, 'wt', { metadata: { name: 'wt' } });
    wt.entrypoint = wt.addContainer('main', { image: IMAGE, command: ['true'], architectures: ['ppc64le'] });
    const manifests = Testing.synth(c);
    expect(show(lintArch(manifests, ['amd64', 'arm64', 'ppc64le'], []))).toEqual([]);
    const t = manifests.find((m) => m.kind === 'WorkflowTemplate').spec.templates[0];
    expect(t.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms).toEqual([
      { matchExpressions: [{ key: ARCH, operator: 'In', values: ['ppc64le'] }] },
    ]);
  });
});
