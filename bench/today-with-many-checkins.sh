#!/usr/bin/env bash
# Measures GET /api/v1/today (and one page of GET /api/v1/checkins) for one runner with many check-ins,
# on the embedded database, with curl only: starts the packaged jar on a free port with a temporary data
# directory and quotas raised for the test, stores the check-ins through the API, then sends the GETs
# one after another over one connection and prints p50/p95/p99 and requests per second.
#
#   bench/today-with-many-checkins.sh [check-ins, default 15000] [requests, default 2000]
#
# JAR=... measures another build (e.g. one from before the quotas, which ignores the quota settings).
set -euo pipefail
cd "$(dirname "$0")/.."
CHECKINS=${1:-15000}
REQUESTS=${2:-2000}
JAR=${JAR:-target/backstride-0.1.0-SNAPSHOT.jar}
[ -f "$JAR" ] || ./mvnw -B -q -DskipTests package
DATA=$(mktemp -d)
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
BACKSTRIDE_DATA_DIR="$DATA" PORT="$PORT" BACKSTRIDE_QUOTAS_CHECKINSPERDAY=10000000 \
  BACKSTRIDE_QUOTAS_CHECKINSTOTAL=10000000 java -jar "$JAR" >"$DATA/app.log" 2>&1 &
APP=$!
trap 'kill "$APP" 2>/dev/null; wait "$APP" 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 240); do
  curl -sf -o /dev/null "$BASE/login" && break
  kill -0 "$APP" || { cat "$DATA/app.log"; exit 1; }
  sleep 0.5
done
TOKEN=$(curl -sf -X POST "$BASE/api/v1/signup" -H 'Content-Type: application/json' \
  -d '{"email":"bench@example.org","password":"a long password"}' | jq -r .token)
AUTH="Authorization: Bearer $TOKEN"
# all twenty danger-sign items answered "no", their ids read from the source
ANSWERS=$(grep -o '^\s*[A-Z_]*("[a-z._]*"' src/main/java/dev/backstride/screening/RedFlagItem.java \
  | grep -o '"[a-z._]*"' | jq -s -c '{answers: (map({(.): false}) | add)}')
curl -s -o /dev/null -X POST "$BASE/api/v1/screenings/red-flags" -H "$AUTH" -H 'Content-Type: application/json' -d "$ANSWERS"
curl -s -o /dev/null -X POST "$BASE/api/v1/screenings/clearance" -H "$AUTH" -H 'Content-Type: application/json' \
  -d '{"advised":true}'

echo "storing $CHECKINS check-ins…"
CONFIG="$DATA/post.curl"
: >"$CONFIG"
for i in $(seq "$CHECKINS"); do
  printf 'url = "%s/api/v1/checkins"\nheader = "%s"\nheader = "Content-Type: application/json"\ndata = "{\\"painNow\\":%d,\\"worstPain24h\\":%d}"\noutput = "/dev/null"\nnext\n' \
    "$BASE" "$AUTH" $((i % 3)) $((i % 3 + 2)) >>"$CONFIG"
done
START=$(date +%s.%N)
curl -s --parallel --parallel-max 4 -K "$CONFIG" -w '%{http_code}\n' | sort | uniq -c
echo "stored in $(echo "$(date +%s.%N) - $START" | bc) s"

measure() {
  local path=$1 config="$DATA/get.curl"
  : >"$config"
  for _ in $(seq "$REQUESTS"); do
    printf 'url = "%s%s"\nheader = "%s"\noutput = "/dev/null"\nnext\n' "$BASE" "$path" "$AUTH" >>"$config"
  done
  # a warm-up round, then the measured one
  curl -s -K "$config" -w '%{time_total}\n' >/dev/null
  local start end
  start=$(date +%s.%N)
  curl -s -K "$config" -w '%{http_code} %{time_total}\n' >"$DATA/times"
  end=$(date +%s.%N)
  awk -v n="$REQUESTS" -v wall="$(echo "$end - $start" | bc)" -v path="$path" '
    { if ($1 != 200) errors++; t[NR] = $2 * 1000 }
    END {
      asort(t)
      printf "%-28s %d requests, %d errors, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, %.0f req/s\n", path, n, errors,
        t[int(n * 0.50)], t[int(n * 0.95)], t[int(n * 0.99)], n / wall
    }' "$DATA/times"
}
measure /api/v1/today
measure "/api/v1/checkins?limit=50"
curl -s "$BASE/api/v1/today" -H "$AUTH" | jq -c '{call, ruleIds}'
