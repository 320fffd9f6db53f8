/**
 * "Pin to the architectures the image has": `architectures: Architectures.fromImage()` on a pod
 * template, or as the chart setting for every pod template. The architectures come from the
 * platform lock (`platforms` setting), never from a registry at synth, so synth stays offline and
 * deterministic; an image the lock does not know is a synth error, never a silent default.
 */
import { architecturesOf } from '../platform/platform';
import type { PlatformLookup } from '../rules/types';
import type { OptOut } from './opt-out';

/** Options of {@link Architectures.fromImage}. */
export interface FromImageOptions {
  /**
   * The architectures the pin may use (those the clusters have nodes for): the image's
   * architectures are intersected with them, and an empty intersection is a synth error.
   * @default - the chart's `architectures` setting when it is an explicitly configured list,
   *   else every architecture the image has
   */
  readonly allowed?: readonly string[];
}

/** A pin taken from the image's platforms in the platform lock. Create it with {@link Architectures.fromImage}. */
export class ImageArchitectures {
  /** @internal */
  constructor(
    /** The allowed architectures, normalised and sorted; `undefined` = not restricted here. */
    public readonly allowed?: readonly string[],
  ) {}
}

/** Ways to choose a pod template's architecture pin other than listing them. */
// biome-ignore lint/complexity/noStaticOnlyClass: the cdk8s `X.fromY()` idiom
export class Architectures {
  /**
   * Pin to the `os` architectures the template's image has according to the platform lock
   * (`platforms` setting); several images (a container set) -> the architectures all of them have.
   * Refresh the lock with `argo-guard platforms update <image>` when the image changes.
   */
  public static fromImage(options: FromImageOptions = {}): ImageArchitectures {
    // Names are checked like any architecture list (kubernetes.io/arch spelling), not aliased.
    return new ImageArchitectures(options.allowed ? [...new Set(options.allowed)].sort() : undefined);
  }
}

/** What the `architectures` setting and prop accept: a list, `fromImage()`, or an opt-out. */
export type ArchitectureChoice = readonly string[] | OptOut | ImageArchitectures;

export function isImageArchitectures(x: unknown): x is ImageArchitectures {
  return x instanceof ImageArchitectures;
}

/** The resolved image pin: the architectures, or why there is none and how to fix it (API016). */
export type ImagePin =
  | { readonly archs: string[]; readonly error?: undefined }
  | { readonly error: string; readonly fix: string };

/**
 * The architectures `images` all have for `os` according to `platforms`, intersected with
 * `allowed` (when given; `allowedFrom` names where it came from, for the message).
 * Pure and deterministic: sorted, normalised (`aarch64` -> `arm64`).
 */
export function imagePin(
  images: readonly string[],
  allowed: readonly string[] | undefined,
  allowedFrom: string,
  platforms: PlatformLookup | undefined,
  os: string,
  where: string,
): ImagePin {
  const fix = (image: string) =>
    `run \`argo-guard platforms update ${image}\` and commit the lock file (or list the architectures instead of Architectures.fromImage())`;
  if (images.length === 0)
    return {
      error: `${where}: Architectures.fromImage() found no image to look up`,
      fix: `list the architectures instead`,
    };
  let have: string[] | undefined;
  for (const image of images) {
    if (image.includes('{{'))
      return {
        error: `${where}: image ${image} is computed at run time, so Architectures.fromImage() cannot look it up`,
        fix: `list the architectures instead`,
      };
    if (!platforms)
      return {
        error: `${where}: Architectures.fromImage() needs a platform lock and no \`platforms\` setting is configured, so the architectures of ${image} are unknown`,
        fix: `${fix(image)}, then pass it as the platforms setting (loadPlatformLock('argo-guard.platforms.json'))`,
      };
    const entry = platforms.lookup(image);
    if (!entry) {
      const source = (platforms as { source?: string }).source;
      return {
        error: `${where}: image ${image} is not in the platform lock${source ? ` ${source}` : ''}, so the architectures it has are unknown`,
        fix: `${fix(image)}`,
      };
    }
    const archs = architecturesOf(entry.platforms, os);
    if (archs.length === 0)
      return {
        error: `${where}: image ${image} has no ${os} platform (platform lock: ${entry.platforms.join(', ')})`,
        fix: `use an image built for ${os}`,
      };
    have = have ? have.filter((a) => archs.includes(a)) : archs;
    if (have.length === 0)
      return {
        error: `${where}: the images ${images.join(', ')} share no ${os} architecture (platform lock)`,
        fix: `use images built for a common architecture`,
      };
  }
  const archs = allowed ? have!.filter((a) => allowed.includes(a)) : have!;
  if (archs.length === 0)
    return {
      error: `${where}: image${images.length > 1 ? 's' : ''} ${images.join(', ')} ${images.length > 1 ? 'are' : 'is'} built for ${have!.map((a) => `${os}/${a}`).join(', ')} but the allowed architectures (${allowedFrom}) are ${allowed!.join(', ')}`,
      fix: `use an image built for one of them, or allow one of ${have!.join(', ')}`,
    };
  return { archs };
}
