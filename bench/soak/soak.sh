#!/usr/bin/env bash
# Soak test (not run in CI): steady load on a freshly built Release bot for DURATION (default 10m) with wrk,
# expectReplies turns over CONVERSATIONS conversations (default 1000). Reports requests/s, latency, errors (must be
# zero: socket errors, timeouts and non-2xx answers all count) and the bot's VmRSS/VmHWM at the start and the end.
#   bench/soak/soak.sh                      # 10 minutes, SQLite
#   DURATION=2m STORAGE=Redis REDIS=127.0.0.1:6379 bench/soak/soak.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION=${DURATION:-10m}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
export CONVERSATIONS=${CONVERSATIONS:-1000}
STORAGE=${STORAGE:-Sqlite}
PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
WORK=$(mktemp -d)

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

dotnet build src/Guidebot -c Release -v quiet -nologo >/dev/null
# The per-conversation rate limit guards against one runaway conversation; wrk's closed loop sends each of
# the 1,000 conversations far more turns per second than a person can, so it is raised as in bench/load.
Storage__Provider=$STORAGE Storage__Sqlite__Path="$WORK/state.db" Storage__Redis__Configuration=${REDIS:-} \
  RateLimits__ConversationBurst=100000 RateLimits__ConversationPerSecond=100000 \
  ASPNETCORE_ENVIRONMENT=Production BotFramework__AllowUnauthenticated=true Feedback__Salt=bench-salt Logging__LogLevel__Default=Warning \
  dotnet src/Guidebot/bin/Release/net10.0/Guidebot.dll --urls "http://127.0.0.1:$PORT" >"$WORK/bot.log" 2>&1 &
BOT=$!
trap 'kill -TERM $BOT 2>/dev/null || true; wait $BOT 2>/dev/null || true; rm -rf "$WORK"' EXIT

for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/readyz" >/dev/null && break
  kill -0 $BOT 2>/dev/null || { cat "$WORK/bot.log"; exit 1; }
  sleep 0.5
done
curl -fs "http://127.0.0.1:$PORT/readyz" >/dev/null || { echo "the bot did not become ready" >&2; exit 1; }

memory() { grep -E '^(VmRSS|VmHWM)' "/proc/$BOT/status" | awk '{printf "%s %d MB  ", $1, $2/1024}'; }
echo "start: $(memory)"
# A short warm-up so the start figure is the steady state, not the JIT.
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -s bench/soak/turns.lua "http://127.0.0.1:$PORT" >/dev/null
echo "warm:  $(memory)"

wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s bench/soak/turns.lua "http://127.0.0.1:$PORT" | tee "$WORK/wrk.txt"
echo "end:   $(memory)"

errors=$(awk '/Socket errors/ { for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) { gsub(",", "", $i); n += $i } } /Non-2xx/ { n += $NF } END { print n + 0 }' "$WORK/wrk.txt")
echo "errors: $errors"
grep -c '"LogLevel":"Error"\|"LogLevel":"Critical"' "$WORK/bot.log" | sed 's/^/error log lines: /' || true
[ "$errors" -eq 0 ]
