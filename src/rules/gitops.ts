/**
 * GitOps (GITOPS): Workflows and CronWorkflows synced by Argo CD. Facts:
 * docs/argocd.md (hooks, generateName, sync waves, drift) and
 * docs/failure-modes.md §5.
 */

import { arr, has, int, isObject, metaValue, obj, ptr, str } from '../argo/json';
import { WORKFLOW_LIKE_KINDS } from '../argo/kinds';
import {
  HOOK_ANNOTATION,
  HOOK_DELETE_POLICY_ANNOTATION,
  SYNC_WAVE_ANNOTATION,
  WATCHER_NAME_LABEL_VALUE,
} from '../argo/metadata';
import { formatArgoVersion } from '../argo/versions';
import { deletePolicies, dependencyGap, hookPhases, syncWave } from './argocd-order';
import type { Entry, InputIndex } from './input-index';
import { defineRule, type Rule, type RuleContext, targetHasField } from './rule';
import { templateLabel } from './workflow-like';

export const GITOPS001 = defineRule({
  id: 'GITOPS001',
  severity: 'error',
  family: 'GITOPS',
  title: 'a non-hook Workflow with generateName (Argo CD cannot sync it)',
  hasAutofix: false,
  kinds: ['Workflow'],
  check(ctx) {
    const md = obj(ctx.manifest.metadata);
    if (!md || str(md.name) !== undefined || str(md.generateName) === undefined) return;
    if (metaValue(md, 'annotations', HOOK_ANNOTATION) !== undefined) return;
    ctx.report({
      path: '/metadata/generateName',
      message:
        'Workflow uses generateName but is not an Argo CD hook: Argo CD applies resources by name and fails with "resource name may not be empty" (argo-cd#1639)',
      fix: 'Make it a hook (annotation argocd.argoproj.io/hook: PostSync, say) or ship a WorkflowTemplate/CronWorkflow instead.',
    });
  },
});

export const GITOPS002 = defineRule({
  id: 'GITOPS002',
  severity: 'warning',
  family: 'GITOPS',
  title: 'a plain Workflow with a fixed name in the synced set re-runs after TTL deletion',
  hasAutofix: false,
  kinds: ['Workflow'],
  check(ctx) {
    const md = obj(ctx.manifest.metadata);
    const name = str(md?.name);
    if (name === undefined || metaValue(md, 'annotations', HOOK_ANNOTATION) !== undefined) return;
    ctx.report({
      path: '/metadata/name',
      message: `Workflow "${name}" is a plain synced resource: when TTL or a user deletes it, auto-sync recreates it and it runs again (and re-applying a finished one can re-run it, argo-workflows#12601)`,
      fix: 'Ship a WorkflowTemplate (run it from a CronWorkflow or a Sensor), or make the Workflow an Argo CD hook with generateName.',
    });
  },
});

export const GITOPS003 = defineRule({
  id: 'GITOPS003',
  severity: 'error',
  family: 'GITOPS',
  title: 'an Argo CD hook Workflow that may never finish (no deadline, or a suspend template)',
  hasAutofix: false,
  kinds: ['Workflow'],
  check(ctx) {
    const wl = ctx.workflowLike();
    if (!wl || wl.hook === undefined) return;
    if (wl.complete && !has(wl.effective, 'activeDeadlineSeconds')) {
      ctx.report({
        path: wl.specPath,
        message: `this Argo CD ${wl.hook} hook has no activeDeadlineSeconds: a run that never ends keeps the sync Running forever (argo-cd#4979)`,
        fix: 'Set spec.activeDeadlineSeconds.',
      });
    }
    const seen = new Set<unknown>();
    for (const t of [...wl.ownTemplates, ...wl.byName.values()]) {
      if (seen.has(t) || t.type !== 'suspend') continue;
      seen.add(t);
      // A suspend with a duration resumes on its own.
      if (
        str(obj(t.tmpl.suspend)?.duration) !== undefined ||
        int(obj(t.tmpl.suspend)?.duration) !== undefined
      )
        continue;
      ctx.report({
        path: t.owner === wl ? ptr(t.path, 'suspend') : (wl.workflowTemplateRef?.path ?? wl.specPath),
        message: `this Argo CD ${wl.hook} hook contains suspend ${templateLabel(t)} without a duration: the sync waits until someone resumes it`,
        fix: 'Give the suspend a duration, or do not run suspending workflows as Argo CD hooks.',
      });
    }
  },
});

