/**
 * Refreshes the vendored upstream data in test/upstream/ (`npm run upstream:refresh`).
 *
 *   npm run upstream:refresh -- --workflows v4.0.5 --events v1.9.6
 *   npm run upstream:refresh -- --workflows v4.0.5 --events v1.9.6 --out /tmp/upstream   # dry run elsewhere
 *   npm run upstream:refresh -- --workflows v4.0.5 --events v1.9.6 --check                # compare, write nothing
 *
 * The files come from the Go module zips of the two projects, fetched with `go mod download -json`
 * (the Go module proxy serves them; a module zip holds the repository tree at that version). Only
 * released versions can be fetched this way: the proxy refuses bare commit hashes. `--gomodcache DIR`
 * downloads into DIR instead of the normal Go module cache.
 *
 * What is copied, per project (and nothing else; the files are not modified):
 *   argo-workflows: manifests/base/crds/full/*.yaml -> crds/, api/jsonschema/schema.json, examples/**.yaml, LICENSE
 *   argo-events:    manifests/base/crds/*.yaml (without kustomization.yaml) -> crds/, api/jsonschema/schema.json, LICENSE
 * SOURCES.md is rewritten with the versions and commits. Each project folder is replaced whole
 * (built beside it, then renamed into place), so a failed run leaves the old copy intact.
 * After a refresh run `npm run imports` and the tests: the schemas drive src/imports/ and the
 * structural validation of synth output.
 */
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const DEFAULT_OUT = join(ROOT, 'test', 'upstream');

interface Project {
  /** Folder under the output directory. */
  folder: string;
  /** GitHub repository, for SOURCES.md. */
  repo: string;
  /** Go module path whose zip holds the files. */
  module: string;
  /** [path in the module, path in the folder] for single files. */
  files: [string, string][];
  /** [directory in the module, directory in the folder, recursive] whose YAML files are copied. */
  yamlDirs: [string, string, boolean][];
  /** Table rows of SOURCES.md: [path in the folder, what it is]. */
  rows: [string, string][];
}

const PROJECTS: Record<'workflows' | 'events', Project> = {
  workflows: {
    folder: 'argo-workflows',
    repo: 'argoproj/argo-workflows',
    // The v4 module; 3.x releases are published as github.com/argoproj/argo-workflows/v3.
    module: 'github.com/argoproj/argo-workflows/v4',
    files: [
      ['api/jsonschema/schema.json', 'schema.json'],
      ['LICENSE', 'LICENSE'],
    ],
    yamlDirs: [
      ['manifests/base/crds/full', 'crds', false],
      ['examples', 'examples', true],
    ],
    rows: [
      ['crds', '`manifests/base/crds/full`'],
      ['schema.json', '`api/jsonschema/schema.json`'],
      ['examples', '`examples/` (all YAML)'],
    ],
  },
  events: {
    folder: 'argo-events',
    repo: 'argoproj/argo-events',
    module: 'github.com/argoproj/argo-events',
    files: [
      ['api/jsonschema/schema.json', 'schema.json'],
      ['LICENSE', 'LICENSE'],
    ],
    yamlDirs: [['manifests/base/crds', 'crds', false]],
    rows: [
      ['crds', '`manifests/base/crds` (these CRDs carry no schema)'],
      ['schema.json', '`api/jsonschema/schema.json` (typed definitions)'],
    ],
  },
};

/** Kustomize files are build glue, not upstream data the tests read. */
const SKIPPED_YAML = new Set(['kustomization.yaml']);

interface Options {
  versions: { workflows: string; events: string };
  out: string;
  check: boolean;
  gomodcache?: string;
}

