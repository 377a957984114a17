#!/usr/bin/env bash
# HTTP load benchmark of Guidebot: builds the bot, starts it per storage provider on a free loopback port,
# measures the cold start (process start → first answered turn), then drives 1,000 conversations with wrk
# (turns.lua: menu, area and item clicks, walk-through/step-up buttons, typed and search-box questions,
# all deliveryMode expectReplies) and reports turns/s, latency p50/p90/p99/max, errors and peak RSS.
#
#   bench/load/run.sh                      # sqlite, redis and memory; 30 s each at 32 connections
#   bench/load/run.sh sqlite --duration 60s
#   bench/load/run.sh --smoke              # CI: a few seconds on memory storage; fails on any error, no speed check
#
# Options: --duration D (30s), --warmup D (10s), --connections N (32), --threads N (1),
#          --configuration C (Release), --no-build, --dll PATH (run that build instead, e.g. a copy of an
#          earlier one, for before/after figures), --smoke. Providers: sqlite redis memory.
# Needs wrk (apt-get install wrk), node, and redis-server for the redis run (apt-get install redis-server).
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

duration=30s; warmup=10s; connections=32; threads=1; configuration=Release; build=1; smoke=0; dll=; providers=()
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration=$2; shift ;;
    --warmup) warmup=$2; shift ;;
    --connections) connections=$2; shift ;;
    --threads) threads=$2; shift ;;
    --configuration) configuration=$2; shift ;;
    --no-build) build=0 ;;
    --dll) dll=$(realpath "$2"); build=0; shift ;;
    --smoke) smoke=1 ;;
    sqlite|redis|memory) providers+=("$1") ;;
    *) echo "run.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
  shift
