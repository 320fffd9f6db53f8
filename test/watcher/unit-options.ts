/**
 * What the reconcile unit tests start from, on the in-memory source (memory-source.ts): grace 0,
 * policy `safe`, no dry run, no leader election, a silent log. A test passes only what it varies.
 */
import { WatcherController, type WatcherOptions } from '../../src/watcher/controller';
import { silentLogger } from '../../src/watcher/log';
import type { ReconcileContext } from '../../src/watcher/reconcile';
import type { Policy } from '../../src/watcher/types';
import type { MemorySource } from './memory-source';

const SAFE: Policy = { kind: 'safe' };

/** What `watch` and `sweep` share. */
const COMMAND = {
  graceMs: 0,
  policy: SAFE,
  policyText: 'safe',
  dryRun: false,
  facts: {},
  ownNamespace: 'guard',
  log: silentLogger,
};

/** The context of one `reconcileOnce`. */
export function reconcileContext(extra: Partial<ReconcileContext> = {}): ReconcileContext {
  return {
    graceMs: 0,
    policy: SAFE,
    facts: {},
    dryRun: false,
    policyText: 'safe',
    log: silentLogger,
    identity: 'unit',
    now: Date.now,
    ...extra,
  };
}

/** A `watch` controller on `source`. */
export function memoryController(
  source: MemorySource,
  extra: Partial<WatcherOptions> = {},
): WatcherController {
  return new WatcherController({ source, leaderElection: false, ...COMMAND, ...extra });
}

/** The options of a `sweep` of `source` (identity `sweep`; its leader election is the test's choice). */
export function sweepOptions(source: MemorySource) {
  return { source, ...COMMAND, identity: 'sweep' };
}
