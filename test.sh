#!/usr/bin/env bash
# Runs every test of Guidebot and ends with one line: "N passed, N failed, N skipped".
# On a fresh machine it first installs what the tests need:
#   - with apt (as root, or through sudo that needs no password): redis-server for the Redis storage tests,
#     chromium (/usr/bin/chromium) for the chat page's browser tests, wrk and curl for the load smoke test;
#   - with npm ci: tests/tools (official Adaptive Card validators) and manifest/tools (Teams manifest checks).
# Then it runs `dotnet test` on the solution, the Teams app tests (node --test) and a few seconds of the
# HTTP load benchmark on memory storage (bench/load/run.sh --smoke: every turn must answer with a card).
# Extra arguments go to `dotnet test` (e.g. ./test.sh --filter "FullyQualifiedName~Storage").
# The counts come from the trx files, the node --test summary and the smoke line, kept in artifacts/test-results.
set -uo pipefail
cd "$(dirname "$0")"

results="$(pwd)/artifacts/test-results"

# A step that fails without reporting a failed test (a build error, a crashed runner) counts as one failure.
passed=0; failed=0; skipped=0
count_step() { # status, passed, failed, skipped
  passed=$((passed + $2)); skipped=$((skipped + $4))
  if [ "$1" -ne 0 ] && [ "$3" -eq 0 ]; then failed=$((failed + 1)); else failed=$((failed + $3)); fi
}
total() { echo "$passed passed, $failed failed, $skipped skipped"; }
stop() { echo "test.sh: $1" >&2; count_step 1 0 0 0; total; exit 1; }

# --- What a fresh machine lacks -------------------------------------------------------------------------------------

missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
# Playwright's own browser download does not work here: the browser tests drive Debian's Chromium.
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v curl >/dev/null 2>&1 || missing+=(curl)

if [ ${#missing[@]} -gt 0 ]; then
  command -v apt-get >/dev/null 2>&1 || stop "apt-get not found; install ${missing[*]} by hand and run ./test.sh again"
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo)
  else
    stop "installing ${missing[*]} needs root or sudo without a password; install them by hand (sudo apt-get install ${missing[*]}) and run ./test.sh again"
  fi
  echo "test.sh: installing ${missing[*]} (apt-get)" >&2
  "${as_root[@]}" apt-get update -qq || stop "apt-get update failed"
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
    || stop "apt-get install ${missing[*]} failed"
fi

command -v npm >/dev/null 2>&1 || stop "npm not found; install Node.js 20 or later (README: Prerequisites)"
for tools in tests/tools manifest/tools; do
  if [ ! -d "$tools/node_modules" ]; then
    echo "test.sh: installing $tools (npm ci)" >&2
    (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error) || stop "npm ci in $tools failed"
  fi
done

# --- The tests ------------------------------------------------------------------------------------------------------

rm -rf "$results"
mkdir -p "$results"

dotnet test Guidebot.sln --logger trx --results-directory "$results" "$@"
dotnet_status=$?
# Each test project writes a trx file whose first <Counters …/> element holds its totals.
trx_count() { # attribute: its sum over the trx files
  local sum=0 trx value
  for trx in "$results"/*.trx; do
    [ -f "$trx" ] || continue
    value=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1 | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p")
    sum=$((sum + ${value:-0}))
  done
  echo "$sum"
}
# A skipped test is counted in total but not in executed (its notExecuted counter stays 0).
count_step "$dotnet_status" "$(trx_count passed)" \
  "$(( $(trx_count failed) + $(trx_count error) + $(trx_count timeout) + $(trx_count aborted) ))" \
  "$(( $(trx_count total) - $(trx_count executed) ))"

echo "test.sh: Teams app tests (manifest/tools)" >&2
# node --test ends with "pass N", "fail N", "skipped N" lines: "# pass N" in TAP (its reporter through a pipe on
# Node 20), "ℹ pass N" in the spec reporter.
npm test --prefix manifest/tools 2>&1 | tee "$results/teams-app.log"
node_status=${PIPESTATUS[0]}
node_count() { local n; n=$(grep -E "^(#|ℹ) $1 [0-9]+$" "$results/teams-app.log" | tail -n 1 | awk '{print $3}'); echo "${n:-0}"; }
count_step "$node_status" "$(node_count pass)" "$(node_count fail)" "$(node_count skipped)"

echo "test.sh: load smoke test (bench/load/run.sh --smoke)" >&2
# One test: the script ends with "load-smoke: passed" or "load-smoke: failed".
bench/load/run.sh --smoke --configuration Debug 2>&1 | tee "$results/load-smoke.log"
smoke_status=${PIPESTATUS[0]}
count_step "$smoke_status" "$(grep -c '^load-smoke: passed$' "$results/load-smoke.log")" \
  "$(grep -c '^load-smoke: failed$' "$results/load-smoke.log")" 0

total
[ "$failed" -eq 0 ]
