/**
 * `argo-guard platforms`: the image platform lock file.
 *   resolve IMAGE...   ask the registries (prints JSON or text; writes nothing)
 *   update [IMAGE...]  write or refresh the lock from the registries
 *   check [IMAGE...]   offline: does the lock cover exactly the images the manifests use?
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { UserError } from '../errors';
import { loadInputs } from '../lint/loader';
import { loadDockerConfig } from '../platform/credentials';
import { imagesInManifests } from '../platform/images';
import { DEFAULT_LOCK_FILE, loadPlatformLock, PlatformLock, writePlatformLock } from '../platform/lock';
import { parseImageReference } from '../platform/reference';
import { RegistryClient, type ResolvedImage } from '../platform/registry';
import { progress } from '../progress';
import type { Command } from './main';

const USAGE = `Usage: argo-guard platforms <resolve|update|check> [options] [IMAGE...]

  resolve IMAGE...     print the manifest digest and platforms of each image, from its registry
  update [IMAGE...]    write or refresh the lock file from the registries (no images and no
                       --from: refresh every entry already in the lock)
  check [IMAGE...]     offline: exit 1 if an image used is missing from the lock or the lock
                       has entries no longer used (default --from dist when it exists)

Options:
  --lock FILE                     lock file (default ${DEFAULT_LOCK_FILE})
  --from PATH                     take the images from manifests in PATH (file or directory; repeatable)
  --insecure-registry HOST:PORT   use plain HTTP for this registry (repeatable; loopback registries)
  --docker-config FILE            registry credentials (default $DOCKER_CONFIG/config.json, ~/.docker/config.json)
  --format text|json              output format (default text)
  --prune                         update: drop entries that are no longer used
  --timeout SECONDS               per registry request (default 15)
  -h, --help                      show this help
`;

const OPTIONS = {
  lock: { type: 'string' },
  from: { type: 'string', multiple: true },
  'insecure-registry': { type: 'string', multiple: true },
  'docker-config': { type: 'string' },
  format: { type: 'string' },
  prune: { type: 'boolean' },
  timeout: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parse>['values'];

function parse(argv: string[]) {
  return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
}

export const command: Command = {
  summary: 'resolve, update or check the image platform lock file',
  async run(argv) {
    const { values, positionals } = parse(argv);
    const [sub, ...images] = positionals;
    if (values.help || sub === undefined || sub === 'help') {
      process.stdout.write(USAGE);
      return values.help || sub === 'help' ? 0 : 2;
    }
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') {
      throw new UserError(`unknown --format "${format}"`, 'Use --format text or --format json.');
    }
    for (const image of images) parseImageReference(image); // bad references fail before any network
    switch (sub) {
      case 'resolve':
        return resolve(values, images, format);
      case 'update':
        return update(values, images);
      case 'check':
        return check(values, images, format);
      default:
        throw new UserError(
          `unknown platforms command "${sub}"`,
          'Use resolve, update or check (argo-guard platforms --help).',
        );
    }
  },
};

function client(values: Values): RegistryClient {
  let timeoutMs: number | undefined;
  if (values.timeout !== undefined) {
    const s = Number(values.timeout);
    if (!Number.isFinite(s) || s <= 0)
      throw new UserError(`--timeout "${values.timeout}" is not a positive number of seconds`);
    timeoutMs = s * 1000;
  }
  return new RegistryClient({
    insecureRegistries: values['insecure-registry'] ?? [],
    credentials: loadDockerConfig(values['docker-config']),
    timeoutMs,
  });
}

/** Resolves every image (4 at a time); failures are collected, not thrown, so all are reported. */
async function resolveEach(
  values: Values,
  images: readonly string[],
): Promise<{ ok: ResolvedImage[]; failed: Error[] }> {
  const registry = client(values);
  const bar = progress('resolving images');
  const results: (ResolvedImage | Error)[] = new Array(images.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < images.length) {
      const i = next++;
      try {
        results[i] = await registry.resolve(images[i]);
      } catch (err) {
        if (!(err instanceof UserError)) throw err;
        results[i] = err;
      }
      bar.update(++done, images.length, images[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, images.length) }, worker));
  bar.done();
  const ok = results.filter((r): r is ResolvedImage => !(r instanceof Error));
  const failed = results.filter((r): r is Error => r instanceof Error);
  for (const err of failed) {
    const hint = (err as UserError).hint;
    process.stderr.write(`argo-guard: ${err.message}\n${hint ? `  ${hint}\n` : ''}`);
  }
  return { ok, failed };
}

