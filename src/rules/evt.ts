/**
 * Argo Events (EVT): Sensors whose triggers create Workflows that pile up, collide or lose events.
 * Facts: docs/failure-modes.md GITOPS-05; field placement, trigger semantics, RBAC per trigger: docs/rules/EVT*.md.
 * The helpers exported here (trigger actions, RBAC needs) are also what the Sensor construct uses
 * to emit its Role, so the construct and the rule agree by construction.
 */
import { load as loadYaml } from 'js-yaml';
import { arr, type Obj, obj, ptr, str } from '../argo/json';
import { defineRule, type Rule, type RuleContext } from './rule';
import type { Manifest } from './types';

/**
 * Fields of `Trigger` (sensor_types.go) that are silently dropped when written one level too deep,
 * under `triggers[].template` (TriggerTemplate has none of them). Upstream's own examples
 * trigger-with-policy.yaml and trigger-with-atleast-once-semantics.yaml do this.
 */
export const TRIGGER_LEVEL_FIELDS = [
  'policy',
  'atLeastOnce',
  'rateLimit',
  'retryStrategy',
  'dlqTrigger',
  'parameters',
] as const;

/** The `argo` CLI operations of an argoWorkflow trigger (sensor_types.go). */
export const ARGO_WORKFLOW_OPERATIONS = [
  'submit',
  'submit-from',
  'resubmit',
  'retry',
  'resume',
  'suspend',
  'terminate',
  'stop',
] as const;
export type ArgoWorkflowOperation = (typeof ARGO_WORKFLOW_OPERATIONS)[number];

/** A Role rule one trigger needs, in the namespace where it acts. */
export interface RbacNeed {
  /** Where the Role must be (the target namespace; the Sensor's when unset). */
  readonly namespace?: string;
  readonly apiGroup: string;
  readonly resource: string;
  readonly verbs: readonly string[];
}

/** What a k8s or argoWorkflow trigger does to which object. */
export interface TriggerAction {
  readonly type: 'k8s' | 'argoWorkflow';
  readonly operation: string;
  /** The object the trigger submits (from `source.resource`, or parsed `source.inline`), if readable. */
  readonly resource?: Obj;
  /** Pointer to the trigger type block (`/spec/triggers/0/template/k8s`). */
  readonly path: string;
  /** Pointer to the object inside the Sensor (`.../source/resource`), when it is written there. */
  readonly resourcePath?: string;
  /** `dest` of every trigger parameter (template-level ones and the trigger's own). */
  readonly dests: readonly string[];
}

/** The k8s / argoWorkflow action of `triggers[i]`, or undefined for other trigger types. */
export function triggerAction(trigger: unknown, path: string): TriggerAction | undefined {
  const tt = obj(obj(trigger)?.template);
  if (!tt) return undefined;
  for (const type of ['k8s', 'argoWorkflow'] as const) {
    const block = obj(tt[type]);
    if (!block) continue;
    const blockPath = ptr(path, 'template', type);
    const source = obj(block.source);
    let resource = obj(source?.resource);
    let resourcePath = resource ? ptr(blockPath, 'source', 'resource') : undefined;
    if (!resource && typeof source?.inline === 'string') {
      try {
        resource = obj(loadYaml(source.inline));
      } catch {
        resource = undefined;
      }
    }
    if (!resource) resourcePath = undefined;
    const dests: string[] = [];
    for (const p of [...arr(block.parameters), ...arr(obj(trigger)?.parameters)]) {
      const d = str(obj(p)?.dest);
      if (d) dests.push(d);
    }
    return {
      type,
      operation: str(block.operation) ?? (type === 'k8s' ? 'create' : 'submit'),
      resource,
      path: blockPath,
      resourcePath,
      dests,
    };
  }
  return undefined;
}

/** `Workflow` -> `workflows` (the Kubernetes plural, good for the kinds triggers create). */
export function pluralOf(kind: string): string {
  const k = kind.toLowerCase();
  if (k.endsWith('s') || k.endsWith('x') || k.endsWith('ch')) return `${k}es`;
  if (k.endsWith('y') && !/[aeiou]y$/.test(k)) return `${k.slice(0, -1)}ies`;
  return `${k}s`;
}

