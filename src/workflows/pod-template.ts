/**
 * Shared base of the templates that run a pod (container, script, containerSet): the architecture
 * pin, own scheduling constraints merged with it, the exit-handler deadline and pendingTimeout.
 */

import type { Duration } from 'cdk8s';
import type { Json } from '../argo/json';
import { formatArgoVersion, hasField } from '../argo/versions';
import { AuthoringError } from '../authoring-errors';
import * as argo from '../imports/argo-workflows';
import { pinScheduling, type Scheduling } from '../platform/scheduling';
import { type ArchitectureChoice, type ImagePin, imagePin, isImageArchitectures } from './architectures';
import { renderPendingTimeout } from './defaults';
import { checkOptOutReason, isOptOut, type OptOut } from './opt-out';
import { checkArchitectures, checkPinMerge } from './scheduling';
import { checkPendingTimeout, type ResolvedSettings } from './settings';
import { type RenderContext, Template, type TemplateProps } from './template';

/** Props of every pod template. */
export interface PodTemplateProps extends TemplateProps {
  /**
   * Architectures this template's image runs on (`kubernetes.io/arch`); one -> nodeSelector,
   * several -> required node affinity. `optOut('reason')` leaves the pod unpinned.
   * `Architectures.fromImage()`: the architectures the image has in the platform lock, intersected
   * with `fromImage({ allowed })`, else with the chart's architectures when the chart configures a
   * list (or `fromImage({ allowed })`); an image missing from the lock is a synth error.
   * @default - the chart's architectures (['amd64'])
   */
  readonly architectures?: ArchitectureChoice;
  /**
   * `pendingTimeout` (Argo Workflows >= 4.1): how long the pod may stay Pending (unschedulable,
   * image pull back-off) before its node fails. `optOut('reason')` writes none (rule RUN006 is
   * then suppressed for the object). On an older target a Duration here is an authoring error
   * (API008): the field does not exist there.
   * @default - the chart's pendingTimeout (15 minutes) on targets >= 4.1, unless the template holds a lock of its own; nothing on older targets
   */
  readonly pendingTimeout?: Duration | OptOut;
  /** The template's own nodeSelector; the pin is merged into it. @default - none */
  readonly nodeSelector?: Readonly<Record<string, string>>;
  /** The template's own affinity; the arch term is added to each required term. @default - none */
  readonly affinity?: argo.K8sAffinity;
  /** The template's own tolerations; arch-taint tolerations are appended. @default - none */
  readonly tolerations?: readonly argo.K8sToleration[];
  /** Resource requests and limits of the main container. @default - none */
  readonly resources?: {
    readonly requests?: Readonly<Record<string, string>>;
    readonly limits?: Readonly<Record<string, string>>;
  };
  /** Environment variables of the main container (name -> value). @default - none */
  readonly env?: Readonly<Record<string, string>>;
  /** Any other field of the main container, typed by the generated imports. @default - none */
  readonly container?: Partial<argo.K8sContainer>;
}

export abstract class PodTemplate extends Template {
  protected constructor(
    name: string,
    protected readonly podProps: PodTemplateProps,
  ) {
    super(name, podProps);
  }

  public override get isPodTemplate(): boolean {
    return true;
  }

  /** The images of the pod, looked up by `Architectures.fromImage()`. @internal */
  public _images(): readonly string[] {
    return [];
  }

  /** The pin from the image, when the template (or the chart) pins from the image. @internal */
  public _imagePin(settings: ResolvedSettings): ImagePin | undefined {
    const choice = this.archChoice(settings);
    if (!isImageArchitectures(choice)) return undefined;
    const allowed = choice.allowed ?? settings.allowedArchitectures;
    const from = choice.allowed
      ? 'Architectures.fromImage({ allowed })'
      : settings.imageArchitectures
        ? "the chart's Architectures.fromImage({ allowed })"
        : 'the architectures setting';
    return imagePin(
      this._images(),
      allowed,
      from,
      settings.platforms,
      settings.os,
      `template "${this.name}"`,
    );
  }

  /**
   * The architectures this template is pinned to, or the opt-out; `undefined` when the image pin
   * cannot be resolved (the template is then unpinned, and rule ARCH001 fails the synth). @internal
   */
  public _architectures(ctx: RenderContext): readonly string[] | OptOut | undefined {
    const choice = this.archChoice(ctx.settings);
    if (!isImageArchitectures(choice)) return choice;
    const pin = this._imagePin(ctx.settings)!;
    return pin.error === undefined ? pin.archs : undefined;
  }

  /** Whether the images are added after the template joins its object (a container set). */
  protected imagesComeLater(): boolean {
    return false;
  }

  /** The template's own choice, else the chart's. */
  private archChoice(settings: ResolvedSettings): ArchitectureChoice {
    return this.podProps.architectures ?? settings.imageArchitectures ?? settings.architectures;
  }

