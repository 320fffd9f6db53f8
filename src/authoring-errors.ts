/**
 * Authoring errors: a wrong use of the construct API, detectable at the call (a prop that cannot
 * work, a missing reason, a name used twice). They are thrown where the mistake is made, as one
 * class with a catalogued code that `argo-guard explain` prints, and reach a cdk8s user as one
 * line: `[construct path] CODE message — fix`. Everything about the emitted JSON is a rule of the
 * engine instead (src/rules), with its own ID and docs page.
 */
import { UserError } from './errors';

/** The catalog: code → what it means and how to fix it (what `argo-guard explain CODE` prints). */
export const AUTHORING_ERRORS = {
  API001: {
    title: 'an opt-out without a reason',
    why: 'An opt-out turns a safe default off; its reason lands in the argo-guard.io/opt-out.* annotation so that a reviewer sees why.',
    fix: "Pass the reason: optOut('why this is safe here').",
  },
  API002: {
    title: 'two templates (or tasks, steps, containers, triggers, dependencies, events) with the same name',
    why: 'Argo resolves templates, tasks and steps by name; a second one with the same name is unreachable or rejected by the controller.',
    fix: 'Give each one a unique name.',
  },
  API003: {
    title: 'a workflow lifecycle hook other than "exit" without an expression',
    why: 'Argo runs a named lifecycle hook when its expression becomes true; without one it never runs.',
    fix: 'Set expression, or name the hook "exit".',
  },
  API004: {
    title: 'an Argo CD hook Workflow with the BeforeHookCreation delete policy',
    why: 'Hook Workflows get a generateName, so the policy never finds the previous run to delete; on a named hook Argo CD waits for the previous run to be gone, forever when it is stuck on the artifact-gc finalizer (argo-workflows#13499; rule GITOPS009).',
    fix: "Use deletePolicy: ['HookSucceeded'] (failed runs stay for debugging and block nothing).",
  },
  API005: {
    title: 'a sync wave that is not an integer',
    why: 'Argo CD reads argocd.argoproj.io/sync-wave as an integer; anything else is wave 0, which breaks the order argo-guard relies on.',
    fix: 'Use a whole number.',
  },
  API006: {
    title: 'an unsupported or malformed argoVersion',
    why: 'The defaults and the rules depend on the target Argo Workflows version (src/argo/versions.ts).',
    fix: 'Set argoVersion to a supported X.Y or X.Y.Z (3.5, 3.6, 3.7, 4.0, 4.1).',
  },
  API007: {
    title:
      'an object with nothing to do (no schedules, tasks, steps, containers, dependencies, triggers or events)',
    why: 'Argo rejects it, or it never does anything.',
    fix: 'Add what the message names (addTask(), addStep(), addContainer(), addDependency(), addWorkflowTrigger(), schedules, ...).',
  },
  API008: {
    title:
      'an invalid value for a prop (a name, a number out of range, two exclusive options, more locks or schedules than the target takes)',
    why: 'Argo would reject the object, or silently ignore the value.',
    fix: 'Use a value of the form the message gives.',
  },
  API009: {
    title:
      'objects that work together are apart (another namespace, another EventBus, a dependency of another Sensor)',
    why: 'Argo Events connects EventSources, Sensors and their EventBus within one namespace and by bus name; across them events never arrive.',
    fix: 'Put them in one namespace, on the same eventBus, and add dependencies to the Sensor that uses them.',
  },
  API010: {
    title: 'a sync wave that does not put an object after what it needs',
    why: 'Argo CD creates lower waves first and deletes higher waves first; an EventSource or Sensor must come after its EventBus, a Sensor after the WorkflowTemplates it triggers.',
    fix: 'Raise the syncWave of the object the message names.',
  },
  API011: {
    title: 'a template added to a second Workflow-like object',
    why: 'A template belongs to exactly one object (its name is resolved there); other objects call it through a templateRef.',
    fix: 'Create a new template, or call the existing one from a task or step (it is referenced by templateRef).',
  },
  API012: {
    title: 'an unknown architecture or os, or an empty architecture list',
    why: 'The pin is a nodeSelector or node affinity on kubernetes.io/arch and kubernetes.io/os; a value no node carries never schedules, an empty list pins nothing.',
    fix: "Use kubernetes.io/arch values (amd64, arm64, ...) and a known os, or optOut('reason') to leave the pods unpinned.",
  },
  API013: {
    title:
      'a dependency on a task (or container) of another DAG (or container set), or one that closes a cycle',
    why: 'Argo resolves depends within one DAG; a dependency elsewhere names no task, and a cycle never starts.',
    fix: 'Depend only on tasks of the same DAG (containers of the same set), and remove one of the dependsOn() calls that form the cycle.',
  },
  API014: {
    title: 'a template used where Argo cannot reach it',
    why: 'A task or step reaches a template of its own object by name, and one of a WorkflowTemplate or ClusterWorkflowTemplate by templateRef; a template of a Workflow or CronWorkflow exists only inside it, and the entrypoint must be a template of the object itself.',
    fix: 'Move the template to a WorkflowTemplate (or ClusterWorkflowTemplate) and call it from there, or add it to this object; a Workflow runs a WorkflowTemplate with workflowTemplate.',
  },
  API015: {
    title: "a template's own nodeSelector contradicts its architecture pin",
    why: "The pin is merged into the template's nodeSelector; a kubernetes.io/arch or kubernetes.io/os label that names something else than the pin leaves a pod no node can take.",
    fix: "Set the template's architectures (or the os setting) instead of the label.",
  },
  API016: {
    title: 'Architectures.fromImage() cannot find the architectures of the image',
    why: "fromImage() reads the image's platforms from the platform lock, offline; an image computed at run time, an image the lock does not have, or one with no platform among the allowed architectures leaves no pin to write.",
    fix: 'Run `argo-guard platforms update IMAGE` and commit the lock (pass it as the platforms setting), use an image built for an allowed architecture, or list the architectures instead.',
  },
} as const;