function groupOf(apiVersion: unknown): string {
  const av = typeof apiVersion === 'string' ? apiVersion : '';
  return av.includes('/') ? av.slice(0, av.indexOf('/')) : '';
}

const WF_GROUP = 'argoproj.io';

/**
 * The RBAC one trigger needs (docs/service-accounts.md, and docs/gitops.md §1.4 from the code):
 * - k8s create: create on the target; update/patch create it when missing (get + update/patch +
 *   create); delete: get + delete.
 * - argoWorkflow submit: create + list on workflows (the trigger lists by its labels afterwards);
 *   submit of a workflowTemplateRef and submit-from: get on the template kind;
 *   resubmit: get + create (`argo resubmit` creates a new Workflow) [INFERENCE];
 *   retry/resume/suspend: get + update; terminate/stop: get + update + patch.
 * - `policy.k8s` polls the created object with GET (resource-labels.go): get.
 */
export function triggerRbacNeeds(trigger: unknown, path = ''): RbacNeed[] {
  const a = triggerAction(trigger, path);
  if (!a) return [];
  const r = a.resource;
  const md = obj(r?.metadata);
  const namespace = str(md?.namespace);
  const out: RbacNeed[] = [];
  const add = (apiGroup: string, resource: string, verbs: string[]) =>
    out.push({ namespace, apiGroup, resource, verbs });
  const hasPolicyK8s = obj(obj(obj(trigger)?.policy)?.k8s) !== undefined;
  if (a.type === 'k8s') {
    const kind = str(r?.kind);
    if (!kind) return [];
    const group = groupOf(r?.apiVersion);
    const res = pluralOf(kind);
    const verbs =
      a.operation === 'update'
        ? ['get', 'update', 'create']
        : a.operation === 'patch'
          ? ['get', 'patch', 'create']
          : a.operation === 'delete'
            ? ['get', 'delete']
            : ['create'];
    if (hasPolicyK8s && !verbs.includes('get')) verbs.push('get');
    add(group, res, verbs);
    return out;
  }
  const ref = obj(obj(r?.spec)?.workflowTemplateRef);
  switch (a.operation) {
    case 'submit': {
      add(WF_GROUP, 'workflows', hasPolicyK8s ? ['create', 'list', 'get'] : ['create', 'list']);
      if (ref)
        add(WF_GROUP, ref.clusterScope === true ? 'clusterworkflowtemplates' : 'workflowtemplates', ['get']);
      break;
    }
    case 'submit-from': {
      add(WF_GROUP, 'workflows', hasPolicyK8s ? ['create', 'list', 'get'] : ['create', 'list']);
      add(WF_GROUP, str(r?.kind) === 'CronWorkflow' ? 'cronworkflows' : 'workflowtemplates', ['get']);
      break;
    }
    case 'resubmit':
      add(WF_GROUP, 'workflows', ['get', 'create']);
      break;
    case 'terminate':
    case 'stop':
      add(WF_GROUP, 'workflows', ['get', 'update', 'patch']);
      break;
    default:
      add(WF_GROUP, 'workflows', ['get', 'update']);
  }
  return out;
}

/** Every trigger of a Sensor manifest with its pointer. */
function triggersOf(m: Manifest): { t: Obj; path: string }[] {
  const out: { t: Obj; path: string }[] = [];
  const list = arr(obj(m.spec)?.triggers);
  for (let i = 0; i < list.length; i++) {
    const t = obj(list[i]);
    if (t) out.push({ t, path: ptr('/spec/triggers', i) });
  }
  return out;
}

/**
 * The triggers of a Sensor manifest that create a Workflow (a k8s `create` or an argoWorkflow
 * `submit` of a readable Workflow), with their action.
 */
function* workflowCreations(m: Manifest): Generator<{ t: Obj; a: TriggerAction & { resource: Obj } }> {
  for (const { t, path } of triggersOf(m)) {
    const a = triggerAction(t, path);
    if (!a || a.resource === undefined || a.resource.kind !== 'Workflow') continue;
    if (a.operation !== (a.type === 'k8s' ? 'create' : 'submit')) continue;
    yield { t, a: a as TriggerAction & { resource: Obj } };
  }
}

