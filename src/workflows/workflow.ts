import type { Construct } from 'constructs';
import type { RenderContext, Template } from './template';
import { WorkflowBase, type WorkflowBaseProps } from './workflow-base';

type Json = Record<string, any>;

/** Argo CD resource hook phases (`argocd.argoproj.io/hook`). */
export type ArgoCdHookPhase = 'PreSync' | 'Sync' | 'PostSync' | 'SyncFail' | 'PostDelete' | 'Skip';
/** Argo CD hook delete policies (`argocd.argoproj.io/hook-delete-policy`). */
export type ArgoCdHookDeletePolicy = 'HookSucceeded' | 'HookFailed' | 'BeforeHookCreation';

/** Makes a Workflow an Argo CD resource hook. */
export interface ArgoCdHookProps {
  readonly phase: ArgoCdHookPhase;
  /**
   * When Argo CD deletes the hook. `BeforeHookCreation` waits for the previous hook to be gone,
   * which hangs forever when it is stuck on a finalizer (GITOPS-02).
   * @default ['HookSucceeded']
   */
  readonly deletePolicy?: readonly ArgoCdHookDeletePolicy[];
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

export const ARGOCD_HOOK_ANNOTATION = 'argocd.argoproj.io/hook';
export const ARGOCD_HOOK_DELETE_POLICY_ANNOTATION = 'argocd.argoproj.io/hook-delete-policy';

/** A `Workflow`: one run. In GitOps, usually an Argo CD hook (see `argoCdHook`). */
export class Workflow extends WorkflowBase {
  public readonly kind: string = 'Workflow';
  private readonly wfProps: WorkflowProps;

  constructor(scope: Construct, id: string, props: WorkflowProps = {}) {
    super(scope, id, 'Workflow', props);
    this.wfProps = props;
    if (props.argoCdHook) {
      this.apiObject.metadata.addAnnotation(ARGOCD_HOOK_ANNOTATION, props.argoCdHook.phase);
      this.apiObject.metadata.addAnnotation(
        ARGOCD_HOOK_DELETE_POLICY_ANNOTATION,
        (props.argoCdHook.deletePolicy ?? ['HookSucceeded']).join(','),
      );
    }
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

  protected override get requiresEntrypoint(): boolean {
    return !this.wfProps?.workflowTemplate;
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

  protected override validateKind(_ctx: RenderContext): string[] {
    const errors: string[] = [];
    const wt = this.wfProps.workflowTemplate;
    if (wt && wt.kind !== 'WorkflowTemplate' && wt.kind !== 'ClusterWorkflowTemplate')
      errors.push(
        `DAG001 workflowTemplate is a ${wt.kind} — pass a WorkflowTemplate or ClusterWorkflowTemplate`,
      );
    if (this.wfProps.generateName !== undefined && !this.wfProps.argoCdHook)
      errors.push(
        `GITOPS001 generateName on a Workflow that is not an Argo CD hook: Argo CD cannot sync it — set argoCdHook, or drop generateName`,
      );
    return errors;
  }

  protected override finishMetadata(metadata: Json): void {
    // cdk8s always sets metadata.name, which would win over generateName.
    const g = this.generateName;
    if (g) {
      delete metadata.name;
      metadata.generateName = g;
    }
  }
}
