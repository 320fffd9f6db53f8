/**
 * The platform model: `os/arch[/variant]`, normalised as containerd does (`arm64/v8` -> `arm64`,
 * `aarch64` -> `arm64`, `x86_64` -> `amd64`), so that what a registry says and what a node label
 * says compare equal.
 */

/** CPU architectures as Kubernetes nodes report them in `kubernetes.io/arch` (Go's GOARCH). */
export const KNOWN_ARCHITECTURES = ['amd64', 'arm64', 'arm', '386', 'ppc64le', 's390x', 'riscv64', 'mips64le', 'loong64'] as const;
export type Architecture = (typeof KNOWN_ARCHITECTURES)[number];

export const KNOWN_OPERATING_SYSTEMS = ['linux', 'windows'] as const;
export type OperatingSystem = (typeof KNOWN_OPERATING_SYSTEMS)[number];

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

const ARCH_ALIASES: Record<string, string> = { aarch64: 'arm64', x86_64: 'amd64', 'x86-64': 'amd64', i386: '386', armhf: 'arm', armel: 'arm' };

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
