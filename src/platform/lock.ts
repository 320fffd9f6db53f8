/**
 * The platform lock file (`argo-guard.platforms.json` in the user's repo): for each image
 * reference, the digest of the manifest it named and the platforms that manifest runs on, as
 * `argo-guard platforms update` found them in the registry. Synth and lint read only this file,
 * so they stay offline and deterministic; the file is reviewed in git like any lock file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { UserError } from '../errors';
import { normalizePlatformList, parsePlatform } from './platform';
import { formatImageReference, type ImageReference, parseImageReference } from './reference';

/** What argo-guard knows about the platforms of an image (from the platform lock file). */
export interface PlatformLookup {
  /** `undefined` when the image is not in the lock. Platforms are `os/arch[/variant]`, normalised. */
  lookup(image: string): { digest: string; platforms: string[] } | undefined;
}

export const DEFAULT_LOCK_FILE = 'argo-guard.platforms.json';
export const LOCK_VERSION = 1;
const COMMENT = 'Written by `argo-guard platforms update`; check with `argo-guard platforms check`.';
const DIGEST = /^sha(256:[a-f0-9]{64}|384:[a-f0-9]{96}|512:[a-f0-9]{128})$/;

export interface PlatformLockEntry {
  /** Digest of the manifest the reference names (the index itself for multi-arch images). */
  digest: string;
  /** `os/arch[/variant]`, normalised and sorted. */
  platforms: string[];
}

function tryParse(image: string): ImageReference | undefined {
  try {
    return parseImageReference(image);
  } catch {
    return undefined;
  }
}

export class PlatformLock implements PlatformLookup {
  private readonly images = new Map<string, PlatformLockEntry>();

  constructor(
    entries: Record<string, PlatformLockEntry> = {},
    /** The file it came from, for messages. */
    readonly source?: string,
  ) {
    for (const [image, entry] of Object.entries(entries)) this.set(image, entry);
  }

  /**
   * Finds an image the way users write it: `nginx` matches `docker.io/library/nginx:latest`;
   * a digest-pinned reference (`app@sha256:...`) matches the entry of the same repository with
   * that digest, whatever its tag.
   */
  lookup(image: string): PlatformLockEntry | undefined {
    const key = this.keyFor(image);
    return key === undefined ? undefined : this.images.get(key);
  }

  /** The key of the entry `lookup(image)` finds, if any. */
  keyFor(image: string): string | undefined {
    const ref = tryParse(image);
    if (!ref) return undefined;
    const key = formatImageReference(ref);
    if (this.images.has(key)) return key;
    if (ref.digest) {
      for (const [k, entry] of this.images) {
        if (entry.digest !== ref.digest) continue;
        const r = parseImageReference(k);
        if (r.registry === ref.registry && r.repository === ref.repository) return k;
      }
    }
    return undefined;
  }

  /** The lock key of an image: its normalised reference. */
  static keyOf(image: string): string {
    return formatImageReference(parseImageReference(image));
  }

  set(image: string, entry: PlatformLockEntry): void {
    this.images.set(PlatformLock.keyOf(image), {
      digest: entry.digest,
      platforms: normalizePlatformList(entry.platforms),
    });
  }

  delete(image: string): boolean {
    return this.images.delete(PlatformLock.keyOf(image));
  }

  /** Normalised references, sorted. */
  keys(): string[] {
    return [...this.images.keys()].sort();
  }

  get size(): number {
    return this.images.size;
  }

  /** The file content: sorted keys, two-space indent, trailing newline — byte-identical for equal locks. */
  serialize(): string {
    const images: Record<string, PlatformLockEntry> = {};
    for (const key of this.keys()) {
      const e = this.images.get(key)!;
      images[key] = { digest: e.digest, platforms: [...e.platforms] };
    }
    return `${JSON.stringify({ $comment: COMMENT, images, version: LOCK_VERSION }, null, 2)}\n`;
  }

  /** Parses lock-file text; every problem is a UserError naming `source` and the entry. */
  static parse(text: string, source: string): PlatformLock {
    const hint = `Fix ${source} by hand or regenerate it with "argo-guard platforms update".`;
    let doc: any;
    try {
      doc = JSON.parse(text);
    } catch (err) {
      const m = /position (\d+)/.exec((err as Error).message);
      const where = m ? `:${text.slice(0, Number(m[1])).split('\n').length}` : '';
      throw new UserError(`${source}${where}: not valid JSON (${(err as Error).message})`, hint);
    }
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
      throw new UserError(`${source}: a platform lock is a JSON object with "version" and "images"`, hint);
    }
    if (doc.version !== LOCK_VERSION) {
      throw new UserError(
        `${source}: unsupported lock version ${JSON.stringify(doc.version)} (this argo-guard reads version ${LOCK_VERSION})`,
        hint,
      );
    }
    const images = doc.images ?? {};
    if (typeof images !== 'object' || Array.isArray(images)) {
      throw new UserError(
        `${source}: "images" must be an object of image reference -> {digest, platforms}`,
        hint,
      );
    }
    const lock = new PlatformLock({}, source);
    for (const [image, entry] of Object.entries<any>(images)) {
      const at = `${source}: images[${JSON.stringify(image)}]`;
      try {
        parseImageReference(image);
      } catch (err) {
        throw new UserError(`${at}: ${(err as Error).message}`, hint);
      }
      if (!entry || typeof entry !== 'object')
        throw new UserError(`${at} must be an object {digest, platforms}`, hint);
      if (typeof entry.digest !== 'string' || !DIGEST.test(entry.digest)) {
        throw new UserError(
          `${at}.digest must be a digest like "sha256:<64 hex>", got ${JSON.stringify(entry.digest)}`,
          hint,
        );
      }
      if (!Array.isArray(entry.platforms) || entry.platforms.length === 0) {
        throw new UserError(`${at}.platforms must be a non-empty array of "os/arch[/variant]"`, hint);
      }
      entry.platforms.forEach((p: unknown, i: number) => {
        if (typeof p !== 'string' || !parsePlatform(p)) {
          throw new UserError(`${at}.platforms[${i}] ${JSON.stringify(p)} is not "os/arch[/variant]"`, hint);
        }
      });
      if (lock.images.has(PlatformLock.keyOf(image))) {
        throw new UserError(
          `${at} is listed twice (as another spelling of ${PlatformLock.keyOf(image)})`,
          hint,
        );
      }
      lock.set(image, { digest: entry.digest, platforms: entry.platforms });
    }
    return lock;
  }
}

/** Reads a platform lock file. A missing or malformed file is a UserError naming the file. */
export function loadPlatformLock(path: string): PlatformLock {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT'
        ? `platform lock ${path} does not exist`
        : `cannot read platform lock ${path}: ${(err as Error).message}`,
      'Create it with "argo-guard platforms update --from dist/" (or list the images as arguments).',
    );
  }
  return PlatformLock.parse(text, path);
}

/** Writes a platform lock file deterministically. */
export function writePlatformLock(path: string, lock: PlatformLock): void {
  writeFileSync(path, lock.serialize());
}