function triggerName(t: Obj): string {
  return str(obj(t.template)?.name) ?? '(unnamed)';
}

export const EVT001 = defineRule({
  id: 'EVT001',
  severity: 'error',
  family: 'EVT',
  title: 'a Sensor trigger creates Workflows with a fixed metadata.name',
  hasAutofix: true,
  kinds: ['Sensor'],
  check(ctx) {
    for (const { t, a } of workflowCreations(ctx.manifest)) {
      const md = obj(a.resource.metadata);
      const name = str(md?.name);
      if (!name || str(md?.generateName)) continue;
      // A name written from the event per run is not fixed.
      if (a.dests.some((d) => d === 'metadata.name')) continue;
      const namePath = a.resourcePath ? ptr(a.resourcePath, 'metadata', 'name') : ptr(a.path, 'source');
      // Safe autofix: the trigger creates a new object per event either way; generateName only
      // removes the collision (the created Workflow's name is nowhere referenced by the trigger).
      const autofix = a.resourcePath
        ? [
            { op: 'remove' as const, path: namePath },
            {
              op: 'add' as const,
              path: ptr(a.resourcePath, 'metadata', 'generateName'),
              value: `${name}-`,
            },
          ]
        : undefined;
      ctx.report({
        path: namePath,
        message: `trigger "${triggerName(t)}" creates a Workflow with the fixed name "${name}": the second event fails with AlreadyExists while the previous run still exists (stuck, or kept by its TTL)`,
        fix: `Use metadata.generateName: "${name}-" instead of metadata.name.`,
        autofix,
      });
    }
  },
});

/** `{name, clusterScope}` of every workflowTemplateRef / templateRef inside `x`. */
function refsIn(
  x: unknown,
  out: { name: string; cluster: boolean }[] = [],
): { name: string; cluster: boolean }[] {
  if (Array.isArray(x)) {
    for (const v of x) refsIn(v, out);
  } else if (x !== null && typeof x === 'object') {
    for (const [k, v] of Object.entries(x)) {
      const name = str(obj(v)?.name);
      if ((k === 'workflowTemplateRef' || k === 'templateRef') && name)
        out.push({ name, cluster: obj(v)?.clusterScope === true });
      else refsIn(v, out);
    }
  }
  return out;
}

/**
 * The (Cluster)WorkflowTemplates of the input set that `wf` reaches through workflowTemplateRef and
 * templateRef, transitively: only those, so that linting an embedded Workflow does not re-index a
 * repository's every template.
 */
function referencedTemplates(ctx: RuleContext, wf: Manifest, namespace: string | undefined): Manifest[] {
  const out: Manifest[] = [];
  const seen = new Set<number>();
  const queue = refsIn(wf.spec);
  while (queue.length) {
    const r = queue.pop()!;
    const e = ctx.input.find(r.cluster ? 'ClusterWorkflowTemplate' : 'WorkflowTemplate', r.name, namespace);
    if (!e || seen.has(e.index)) continue;
    seen.add(e.index);
    out.push(e.manifest);
    refsIn(e.manifest.spec, queue);
  }
  return out;
}

export const EVT002 = defineRule({
  id: 'EVT002',
  severity: 'warning',
  family: 'EVT',
  title: 'a Sensor trigger creates a Workflow inline instead of through workflowTemplateRef',
  hasAutofix: false,
  kinds: ['Sensor'],
  check(ctx) {
    for (const { t, a } of workflowCreations(ctx.manifest)) {
      if (obj(obj(a.resource.spec)?.workflowTemplateRef)) continue;
      const where = a.resourcePath ?? ptr(a.path, 'source');
      ctx.report({
        path: where,
        message: `trigger "${triggerName(t)}" creates a Workflow written inline in the Sensor: its safety settings live outside any WorkflowTemplate the linter and reviewers look at`,
        fix: 'Move the spec into a WorkflowTemplate and create a Workflow with only workflowTemplateRef + arguments (generateName).',
      });
      // Apply the Workflow rules to the embedded resource and report them here.
      const sensorNs = str(obj(ctx.manifest.metadata)?.namespace);
      let wf = a.resource as Manifest;
      if (sensorNs && !str(obj(wf.metadata)?.namespace))
        wf = { ...wf, metadata: { ...obj(wf.metadata), namespace: sensorNs } };
      const findings = ctx.lintTriggeredWorkflow(
        wf,
        referencedTemplates(ctx, wf, str(obj(wf.metadata)?.namespace)),
      );
      for (const f of findings) {
        ctx.report({
          // Paths into a parsed `inline` string cannot point inside it.
          path: a.resourcePath ? a.resourcePath + f.path : where,
          severity: f.severity,
          message: `in the Workflow trigger "${triggerName(t)}" creates: [${f.rule}] ${f.message}`,
          fix: f.fix,
        });
      }
    }
  },
});