export const GITOPS004 = defineRule({
  id: 'GITOPS004',
  severity: 'error',
  family: 'GITOPS',
  title: 'CronWorkflow concurrencyPolicy: Forbid without an effective activeDeadlineSeconds',
  hasAutofix: false,
  kinds: ['CronWorkflow'],
  check(ctx) {
    const spec = obj(ctx.manifest.spec);
    if (spec?.concurrencyPolicy !== 'Forbid') return;
    const wl = ctx.workflowLike();
    if (!wl?.complete || has(wl.effective, 'activeDeadlineSeconds')) return;
    ctx.report({
      path: '/spec/concurrencyPolicy',
      message:
        'concurrencyPolicy: Forbid and no activeDeadlineSeconds: one run that never ends stays in status.active and stops every future run',
      fix: 'Set spec.workflowSpec.activeDeadlineSeconds (shorter than the schedule interval), or use concurrencyPolicy: Replace.',
    });
  },
});

export const GITOPS005 = defineRule({
  id: 'GITOPS005',
  severity: 'error',
  family: 'GITOPS',
  title: 'CronWorkflow schedule/schedules form the target version does not know',
  hasAutofix: true,
  kinds: ['CronWorkflow'],
  check(ctx) {
    const spec = obj(ctx.manifest.spec);
    if (!spec) return;
    const v = ctx.options.argoVersion;
    const schedule = spec.schedule;
    const schedules = spec.schedules;
    if (schedule !== undefined && schedule !== null && !targetHasField(v, 'cronWorkflow.schedule')) {
      // Safe autofix: the target ignores spec.schedule, so moving it into spec.schedules (known
      // since 3.6) makes the target run exactly the schedule the author wrote.
      const list = arr(schedules);
      const autofix =
        typeof schedule !== 'string'
          ? undefined
          : Array.isArray(schedules)
            ? list.includes(schedule)
              ? [{ op: 'remove' as const, path: '/spec/schedule' }]
              : [
                  { op: 'remove' as const, path: '/spec/schedule' },
                  { op: 'add' as const, path: '/spec/schedules/-', value: schedule },
                ]
            : [
                { op: 'remove' as const, path: '/spec/schedule' },
                { op: 'add' as const, path: '/spec/schedules', value: [schedule] },
              ];
      ctx.report({
        path: '/spec/schedule',
        message: `spec.schedule was removed in Argo Workflows 4.0: ${formatArgoVersion(v)} ignores it and the CronWorkflow never runs`,
        fix: 'Use spec.schedules: [ ... ].',
        autofix,
      });
    }
    if (schedules !== undefined && schedules !== null && !targetHasField(v, 'cronWorkflow.schedules')) {
      // Safe only for one schedule: a pre-3.6 controller can run exactly one.
      const list = arr(schedules);
      const autofix =
        list.length === 1 && typeof list[0] === 'string' && (schedule === undefined || schedule === null)
          ? [
              { op: 'remove' as const, path: '/spec/schedules' },
              { op: 'add' as const, path: '/spec/schedule', value: list[0] },
            ]
          : undefined;
      ctx.report({
        path: '/spec/schedules',
        message: `spec.schedules is not known to Argo Workflows ${formatArgoVersion(v)} (added in 3.6): it is ignored and the CronWorkflow never runs`,
        fix: 'Use spec.schedule (one schedule) or target Argo Workflows >= 3.6.',
        autofix,
      });
    }
  },
});

