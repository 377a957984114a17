#!/usr/bin/env bash
# Runs every test of Guidebot. On a fresh machine it first installs what the tests need:
#   - redis-server (Debian package), for the Redis storage tests;
#   - the Node validators in tests/tools (npm ci), for the official Adaptive Card checks.
# Extra arguments go to `dotnet test` (e.g. ./test.sh --filter "FullyQualifiedName~Storage").
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v redis-server >/dev/null 2>&1; then
  echo "test.sh: installing redis-server" >&2
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
fi

if [ -f tests/tools/package-lock.json ] && [ ! -d tests/tools/node_modules ]; then
  echo "test.sh: installing the Node validators (npm ci in tests/tools)" >&2
  (cd tests/tools && npm ci --no-audit --no-fund --loglevel=error)
fi

dotnet test Guidebot.sln "$@"
