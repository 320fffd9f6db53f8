/**
 * What DAG tasks and steps share: a call of a template, by object, with arguments, loops,
 * a condition and lifecycle hooks.
 */

import type { Json } from '../argo/json';
import { AuthoringError } from '../authoring-errors';
import { type Arguments, renderArguments } from './artifacts';
import {
  checkCallable,
  type ITemplateOwner,
  type Template,
  templateReference,
  templateSite,
} from './template';

/** A lifecycle hook: runs `template` when `expression` becomes true, or on exit for the `exit` key. */
export interface LifecycleHookProps {
  readonly template: Template;
  /** Argo expression; required for every key except `exit`. @default - none */
  readonly expression?: string;
  /** @default - none */
  readonly arguments?: Arguments;
}

/** Props of a template call (DAG task or step). */
export interface InvocationProps {
  /** The template to run, by object (a template of another WorkflowTemplate becomes a templateRef). */
  readonly template: Template;
  /** @default - none */
  readonly arguments?: Arguments;
  /** Run only when this expression is true. @default - always */
  readonly when?: string;
  /** Fan out over these items (`{{item}}`). @default - no loop */
  readonly withItems?: readonly unknown[];
  /** Fan out over a JSON list produced at run time (e.g. another task's output). @default - no loop */
  readonly withParam?: string;
  /** Lifecycle hooks by name (`exit`, or any name with an `expression`). @default - none */
  readonly hooks?: Readonly<Record<string, LifecycleHookProps>>;
  /** Keep going when this call fails or errors. @default - stop */
  readonly continueOn?: { readonly failed?: boolean; readonly error?: boolean };
}

/** Refuses a lifecycle hook other than `exit` without an expression: it would never run (API003). @internal */
export function checkHooks(
  hooks: Readonly<Record<string, LifecycleHookProps>>,
  constructPath: string,
  where: string,
): void {
  for (const [name, h] of Object.entries(hooks))
    if (name !== 'exit' && !h.expression)
      throw new AuthoringError(
        'API003',
        constructPath,
        `${where} hook "${name}": a hook other than "exit" needs an expression`,
        'set expression',
      );
}

/**
 * Refuses, at addTask/addStep, a call that cannot work: a duplicate name (API002), both loops
 * (API008), a hook without an expression (API003), a template Argo cannot resolve from here
 * (API014, when both objects are known; else addTemplate checks it). @internal
 */
export function checkInvocation(
  name: string,
  p: InvocationProps,
  taken: (name: string) => boolean,
  caller: Template,
  where: string,
): void {
  const site = templateSite(caller);
  if (taken(name))
    throw new AuthoringError(
      'API002',
      site,
      `${where}: the name is already used`,
      'give each one a unique name',
    );
  if (p.withItems && p.withParam !== undefined)
    throw new AuthoringError('API008', site, `${where}: both withItems and withParam`, 'use one of them');
  if (p.hooks) checkHooks(p.hooks, site, where);
  if (caller._owner) for (const t of invocationCalls(p).calls) checkCallable(t, caller._owner, site, where);
}

/** @internal */
export function renderHooks(
  hooks: Readonly<Record<string, LifecycleHookProps>> | undefined,
  owner: ITemplateOwner,
): Json | undefined {
  if (!hooks) return undefined;
  const out: Json = {};
  for (const [name, h] of Object.entries(hooks)) {
    out[name] = {
      ...templateReference(h.template, owner),
      expression: h.expression,
      arguments: renderArguments(h.arguments),
    };
  }
  return out;
}

/** @internal */
export function renderInvocation(name: string, p: InvocationProps, owner: ITemplateOwner): Json {
  return {
    name,
    ...templateReference(p.template, owner),
    arguments: renderArguments(p.arguments),
    when: p.when,
    withItems: p.withItems ? [...p.withItems] : undefined,
    withParam: p.withParam,
    continueOn: p.continueOn ? { failed: p.continueOn.failed, error: p.continueOn.error } : undefined,
    hooks: renderHooks(p.hooks, owner),
  };
}

/** The templates a call uses (its template and its hooks'), and which of them are exit handlers. @internal */
export function invocationCalls(p: InvocationProps): { calls: Template[]; exits: Template[] } {
  const calls = [p.template];
  const exits: Template[] = [];
  for (const [name, h] of Object.entries(p.hooks ?? {})) {
    calls.push(h.template);
    if (name === 'exit') exits.push(h.template);
  }
  return { calls, exits };
}
