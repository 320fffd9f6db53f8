/**
 * `npm run image [-- --push REGISTRY/REPO:TAG [--insecure-registry HOST:PORT] [--docker-config FILE]]`
 *
 * Builds the multi-arch OCI image layout into build/image/ (docs/image.md) and, with --push,
 * pushes it. Prints the index digest and one line per platform; exits 1 with one line on error.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildImage } from './build';
import { pushLayout } from './push';

const USAGE = `Usage: npm run image -- [--out DIR] [--push REGISTRY/REPO:TAG] [--insecure-registry HOST:PORT]... [--docker-config FILE]`;

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      push: { type: 'string' },
      'insecure-registry': { type: 'string', multiple: true },
      'docker-config': { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const repoRoot = join(__dirname, '..', '..');
  const outDir = values.out ?? join(repoRoot, 'build', 'image');
  const started = Date.now();
  const log = (line: string) => process.stderr.write(`image: ${line}\n`);
  const result = buildImage({ repoRoot, outDir, log });
  console.log(`${outDir}: image index ${result.index.digest} (tag ${result.ref})`);
  for (const [arch, m] of Object.entries(result.manifests)) {
    const size = result.layers[arch as keyof typeof result.layers].reduce((s, l) => s + l.size, 0);
    console.log(`  linux/${arch}  ${m.digest}  ${(size / 1e6).toFixed(1)} MB compressed`);
  }
  console.log(`built in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  if (values.push) {
    const pushed = await pushLayout(outDir, values.push, {
      insecureRegistries: values['insecure-registry'],
      dockerConfig: values['docker-config'],
      log,
    });
    console.log(
      `pushed ${pushed.reference} (${pushed.blobsUploaded} blobs uploaded, ${pushed.blobsPresent} already there)`,
    );
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: Error) => {
    process.stderr.write(`image: ${err.message}\n`);
    if (err.name === 'TypeError' && err.message.includes('Unknown option'))
      process.stderr.write(`${USAGE}\n`);
    process.exitCode = 1;
  },
);