export const GITOPS006 = defineRule({
  id: 'GITOPS006',
  severity: 'warning',
  family: 'GITOPS',
  title: 'CronWorkflow without an explicit suspend field (CLI suspends are not seen as drift)',
  hasAutofix: true,
  kinds: ['CronWorkflow'],
  check(ctx) {
    const spec = obj(ctx.manifest.spec);
    if (!spec || spec.suspend !== undefined) return;
    // Safe autofix: a CronWorkflow without suspend runs (false is the default); writing it down
    // changes nothing on apply but lets Argo CD see `argo cron suspend` as drift (argo-cd#14630).
    ctx.report({
      path: '/spec',
      message:
        'CronWorkflow has no explicit spec.suspend: a suspend done with `argo cron suspend` is not seen as drift by Argo CD, so Git no longer says whether it runs (argo-cd#14630)',
      fix: 'Set spec.suspend: false explicitly (or ignoreDifferences on /spec/suspend if operators own it).',
      autofix: [{ op: 'add', path: '/spec/suspend', value: false }],
    });
  },
});

/** A Deployment of the argo-guard watcher or the Argo workflow-controller. */
export function finalizingController(m: unknown): 'watcher' | 'workflow-controller' | undefined {
  if (!isObject(m) || m.kind !== 'Deployment') return undefined;
  const md = obj(m.metadata);
  const name = str(md?.name) ?? '';
  const appName = metaValue(md, 'labels', 'app.kubernetes.io/name');
  if (appName === WATCHER_NAME_LABEL_VALUE) return 'watcher';
  if (
    name === 'workflow-controller' ||
    name.endsWith('-workflow-controller') ||
    appName === 'workflow-controller' ||
    metaValue(md, 'labels', 'app') === 'workflow-controller' ||
    metaValue(md, 'labels', 'app.kubernetes.io/component') === 'workflow-controller'
  ) {
    return 'workflow-controller';
  }
  return undefined;
}

/** The lowest sync wave of a Workflow or CronWorkflow in the input, and which one it is. */
function lowestWorkflowWave(input: InputIndex): { wave: number; name: string } | undefined {
  return input.memo('gitops.lowestWorkflowWave', () => {
    let best: { wave: number; name: string } | undefined;
    for (const kind of ['Workflow', 'CronWorkflow']) {
      for (const e of input.ofKind(kind)) {
        const w = syncWave(e.manifest);
        if (!best || w < best.wave)
          best = {
            wave: w,
            name: `${kind} "${e.name ?? str(obj(e.manifest.metadata)?.generateName) ?? ''}"`,
          };
      }
    }
    return best;
  });
}

export const GITOPS007 = defineRule({
  id: 'GITOPS007',
  severity: 'warning',
  family: 'GITOPS',
  title: 'the watcher / workflow controller is not in a lower sync wave than the Workflows it finalizes',
  hasAutofix: false,
  kinds: ['Deployment'],
  check(ctx) {
    const role = finalizingController(ctx.manifest);
    if (!role) return;
    const lowest = lowestWorkflowWave(ctx.input);
    if (!lowest) return;
    const wave = syncWave(ctx.manifest);
    if (wave < lowest.wave) return;
    const annotated = metaValue(ctx.manifest.metadata, 'annotations', SYNC_WAVE_ANNOTATION) !== undefined;
    // No autofix: moving a Deployment to another wave also changes install order.
    ctx.report({
      path: annotated ? ptr('/metadata/annotations', SYNC_WAVE_ANNOTATION) : '/metadata',
      message: `the ${role} Deployment is in sync wave ${wave}, not below ${lowest.name} (wave ${lowest.wave}): Argo CD deletes the highest wave first, so on app deletion the ${role} can go before the Workflows and they hang on their finalizers (argo-cd#9296)`,
      fix: `Set ${SYNC_WAVE_ANNOTATION} on the Deployment to "${lowest.wave - 1}" or lower (or deploy it in its own Application).`,
    });
  },
});

