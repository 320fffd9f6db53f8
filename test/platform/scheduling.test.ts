/** The one scheduling model (src/platform/scheduling.ts): toleration semantics, writing and reading a pin. */
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors';
import {
  archTaint,
  formatTaint,
  pinnedArchitectures,
  pinnedOperatingSystems,
  pinScheduling,
  schedulingFor,
  schedulingPodSpecPatch,
  type Taint,
  toleratesTaint,
  tolerationsTolerateTaint,
} from '../../src/platform/scheduling';

const ARM: Taint = { key: 'kubernetes.io/arch', value: 'arm64', effect: 'NoSchedule' };

describe('toleratesTaint: the Kubernetes rules (core/v1 Toleration.ToleratesTaint)', () => {
  it.each<[string, unknown, Taint, boolean]>([
    [
      'Equal, same key, value and effect',
      { key: 'kubernetes.io/arch', operator: 'Equal', value: 'arm64', effect: 'NoSchedule' },
      ARM,
      true,
    ],
    [
      'no operator means Equal',
      { key: 'kubernetes.io/arch', value: 'arm64', effect: 'NoSchedule' },
      ARM,
      true,
    ],
    ['Equal, another value', { key: 'kubernetes.io/arch', operator: 'Equal', value: 'amd64' }, ARM, false],
    [
      'Equal without a value against a valued taint',
      { key: 'kubernetes.io/arch', operator: 'Equal' },
      ARM,
      false,
    ],
    [
      'Equal without a value against a value-less taint',
      { key: 'gpu', operator: 'Equal' },
      { key: 'gpu', effect: 'NoSchedule' },
      true,
    ],
    [
      'Exists ignores the value it carries',
      { key: 'kubernetes.io/arch', operator: 'Exists', value: 'amd64' },
      ARM,
      true,
    ],
    [
      'an empty effect matches every effect',
      { key: 'kubernetes.io/arch', operator: 'Exists' },
      { ...ARM, effect: 'NoExecute' },
      true,
    ],
    [
      'NoExecute does not match NoSchedule',
      { key: 'kubernetes.io/arch', operator: 'Exists', effect: 'NoExecute' },
      ARM,
      false,
    ],
    [
      'PreferNoSchedule does not match NoSchedule',
      { key: 'kubernetes.io/arch', operator: 'Exists', effect: 'PreferNoSchedule' },
      ARM,
      false,
    ],
    ['another key', { key: 'kubernetes.io/os', operator: 'Exists' }, ARM, false],
    ['an empty key with Exists matches every key', { operator: 'Exists' }, ARM, true],
    [
      'an empty key with Exists still needs the effect',
      { operator: 'Exists', effect: 'NoExecute' },
      ARM,
      false,
    ],
    [
      'an empty key with Equal compares only the value (the API refuses it)',
      { operator: 'Equal', value: 'arm64' },
      ARM,
      true,
    ],
    ['operators are case-sensitive', { key: 'kubernetes.io/arch', operator: 'exists' }, ARM, false],
    [
      'Lt: the taint value is below',
      { key: 'level', operator: 'Lt', value: '10' },
      { key: 'level', value: '3', effect: 'NoSchedule' },
      true,
    ],
    [
      'Lt: the taint value is not below',
      { key: 'level', operator: 'Lt', value: '3' },
      { key: 'level', value: '3', effect: 'NoSchedule' },
      false,
    ],
    [
      'Gt: the taint value is above',
      { key: 'level', operator: 'Gt', value: '-1' },
      { key: 'level', value: '+0', effect: 'NoSchedule' },
      true,
    ],
    [
      'Gt: values that are not int64 tolerate nothing',
      { key: 'kubernetes.io/arch', operator: 'Gt', value: '1' },
      ARM,
      false,
    ],
    [
      'Lt: an out-of-range int64 tolerates nothing',
      { key: 'level', operator: 'Lt', value: '9223372036854775808' },
      { key: 'level', value: '1', effect: 'NoSchedule' },
      false,
    ],
    [
      'null fields read as empty (the API decodes null to "")',
      { key: null, operator: 'Exists', effect: null },
      ARM,
      true,
    ],
    [
      'a field that is not a string reads as empty',
      { key: 'kubernetes.io/arch', value: 'arm64', effect: 7 },
      ARM,
      true,
    ],
    ['not an object', 'kubernetes.io/arch', ARM, false],
    ['an array', [{ operator: 'Exists' }], ARM, false],
    ['null', null, ARM, false],
  ])('%s', (_what, toleration, taint, expected) => {
    expect(toleratesTaint(toleration, taint)).toBe(expected);
  });

  it('a list tolerates when any toleration does', () => {
    const bad = { key: 'kubernetes.io/arch', operator: 'Equal', value: 'arm64', effect: 'NoExecute' };
    const good = { key: 'kubernetes.io/arch', operator: 'Equal', value: 'arm64', effect: 'NoSchedule' };
    expect(tolerationsTolerateTaint([bad], ARM)).toBe(false);
    expect(tolerationsTolerateTaint([bad, good], ARM)).toBe(true);
    expect(tolerationsTolerateTaint([], ARM)).toBe(false);
    expect(tolerationsTolerateTaint(undefined, ARM)).toBe(false);
  });

  it('the arch taint is GKE’s, printed the way kubectl prints it', () => {
    expect(archTaint('arm64')).toEqual(ARM);
    expect(formatTaint(ARM)).toBe('kubernetes.io/arch=arm64:NoSchedule');
    expect(formatTaint({ key: 'gpu', effect: 'NoExecute' })).toBe('gpu:NoExecute');
  });
});