interface Download {
  version: string;
  dir: string;
  commit?: string;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options {
  const values = new Map<string, string>();
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--check') {
      check = true;
    } else if (arg === '--workflows' || arg === '--events' || arg === '--out' || arg === '--gomodcache') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      values.set(arg, value);
    } else {
      throw new UsageError(`unknown argument ${arg}`);
    }
  }
  const workflows = values.get('--workflows');
  const events = values.get('--events');
  if (!workflows || !events)
    throw new UsageError('both --workflows VERSION and --events VERSION are required');
  for (const v of [workflows, events]) {
    if (!/^v\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(v))
      throw new UsageError(`${v} is not a release version like v4.0.5`);
  }
  const gomodcache = values.get('--gomodcache');
  return {
    versions: { workflows, events },
    out: resolve(values.get('--out') ?? DEFAULT_OUT),
    check,
    gomodcache: gomodcache === undefined ? undefined : resolve(gomodcache),
  };
}

function goBinary(): string {
  if (process.env.GO) return process.env.GO;
  return existsSync('/usr/local/go/bin/go') ? '/usr/local/go/bin/go' : 'go';
}

/** `go mod download -json MODULE@VERSION`: the extracted module directory and the commit it came from. */
function download(
  module: string,
  version: string,
  gomodcache: string | undefined,
  scratch: string,
): Download {
  const env: NodeJS.ProcessEnv = { ...process.env, GOFLAGS: '-modcacherw', GOTOOLCHAIN: 'local' };
  if (gomodcache) env.GOMODCACHE = gomodcache;
  let stdout: string;
  try {
    // Run outside any go.mod so that the download is not resolved against a module graph.
    stdout = execFileSync(goBinary(), ['mod', 'download', '-json', `${module}@${version}`], {
      cwd: scratch,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 600_000,
    });
  } catch (err) {
    // `go mod download -json` reports a module error in its JSON on stdout and exits 1.
    const out = (err as { stdout?: string }).stdout ?? '';
    const reported = out.includes('"Error"')
      ? (JSON.parse(out) as { Error: string }).Error
      : (err as Error).message;
    throw new Error(`go mod download ${module}@${version} failed: ${reported}`);
  }
  const info = JSON.parse(stdout) as { Dir?: string; Version: string; Origin?: { Hash?: string } };
  if (!info.Dir) throw new Error(`go mod download ${module}@${version} returned no directory`);
  return { version: info.Version, dir: info.Dir, commit: info.Origin?.Hash };
}

function yamlFiles(dir: string, recursive: boolean): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (recursive) found.push(...yamlFiles(path, true));
    } else if (/\.ya?ml$/.test(entry.name) && !SKIPPED_YAML.has(entry.name)) {
      found.push(path);
    }
  }
  return found;
}

function copyInto(src: string, dest: string): void {
  mkdirSync(dirname(dest), { recursive: true });
  copyFileSync(src, dest);
}

/** Copies one project's files from the module directory into `dest` (which must not exist yet). */
function stage(project: Project, moduleDir: string, dest: string): void {
  for (const [from, to] of project.files) {
    const src = join(moduleDir, from);
    if (!existsSync(src)) throw new Error(`${project.module}: ${from} is missing from the module`);
    copyInto(src, join(dest, to));
  }
  for (const [from, to, recursive] of project.yamlDirs) {
    const src = join(moduleDir, from);
    if (!existsSync(src) || !statSync(src).isDirectory()) {
      throw new Error(`${project.module}: ${from}/ is missing from the module`);
    }
    const files = yamlFiles(src, recursive);
    if (files.length === 0) throw new Error(`${project.module}: ${from}/ has no YAML files`);
    for (const file of files) copyInto(file, join(dest, to, relative(src, file)));
  }
}

function revision(d: Download): string {
  return d.commit ? `${d.version} (commit ${d.commit})` : d.version;
}