/** Namespaces match when equal, or when either is left to the Application's destination. */
function sameNamespace(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

interface HookDependency {
  readonly entry: Entry;
  /** What the hook needs it for, for the message. */
  readonly role: string;
  /** Pointer, in the hook, of the field that makes it a dependency. */
  readonly path: string;
}

/**
 * What a Workflow hook needs from the input set while it runs: its service accounts, the
 * RoleBindings of them and their Roles, the ConfigMaps it references, its WorkflowTemplate.
 * Objects not in the input are managed elsewhere and assumed to exist.
 */
function hookDependencies(ctx: RuleContext): HookDependency[] {
  const wl = ctx.workflowLike();
  if (!wl) return [];
  const ns = wl.namespace;
  const input = ctx.input;
  const out: HookDependency[] = [];
  const seen = new Set<Entry>();
  const add = (entry: Entry | undefined, role: string, path: string) => {
    if (!entry || entry.index === ctx.index || seen.has(entry)) return;
    seen.add(entry);
    out.push({ entry, role, path });
  };
  const e = wl.effective;
  const serviceAccounts: [string | undefined, string, string][] = [
    [str(e.serviceAccountName), 'executor service account', ptr(wl.specPath, 'serviceAccountName')],
    [
      str(obj(e.artifactGC)?.serviceAccountName),
      'artifact-GC service account',
      ptr(wl.specPath, 'artifactGC', 'serviceAccountName'),
    ],
  ];
  for (const [sa, role, path] of serviceAccounts) {
    if (!sa) continue;
    add(input.find('ServiceAccount', sa, ns), `its ${role}`, path);
    for (const rb of input.ofKind('RoleBinding')) {
      if (!sameNamespace(rb.namespace, ns)) continue;
      const binds = arr(rb.manifest.subjects).some((s) => {
        const o = obj(s);
        return o?.kind === 'ServiceAccount' && str(o.name) === sa && sameNamespace(str(o.namespace), ns);
      });
      if (!binds) continue;
      add(rb, `binds its ${role} "${sa}"`, path);
      const ref = obj(rb.manifest.roleRef);
      const roleName = str(ref?.name);
      if (ref?.kind === 'Role' && roleName)
        add(input.find('Role', roleName, rb.namespace ?? ns), `grants its ${role} "${sa}"`, path);
    }
  }
  const repo = obj(e.artifactRepositoryRef);
  if (repo)
    add(
      input.find('ConfigMap', str(repo.configMap) ?? 'artifact-repositories', ns),
      'holds its artifact repository',
      ptr(wl.specPath, 'artifactRepositoryRef'),
    );
  const sync = obj(e.synchronization);
  const semaphores = [sync?.semaphore, ...arr(sync?.semaphores)];
  for (const sem of semaphores) {
    const cm = str(obj(obj(sem)?.configMapKeyRef)?.name);
    if (cm)
      add(input.find('ConfigMap', cm, ns), 'holds its semaphore limit', ptr(wl.specPath, 'synchronization'));
  }
  const volumes = arr(e.volumes);
  for (let i = 0; i < volumes.length; i++) {
    const cm = str(obj(obj(volumes[i])?.configMap)?.name);
    if (cm) add(input.find('ConfigMap', cm, ns), 'is mounted as a volume', ptr(wl.specPath, 'volumes', i));
  }
  const ref = wl.workflowTemplateRef;
  if (ref?.name)
    add(
      input.find(ref.clusterScope ? 'ClusterWorkflowTemplate' : 'WorkflowTemplate', ref.name, ns),
      'holds its templates',
      ref.path,
    );
  return out;
}

export const GITOPS008 = defineRule({
  id: 'GITOPS008',
  severity: 'error',
  family: 'GITOPS',
  title: 'an Argo CD hook Workflow needs an object that Argo CD creates after it or removes before it',
  hasAutofix: false,
  kinds: ['Workflow'],
  check(ctx) {
    const phases = hookPhases(ctx.manifest);
    if (!phases) return;
    for (const dep of hookDependencies(ctx)) {
      let gap: string | undefined;
      for (const phase of phases) {
        gap = dependencyGap(dep.entry.manifest, ctx.manifest, phase);
        if (gap) break;
      }
      if (!gap) continue;
      ctx.report({
        path: dep.path,
        message: `${dep.entry.kind} "${dep.entry.name ?? ''}" (${dep.role}) ${gap}; the hook's pods cannot start, the hook fails and the sync never gets to the step that would create it`,
        fix: `Emit it as an Argo CD hook of the same phase (${phases.join(',')}) in an earlier sync wave with ${HOOK_DELETE_POLICY_ANNOTATION}: BeforeHookCreation (the constructs do this for the RBAC they generate), or run the Workflow in a phase that comes after it (PostSync sees every plain resource).`,
      });
    }
  },
});

export const GITOPS009 = defineRule({
  id: 'GITOPS009',
  severity: 'error',
  family: 'GITOPS',
  title: 'a named Argo CD hook Workflow with the BeforeHookCreation delete policy (explicit or default)',
  hasAutofix: false,
  kinds: ['Workflow'],
  check(ctx) {
    if (!hookPhases(ctx.manifest)) return;
    const md = obj(ctx.manifest.metadata);
    if (str(md?.name) === undefined) return;
    if (!deletePolicies(ctx.manifest).includes('BeforeHookCreation')) return;
    const explicit = metaValue(md, 'annotations', HOOK_DELETE_POLICY_ANNOTATION) !== undefined;
    ctx.report({
      path: explicit ? ptr('/metadata/annotations', HOOK_DELETE_POLICY_ANNOTATION) : '/metadata/name',
      message: `this named hook Workflow is deleted by ${explicit ? 'its' : 'the default'} BeforeHookCreation policy before the next sync creates it again, and Argo CD waits until it is gone: a previous run stuck on the artifact-gc finalizer (argo-workflows#13499) blocks every later sync`,
      fix: 'Use metadata.generateName (a new Workflow per sync) with hook-delete-policy: HookSucceeded.',
    });
  },
});

/** Whether a template stores or reads an artifact through the artifact repository. */
function usesArtifactRepository(tmpl: Record<string, unknown>): boolean {
  if (arr(obj(tmpl.outputs)?.artifacts).length > 0) return true;
  return arr(obj(tmpl.inputs)?.artifacts).some((a) => {
    const o = obj(a);
    // Inline, Git and HTTP inputs and values passed from another step bring their own location.
    return !!o && !o.raw && !o.git && !o.http && !o.from && !o.fromExpression && !o.artifactory;
  });
}

export const GITOPS010 = defineRule({
  id: 'GITOPS010',
  severity: 'warning',
  family: 'GITOPS',
  title: 'artifactRepositoryRef names a ConfigMap (or key) that is not in the input set',
  hasAutofix: false,
  kinds: WORKFLOW_LIKE_KINDS,
  check(ctx) {
    const wl = ctx.workflowLike();
    const ref = obj(wl?.spec.artifactRepositoryRef);
    if (!wl || !ref) return;
    const templates = new Set([...wl.ownTemplates, ...wl.byName.values()]);
    if (![...templates].some((t) => usesArtifactRepository(t.tmpl))) return;
    const name = str(ref.configMap) ?? 'artifact-repositories';
    const key = str(ref.key);
    const cm = ctx.input.find('ConfigMap', name, wl.namespace);
    const path = ptr(wl.specPath, 'artifactRepositoryRef');
    if (!cm) {
      ctx.report({
        path,
        message: `artifactRepositoryRef names ConfigMap "${name}", which is not in the input set: unless something else creates it, every run fails at once with "failed to find any artifact repository"`,
        fix: `Ship the ConfigMap "${name}"${key ? ` with key "${key}"` : ''} beside this object (the ArtifactRepositories construct), or lint it together with the files that create it.`,
      });
      return;
    }
    if (key && obj(cm.manifest.data)?.[key] === undefined)
      ctx.report({
        path,
        message: `ConfigMap "${name}" has no key "${key}": every run fails at once with "failed to find any artifact repository"`,
        fix: `Add "${key}" to the ConfigMap's data, or reference a key it has.`,
      });
  },
});

export const rules: readonly Rule[] = [
  GITOPS001,
  GITOPS002,
  GITOPS003,
  GITOPS004,
  GITOPS005,
  GITOPS006,
  GITOPS007,
  GITOPS008,
  GITOPS009,
  GITOPS010,
];
