import type { ApiObject } from 'cdk8s';
import type { Construct } from 'constructs';
import type { Json } from '../argo/json';
import { HOOK_ANNOTATION, HOOK_DELETE_POLICY_ANNOTATION, SYNC_WAVE_ANNOTATION } from '../argo/metadata';
import { AuthoringError } from '../authoring-errors';
import type { HookPlacement } from './rbac';
import type { RenderContext, Template } from './template';
import { WorkflowBase, type WorkflowBaseProps } from './workflow-base';

/** Argo CD resource hook phases (`argocd.argoproj.io/hook`). */
export type ArgoCdHookPhase = 'PreSync' | 'Sync' | 'PostSync' | 'SyncFail' | 'PostDelete' | 'Skip';
/** Argo CD hook delete policies (`argocd.argoproj.io/hook-delete-policy`). */
export type ArgoCdHookDeletePolicy = 'HookSucceeded' | 'HookFailed' | 'BeforeHookCreation';

/** Makes a Workflow an Argo CD resource hook. */
export interface ArgoCdHookProps {
  readonly phase: ArgoCdHookPhase;
  /**
   * When Argo CD deletes the hook. `BeforeHookCreation` is refused (API004): the hook has a
   * generateName, so the policy never finds a previous run to delete, and on a named hook it waits
   * for the previous run to be gone, forever when that one is stuck on a finalizer (GITOPS009).
   * @default ['HookSucceeded']
   */
  readonly deletePolicy?: readonly ArgoCdHookDeletePolicy[];
  /**
   * `argocd.argoproj.io/sync-wave` of the hook. The RBAC the hook's pods use is placed one wave
   * before it where plain resources would not exist yet (GITOPS008).
   * @default - the metadata annotation, else 0
   */
  readonly syncWave?: number;
}

/** Props of {@link Workflow}. */
export interface WorkflowProps extends WorkflowBaseProps {
  /**
   * Run a WorkflowTemplate or ClusterWorkflowTemplate (`spec.workflowTemplateRef`); the workflow's
   * own templates, if any, are added to it.
   * @default - the workflow's own templates
   */
  readonly workflowTemplate?: WorkflowBase;
  /**
   * Make this Workflow an Argo CD hook: the annotations are set and the object gets
   * `generateName` (Argo CD creates a fresh one per sync) instead of a fixed name.
   * Argo CD honours `generateName` only on hooks (argo-cd#1639).
   * @default - not a hook
   */
  readonly argoCdHook?: ArgoCdHookProps;
  /** `metadata.generateName`. @default - `<name>-` for an Argo CD hook, else a fixed name */
  readonly generateName?: string;
}

export const ARGOCD_HOOK_ANNOTATION = HOOK_ANNOTATION;
export const ARGOCD_HOOK_DELETE_POLICY_ANNOTATION = HOOK_DELETE_POLICY_ANNOTATION;

/** A `Workflow`: one run. In GitOps, usually an Argo CD hook (see `argoCdHook`). */
export class Workflow extends WorkflowBase {
  public readonly kind: string = 'Workflow';
  private readonly wfProps: WorkflowProps;

  constructor(scope: Construct, id: string, props: WorkflowProps = {}) {
    const hook = props.argoCdHook;
    if (hook?.deletePolicy?.includes('BeforeHookCreation'))
      throw new AuthoringError(
        'API004',
        `${scope.node.path}/${id}`,
        'argoCdHook.deletePolicy BeforeHookCreation: the hook has a generateName, so the policy never finds the previous run; on a named hook Argo CD would wait forever for a run stuck on its artifact-gc finalizer',
        "use deletePolicy: ['HookSucceeded'] (failed runs stay for debugging and block nothing)",
      );
    if (hook?.syncWave !== undefined && !Number.isInteger(hook.syncWave))
      throw new AuthoringError(
        'API005',
        `${scope.node.path}/${id}`,
        `argoCdHook.syncWave ${hook.syncWave} is not an integer`,
        'use a whole number, e.g. -1',
      );
    const wt = props.workflowTemplate;
    if (wt && wt.kind !== 'WorkflowTemplate' && wt.kind !== 'ClusterWorkflowTemplate')
      throw new AuthoringError(
        'API014',
        `${scope.node.path}/${id}`,
        `workflowTemplate ${wt.node.path} is a ${wt.kind}`,
        'pass a WorkflowTemplate or ClusterWorkflowTemplate',
      );
    super(scope, id, 'Workflow', props);
    this.wfProps = props;
    if (hook) {
      this.apiObject.metadata.addAnnotation(ARGOCD_HOOK_ANNOTATION, hook.phase);
      this.apiObject.metadata.addAnnotation(
        ARGOCD_HOOK_DELETE_POLICY_ANNOTATION,
        (hook.deletePolicy ?? ['HookSucceeded']).join(','),
      );
      if (hook.syncWave !== undefined)
        this.apiObject.metadata.addAnnotation(SYNC_WAVE_ANNOTATION, String(hook.syncWave));
    }
  }

  protected override rbacHookPlacement(): HookPlacement | undefined {
    // Runs inside the base constructor: only `this.props` is set.
    const hook = (this.props as WorkflowProps).argoCdHook;
    if (!hook) return undefined;
    const annotated = Number(this.props.metadata?.annotations?.[SYNC_WAVE_ANNOTATION]);
    const wave = hook.syncWave ?? (Number.isInteger(annotated) ? annotated : 0);
    // Plain resources are created in the Sync phase (wave 0 by default) and deleted with the
    // Application: early enough for a PostSync hook or a Sync hook from wave 0 on, too late for
    // PreSync, SyncFail and a Sync hook below wave 0, gone before PostDelete.
    const plainIsEnough =
      hook.phase === 'PostSync' || hook.phase === 'Skip' || (hook.phase === 'Sync' && wave >= 0);
    return plainIsEnough ? undefined : { phase: hook.phase, wave: wave - 1 };
  }

  /** `metadata.generateName`, when the object has one instead of a fixed name. */
  public get generateName(): string | undefined {
    if (this.wfProps.generateName) return this.wfProps.generateName;
    if (this.wfProps.argoCdHook) return `${this.apiObject.metadata.name ?? this.apiObject.name}-`;
    return undefined;
  }

  protected override get isArgoCdHook(): boolean {
    return this.wfProps?.argoCdHook !== undefined;
  }

  protected override referencedObjects(): ApiObject[] {
    return this.wfProps?.workflowTemplate ? [this.wfProps.workflowTemplate.apiObject] : [];
  }

  protected override extraRoots(): Template[] {
    return this.wfProps?.workflowTemplate ? [...this.wfProps.workflowTemplate.templates] : [];
  }

  protected override extraSpecFields(_ctx: RenderContext): Json {
    const wt = this.wfProps.workflowTemplate;
    if (!wt) return {};
    return {
      workflowTemplateRef: {
        name: wt.resourceName,
        clusterScope: wt.kind === 'ClusterWorkflowTemplate' ? true : undefined,
      },
    };
  }

  protected override finishKindMetadata(metadata: Json): void {
    // cdk8s always sets metadata.name, which would win over generateName.
    const g = this.generateName;
    if (g) {
      delete metadata.name;
      metadata.generateName = g;
    }
  }
}
