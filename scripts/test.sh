#!/usr/bin/env bash
# `npm test`: installs and starts everything the tests need, then runs unit and e2e tests.
# Under CI=true a missing prerequisite fails the run; elsewhere e2e suites skip with one line.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/prereqs.sh
npm run --silent build
mkdir -p build
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=build/vitest-results.json "$@" || status=$?
# One plain closing line for any CI that reads it: "N passed, N failed, N skipped".
node -e '
  const r = require("./build/vitest-results.json");
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
' 2>/dev/null || true
exit "$status"
