/**
 * Global setup of the `unit` project: compiles the CRD schema validators once, before any test
 * runs. On a fresh checkout (or in the standalone check's clone) the compilation takes tens of
 * seconds on a busy machine; inside the first test that validates a Workflow it would count
 * against that test's timeout.
 */
import { warmValidatorCache } from './crd-schema';

export default function setup(): void {
  warmValidatorCache();
}
