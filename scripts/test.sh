#!/usr/bin/env bash
# `npm test`: installs and starts everything the tests need, then runs unit and e2e tests.
# Under CI=true a missing prerequisite fails the run; elsewhere e2e suites skip with one line.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/prereqs.sh
npm run --silent build
npx vitest run "$@"
