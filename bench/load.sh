#!/usr/bin/env bash
# Load and soak figures for the packaged jar (README, "Load and soak").
#
#   bench/load.sh                  # the whole run: load matrix, then a 10-minute soak
#   STEP_SECONDS=10 SOAK_MINUTES=2 bench/load.sh   # shorter
#   SOAK_MINUTES=0 bench/load.sh   # the load matrix only
#   JAVA_OPTS=-XX:G1PeriodicGCInterval=30000 CONNECTIONS= bench/load.sh   # JVM options; the soak only
#
# Starts target/backstride-*.jar (built if missing) on 127.0.0.1 and a free port with a fresh H2 data
# directory under a temporary folder, signs up three runners (one per request kind, so that one
# account's growing check-ins do not slow the other's reads), then drives it with wrk:
#   GET /api/v1/today, POST /api/v1/checkins, POST /api/v1/motion/imu (a 40 s synthetic run as JSON,
#   about 4,000 samples), each at 1, 4, 16 and 64 connections for STEP_SECONDS;
# then a soak of SOAK_MINUTES (GET/check-in/upload 6:3:1 at 8 connections) sampling RSS every 30 s,
# and IDLE_MINUTES more of samples with no load. Heap in use after a full GC is read with jcmd before
# and after. Every loop is bounded; the app is stopped at the end (or on Ctrl-C) by its pid.
# Needs wrk (Debian: apt-get install wrk), curl, JDK 21+ (JAVA_HOME; 25 is what the figures used).
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH_DIR")"
STEP_SECONDS="${STEP_SECONDS:-20}"
WARMUP_SECONDS="${WARMUP_SECONDS:-10}"
SOAK_MINUTES="${SOAK_MINUTES:-10}"
IDLE_MINUTES="${IDLE_MINUTES:-2}"
CONNECTIONS="${CONNECTIONS-1 4 16 64}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JCMD="${JAVA_HOME:+$JAVA_HOME/bin/}jcmd"

command -v wrk >/dev/null || { echo "wrk is missing (Debian: apt-get install wrk)" >&2; exit 2; }
cd "$ROOT"
JAR="$(ls target/backstride-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)"
if [[ -z "$JAR" || ! -d target/test-classes ]]; then
  ./mvnw -B -q -DskipTests package
  JAR="$(ls target/backstride-*.jar | head -1)"
fi

WORK="$(mktemp -d /tmp/backstride-load.XXXXXX)"
# a copy, so that a rebuild during the run does not pull the jar from under the app
cp "$JAR" "$WORK/app.jar"
export BENCH_DIR BENCH_PAYLOADS="$WORK/payloads"
CP="target/test-classes:target/classes:$(./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)"
"$JAVA" -cp "$CP" dev.backstride.BenchPayloads "$BENCH_PAYLOADS"

PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
BASE="http://127.0.0.1:$PORT"
# shellcheck disable=SC2086
# the per-account quotas (README, "Quotas and pages") are lifted: the bench writes thousands of check-ins
# and recordings from three accounts, which real runners never do
BACKSTRIDE_DATA_DIR="$WORK/data" PORT="$PORT" "$JAVA" ${JAVA_OPTS:-} -jar "$WORK/app.jar" --server.address=127.0.0.1 \
  --backstride.quotas.check-ins-per-day=1000000000 --backstride.quotas.check-ins-total=1000000000 \
  --backstride.quotas.recordings-per-day=1000000000 --backstride.quotas.report-bytes-total=1000000000000 \
  >"$WORK/app.log" 2>&1 &
APP=$!
trap 'kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true' EXIT

for _ in $(seq 1 240); do
  if curl -s -o /dev/null -w '%{http_code}' "$BASE/login" | grep -q 200; then break; fi
  kill -0 "$APP" 2>/dev/null || { echo "the app stopped; see $WORK/app.log" >&2; exit 1; }
  sleep 0.5
done

rss() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$APP/status"; }
heap_after_gc() {
  "$JCMD" "$APP" GC.run >/dev/null
  "$JCMD" "$APP" GC.heap_info | awk '/garbage-first heap|heap total/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub(/K,?/, "", v); printf "%.0f", v / 1024; exit}}'
}

