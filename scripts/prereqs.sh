#!/usr/bin/env bash
# Installs what the tests need on a fresh machine: Debian packages and the Go-built control plane.
set -euo pipefail
cd "$(dirname "$0")/.."