export const EVT003 = defineRule({
  id: 'EVT003',
  severity: 'error',
  family: 'EVT',
  title: 'a trigger-level field (policy, atLeastOnce, ...) written under triggers[].template is dropped',
  hasAutofix: true,
  kinds: ['Sensor'],
  check(ctx) {
    for (const { t, path } of triggersOf(ctx.manifest)) {
      const tt = obj(t.template);
      if (!tt) continue;
      for (const field of TRIGGER_LEVEL_FIELDS) {
        if (tt[field] === undefined) continue;
        const from = ptr(path, 'template', field);
        const to = ptr(path, field);
        // Safe autofix only for atLeastOnce when the trigger level does not set it: the author
        // asked for at-least-once and the field is ignored where it is. Moving a policy or a
        // rate limit starts enforcing it (a policy.k8s backoff stalls the trigger): not automatic.
        const autofix =
          field === 'atLeastOnce' && t.atLeastOnce === undefined
            ? [
                { op: 'remove' as const, path: from },
                { op: 'add' as const, path: to, value: tt[field] },
              ]
            : undefined;
        ctx.report({
          path: from,
          message: `trigger "${triggerName(t)}": ${field} is written under triggers[].template, where the Sensor controller silently drops it (it belongs to triggers[], sensor_types.go Trigger); upstream's trigger-with-policy.yaml and trigger-with-atleast-once-semantics.yaml make the same mistake`,
          fix: `Move ${field} one level up, next to template: triggers[].${field}.`,
          autofix,
        });
      }
    }
  },
});

export const EVT004 = defineRule({
  id: 'EVT004',
  severity: 'warning',
  family: 'EVT',
  title: 'a trigger with rateLimit but without atLeastOnce: true loses the events it holds back',
  hasAutofix: false,
  kinds: ['Sensor'],
  check(ctx) {
    for (const { t, path } of triggersOf(ctx.manifest)) {
      if (!obj(t.rateLimit) || t.atLeastOnce === true) continue;
      ctx.report({
        path: ptr(path, 'rateLimit'),
        message: `trigger "${triggerName(t)}" is rate-limited without atLeastOnce: true: each event waits in a goroutine in sensor memory (no backpressure to the EventBus) and the backlog is lost when the sensor restarts (listener.go)`,
        fix: 'Set atLeastOnce: true on the trigger (next to rateLimit) so the limit pushes back on the bus.',
      });
    }
  },
});

interface Grant {
  groups: string[];
  resources: string[];
  verbs: string[];
}

/** Grants of `sa` (in `saNs`) in namespace `ns`; undefined when a binding's role is not in the input. */
function grantsFor(ctx: RuleContext, sa: string, saNs: string | undefined, ns: string | undefined) {
  const grants: Grant[] = [];
  let bound = false;
  let unknown = false;
  for (const kind of ['RoleBinding', 'ClusterRoleBinding']) {
    for (const e of ctx.input.ofKind(kind)) {
      if (kind === 'RoleBinding' && e.namespace !== undefined && ns !== undefined && e.namespace !== ns)
        continue;
      const subjects = arr(e.manifest.subjects);
      const matches = subjects.some((s) => {
        const so = obj(s);
        if (so?.kind !== 'ServiceAccount' || str(so.name) !== sa) return false;
        const sns = str(so.namespace) ?? e.namespace;
        return sns === undefined || saNs === undefined || sns === saNs;
      });
      if (!matches) continue;
      bound = true;
      const roleRef = obj(e.manifest.roleRef);
      const roleKind = str(roleRef?.kind) ?? 'Role';
      const roleName = str(roleRef?.name);
      const role = roleName
        ? ctx.input.find(roleKind, roleName, roleKind === 'Role' ? e.namespace : undefined)
        : undefined;
      if (!role) {
        unknown = true;
        continue;
      }
      for (const r of arr(role.manifest.rules)) {
        const ro = obj(r);
        if (!ro) continue;
        grants.push({
          groups: arr(ro.apiGroups).filter((x): x is string => typeof x === 'string'),
          resources: arr(ro.resources).filter((x): x is string => typeof x === 'string'),
          verbs: arr(ro.verbs).filter((x): x is string => typeof x === 'string'),
        });
      }
    }
  }
  return { bound, unknown, grants };
}

