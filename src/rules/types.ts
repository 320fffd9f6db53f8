/**
 * The contract of the rules engine. Rules work on plain manifests (the JSON that synth emits or
 * that YAML parses to), never on construct objects: the constructs (node.addValidation), the cdk8s
 * validation plugin and `argo-guard lint` are three callers of one function, `lintManifests`.
 */
import type { Manifest } from '../argo/json';
import type { ArgoVersion } from '../argo/versions';
import type { PlatformLookup } from '../platform/lock';

export type { Manifest, PlatformLookup };

export type Severity = 'error' | 'warning';

/** Which object a finding is about. */
export interface ObjectRef {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
}

/** One problem found. `path` is a JSON pointer into the object (RFC 6901). */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  /** How to fix it, one sentence. */
  fix: string;
  object: ObjectRef;
  path: string;
  /** Index of the object in the input array (the lint CLI maps it to file/line/column). */
  index: number;
  /**
   * A safe automatic fix, as JSON-patch-like operations on the object (paths are JSON pointers).
   * Only set where applying it can never make things worse; `argo-guard lint --fix` applies it
   * to the source YAML with the `yaml` Document API, keeping comments and layout.
   */
  autofix?: AutofixOp[];
}

export interface AutofixOp {
  op: 'add' | 'replace' | 'remove';
  path: string;
  value?: unknown;
}

/** The parts of a `workflow-controller-configmap` that change what is effective. */
export interface ControllerConfig {
  instanceID?: string;
  parallelism?: number;
  namespaceParallelism?: number;
  /** Merged under every Workflow's spec (Argo merge order: workflow over defaults). */
  workflowDefaults?: Manifest;
  nodeStatusOffload?: boolean;
}

export interface RuleOptions {
  /** Target Argo Workflows version. Default: the newest supported. */
  argoVersion?: ArgoVersion;
  /** The companion watcher is installed (some rules relax). */
  watcher?: boolean;
  /** Platform lock for ARCH003/ARCH004. */
  platforms?: PlatformLookup;
  /** An image missing from the lock is an error (ARCH004) instead of a warning. */
  strictPlatforms?: boolean;
  /** The clusters taint nodes of these architectures with `kubernetes.io/arch` (ARCH005). */
  taintedArchitectures?: string[];
  controllerConfig?: ControllerConfig;
}
