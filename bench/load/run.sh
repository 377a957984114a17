#!/usr/bin/env bash
# HTTP load benchmark of Guidebot: builds the bot, and per storage provider and per number of connections
# starts it afresh on a free loopback port, measures the cold start (process start → first answered turn),
# then drives 1,000 conversations with wrk (turns.lua: menu, area and item clicks, walk-through/step-up
# buttons, typed and search-box questions, all deliveryMode expectReplies) and prints one table per provider:
# connections × turns/s, latency p50/p99/p99.9/max, errors, peak RSS, the bot's CPU per turn.
#
#   bench/load/run.sh                                  # sqlite and redis at 32 connections, 30 s each
#   bench/load/run.sh sqlite --connections 32,64,128   # the sweep the README's table shows
#   bench/load/run.sh --reference --connections 32     # also the Bot Builder JavaScript reference bot, same run
#   bench/load/run.sh --smoke                          # CI: a few seconds on memory storage; fails on any error
#
# Options: --duration D (30s), --warmup D (10s), --connections N[,N…] (32), --threads N (2),
#          --configuration C (Release), --no-build, --dll PATH (run that build instead, e.g. a copy of an
#          earlier one, for before/after figures), --reference, --smoke. Providers: sqlite redis memory.
# Needs wrk (apt-get install wrk), node, curl, and redis-server for the redis run; --reference needs
# `npm ci` in bench/reference. Every figure depends on what else the 2 cores are doing: the load average
# before and after each run is printed with it.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

duration=30s; warmup=10s; connections=32; threads=2; configuration=Release; build=1; smoke=0; reference=0; dll=; providers=()
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration=$2; shift ;;
    --warmup) warmup=$2; shift ;;
    --connections) connections=$2; shift ;;
    --threads) threads=$2; shift ;;
    --configuration) configuration=$2; shift ;;
    --no-build) build=0 ;;
    --dll) dll=$(realpath "$2"); build=0; shift ;;
    --reference) reference=1 ;;
    --smoke) smoke=1 ;;
    sqlite|redis|memory) providers+=("$1") ;;
    *) echo "run.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
  shift
