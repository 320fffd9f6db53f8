/**
 * What DAG tasks and steps share: a call of a template, by object, with arguments, loops,
 * a condition and lifecycle hooks.
 */

import type { Json } from '../argo/json';
import { type Arguments, renderArguments } from './artifacts';
import { type ITemplateOwner, type Template, templateReference, validateReference } from './template';

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

/** @internal */
export function validateInvocation(p: InvocationProps, owner: ITemplateOwner, where: string): string[] {
  const errors = validateReference(p.template, owner, where);
  if (p.withItems && p.withParam !== undefined)
    errors.push(`API008 ${where}: both withItems and withParam — use one of them`);
  for (const [name, h] of Object.entries(p.hooks ?? {})) {
    errors.push(...validateReference(h.template, owner, `${where} hook "${name}"`));
    if (name !== 'exit' && !h.expression)
      errors.push(
        `API003 ${where} hook "${name}": a hook other than "exit" needs an expression — set expression`,
      );
  }
  return errors;
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