describe('pinScheduling: writing a pin', () => {
  it('one architecture: os and arch in the nodeSelector', () => {
    expect(pinScheduling({}, ['arm64'])).toEqual({
      nodeSelector: { 'kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'arm64' },
    });
  });

  it('several: os in the nodeSelector, an arch In term, normalised and sorted', () => {
    expect(pinScheduling({}, ['aarch64', 'amd64', 'linux/arm64/v8'], { os: 'linux' })).toEqual({
      nodeSelector: { 'kubernetes.io/os': 'linux' },
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [
              {
                matchExpressions: [{ key: 'kubernetes.io/arch', operator: 'In', values: ['amd64', 'arm64'] }],
              },
            ],
          },
        },
      },
    });
  });

  it('merges into the pod’s own fields: every required term gets the arch expression (replacing one there)', () => {
    const own = {
      nodeSelector: { disk: 'ssd' },
      affinity: {
        podAntiAffinity: { x: 1 },
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [
              { matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] },
              { matchExpressions: [{ key: 'kubernetes.io/arch', operator: 'In', values: ['s390x'] }] },
            ],
          },
        },
      },
    };
    const s = pinScheduling(own, ['arm64', 'amd64'], { os: 'windows' });
    expect(s.nodeSelector).toEqual({ disk: 'ssd', 'kubernetes.io/os': 'windows' });
    expect(s.affinity?.podAntiAffinity).toEqual({ x: 1 });
    const arch = { key: 'kubernetes.io/arch', operator: 'In', values: ['amd64', 'arm64'] };
    expect(s.affinity?.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms).toEqual(
      [
        { matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }, arch] },
        { matchExpressions: [arch] },
      ],
    );
    expect(pinnedArchitectures(s.nodeSelector, s.affinity)).toEqual(['amd64', 'arm64']);
    expect(pinnedOperatingSystems(s.nodeSelector, s.affinity)).toEqual(['windows']);
    expect(own.nodeSelector).toEqual({ disk: 'ssd' }); // not mutated
  });

  it('one architecture replaces an own arch expression too (nodeSelector and affinity are ANDed)', () => {
    const own = {
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [
              { matchExpressions: [{ key: 'kubernetes.io/arch', operator: 'In', values: ['s390x'] }] },
            ],
          },
        },
      },
    };
    const s = pinScheduling(own, ['arm64']);
    expect(pinnedArchitectures(s.nodeSelector, s.affinity)).toEqual(['arm64']);
    // Without an own arch expression the affinity is left as it is.
    const zone = {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] }],
        },
      },
    };
    expect(pinScheduling({ affinity: zone }, ['arm64']).affinity).toBe(zone);
  });

  it('adds the toleration of a tainted allowed architecture unless the own tolerations tolerate the taint', () => {
    const tainted = { taintedArchitectures: ['arm64'] };
    const added = { key: 'kubernetes.io/arch', operator: 'Equal', value: 'arm64', effect: 'NoSchedule' };
    expect(pinScheduling({}, ['amd64'], tainted).tolerations).toBeUndefined();
    expect(pinScheduling({}, ['amd64', 'arm64'], tainted).tolerations).toEqual([added]);
    // A NoExecute toleration does not tolerate the NoSchedule taint: the pin still adds its own.
    const noExecute = { key: 'kubernetes.io/arch', operator: 'Exists', effect: 'NoExecute' };
    expect(pinScheduling({ tolerations: [noExecute] }, ['arm64'], tainted).tolerations).toEqual([
      noExecute,
      added,
    ]);
    // A key-less Exists tolerates every taint: nothing to add.
    expect(pinScheduling({ tolerations: [{ operator: 'Exists' }] }, ['arm64'], tainted).tolerations).toEqual([
      { operator: 'Exists' },
    ]);
    // Tainted names are normalised like the architectures.
    expect(pinScheduling({}, ['arm64'], { taintedArchitectures: ['aarch64'] }).tolerations).toEqual([added]);
  });

  it('an empty list pins the os only (never an empty In, which the API rejects)', () => {
    expect(pinScheduling({}, [])).toEqual({ nodeSelector: { 'kubernetes.io/os': 'linux' } });
  });

  it('schedulingFor is the pin of a pod with nothing of its own, and refuses an empty list', () => {
    const options = { os: 'linux', taintedArchitectures: ['arm64'] };
    expect(schedulingFor(['arm64', 'amd64'], options)).toEqual(
      pinScheduling({}, ['arm64', 'amd64'], options),
    );
    expect(() => schedulingFor([])).toThrow(UserError);
  });
});