done
if [ "$smoke" -eq 1 ]; then
  duration=3s; warmup=0; threads=1; [ ${#providers[@]} -eq 0 ] && providers=(memory)
fi
[ ${#providers[@]} -eq 0 ] && providers=(sqlite redis)
IFS=, read -r -a levels <<<"$connections"

for tool in wrk node curl; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing (apt-get install -y $tool)" >&2; exit 2; }
done
if [ "$reference" -eq 1 ] && [ ! -d bench/reference/node_modules ]; then
  echo "run.sh: the reference bot's packages are missing (npm ci --prefix bench/reference)" >&2; exit 2
fi

work=$(mktemp -d)
bot_pid=; redis_pid=
cleanup() {
  [ -n "$bot_pid" ] && kill "$bot_pid" 2>/dev/null && wait "$bot_pid" 2>/dev/null
  [ -n "$redis_pid" ] && kill "$redis_pid" 2>/dev/null && wait "$redis_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# What ships: the Dockerfile's publish for this machine's platform, compiled ahead of time (ReadyToRun). The smoke
# run checks the benchmark path, not speed, so it skips the minute of ahead-of-time compilation.
app="$root/artifacts/bench-app"
platform=(--runtime "$(dotnet --info | awk '/ RID:/ { print $2; exit }')" --self-contained false)
[ "$smoke" -eq 1 ] && platform=()
if [ "$build" -eq 1 ]; then
  echo "run.sh: dotnet publish src/Guidebot -c $configuration ${platform[*]} -o artifacts/bench-app" >&2
  dotnet publish src/Guidebot -c "$configuration" "${platform[@]}" -o "$app" -nologo -v q >"$work/build.log" 2>&1 \
    || { cat "$work/build.log"; exit 1; }
fi
dll=${dll:-"$app/Guidebot.dll"}
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
load_average() { cut -d' ' -f1 /proc/loadavg; }

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

stop_redis() { [ -n "$redis_pid" ] && { kill "$redis_pid" 2>/dev/null; wait "$redis_pid" 2>/dev/null; redis_pid=; }; }
stop_bot() { kill "$bot_pid" 2>/dev/null; wait "$bot_pid" 2>/dev/null; bot_pid=; }

# Starts the bot (or the reference bot) for one provider on a new port; sets url and cold (ms), or fails.
start_bot() {
  local provider=$1 env started
  # The per-conversation rate limit stays in the path but is raised: the mix builder and the cold-start probe send
  # many turns into one conversation, and the benchmark measures the bot, not the limiter (a 429 counts as an error).
  # wrk sends no Bot Framework token: unauthenticated access is allowed on purpose (the bot listens on loopback only).
  env=(ASPNETCORE_ENVIRONMENT=Production BotFramework__AllowUnauthenticated=true Feedback__Salt=bench-salt
       Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.AspNetCore=Warning
       RateLimits__ConversationBurst=100000 RateLimits__ConversationPerSecond=100000)
  case "$provider" in
    sqlite) rm -f "$work"/guidebot.db*; env+=(Storage__Provider=Sqlite "Storage__Sqlite__Path=$work/guidebot.db") ;;
    redis) start_redis || return 1; env+=(Storage__Provider=Redis "Storage__Redis__Configuration=127.0.0.1:$redis_port") ;;
    memory) env+=(Storage__Provider=Memory) ;;
  esac
  port=$(free_port) || return 1
  url="http://127.0.0.1:$port"
  started=$(now_ms)
  if [ "$provider" = reference ]; then
    (cd "$work" && exec env PORT="$port" node "$root/bench/reference/bot.mjs" >"$work/bot-$provider.log" 2>&1) &
  else
    (cd "$work" && exec env "${env[@]}" dotnet "$dll" --urls "$url" >"$work/bot-$provider.log" 2>&1) &
  fi
  bot_pid=$!
  cold=
  while kill -0 "$bot_pid" 2>/dev/null && [ $(($(now_ms) - started)) -lt 60000 ]; do
    if answered "$url"; then cold=$(($(now_ms) - started)); return 0; fi
    sleep 0.01
  done
  echo "run.sh: $provider: did not answer within 60 s" >&2; cat "$work/bot-$provider.log" >&2
  stop_bot; stop_redis; return 1
}

failures=0
runs=("${providers[@]}")
[ "$reference" -eq 1 ] && runs+=(reference)
echo "run.sh: $(nproc) cores; $connections connections, $threads wrk threads, $duration after ${warmup} warm-up; load average now $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for provider in "${runs[@]}"; do
  rows=()
  for level in "${levels[@]}"; do
    start_bot "$provider" || { failures=$((failures + 1)); continue; }
    if [ ! -f "$work/mix.txt" ]; then
      # The mix is read off Guidebot's own cards, so the reference bot gets the same turns.
      [ "$provider" = reference ] && { echo "run.sh: run a Guidebot provider before the reference bot" >&2; stop_bot; exit 2; }
      node bench/load/mix.mjs "$url" tests/Guidebot.Knowledge.Tests/Search/eval-questions.json "$work/mix.txt" >&2 || { stop_bot; exit 1; }
    fi

    export LOAD_MIX="$work/mix.txt" LOAD_THREADS="$threads" LOAD_CONVERSATIONS=1000
    if [ "$warmup" != 0 ]; then
      LOAD_RUN=warmup wrk -t"$threads" -c"$level" -d"$warmup" -s bench/load/turns.lua "$url/api/messages" >/dev/null 2>&1
    fi
    load_before=$(load_average)
    cpu_before=$(cpu_ms "$bot_pid")
    LOAD_RUN=measured wrk -t"$threads" -c"$level" -d"$duration" -s bench/load/turns.lua "$url/api/messages" >"$work/wrk.txt" 2>&1
    cpu_used=$(($(cpu_ms "$bot_pid") - cpu_before))
    load_after=$(load_average)
    rss_kib=$(awk '/^VmHWM:/ { print $2 }' "/proc/$bot_pid/status" 2>/dev/null)
    stop_bot; stop_redis

    result=$(grep '^RESULT ' "$work/wrk.txt")
    if [ -z "$result" ]; then
      echo "run.sh: $provider at $level connections: wrk reported nothing" >&2; cat "$work/wrk.txt" >&2
      failures=$((failures + 1)); continue
    fi
    declare -A r=()
    for field in ${result#RESULT }; do r[${field%%=*}]=${field#*=}; done
    errors=$((r[non200] + r[nocard] + r[socket]))
    [ "$errors" -eq 0 ] || failures=$((failures + 1))
    cpu_per_turn=$(awk -v ms="$cpu_used" -v n="${r[requests]}" 'BEGIN { printf "%.3f", (n > 0 ? ms / n : 0) }')
    rss_mib=$(( (${rss_kib:-0} + 1023) / 1024 ))
    rows+=("| $level | ${r[rps]} | ${r[p50]} | ${r[p99]} | ${r[p999]} | ${r[max]} | $errors | $rss_mib MiB | $cold ms | $cpu_per_turn ms | $load_before → $load_after |")
    unset r
  done

  echo
  echo "$provider"
  echo "| connections | turns/s | p50 ms | p99 ms | p99.9 ms | max ms | errors | peak RSS | cold start | CPU/turn | load avg |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
done

echo "run.sh: load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
if [ "$smoke" -eq 1 ]; then
  # Read by test.sh, which counts the smoke run as one test.
  if [ "$failures" -eq 0 ]; then echo "load-smoke: passed"; else echo "load-smoke: failed"; fi
fi
[ "$failures" -eq 0 ]