async function resolve(values: Values, images: string[], format: string): Promise<number> {
  if (images.length === 0) {
    throw new UserError(
      'no image given',
      'Usage: argo-guard platforms resolve IMAGE... (for example nginx:1.27)',
    );
  }
  const { ok, failed } = await resolveEach(values, images);
  if (format === 'json') {
    // All or nothing: a partial array on stdout would look like a complete answer to a script.
    if (failed.length === 0) {
      const out = ok.map((r) => ({ image: r.image, digest: r.digest, platforms: r.platforms }));
      process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    }
  } else {
    const width = Math.max(0, ...ok.map((r) => r.image.length));
    for (const r of ok)
      process.stdout.write(`${r.image.padEnd(width)}  ${r.digest}  ${r.platforms.join(', ')}\n`);
  }
  return failed.length === 0 ? 0 : 2;
}

/** Images used by the manifests under the --from paths. */
async function imagesFrom(paths: readonly string[]): Promise<string[]> {
  if (paths.length === 0) return [];
  const loaded = await loadInputs(paths);
  if (loaded.errors.length > 0) {
    const first = loaded.errors[0];
    const where = [first.file, first.line, first.column].filter((x) => x !== undefined).join(':');
    throw new UserError(
      `${where}: ${first.message}${loaded.errors.length > 1 ? ` (and ${loaded.errors.length - 1} more input errors)` : ''}`,
      'Fix the manifest or leave it out of --from.',
    );
  }
  return imagesInManifests(loaded.objects.map((o) => o.manifest));
}

async function update(values: Values, args: string[]): Promise<number> {
  const file = values.lock ?? DEFAULT_LOCK_FILE;
  const lock = existsSync(file) ? loadPlatformLock(file) : new PlatformLock({}, file);
  const from = values.from ?? [];
  const gathered = [...new Set([...args, ...(await imagesFrom(from))])];
  const refreshAll = args.length === 0 && from.length === 0;
  const wanted = refreshAll ? lock.keys() : gathered;
  if (wanted.length === 0) {
    throw new UserError(
      refreshAll ? `${file} has no images to refresh` : `no images found in ${from.join(', ')}`,
      'Name images as arguments or point --from at synthesized manifests (for example --from dist/).',
    );
  }
  const { ok, failed } = await resolveEach(values, wanted);
  if (failed.length > 0) {
    process.stderr.write(
      `argo-guard: ${file} not written: ${failed.length} of ${wanted.length} images could not be resolved\n`,
    );
    return 2;
  }
  const counts = { added: 0, changed: 0, unchanged: 0, removed: 0 };
  const before = new Map(lock.keys().map((k) => [k, JSON.stringify(lock.lookup(k))]));
  for (const r of ok) {
    const key = PlatformLock.keyOf(r.image);
    lock.set(r.image, { digest: r.digest, platforms: r.platforms });
    const prev = before.get(key);
    if (prev === undefined) counts.added++;
    else if (prev === JSON.stringify(lock.lookup(key))) counts.unchanged++;
    else counts.changed++;
  }
  if (values.prune && !refreshAll) {
    const used = new Set(ok.map((r) => PlatformLock.keyOf(r.image)));
    for (const key of lock.keys()) {
      if (!used.has(key)) {
        lock.delete(key);
        counts.removed++;
      }
    }
  }
  writePlatformLock(file, lock);
  process.stdout.write(
    `${file}: ${lock.size} images (${counts.added} added, ${counts.changed} changed, ${counts.unchanged} unchanged, ${counts.removed} removed)\n`,
  );
  return 0;
}

async function check(values: Values, args: string[], format: string): Promise<number> {
  const file = values.lock ?? DEFAULT_LOCK_FILE;
  let from = values.from ?? [];
  if (args.length === 0 && from.length === 0) {
    if (!existsSync('dist')) {
      throw new UserError(
        'nothing to check against',
        'Name the images or point --from at the synthesized manifests (for example --from dist/).',
      );
    }
    from = ['dist'];
  }
  const lock = loadPlatformLock(file);
  const used = [...new Set([...args, ...(await imagesFrom(from))])].sort();
  const missing = used.filter((image) => lock.keyFor(image) === undefined);
  const matched = new Set(used.map((image) => lock.keyFor(image)));
  const unused = lock.keys().filter((key) => !matched.has(key));
  if (format === 'json') {
    process.stdout.write(
      `${JSON.stringify({ lock: file, images: used.length, missing, unused }, null, 2)}\n`,
    );
  } else {
    for (const image of missing) process.stdout.write(`missing: ${image} is used but not in ${file}\n`);
    for (const key of unused) process.stdout.write(`unused:  ${key} is in ${file} but no longer used\n`);
    if (missing.length > 0) {
      process.stdout.write(
        `Run "argo-guard platforms update${from.map((f) => ` --from ${f}`).join('')}" to add the missing images.\n`,
      );
    }
    if (unused.length > 0) {
      process.stdout.write(
        `Run "argo-guard platforms update --prune${from.map((f) => ` --from ${f}`).join('')}" to drop unused entries.\n`,
      );
    }
    if (missing.length === 0 && unused.length === 0)
      process.stdout.write(`${file}: ok, ${used.length} images locked\n`);
  }
  return missing.length > 0 || unused.length > 0 ? 1 : 0;
}
