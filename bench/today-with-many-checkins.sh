#!/usr/bin/env bash
# Measures GET /api/v1/today (and one page of GET /api/v1/checkins) for one runner with many check-ins,
# on the embedded database, with curl only: starts the packaged jar on a free port with a temporary data
# directory, signs up, screens and checks in through the API, adds the many older check-ins directly
# to the database, starts the jar again, then sends the GETs one after another over one connection and
# prints p50/p95/p99 and requests per second.
#
#   bench/today-with-many-checkins.sh [check-ins, default 15000] [requests, default 2000]
#
# The check-ins are written into the embedded database while the app is stopped. JAR=... measures
# another build of the same schema.
set -euo pipefail
cd "$(dirname "$0")/.."
CHECKINS=${1:-15000}
REQUESTS=${2:-2000}
JAR=${JAR:-target/backstride-0.1.0-SNAPSHOT.jar}
[ -f "$JAR" ] || ./mvnw -B -q -DskipTests package
DATA=$(mktemp -d)
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
H2=$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | sort -V | tail -1)
APP=
stop() { if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; fi; APP=; }
trap 'stop; rm -rf "$DATA"' EXIT
start() {
  BACKSTRIDE_DATA_DIR="$DATA" PORT="$PORT" java -jar "$JAR" >>"$DATA/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 240); do
    curl -sf -o /dev/null "$BASE/login" && return
    kill -0 "$APP" || { cat "$DATA/app.log"; exit 1; }
    sleep 0.5
  done
}
start
TOKEN=$(curl -sf -X POST "$BASE/api/v1/signup" -H 'Content-Type: application/json' \
  -d '{"email":"bench@example.org","password":"a long password"}' | jq -r .token)
AUTH="Authorization: Bearer $TOKEN"
# all twenty danger-sign items answered "no", their ids read from the source
ANSWERS=$(grep -o '^\s*[A-Z_]*("[a-z._]*"' src/main/java/dev/backstride/screening/RedFlagItem.java \
  | grep -o '"[a-z._]*"' | jq -s -c '{answers: (map({(.): false}) | add)}')
curl -s -o /dev/null -X POST "$BASE/api/v1/screenings/red-flags" -H "$AUTH" -H 'Content-Type: application/json' -d "$ANSWERS"
curl -s -o /dev/null -X POST "$BASE/api/v1/screenings/clearance" -H "$AUTH" -H 'Content-Type: application/json' \
  -d '{"advised":true}'
curl -s -o /dev/null -X POST "$BASE/api/v1/checkins" -H "$AUTH" -H 'Content-Type: application/json' \
  -d '{"painNow":0,"worstPain24h":1}'
stop

# The check-ins go straight into the stopped app's database (the API would refuse more than 60 a day):
# 15 a day going back in time, older than the one stored above.
echo "storing $CHECKINS check-ins…"
java -cp "$H2" org.h2.tools.Shell -url "jdbc:h2:file:$DATA/backstride" -user sa -password "" -sql "
  insert into check_in (account_id, check_in_date, recorded_at, pain_now, worst_pain_24h, locations, kinds, timing,
    new_or_changed_symptoms)
  select (select id from account), dateadd(day, -1 - x / 15, current_date), dateadd(minute, -x, current_timestamp - interval '1' day),
    mod(x, 3), mod(x, 3) + 5, 'CENTRAL', 'ACHE', '', false from system_range(1, $CHECKINS);
  select count(*) as check_ins from check_in;" | tail -3
start

measure() {
  local path=$1 config="$DATA/get.curl"
  : >"$config"
  for i in $(seq "$REQUESTS"); do
    [ "$i" -gt 1 ] && echo next >>"$config"
    # each request's own options: "next" starts afresh, so --write-out goes into every one
    printf 'url = "%s%s"\nheader = "%s"\noutput = "/dev/null"\nwrite-out = "%%{http_code} %%{time_total}\\n"\n' \
      "$BASE" "$path" "$AUTH" >>"$config"
  done
  # a warm-up round, then the measured one
  curl -s -K "$config" >/dev/null
  local start end
  start=$(date +%s.%N)
  curl -s -K "$config" >"$DATA/times"
  end=$(date +%s.%N)
  awk '$1 != 200 { errors++ } END { print errors + 0 }' "$DATA/times" >"$DATA/errors"
  awk '{ print $2 * 1000 }' "$DATA/times" | sort -n >"$DATA/sorted"
  pick() { sed -n "$(( (REQUESTS * $1 + 99) / 100 ))p" "$DATA/sorted"; }
  printf '%-28s %d requests, %d errors, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, %.0f req/s\n' "$path" "$REQUESTS" \
    "$(cat "$DATA/errors")" "$(pick 50)" "$(pick 95)" "$(pick 99)" "$(echo "$REQUESTS / ($end - $start)" | bc -l)"
}
measure /api/v1/today
measure "/api/v1/checkins?limit=50"
curl -s "$BASE/api/v1/today" -H "$AUTH" | jq -c '{call, ruleIds}'
