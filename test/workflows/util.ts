import { type Chart, Testing } from 'cdk8s';
import { expect } from 'vitest';
import { AuthoringError } from '../../src/authoring-errors';
import { type ArgoGuardSettings, GuardedChart } from '../../src/workflows';
import { assertValidAgainstCrds } from '../helpers/crd-schema';

export { byKind, one } from '../helpers/manifests';

/** A chart in namespace `ci` with the given settings. */
export function chart(settings: ArgoGuardSettings = {}, namespace = 'ci'): GuardedChart {
  return new GuardedChart(Testing.app(), 'test', { namespace, argoGuard: settings });
}

/** Synthesizes, checks every Argo object against the upstream CRD schema, returns the manifests. */
export function synth(c: Chart): any[] {
  const manifests = Testing.synth(c);
  assertValidAgainstCrds(manifests);
  return manifests;
}

export function template(spec: any, name: string): any {
  const t = spec.templates.find((x: any) => x.name === name);
  if (!t) throw new Error(`no template ${name}`);
  return t;
}

/**
 * The AuthoringError `call` throws, checked to be thrown at that call: one line, no stack trace,
 * and its call site (the first frame outside argo-guard) in the test file that made the call.
 */
export function refusedAtCall(call: () => unknown, testFile: string): AuthoringError {
  let err: unknown;
  try {
    call();
  } catch (e) {
    err = e;
  }
  if (!(err instanceof AuthoringError)) throw new Error(`expected an AuthoringError, got ${String(err)}`);
  expect(err.message).not.toContain('\n');
  expect(err.stack).toBe(`AuthoringError: ${err.message}`);
  expect(err.callSite).toContain(testFile);
  return err;
}

/**
 * The error a synth of `c` fails with, checked to be the one-line-per-error validation error
 * without a stack trace (what the user sees).
 */
export function synthFailure(c: Chart): Error {
  let err: unknown;
  try {
    Testing.synth(c);
  } catch (e) {
    err = e;
  }
  if (!(err instanceof Error)) throw new Error('expected the synth to fail');
  expect(err.name).toBe('ConstructValidationError');
  expect(err.stack).toBe(err.message);
  return err;
}
