/**
 * An error caused by the user's input (a file, a flag, a prop), not by a bug in argo-guard.
 * The CLI prints `message` (and `hint` when set) without a stack trace and exits 2.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