function sourcesMd(downloads: Record<'workflows' | 'events', Download>): string {
  const rows: string[] = [];
  for (const key of ['workflows', 'events'] as const) {
    const project = PROJECTS[key];
    project.rows.forEach(([path, what], i) => {
      const rev = i === 0 ? `${revision(downloads[key])}, Go module \`${project.module}\`` : 'same';
      rows.push(`| ${project.folder}/${path} | ${project.repo} ${what} | ${rev} |`);
    });
  }
  return `# Vendored upstream data

Unmodified copies of public Argo project files. The tests validate synthesized output against
these schemas, install these CRDs on the test control plane and lint these examples as a
real-world corpus; \`npm run imports\` generates \`src/imports/\` from the JSON schemas. Each
project's files are Apache-2.0 licensed: see the LICENSE in its folder.

| folder | project and path | revision |
|---|---|---|
${rows.join('\n')}

\`schema.json\` files are JSON Schema documents whose \`definitions\` are keyed by Go type path,
e.g. \`io.argoproj.workflow.v1alpha1.Workflow\` and \`io.argoproj.sensor.v1alpha1.Sensor\`.

Refresh with \`npm run upstream:refresh -- --workflows VERSION --events VERSION\`
(scripts/refresh-upstream.ts: fetches the Go module zips through \`go mod download\`), then run
\`npm run imports\` and the tests.
`;
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

/** Differences between a staged project folder and the vendored one, as `+ added`, `- removed`, `~ changed`. */
function compare(staged: string, vendored: string): string[] {
  const a = new Set(listFiles(vendored));
  const b = new Set(listFiles(staged));
  const diffs: string[] = [];
  for (const f of b) {
    if (!a.has(f)) diffs.push(`+ ${f}`);
    else if (!readFileSync(join(staged, f)).equals(readFileSync(join(vendored, f)))) diffs.push(`~ ${f}`);
  }
  for (const f of a) if (!b.has(f)) diffs.push(`- ${f}`);
  return diffs.sort((x, y) => x.slice(2).localeCompare(y.slice(2)));
}

function main(): number {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`upstream:refresh: ${err.message}`);
    console.error(
      'usage: npm run upstream:refresh -- --workflows vX.Y.Z --events vX.Y.Z [--out DIR] [--check] [--gomodcache DIR]',
    );
    return 2;
  }
  mkdirSync(options.out, { recursive: true });
  // Staged beside the target so that the final renames stay on one filesystem.
  const staging = mkdtempSync(join(options.out, '.refresh-'));
  const scratch = mkdtempSync(join(tmpdir(), 'argo-guard-refresh-'));
  try {
    const downloads = {
      workflows: download(PROJECTS.workflows.module, options.versions.workflows, options.gomodcache, scratch),
      events: download(PROJECTS.events.module, options.versions.events, options.gomodcache, scratch),
    };
    for (const key of ['workflows', 'events'] as const) {
      stage(PROJECTS[key], downloads[key].dir, join(staging, PROJECTS[key].folder));
    }
    writeFileSync(join(staging, 'SOURCES.md'), sourcesMd(downloads));

    if (options.check) {
      let differs = false;
      for (const key of ['workflows', 'events'] as const) {
        const folder = PROJECTS[key].folder;
        const diffs = compare(join(staging, folder), join(options.out, folder));
        differs ||= diffs.length > 0;
        console.log(
          `${folder} ${revision(downloads[key])}: ${diffs.length === 0 ? 'identical' : `${diffs.length} differences`}`,
        );
        for (const d of diffs) console.log(`  ${d}`);
      }
      return differs ? 1 : 0;
    }

    for (const key of ['workflows', 'events'] as const) {
      const folder = PROJECTS[key].folder;
      const target = join(options.out, folder);
      const old = join(staging, `${folder}.old`);
      if (existsSync(target)) renameSync(target, old);
      try {
        renameSync(join(staging, folder), target);
      } catch (err) {
        if (existsSync(old)) renameSync(old, target);
        throw err;
      }
      console.log(
        `${relative(process.cwd(), target) || target}: ${revision(downloads[key])}, ${listFiles(target).length} files`,
      );
    }
    renameSync(join(staging, 'SOURCES.md'), join(options.out, 'SOURCES.md'));
    console.log('next: npm run imports, then the tests');
    return 0;
  } catch (err) {
    console.error(`upstream:refresh: ${(err as Error).message}`);
    return 1;
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  }
}

process.exitCode = main();