done
if [ "$smoke" -eq 1 ]; then
  duration=3s; warmup=0; [ ${#providers[@]} -eq 0 ] && providers=(memory)
fi
[ ${#providers[@]} -eq 0 ] && providers=(sqlite redis memory)

for tool in wrk node curl; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing (apt-get install -y $tool)" >&2; exit 2; }
done

work=$(mktemp -d)
bot_pid=; redis_pid=
cleanup() {
  [ -n "$bot_pid" ] && kill "$bot_pid" 2>/dev/null && wait "$bot_pid" 2>/dev/null
  [ -n "$redis_pid" ] && kill "$redis_pid" 2>/dev/null && wait "$redis_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

if [ "$build" -eq 1 ]; then
  echo "run.sh: dotnet build src/Guidebot -c $configuration" >&2
  dotnet build src/Guidebot -c "$configuration" -nologo -v q >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
fi
dll=${dll:-"$root/src/Guidebot/bin/$configuration/net10.0/Guidebot.dll"}
[ -f "$dll" ] || { echo "run.sh: $dll not found (build first)" >&2; exit 1; }

free_port() {
  local port
  for _ in $(seq 100); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  return 1
}

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# CPU time (user + system) the process has used, in milliseconds: per turn, it does not depend on what
# else the machine is running, unlike turns/s.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$1/stat"; }

# One real turn; succeeds when it is answered with a card.
answered() {
  local code
  code=$(curl -s -o "$work/answer.json" -w '%{http_code}' --max-time 5 "$1/api/messages" -H 'Content-Type: application/json' \
    -d "{\"type\":\"message\",\"id\":\"cold-$RANDOM$RANDOM\",\"channelId\":\"msteams\",\"serviceUrl\":\"http://127.0.0.1:9/\",\"deliveryMode\":\"expectReplies\",\"recipient\":{\"id\":\"guidebot\"},\"conversation\":{\"id\":\"cold-start\"},\"from\":{\"id\":\"cold-start\"},\"text\":\"menu\"}")
  [ "$code" = 200 ] && grep -q '"AdaptiveCard"' "$work/answer.json"
}

start_redis() {
  command -v redis-server >/dev/null || { echo "run.sh: redis-server is missing (apt-get install -y redis-server)" >&2; return 1; }
  redis_port=$(free_port) || return 1
  redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --logfile "$work/redis.log" &
  redis_pid=$!
  for _ in $(seq 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$redis_port") 2>/dev/null && return 0
    sleep 0.05
  done
  echo "run.sh: redis-server did not start" >&2; return 1
}

stop_bot() {
  kill "$bot_pid" 2>/dev/null; wait "$bot_pid" 2>/dev/null; bot_pid=
}

declare -A target_rps=([sqlite]=4000 [redis]=3000 [memory]=0)
declare -A target_p99=([sqlite]=25 [redis]=30 [memory]=0)
failures=0
summary=()

echo "run.sh: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $connections connections, $threads wrk thread(s), $duration after ${warmup} warm-up" >&2
for provider in "${providers[@]}"; do
  # The per-conversation rate limit stays in the path but is raised: the mix builder and the cold-start probe send
  # many turns into one conversation, and the benchmark measures the bot, not the limiter (a 429 counts as an error).
  # wrk sends no Bot Framework token: unauthenticated access is allowed on purpose (the bot listens on loopback only).
  env=(ASPNETCORE_ENVIRONMENT=Production BotFramework__AllowUnauthenticated=true Feedback__Salt=bench-salt
       Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.AspNetCore=Warning
       RateLimits__ConversationBurst=100000 RateLimits__ConversationPerSecond=100000)
  case "$provider" in
    sqlite) env+=(Storage__Provider=Sqlite "Storage__Sqlite__Path=$work/guidebot.db") ;;
    redis) start_redis || { failures=$((failures + 1)); continue; }
           env+=(Storage__Provider=Redis "Storage__Redis__Configuration=127.0.0.1:$redis_port") ;;
    memory) env+=(Storage__Provider=Memory) ;;
  esac
  port=$(free_port) || { echo "run.sh: no free port" >&2; exit 1; }
  url="http://127.0.0.1:$port"

  started=$(now_ms)
  (cd "$work" && exec env "${env[@]}" dotnet "$dll" --urls "$url" >"$work/bot-$provider.log" 2>&1) &
  bot_pid=$!
  cold=
  while kill -0 "$bot_pid" 2>/dev/null && [ $(($(now_ms) - started)) -lt 60000 ]; do
    if answered "$url"; then cold=$(($(now_ms) - started)); break; fi
    sleep 0.02
  done
  if [ -z "$cold" ]; then
    echo "run.sh: $provider: the bot did not answer within 60 s" >&2; cat "$work/bot-$provider.log" >&2
    stop_bot; failures=$((failures + 1)); continue
  fi

  if [ ! -f "$work/mix.txt" ]; then
    node bench/load/mix.mjs "$url" tests/Guidebot.Knowledge.Tests/Search/eval-questions.json "$work/mix.txt" >&2 || { stop_bot; exit 1; }
  fi

  export LOAD_MIX="$work/mix.txt" LOAD_THREADS="$threads" LOAD_CONVERSATIONS=1000
  if [ "$warmup" != 0 ]; then
    LOAD_RUN=warmup wrk -t"$threads" -c"$connections" -d"$warmup" -s bench/load/turns.lua "$url/api/messages" >/dev/null 2>&1
  fi
  cpu_before=$(cpu_ms "$bot_pid")
  LOAD_RUN=measured wrk -t"$threads" -c"$connections" -d"$duration" -s bench/load/turns.lua "$url/api/messages" >"$work/wrk-$provider.txt" 2>&1
  cpu_used=$(($(cpu_ms "$bot_pid") - cpu_before))
  rss_kib=$(awk '/^VmHWM:/ { print $2 }' "/proc/$bot_pid/status" 2>/dev/null)
  stop_bot
  [ -n "$redis_pid" ] && { kill "$redis_pid" 2>/dev/null; wait "$redis_pid" 2>/dev/null; redis_pid=; }

  result=$(grep '^RESULT ' "$work/wrk-$provider.txt")
  if [ -z "$result" ]; then
    echo "run.sh: $provider: wrk reported nothing" >&2; cat "$work/wrk-$provider.txt" >&2
    failures=$((failures + 1)); continue
  fi
  declare -A r=()
  for field in ${result#RESULT }; do r[${field%%=*}]=${field#*=}; done
  errors=$((r[non200] + r[nocard] + r[socket]))
  cpu_per_turn=$(awk -v ms="$cpu_used" -v n="${r[requests]}" 'BEGIN { printf "%.3f", (n > 0 ? ms / n : 0) }')
  ceiling=$(awk -v c="$cpu_per_turn" -v cores="$(nproc)" 'BEGIN { printf "%.0f", (c > 0 ? cores * 1000 / c : 0) }')
  rss_mib=$(( (${rss_kib:-0} + 1023) / 1024 ))
  [ "$errors" -eq 0 ] || failures=$((failures + 1))

  verdict=""
  if [ "$smoke" -eq 0 ] && [ "${target_rps[$provider]}" -gt 0 ]; then
    meets() { awk -v a="$1" -v op="$2" -v b="$3" 'BEGIN { exit !(op == ">=" ? a >= b : a <= b) }' && echo yes || echo NO; }
    verdict=" | targets: ≥${target_rps[$provider]}/s $(meets "${r[rps]}" '>=' "${target_rps[$provider]}"), p99 ≤${target_p99[$provider]} ms $(meets "${r[p99]}" '<=' "${target_p99[$provider]}"), RSS ≤200 MiB $(meets "$rss_mib" '<=' 200), cold ≤1500 ms $(meets "$cold" '<=' 1500)"
  fi
  line="$provider: ${r[rps]} turns/s over ${r[requests]} turns; latency p50 ${r[p50]} ms, p90 ${r[p90]} ms, p99 ${r[p99]} ms, max ${r[max]} ms; errors $errors (non-200 ${r[non200]}, no card ${r[nocard]}, socket ${r[socket]}); peak RSS $rss_mib MiB; cold start $cold ms; bot CPU $cpu_per_turn ms/turn (all $(nproc) cores for the bot alone: ≤ $ceiling turns/s)$verdict"
  echo "$line"
  summary+=("$line")
  unset r
done

echo "run.sh: load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
if [ "$smoke" -eq 1 ]; then
  # Read by test.sh, which counts the smoke run as one test.
  if [ "$failures" -eq 0 ]; then echo "load-smoke: passed"; else echo "load-smoke: failed"; fi
fi
[ "$failures" -eq 0 ]
