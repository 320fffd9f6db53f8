/**
 * The platform model: `os/arch[/variant]`, normalised as containerd does (`arm64/v8` -> `arm64`,
 * `aarch64` -> `arm64`, `x86_64` -> `amd64`), so that what a registry says and what a node label
 * says compare equal.
 */

/** CPU architectures as Kubernetes nodes report them in `kubernetes.io/arch` (Go's GOARCH). */
export const KNOWN_ARCHITECTURES = [
  'amd64',
  'arm64',
  'arm',
  '386',
  'ppc64le',
  's390x',
  'riscv64',
  'mips64le',
  'loong64',
] as const;
export type Architecture = (typeof KNOWN_ARCHITECTURES)[number];

export const KNOWN_OPERATING_SYSTEMS = ['linux', 'windows'] as const;
export type OperatingSystem = (typeof KNOWN_OPERATING_SYSTEMS)[number];

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

const ARCH_ALIASES: Record<string, string> = {
  aarch64: 'arm64',
  x86_64: 'amd64',
  'x86-64': 'amd64',
  i386: '386',
  armhf: 'arm',
  armel: 'arm',
};

export function isKnownArchitecture(arch: string): arch is Architecture {
  return (KNOWN_ARCHITECTURES as readonly string[]).includes(arch);
}

/** Normalises architecture and variant the way containerd's `platforms.Normalize` does. */
export function normalizePlatform(p: Platform): Platform {
  const os = p.os.toLowerCase();
  let architecture = p.architecture.toLowerCase();
  let variant = p.variant?.toLowerCase() || undefined;
  architecture = ARCH_ALIASES[architecture] ?? architecture;
  if (architecture === 'arm64') {
    if (variant === 'v8' || variant === '8') variant = undefined;
  } else if (architecture === 'arm') {
    if (variant === undefined || variant === '7') variant = 'v7';
    else if (variant === '5' || variant === '6' || variant === '8') variant = `v${variant}`;
  } else if (architecture === 'amd64') {
    if (variant === 'v1') variant = undefined;
  }
  return variant ? { os, architecture, variant } : { os, architecture };
}

export function formatPlatform(p: Platform): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}

/** Parses `os/arch[/variant]` and normalises it. Returns undefined for anything else. */
export function parsePlatform(text: string): Platform | undefined {
  const parts = text.trim().split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some((x) => x === '')) return undefined;
  return normalizePlatform({ os: parts[0], architecture: parts[1], variant: parts[2] });
}

/** Sorts and deduplicates formatted platforms (`os/arch[/variant]`), normalising each. */
export function normalizePlatformList(platforms: readonly string[]): string[] {
  const out = new Set<string>();
  for (const text of platforms) {
    const p = parsePlatform(text);
    out.add(p ? formatPlatform(p) : text);
  }
  return [...out].sort();
}

/**
 * Normalises an architecture as written in a node selector or a user prop. Accepts `arm64`,
 * `aarch64`, and platform spellings (`linux/arm64`, `linux/arm/v7`): nodes carry only
 * `kubernetes.io/arch`, so the variant cannot be scheduled on and is dropped.
 */
export function normalizeArchitecture(text: string): string {
  const t = text.trim();
  if (t.includes('/')) {
    const p = parsePlatform(t);
    if (p) return p.architecture;
  }
  return normalizePlatform({ os: 'linux', architecture: t }).architecture;
}

/** The architectures (node-label spelling) among `platforms` for operating system `os`. */
export function architecturesOf(platforms: readonly string[], os = 'linux'): string[] {
  const out = new Set<string>();
  for (const text of platforms) {
    const p = parsePlatform(text);
    if (p && p.os === os && p.architecture !== 'unknown') out.add(p.architecture);
  }
  return [...out].sort();
}

/**
 * Whether an image with these platforms runs on a node of architecture `arch` and `os`.
 * A node labelled `arm` is assumed to run any `arm` variant the image has (the label has no variant).
 */
export function platformsSupport(platforms: readonly string[], arch: string, os = 'linux'): boolean {
  return architecturesOf(platforms, os).includes(normalizeArchitecture(arch));
}
