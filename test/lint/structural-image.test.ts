/**
 * STR008: a container or script template without an image, which Argo v4.0.5 refuses
 * (validate.go validateLeaf: "templates.X.container.image may not be empty") unless the
 * workflow's templateDefaults give one. Found missing by running `argo lint --offline` on
 * hand-written cases next to argo-guard (docs/rules/STR001.md, "Side by side with argo lint").
 */
import { describe, expect, it } from 'vitest';
import { lintManifests } from '../../src/rules';
import type { Manifest } from '../../src/rules/types';

function template(main: Record<string, unknown>, extra: Record<string, unknown> = {}): Manifest {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'WorkflowTemplate',
    metadata: { name: 't' },
    spec: { entrypoint: 'main', templates: [{ name: 'main', ...main }], ...extra },
  };
}

const str008 = (m: Manifest) =>
  lintManifests([m])
    .filter((f) => f.rule === 'STR008')
    .map((f) => `${f.path} ${f.message}`);

describe('STR008: container and script templates need an image', () => {
  it('a container without an image, and a script with an empty one, are errors', () => {
    expect(str008(template({ container: { command: ['echo'] } }))).toEqual([
      '/spec/templates/0/container template "main": container.image may not be empty: Argo refuses the object',
    ]);
    expect(str008(template({ script: { image: '', source: 'echo' } }))).toEqual([
      '/spec/templates/0/script template "main": script.image may not be empty: Argo refuses the object',
    ]);
  });

  it('templateDefaults with an image of that kind make it fine, of the other kind do not', () => {
    const main = { container: { command: ['echo'] } };
    expect(str008(template(main, { templateDefaults: { container: { image: 'alpine:3.20' } } }))).toEqual([]);
    expect(str008(template(main, { templateDefaults: { script: { image: 'alpine:3.20' } } }))).toHaveLength(
      1,
    );
  });

  it('an image, or a templated one, is fine', () => {
    expect(str008(template({ container: { image: 'alpine:3.20' } }))).toEqual([]);
    expect(str008(template({ container: { image: '{{inputs.parameters.image}}' } }))).toEqual([]);
  });
});
