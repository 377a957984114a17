#!/usr/bin/env bash
# Runs every test of Guidebot. On a fresh machine it first installs what the tests need:
#   - redis-server (Debian package), for the Redis storage tests;
#   - chromium (Debian package, /usr/bin/chromium), for the chat page's browser tests (tests/Guidebot.BrowserTests);
#   - the Node tools (npm ci) in tests/tools (official Adaptive Card validators) and
#     manifest/tools (Teams manifest validation and packaging).
#   - wrk (Debian package), for the load smoke test.
# Then it runs `dotnet test` on the solution, the Teams app tests (node --test) and a few seconds of the
# HTTP load benchmark on memory storage (bench/load/run.sh --smoke: every turn must answer with a card).
# Extra arguments go to `dotnet test` (e.g. ./test.sh --filter "FullyQualifiedName~Storage").
set -uo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=false
apt_install() {
  echo "test.sh: installing $1" >&2
  if [ "$apt_updated" = false ]; then
    as_root apt-get update -qq
    apt_updated=true
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
}

if ! command -v redis-server >/dev/null 2>&1; then
  apt_install redis-server || exit 1
fi

# Playwright's own browser download does not work here: the browser tests drive Debian's Chromium.
if [ ! -x /usr/bin/chromium ]; then
  apt_install chromium || exit 1
fi

if ! command -v wrk >/dev/null 2>&1; then
  echo "test.sh: installing wrk" >&2
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null || exit 1
fi

for tools in tests/tools manifest/tools; do
  if [ ! -d "$tools/node_modules" ]; then
    echo "test.sh: installing $tools (npm ci)" >&2
    (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error) || exit 1
  fi
done

dotnet test Guidebot.sln "$@"
dotnet_status=$?

echo "test.sh: Teams app tests (manifest/tools)" >&2
npm test --prefix manifest/tools
node_status=$?

echo "test.sh: load smoke test (bench/load/run.sh --smoke)" >&2
bench/load/run.sh --smoke --configuration Debug
smoke_status=$?

[ "$dotnet_status" -eq 0 ] && [ "$node_status" -eq 0 ] && [ "$smoke_status" -eq 0 ]
