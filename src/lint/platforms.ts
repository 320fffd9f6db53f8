/** `--platforms FILE` / plugin `platforms`: the platform lock file, loaded only when asked for. */
import type { PlatformLookup } from '../rules/types';

export function loadPlatforms(file: string): PlatformLookup {
  // Required here, not imported: a lint without --platforms never loads the lock module.
  const { loadPlatformLock } = require('../platform/lock') as typeof import('../platform/lock');
  return loadPlatformLock(file);
}
