#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine: Debian packages (as root; `apt-get
# update` only when something is missing) and the Go-built control plane (kube-apiserver + etcd, and
# for the e2e-argo suites kube-scheduler, kube-controller-manager, kwok and the Argo
# workflow-controller; cached outside the repository, so this is quick after the first time).
# Not root and something missing: prints what to install; under CI=true that is a failure.
set -euo pipefail
cd "$(dirname "$0")/.."

ci() { [[ "${CI:-}" == "true" || "${CI:-}" == "1" ]]; }

# package:command-that-proves-it-is-installed
#   docker-registry: the real OCI registry the platform/registry e2e tests run on loopback
#   openssl: certificates for the control plane; time: `/usr/bin/time -v` for build measurements
#   prometheus: promtool checks and unit-tests the watcher's alerting rules
#     (test/deploy/alerts-promtool.test.ts), and a real Prometheus scrapes a watcher in
#     test/e2e/alerts.test.ts
needed=(docker-registry:/usr/bin/docker-registry openssl:openssl time:/usr/bin/time prometheus:/usr/bin/promtool)
missing=()
for entry in "${needed[@]}"; do
  pkg=${entry%%:*} cmd=${entry#*:}
  command -v "$cmd" >/dev/null 2>&1 || missing+=("$pkg")
done

if ((${#missing[@]} > 0)); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "prereqs: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "prereqs: missing Debian packages: ${missing[*]} (install with: apt-get install -y ${missing[*]})" >&2
    if ci; then exit 1; fi
  fi
fi

# The control plane: needs Go (and the Go module proxy) the first time only.
go_cmd=${GO:-$(command -v go || true)}
[[ -z "$go_cmd" && -x /usr/local/go/bin/go ]] && go_cmd=/usr/local/go/bin/go
if [[ -n "$go_cmd" ]]; then
  GO="$go_cmd" npx --no-install tsx test/control-plane/cli.ts build --with-argo >&2
elif ci; then
  echo "prereqs: no Go toolchain to build kube-apiserver and etcd (install Go >= 1.26 or set \$GO)" >&2
  exit 1
else
  # The e2e global setup says the same in one line and skips, unless the binaries are cached.
  echo "prereqs: no Go toolchain; e2e tests will skip unless the control plane binaries are cached" >&2
fi

# --- image and Helm (test/e2e/image.test.ts, test/e2e/helm.test.ts, test/deploy/helm.test.ts) ---
# `npm run image` takes the arm64 shared libraries from Debian's arm64 packages (apt-get download),
# which apt only knows once arm64 is a foreign architecture; chroot and dpkg-deb come with Debian.
if [[ $(dpkg --print-architecture 2>/dev/null) != arm64 ]] && command -v dpkg >/dev/null &&
  ! dpkg --print-foreign-architectures | grep -qx arm64; then
  if [[ $(id -u) -eq 0 ]]; then
    echo "prereqs: adding the arm64 apt architecture (for the image's arm64 libraries)" >&2
    dpkg --add-architecture arm64
    apt-get update -qq
  else
    echo "prereqs: the image build needs: dpkg --add-architecture arm64 && apt-get update (as root)" >&2
    if ci; then exit 1; fi
  fi
fi
# Real Helm, built from the Go module proxy once (a few minutes), cached in ~/.cache/argo-guard/bin.
HELM_VERSION=v3.22.0
helm_bin=${ARGO_GUARD_HELM:-$HOME/.cache/argo-guard/bin/helm}
# `go install` builds without the release ldflags (helm says "v3.22"): check the module version.
if ! { [[ -n "$go_cmd" && -x "$helm_bin" ]] &&
  "$go_cmd" version -m "$helm_bin" | grep -Eq "^[[:space:]]+mod[[:space:]]+helm.sh/helm/v3[[:space:]]+$HELM_VERSION[[:space:]]"; }; then
  if [[ -n "$go_cmd" ]]; then
    echo "prereqs: building helm $HELM_VERSION (go install, a few minutes the first time)" >&2
    mkdir -p "$HOME/.cache/argo-guard"
    tmp_bin=$(mktemp -d "$HOME/.cache/argo-guard/bin.tmp-XXXXXX")
    (cd "$tmp_bin" && GOBIN="$tmp_bin" "$go_cmd" install "helm.sh/helm/v3/cmd/helm@$HELM_VERSION")
    mkdir -p "$(dirname "$helm_bin")"
    mv -f "$tmp_bin/helm" "$helm_bin"
    rmdir "$tmp_bin"
  else
    echo "prereqs: no Go toolchain to build helm $HELM_VERSION; the Helm tests will skip (fail under CI)" >&2
    if ci; then exit 1; fi
  fi
fi
