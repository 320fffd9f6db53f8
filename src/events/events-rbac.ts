/**
 * The ServiceAccount of an EventSource or Sensor pod and one Role + RoleBinding per namespace it
 * acts in, with exactly the rules its events/triggers need (docs/gitops.md §1.4: never the upstream
 * sample's `*`). Rules are added as triggers are added; the Role renders them merged and sorted.
 */
import { type ApiObject, Lazy } from 'cdk8s';
import { Construct } from 'constructs';
import {
  type WorkflowRbacRule as PolicyRule,
  rbacLabels,
  roleAndBinding,
  roleRules,
  serviceAccountOf,
} from '../workflows/rbac';

/** Props of {@link EventsRbac}. */
export interface EventsRbacProps {
  /** Namespace of the pod (and its ServiceAccount). */
  readonly namespace?: string;
  /** `app.kubernetes.io/component` label. */
  readonly component: string;
  /** Bind the Roles to this existing service account instead of creating one. @default - create one */
  readonly serviceAccountName?: string;
}

/** Merges rules with the same apiGroup and resource (verbs unioned), in a stable order. */
export function mergeRules(rules: readonly PolicyRule[]): PolicyRule[] {
  const byKey = new Map<string, { group: string; resource: string; verbs: Set<string> }>();
  for (const r of rules)
    for (const group of r.apiGroups)
      for (const resource of r.resources) {
        const key = `${group}\u0000${resource}`;
        let e = byKey.get(key);
        if (!e) {
          e = { group, resource, verbs: new Set() };
          byKey.set(key, e);
        }
        for (const v of r.verbs) e.verbs.add(v);
      }
  return [...byKey.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, e]) => ({ apiGroups: [e.group], resources: [e.resource], verbs: [...e.verbs].sort() }));
}

/** A ServiceAccount (unless given) and, per namespace, a Role and a RoleBinding to it. */
export class EventsRbac extends Construct {
  public readonly serviceAccountName: string;
  public readonly serviceAccount?: ApiObject;
  private readonly props: EventsRbacProps;
  private readonly byNamespace = new Map<
    string,
    { rules: PolicyRule[]; role: ApiObject; binding: ApiObject }
  >();

  constructor(scope: Construct, id: string, props: EventsRbacProps) {
    super(scope, id);
    this.props = props;
    const sa = serviceAccountOf(this, props.serviceAccountName, {
      namespace: props.namespace,
      labels: rbacLabels(props.component),
    });
    this.serviceAccountName = sa.name;
    this.serviceAccount = sa.serviceAccount;
  }

  /** The rules granted in `namespace` (the pod's when undefined), merged. */
  public rulesFor(namespace?: string): PolicyRule[] {
    return mergeRules(this.byNamespace.get(namespace ?? this.props.namespace ?? '')?.rules ?? []);
  }

  /** The Role objects, by namespace. */
  public get roles(): ReadonlyMap<string, ApiObject> {
    return new Map([...this.byNamespace].map(([ns, e]) => [ns, e.role]));
  }

  /** Grants `rules` in `namespace` (the pod's when undefined). */
  public addRules(namespace: string | undefined, rules: readonly PolicyRule[]): void {
    const ns = namespace ?? this.props.namespace ?? '';
    let e = this.byNamespace.get(ns);
    if (!e) {
      const suffix = ns === (this.props.namespace ?? '') ? '' : `-${ns}`;
      const metadata = { namespace: ns || undefined, labels: rbacLabels(this.props.component) };
      const list: PolicyRule[] = [];
      const { role, binding } = roleAndBinding(
        this,
        suffix,
        metadata,
        Lazy.any({ produce: () => roleRules(mergeRules(list)) }),
        { name: this.serviceAccountName, namespace: this.props.namespace },
      );
      e = { rules: list, role, binding };
      this.byNamespace.set(ns, e);
    }
    e.rules.push(...rules);
  }

  /** Role and RoleBinding manifests (for linting beside the pod's object). */
  public manifests(): Record<string, any>[] {
    const out: Record<string, any>[] = [];
    if (this.serviceAccount) out.push(this.serviceAccount.toJson());
    for (const e of this.byNamespace.values()) out.push(e.role.toJson(), e.binding.toJson());
    return out;
  }
}