function allowed(grants: readonly Grant[], group: string, resource: string, verb: string): boolean {
  return grants.some(
    (g) =>
      (g.groups.includes('*') || g.groups.includes(group)) &&
      (g.resources.includes('*') || g.resources.includes(resource)) &&
      (g.verbs.includes('*') || g.verbs.includes(verb)),
  );
}

export const EVT005 = defineRule({
  id: 'EVT005',
  severity: 'error',
  family: 'EVT',
  title: "the Sensor's service account lacks the RBAC its triggers need",
  hasAutofix: false,
  kinds: ['Sensor'],
  check(ctx) {
    const sensorNs = str(obj(ctx.manifest.metadata)?.namespace);
    const sa = str(obj(obj(ctx.manifest.spec)?.template)?.serviceAccountName);
    if (!sa) return;
    for (const { t, path } of triggersOf(ctx.manifest)) {
      for (const need of triggerRbacNeeds(t, path)) {
        const ns = need.namespace ?? sensorNs;
        const g = grantsFor(ctx, sa, sensorNs, ns);
        // Only judged when the Role(s) are in the input set: bindings elsewhere may grant it.
        if (!g.bound || g.unknown) continue;
        const missing = need.verbs.filter((v) => !allowed(g.grants, need.apiGroup, need.resource, v));
        if (missing.length === 0) continue;
        const res = need.apiGroup ? `${need.resource}.${need.apiGroup}` : need.resource;
        ctx.report({
          path: ptr(path, 'template'),
          message: `trigger "${triggerName(t)}" needs ${missing.join(', ')} on ${res}${ns ? ` in namespace ${ns}` : ''}, which service account "${sa}" is not granted by the Roles bound to it: every event fails with Forbidden`,
          fix: `Add a rule { apiGroups: ["${need.apiGroup}"], resources: ["${need.resource}"], verbs: [${missing.map((v) => `"${v}"`).join(', ')}] } to the Role bound to "${sa}".`,
        });
      }
    }
  },
});

/** The dependency names a trigger's `conditions` expression uses (operators &&, ||, ! and parentheses). */
export function conditionNames(conditions: string): string[] {
  return conditions.split(/[\s()!&|]+/).filter(Boolean);
}

export const EVT006 = defineRule({
  id: 'EVT006',
  severity: 'error',
  family: 'EVT',
  title: "a trigger's conditions name a dependency the Sensor does not have",
  hasAutofix: false,
  kinds: ['Sensor'],
  check(ctx) {
    const known = new Set(
      arr(obj(ctx.manifest.spec)?.dependencies).flatMap((d) => {
        const name = str(obj(d)?.name);
        return name === undefined ? [] : [name];
      }),
    );
    for (const { t, path } of triggersOf(ctx.manifest)) {
      const conditions = str(obj(t.template)?.conditions);
      if (conditions === undefined) continue;
      for (const name of conditionNames(conditions)) {
        if (known.has(name)) continue;
        ctx.report({
          path: ptr(path, 'template', 'conditions'),
          message: `trigger "${triggerName(t)}": conditions name "${name}", which is not a dependency of this Sensor: the expression never becomes true and the trigger never fires`,
          fix: `Use the names of spec.dependencies (${[...known].sort().join(', ') || 'none'}), or add the dependency.`,
        });
      }
    }
  },
});

export const rules: readonly Rule[] = [EVT001, EVT002, EVT003, EVT004, EVT005, EVT006];
