#!/usr/bin/env bash
# `npm run test:standalone` (run by .ci/run): proves that the repository stands alone. A clone of
# the committed HEAD in an empty temporary directory, with nothing beside it, installs and passes
# the unit project, and no file in it points at the reference folder its builders kept next to
# the repository. Uncommitted changes are not part of the clone: commit first.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/argo-guard-standalone.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
clone="$tmp/argo-guard"
git clone --quiet --no-local "$root" "$clone"
cd "$clone"
echo "standalone: clone of $(git rev-parse --short HEAD) in $clone (nothing beside it: $(ls -A "$tmp" | tr '\n' ' '))"

# Written so that this file does not match its own pattern.
forbidden='\.\./shar''ed|/work/shar''ed|shar''ed/(reference|design|upstream)'
if grep -rnE "$forbidden" src test docs scripts charts README.md; then
  echo "standalone: the files above refer to a folder outside the repository" >&2
  exit 1
fi

# The npm cache is reused; only the registry is asked about what it lacks.
npm ci --prefer-offline --no-audit --no-fund --loglevel=error
# CI=true: a missing prerequisite fails instead of skipping.
CI=true npx vitest run --project unit --reporter=dot
echo "standalone: the unit project passes in a clone with nothing beside it"