export type AuthoringCode = keyof typeof AUTHORING_ERRORS;

/** The catalog entry of a code (case-insensitive), or undefined. */
export function getAuthoringError(code: string): (typeof AUTHORING_ERRORS)[AuthoringCode] | undefined {
  const c = code.toUpperCase();
  return Object.hasOwn(AUTHORING_ERRORS, c) ? AUTHORING_ERRORS[c as AuthoringCode] : undefined;
}

/** The text `argo-guard explain CODE` prints for an authoring error. */
export function explainAuthoringError(code: string): string | undefined {
  const e = getAuthoringError(code);
  if (!e) return undefined;
  return `# ${code.toUpperCase()}: ${e.title}\n\nAn authoring error: the construct throws it at the call (one line: construct path, code, message, fix).\n\n## Why\n\n${e.why}\n\n## How to fix\n\n${e.fix}\n`;
}

/**
 * The directory of argo-guard's own files (src/ or the compiled output): this module's, read from
 * a stack frame while it loads, so that it works for ESM, CommonJS and tsx alike.
 */
const LIB_DIR = /\(?((?:file:\/\/)?[^\s(]*)[/\\]authoring-errors\.[cm]?[jt]s/.exec(
  new Error().stack?.split('\n')[1] ?? '',
)?.[1];

let oneLineHandlerInstalled = false;

/**
 * Makes an uncaught expected error (a UserError: authoring or validation) print its message only,
 * exit 1: Node would print it with `util.inspect`, its own properties and a source excerpt. Any
 * other uncaught error is handed back to Node's default handling unchanged. Not under vitest,
 * whose own handlers must see every error.
 */
function installOneLineHandler(): void {
  if (oneLineHandlerInstalled || process.env.VITEST !== undefined) return;
  oneLineHandlerInstalled = true;
  const handler = (err: unknown) => {
    if (err instanceof UserError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    process.removeListener('uncaughtException', handler);
    process.nextTick(() => {
      throw err;
    });
  };
  process.on('uncaughtException', handler);
}

/**
 * A wrong use of the construct API, thrown at the call. `message` is the one line a user sees:
 * `[path] CODE what — fix`; the CLI and cdk8s print it without a stack trace.
 */
export class AuthoringError extends UserError {
  /** The frame of the call that made the mistake (the first outside argo-guard), for tools and tests. */
  declare readonly callSite: string | undefined;

  constructor(
    readonly code: AuthoringCode,
    readonly constructPath: string,
    readonly detail: string,
    readonly fix: string,
  ) {
    super(`[${constructPath}] ${code} ${detail} — ${fix}`);
    this.name = 'AuthoringError';
    // The user's own frame (the call that made the mistake): the first one outside argo-guard.
    const frames = (this.stack ?? '').split('\n').slice(1);
    const own = frames.find((f) => !(LIB_DIR && f.includes(LIB_DIR)) && !f.includes('node_modules'));
    Object.defineProperty(this, 'callSite', { value: own?.trim().replace(/^at /, '') });
    // Expected errors are one line for the user: no stack trace.
    this.stack = `${this.name}: ${this.message}`;
    installOneLineHandler();
  }
}

/** The one-line form of an authoring problem found while validating (same shape as the thrown error). */
export function authoringLine(code: AuthoringCode, detail: string, fix: string): string {
  return `${code} ${detail} — ${fix}`;
}

/** A construct as far as these helpers need it (a path). */
interface HasPath {
  readonly node: { readonly path: string };
}

/**
 * The errors synth validation found, one line each (`[path] CODE message — fix`).
 */
export class ConstructValidationError extends UserError {
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'));
    this.name = 'ConstructValidationError';
    this.stack = this.message;
    installOneLineHandler();
  }
}

/** A construct as the validation registry sees it. */
interface Validated {
  readonly node: {
    readonly path: string;
    readonly root: object;
    addValidation(v: { validate(): string[] }): void;
  };
}

/** The argo-guard constructs of each app, in construction order, with their error check. */
const validatedByRoot = new WeakMap<object, { scope: Validated; errors: () => string[] }[]>();

/**
 * Registers a construct's synth validation. When it finds errors, the errors of every argo-guard
 * construct of the app are thrown together as one ConstructValidationError, one line each with
 * its construct path: the user sees every mistake at once, and no stack trace (cdk8s would wrap
 * the lines in an Error whose stack reaches the terminal).
 */
export function registerValidation(scope: Validated, errors: () => string[]): void {
  const root = scope.node.root;
  let list = validatedByRoot.get(root);
  if (!list) {
    list = [];
    validatedByRoot.set(root, list);
  }
  const entry = { scope, errors };
  list.push(entry);
  scope.node.addValidation({
    validate: () => {
      const own = errors();
      if (own.length === 0) return [];
      const lines: string[] = [];
      for (const other of validatedByRoot.get(root) ?? []) {
        const found = other === entry ? own : other.errors();
        for (const l of found) lines.push(`[${other.scope.node.path}] ${l}`);
      }
      throw new ConstructValidationError(lines);
    },
  });
}

/**
 * Prints a synth warning (a risk, not a mistake) as one line with the construct path, so that
 * `cdk8s synth` shows it without the validation plugin.
 */
export function reportWarning(scope: HasPath, line: string): void {
  process.stderr.write(`[${scope.node.path}] warning ${line}\n`);
}
