/**
 * What the watcher may do with a Workflow whose artifacts it cannot prove deleted
 * (docs/watcher.md, "The decision, in order"): the `--policy` flag of `argo-guard watch` and `sweep`.
 */
import type { Duration } from 'cdk8s';
import { UserError } from '../errors';

/** The `--policy` of the watcher. */
export class WatcherPolicy {
  /** Release only what loses no data; report the rest (the default). */
  public static safe(): WatcherPolicy {
    return new WatcherPolicy('safe');
  }

  /**
   * Also release a Workflow whose artifact GC failed once it has been stuck for `after`; every
   * pending artifact location is written to the leak ledger first.
   */
  public static forceAfter(after: Duration): WatcherPolicy {
    if (after.toSeconds() <= 0)
      throw new UserError('WatcherPolicy.forceAfter: the duration must be positive');
    return new WatcherPolicy(`force-after=${formatDuration(after)}`);
  }

  /** Decide and report only; never change anything. */
  public static reportOnly(): WatcherPolicy {
    return new WatcherPolicy('report-only');
  }

  /** @param text the flag value, e.g. `force-after=1h` */
  private constructor(public readonly text: string) {}
}

/** A duration in the CLI's form: the largest whole unit of h, m, s (`2m`, `90s`, `1h`). */
export function formatDuration(d: Duration): string {
  const s = Math.round(d.toSeconds());
  if (s > 0 && s % 3600 === 0) return `${s / 3600}h`;
  if (s > 0 && s % 60 === 0) return `${s / 60}m`;
  return `${s}s`;
}