describe('schedulingPodSpecPatch', () => {
  it('nodeSelector, affinity, tolerations in that order, absent fields left out', () => {
    expect(schedulingPodSpecPatch(pinScheduling({}, ['amd64']))).toBe(
      '{"nodeSelector":{"kubernetes.io/os":"linux","kubernetes.io/arch":"amd64"}}',
    );
    const s = pinScheduling({}, ['arm64', 'amd64'], { taintedArchitectures: ['arm64'] });
    const text = schedulingPodSpecPatch(s);
    expect(JSON.parse(text)).toEqual(s);
    expect(Object.keys(JSON.parse(text))).toEqual(['nodeSelector', 'affinity', 'tolerations']);
    expect(schedulingPodSpecPatch({ tolerations: [], affinity: { a: 1 } })).toBe(
      '{"affinity":{"a":1},"tolerations":[]}',
    );
  });
});

describe('reading a pin', () => {
  const aff = (...terms: string[][]) => ({
    nodeAffinity: {
      requiredDuringSchedulingIgnoredDuringExecution: {
        nodeSelectorTerms: terms.map((values) => ({
          matchExpressions: [{ key: 'kubernetes.io/arch', operator: 'In', values }],
        })),
      },
    },
  });
  it('a term without the label leaves the pod unpinned; nodeSelector and affinity intersect', () => {
    expect(pinnedArchitectures(undefined, aff(['arm64'], []))).toBeUndefined();
    expect(pinnedArchitectures(undefined, aff(['arm64'], ['amd64']))).toEqual(['amd64', 'arm64']);
    expect(pinnedArchitectures({ 'kubernetes.io/arch': 'arm64' }, aff(['amd64']))).toEqual([]);
    expect(pinnedArchitectures('garbage', 42)).toBeUndefined();
    expect(pinnedOperatingSystems({ 'kubernetes.io/os': 'linux' }, undefined)).toEqual(['linux']);
  });
});
