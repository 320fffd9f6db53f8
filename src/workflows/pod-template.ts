/**
 * Shared base of the templates that run a pod (container, script): the architecture pin,
 * own scheduling constraints merged with it, and the exit-handler deadline.
 */

import type { Json } from '../argo/json';
import * as argo from '../imports/argo-workflows';
import { pinScheduling, type Scheduling } from '../platform/scheduling';
import { type ArchitectureChoice, type ImagePin, imagePin, isImageArchitectures } from './architectures';
import { isOptOut, type OptOut } from './opt-out';
import { validateArchitectures, validatePinMerge } from './scheduling';
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
  public _imagePin(ctx: RenderContext): ImagePin | undefined {
    const choice = this.archChoice(ctx);
    if (!isImageArchitectures(choice)) return undefined;
    const s = ctx.settings;
    const allowed = choice.allowed ?? s.allowedArchitectures;
    const from = choice.allowed
      ? 'Architectures.fromImage({ allowed })'
      : s.imageArchitectures
        ? "the chart's Architectures.fromImage({ allowed })"
        : 'the architectures setting';
    return imagePin(this._images(), allowed, from, s.platforms, s.os, `template "${this.name}"`);
  }

  /**
   * The architectures this template is pinned to, or the opt-out; `undefined` when the image pin
   * cannot be resolved (a validation error stops synth). @internal
   */
  public _architectures(ctx: RenderContext): readonly string[] | OptOut | undefined {
    const choice = this.archChoice(ctx);
    if (!isImageArchitectures(choice)) return choice;
    const pin = this._imagePin(ctx)!;
    return pin.error === undefined ? pin.archs : undefined;
  }

  /** The template's own choice, else the chart's. */
  private archChoice(ctx: RenderContext): ArchitectureChoice {
    return this.podProps.architectures ?? ctx.settings.imageArchitectures ?? ctx.settings.architectures;
  }

  /** @internal */
  public override _validate(ctx: RenderContext): string[] {
    const errors = super._validate(ctx);
    const where = `template "${this.name}"`;
    const choice = this.archChoice(ctx);
    if (isImageArchitectures(choice)) {
      // The chart's fromImage({ allowed }) is validated once per workflow, not per template.
      if (choice === this.podProps.architectures && choice.allowed)
        errors.push(...validateArchitectures(choice.allowed, ctx.settings.os, where));
      const pin = this._imagePin(ctx)!;
      if (pin.error !== undefined) errors.push(pin.error);
      else errors.push(...validatePinMerge(this.ownScheduling(), pin.archs, ctx.settings.os, where));
      return errors;
    }
    const archs = choice;
    if (isOptOut(archs)) {
      if (!archs.reason.trim())
        errors.push(`API001 ${where}: opting out of the architecture pin needs a reason — optOut('why')`);
    } else {
      // Chart-level names are validated once per workflow, not per template.
      if (this.podProps.architectures) errors.push(...validateArchitectures(archs, ctx.settings.os, where));
      errors.push(...validatePinMerge(this.ownScheduling(), archs, ctx.settings.os, where));
    }
    return errors;
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
