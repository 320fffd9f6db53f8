/**
 * The ServiceAccounts, Roles and RoleBindings Argo's pods need, emitted once per chart and
 * namespace (every workflow of the chart in that namespace shares them). Plain ApiObjects, not
 * cdk8s-plus: kplus.ServiceAccount turns off token automount, which the executor needs, and the
 * rules here are exactly the upstream ones, nothing more.
 */
import { ApiObject, type ApiObjectMetadata, Chart } from 'cdk8s';
import { Construct, type IConstruct } from 'constructs';
import { HOOK_ANNOTATION, HOOK_DELETE_POLICY_ANNOTATION, SYNC_WAVE_ANNOTATION } from '../argo/metadata';

/** A Role rule (wire form). */
export interface WorkflowRbacRule {
  readonly apiGroups: readonly string[];
  readonly resources: readonly string[];
  readonly verbs: readonly string[];
}

/**
 * What the executor (the `wait` container) of every workflow pod needs since Argo 3.4: report
 * outputs as WorkflowTaskResults (docs/workflow-rbac.md). Without it the workflow stays Running
 * after its pods finish (RUN-03).
 */
export const EXECUTOR_RULES: readonly WorkflowRbacRule[] = [
  { apiGroups: ['argoproj.io'], resources: ['workflowtaskresults'], verbs: ['create', 'patch'] },
];

/**
 * What the artifact GC pod needs (manifests/quick-start/base/artifactgc-role.yaml;
 * docs/failure-modes.md §8b). install.yaml gives workflow namespaces no such Role, so without it GC fails and the
 * Workflow keeps its artifact-gc finalizer (AGC-04).
 */
export const ARTIFACT_GC_RULES: readonly WorkflowRbacRule[] = [
  { apiGroups: ['argoproj.io'], resources: ['workflowartifactgctasks'], verbs: ['list', 'watch'] },
  { apiGroups: ['argoproj.io'], resources: ['workflowartifactgctasks/status'], verbs: ['patch'] },
];

/** Labels of every RBAC object argo-guard emits (Workflow pods' and Argo Events pods'). */
export function rbacLabels(component: string): Record<string, string> {
  return {
    'app.kubernetes.io/managed-by': 'argo-guard',
    'app.kubernetes.io/component': component,
  };
}

/** `given`, or a new ServiceAccount (child `ServiceAccount` of `scope`) and its name. */
export function serviceAccountOf(
  scope: Construct,
  given: string | undefined,
  metadata: ApiObjectMetadata,
): { name: string; serviceAccount?: ApiObject } {
  if (given) return { name: given };
  const serviceAccount = new ApiObject(scope, 'ServiceAccount', {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata,
  });
  return { name: serviceAccount.name, serviceAccount };
}

/** Role rules in wire form (fresh arrays, so the ApiObject shares nothing with the caller). */
export function roleRules(rules: readonly WorkflowRbacRule[]): WorkflowRbacRule[] {
  return rules.map((r) => ({
    apiGroups: [...r.apiGroups],
    resources: [...r.resources],
    verbs: [...r.verbs],
  }));
}

/**
 * A Role with `rules` (wire form, or a Lazy of it) and a RoleBinding of it to the service account,
 * children `Role<suffix>` and `RoleBinding<suffix>` of `scope`.
 */
export function roleAndBinding(
  scope: Construct,
  suffix: string,
  metadata: ApiObjectMetadata,
  rules: unknown,
  subject: { name: string; namespace?: string },
): { role: ApiObject; binding: ApiObject } {
  const role = new ApiObject(scope, `Role${suffix}`, {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'Role',
    metadata,
    rules,
  });
  const binding = new ApiObject(scope, `RoleBinding${suffix}`, {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata,
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: role.name },
    subjects: [{ kind: 'ServiceAccount', name: subject.name, namespace: subject.namespace }],
  });
  return { role, binding };
}

/**
 * Where the RBAC of an Argo CD hook Workflow goes when plain resources would come too late (a
 * PreSync or SyncFail hook, a Sync hook below wave 0) or go too early (PostDelete): a hook of the
 * same phase one wave before the Workflow, with `BeforeHookCreation`, so Argo CD creates it before
 * the Workflow and removes it only when the next sync re-creates it (never together with the
 * Workflow, whose artifact GC may still need it). Facts: src/rules/argocd-order.ts; rule GITOPS008.
 */
export interface HookPlacement {
  readonly phase: string;
  readonly wave: number;
}

/** The annotations that make an object a hook placed by {@link HookPlacement}. */
export function hookPlacementAnnotations(p: HookPlacement): Record<string, string> {
  return {
    [HOOK_ANNOTATION]: p.phase,
    [HOOK_DELETE_POLICY_ANNOTATION]: 'BeforeHookCreation',
    // PostDelete hooks are created in one pass with no waves; the wave only orders sync hooks.
    ...(p.phase === 'PostDelete' ? {} : { [SYNC_WAVE_ANNOTATION]: String(p.wave) }),
  };
}

/** Props of {@link WorkflowRbac}. */
export interface WorkflowRbacProps {
  readonly namespace?: string;
  readonly rules: readonly WorkflowRbacRule[];
  /** Bind the Role to this existing service account instead of creating one. @default - create one */
  readonly serviceAccountName?: string;
  /** `app.kubernetes.io/component` label of the objects. */
  readonly component: string;
  /** Emit the objects as Argo CD hooks placed before a hook Workflow. @default - plain resources */
  readonly hook?: HookPlacement;
}

/** A ServiceAccount (unless given), a Role with `rules`, and a RoleBinding. */
export class WorkflowRbac extends Construct {
  /**
   * The shared instance for (chart of `scope`, namespace, purpose, service account), created on
   * first use as a child of the chart.
   */
  public static of(
    scope: IConstruct,
    purpose: 'executor' | 'artifact-gc',
    namespace: string | undefined,
    serviceAccountName?: string,
    hook?: HookPlacement,
  ): WorkflowRbac {
    const chart = Chart.of(scope);
    let id = `argo-guard-${purpose}`;
    if (namespace !== chart.namespace) id += `-ns-${namespace ?? 'none'}`;
    if (serviceAccountName) id += `-sa-${serviceAccountName}`;
    if (hook) id += `-${hook.phase.toLowerCase()}-wave${hook.wave < 0 ? `m${-hook.wave}` : hook.wave}`;
    const existing = chart.node.tryFindChild(id);
    if (existing) return existing as WorkflowRbac;
    return new WorkflowRbac(chart, id, {
      namespace,
      serviceAccountName,
      rules: purpose === 'executor' ? EXECUTOR_RULES : ARTIFACT_GC_RULES,
      component: purpose === 'executor' ? 'workflow-executor' : 'artifact-gc',
      hook,
    });
  }

  /** The service account the Role is bound to. */
  public readonly serviceAccountName: string;
  public readonly role: ApiObject;
  public readonly roleBinding: ApiObject;
  public readonly serviceAccount?: ApiObject;

  constructor(scope: Construct, id: string, props: WorkflowRbacProps) {
    super(scope, id);
    const metadata = {
      namespace: props.namespace,
      labels: rbacLabels(props.component),
      annotations: props.hook ? hookPlacementAnnotations(props.hook) : undefined,
    };
    const sa = serviceAccountOf(this, props.serviceAccountName, metadata);
    this.serviceAccountName = sa.name;
    this.serviceAccount = sa.serviceAccount;
    const { role, binding } = roleAndBinding(this, '', metadata, roleRules(props.rules), {
      name: this.serviceAccountName,
      namespace: props.namespace,
    });
    this.role = role;
    this.roleBinding = binding;
  }
}
