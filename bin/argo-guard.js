#!/usr/bin/env node
'use strict';
// Runs the compiled CLI (lib/, built by `npm run build` and shipped in the npm package).
let cli;
try {
  cli = require('../lib/cli/main.js');
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND' && String(err.message).includes('lib/cli/main.js')) {
    process.stderr.write('argo-guard: the compiled CLI is missing; run `npm run build` in the package first.\n');
    process.exit(2);
  }
  throw err;
}
cli.main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.exitCode = cli.reportError(err); },
);