runner() {
  local email="load-$1-$RANDOM$RANDOM@example.org" token
  token="$(curl -s -X POST "$BASE/api/v1/signup" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"a long password for the bench\"}" | sed -E 's/.*"token":"([^"]+)".*/\1/')"
  curl -s -o /dev/null -X PUT "$BASE/api/v1/profile" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"age":34,"sex":"female","yearsRunning":6,"weeklyDistanceKm":40,"terrain":{"road":70,"trail":30}}'
  curl -s -o /dev/null -X POST "$BASE/api/v1/screenings/red-flags" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' --data-binary "@$BENCH_PAYLOADS/red-flags.json"
  curl -s -o /dev/null -X POST "$BASE/api/v1/checkins" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d '{"painNow":1,"worstPain24h":2}'
  echo "$token"
}
declare -A TOKEN
TOKEN[today]="$(runner today)"
TOKEN[checkin]="$(runner checkin)"
TOKEN[upload]="$(runner upload)"
status="$(curl -s -o /dev/null -w '%{http_code}' -X POST "$BASE/api/v1/motion/imu" \
  -H "Authorization: Bearer ${TOKEN[upload]}" -H 'Content-Type: application/json' --data-binary "@$BENCH_PAYLOADS/run.json")"
[[ "$status" == 201 ]] || { echo "the upload answered $status, not 201" >&2; exit 1; }

drive() { # kind connections seconds [script]
  local threads=$(( $2 < 2 ? 1 : 2 ))
  BENCH_TOKEN="${TOKEN[$1]}" wrk -t"$threads" -c"$2" -d"$3s" --timeout 30s -s "$BENCH_DIR/wrk/${4:-$1}.lua" "$BASE" \
    | awk -F'\t' '/^RESULT/ {OFS="\t"; $1=""; print substr($0, 2)}'
}

echo "# Load and soak, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start"
echo "# app: $JAR on $("$JAVA" -version 2>&1 | head -1), JVM options: ${JAVA_OPTS:-none}; data in $WORK"
echo "RSS after start and sign-ups: $(rss) MB; heap in use after a full GC: $(heap_after_gc) MB"
for kind in today checkin upload; do drive "$kind" 4 "$WARMUP_SECONDS" >/dev/null; done
echo "RSS after ${WARMUP_SECONDS} s warm-up per kind: $(rss) MB"
echo
echo "| request | connections | requests | req/s | p50 ms | p95 ms | p99 ms | errors |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for kind in today checkin upload; do
  for c in $CONNECTIONS; do
    IFS=$'\t' read -r n rate p50 p95 p99 errors <<<"$(drive "$kind" "$c" "$STEP_SECONDS")"
    echo "| $kind | $c | $n | $rate | $p50 | $p95 | $p99 | $errors |"
  done
done
echo
echo "RSS after the load: $(rss) MB; heap in use after a full GC: $(heap_after_gc) MB"

if (( SOAK_MINUTES > 0 )); then
  echo
  echo "Soak: $SOAK_MINUTES min of GET today / POST check-in / POST recording (6:3:1) at 8 connections"
  BENCH_TOKEN="${TOKEN[today]}" BENCH_TOKEN_CHECKIN="${TOKEN[checkin]}" BENCH_TOKEN_UPLOAD="${TOKEN[upload]}" \
    wrk -t2 -c8 -d"${SOAK_MINUTES}m" --timeout 30s -s "$BENCH_DIR/wrk/mixed.lua" "$BASE" >"$WORK/soak.txt" &
  SOAK=$!
  samples=()
  for i in $(seq 0 $(( SOAK_MINUTES * 2 ))); do
    samples+=("$(rss)")
    (( i < SOAK_MINUTES * 2 )) && sleep 30
  done
  wait "$SOAK" || true
  echo "RSS every 30 s during the soak (MB): ${samples[*]}"
  IFS=$'\t' read -r n rate p50 p95 p99 errors <<<"$(awk -F'\t' '/^RESULT/ {OFS="\t"; $1=""; print substr($0, 2)}' "$WORK/soak.txt")"
  echo "soak: $n requests, $rate req/s, p50 $p50 ms, p95 $p95 ms, p99 $p99 ms, $errors errors"
  idle=()
  for _ in $(seq 1 $(( IDLE_MINUTES * 2 ))); do sleep 30; idle+=("$(rss)"); done
  echo "RSS every 30 s after the soak, idle (MB): ${idle[*]}"
  echo "heap in use after a full GC at the end: $(heap_after_gc) MB; RSS then: $(rss) MB"
fi
echo "app log and data: $WORK"