  /**
   * Also refuses an architecture choice that cannot be pinned: an unknown name (API012), an
   * opt-out without a reason (API001), an image pin the lock cannot resolve (API016), a
   * nodeSelector that contradicts the pin (API015). @internal
   */
  public override _check(constructPath: string, settings: ResolvedSettings): void {
    super._check(constructPath, settings);
    const where = `template "${this.name}"`;
    const pending = this.podProps.pendingTimeout;
    checkOptOutReason(`${where} pendingTimeout`, pending, constructPath);
    checkPendingTimeout(pending, constructPath, `${where}: pendingTimeout`);
    if (pending !== undefined && !isOptOut(pending) && !hasField(settings.argoVersion, 'pendingTimeout'))
      throw new AuthoringError(
        'API008',
        constructPath,
        `${where}: pendingTimeout does not exist in Argo Workflows ${formatArgoVersion(settings.argoVersion)} (added in 4.1)`,
        'drop it (the watcher covers Pending pods there: RUN-01), or target >= 4.1',
      );
    const choice = this.archChoice(settings);
    if (isImageArchitectures(choice)) {
      // The chart's fromImage({ allowed }) was checked where the chart configured it.
      if (choice === this.podProps.architectures && choice.allowed)
        checkArchitectures(choice.allowed, constructPath, where);
      // A container set gets its images after it joined its object: checked as each is added.
      if (this._images().length === 0 && this.imagesComeLater()) return;
      const pin = this._imagePin(settings)!;
      if (pin.error !== undefined) throw new AuthoringError('API016', constructPath, pin.error, pin.fix);
      checkPinMerge(this.ownScheduling(), pin.archs, settings.os, constructPath, where);
      return;
    }
    if (isOptOut(choice)) {
      checkOptOutReason(`${where} architectures`, choice, constructPath);
      return;
    }
    // Chart-level names were checked where the chart configured them.
    if (this.podProps.architectures) checkArchitectures(choice, constructPath, where);
    checkPinMerge(this.ownScheduling(), choice, settings.os, constructPath, where);
  }

  /** The scheduling fields, pinned. @internal */
  public _scheduling(ctx: RenderContext): Scheduling {
    const archs = this._architectures(ctx);
    const own = this.ownScheduling();
    if (archs === undefined) return own;
    if (isOptOut(archs)) {
      ctx.optOuts.set('architecture', archs.reason);
      return own;
    }
    // The workflow level is pinned to the chart's architectures, or (chart-level fromImage) to a
    // union of the templates' pins that is not known while the templates render.
    const level = ctx.settings.architectures;
    return pinScheduling(own, archs, {
      os: ctx.settings.os,
      taintedArchitectures: ctx.settings.taintedArchitectures,
      inheritedArchitectures: isOptOut(level)
        ? undefined
        : ctx.settings.imageArchitectures
          ? 'unknown'
          : level,
    });
  }

  protected override finishRender(json: Json, ctx: RenderContext): void {
    const sched = this._scheduling(ctx);
    json.nodeSelector = sched.nodeSelector ?? json.nodeSelector;
    json.affinity = sched.affinity ?? json.affinity;
    json.tolerations = sched.tolerations ?? json.tolerations;
    const pending = renderPendingTimeout(ctx.settings, {
      explicit: this.podProps.pendingTimeout,
      holdsLock: this.baseProps.synchronization !== undefined,
    });
    if (pending.optOut !== undefined) ctx.optOuts.set('pendingTimeout', pending.optOut);
    json.pendingTimeout = pending.pendingTimeout;
    // Exit-handler pods are exempt from the workflow deadline (exec_control.go; RUN005), so they
    // get their own, the workflow's.
    if (json.activeDeadlineSeconds === undefined && ctx.exitTemplates.has(this)) {
      const d = ctx.settings.activeDeadline;
      if (!isOptOut(d)) json.activeDeadlineSeconds = d.toSeconds();
    }
  }

  /** The main container, wire form, with env/resources/container overrides applied. */
  protected renderContainer(base: Json): Json {
    const p = this.podProps;
    const extra = p.container ? argo.toJson_K8sContainer(p.container as argo.K8sContainer) : undefined;
    const env = p.env ? Object.entries(p.env).map(([name, value]) => ({ name, value })) : undefined;
    const resources = p.resources
      ? { requests: p.resources.requests, limits: p.resources.limits }
      : undefined;
    return { ...extra, ...base, env: env ?? extra?.env, resources: resources ?? extra?.resources };
  }

  private ownScheduling(): Scheduling {
    const p = this.podProps;
    return {
      nodeSelector: p.nodeSelector ? { ...p.nodeSelector } : undefined,
      affinity: p.affinity ? argo.toJson_K8sAffinity(p.affinity) : undefined,
      tolerations: p.tolerations?.map((t) => argo.toJson_K8sToleration(t)!),
    };
  }
}
