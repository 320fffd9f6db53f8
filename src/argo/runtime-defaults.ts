/**
 * How long a Workflow may be in a state before argo-guard calls it stuck (docs/watcher.md "Runtime
 * modes"): the one place for these defaults. The watcher's flags (`--pending-timeout`,
 * `--deadline-grace`, …), `argo-guard doctor`, rule RUN006's fix and the constructs'
 * `pendingTimeout` setting all read them, so a template the constructs wrote and the watcher's
 * safety net for older controllers agree. These are argo-guard's choices, not Argo's: each waits
 * out what resolves by itself and not much more.
 */

/** Go-duration minutes (`15` is `15m`, what a flag or a template field takes). */
export const RUNTIME_DEFAULT_MINUTES = {
  /**
   * RUN-01 / RUN006: a pod Pending (Unschedulable, image pull back-off, container config error).
   * A cluster autoscaler adding a node or a large image pull can legitimately keep a pod Pending
   * for minutes; 15 leaves room for both, and still fails a pod that will never start well within
   * the default workflow deadline (an hour), so the run ends with the reason instead of "deadline
   * exceeded".
   */
  pendingTimeout: 15,
  /**
   * RUN-04: past `startedAt + activeDeadlineSeconds`. The controller fails a run at its deadline
   * on its own next reconcile of it; 5 minutes gives it that chance before argo-guard terminates.
   */
  deadlineGrace: 5,
  /**
   * RUN-05: no phase after creation. A running controller gives a new Workflow a phase within
   * seconds; 5 minutes also covers a controller restart or a long queue.
   */
  startTimeout: 5,
  /**
   * SYNC-04: waiting on a lock whose holders are all final or gone. The controller frees a
   * finished holder's lock when it next processes it; 10 minutes covers a restart and a resync.
   */
  lockTimeout: 10,
  /**
   * ARCHIVE-01: a final Workflow's archiving still Pending. The controller retries the archive;
   * a database blip is over within minutes, so half an hour means it will not heal by itself.
   */
  archiveTimeout: 30,
} as const;

/** A default as the Go duration text a flag or a template field takes (`15m`). */
export function defaultDurationText(name: keyof typeof RUNTIME_DEFAULT_MINUTES): string {
  return `${RUNTIME_DEFAULT_MINUTES[name]}m`;
}
