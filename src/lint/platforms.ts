/** `--platforms FILE` / plugin `platforms`: the platform lock file (src/platform/lock.ts). */
import { loadPlatformLock } from '../platform/lock';
import type { PlatformLookup } from '../rules/types';

export function loadPlatforms(file: string): PlatformLookup {
  return loadPlatformLock(file);
}
