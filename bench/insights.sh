#!/usr/bin/env bash
# p50/p95/p99 of today's call and the insights page for a runner with five years of data (README,
# "Training load and insights"), on the embedded H2 database or on PostgreSQL, with curl only.
#
#   bench/insights.sh [h2|postgres] [requests, default 500]
#   PG_URL=postgresql://postgres@127.0.0.1:5432 bench/insights.sh postgres   # a server with trust auth
#
# Starts the packaged jar (built if missing) on a free port, signs up a runner and screens them through
# the API, stops it, writes five years of data straight into the database (2,100 runs of 4-16 km on
# road, trail, track and treadmill with pain noted, 3,100 check-ins with next-morning answers, one of
# them today through the API, and the exercise sessions: 780 core sessions, about 3 a week, and the leg
# swings before every run, 2,880 sessions with 13,080 sets), starts it again, logs in a page session,
# and sends the GETs one after another over one connection after a warm-up round of the same size:
# GET /api/v1/today, GET /api/v1/load, GET /insights and, for comparison, GET /today (the home page with the call card and today's exercises), GET /api/v1/plan and
# GET /program (the exercise plan, worked out from every session) and GET /api/v1/profile (one row read:
# the floor that HTTP, security and a busy machine set). Besides p50/p95/p99 of the wall-clock time it
# gives the app's CPU time per request (from /proc), which a shared machine inflates much less.
# BENCH_PORT=18081 fixes the port; BENCH_JAR=... measures another build of the app (e.g. an older one,
# for a before/after). On PostgreSQL it uses a fresh database "bench_insights_<pid>" and drops it at
# the end (the CPU time is the app's only, not the database server's).
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-h2}
REQUESTS=${2:-500}
RUNS=2100
CHECKINS=3100
CORE_SESSIONS=780
JAR=${BENCH_JAR:-}
[ -n "$JAR" ] || JAR=$(ls target/backstride-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
[ -n "$JAR" ] || { ./mvnw -B -q -DskipTests -Dfuzz.skip=true package; JAR=$(ls target/backstride-*.jar | head -1); }
WORK=$(mktemp -d)
cp "$JAR" "$WORK/app.jar"
PORT=${BENCH_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
BASE="http://127.0.0.1:$PORT"
H2=$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | sort -V | tail -1)
PG_URL=${PG_URL:-postgresql://postgres@127.0.0.1:5432}
PG_DB="bench_insights_$$"
APP=
stop() { if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; fi; APP=; }
cleanup() {
  stop
  [ "$DB" = postgres ] && psql -q "$PG_URL/postgres" -c "drop database if exists $PG_DB" || true
  rm -rf "$WORK"
}
trap cleanup EXIT
if [ "$DB" = postgres ]; then
  psql -q "$PG_URL/postgres" -c "create database $PG_DB"
  export SPRING_DATASOURCE_URL="jdbc:postgresql://${PG_URL#postgresql://*@}/$PG_DB"
  export SPRING_DATASOURCE_USERNAME=${PG_USER:-postgres} SPRING_DATASOURCE_PASSWORD=${PG_PASSWORD:-}
fi
start() {
  # shellcheck disable=SC2086
  BACKSTRIDE_DATA_DIR="$WORK" PORT="$PORT" java ${JAVA_OPTS:-} -jar "$WORK/app.jar" --server.address=127.0.0.1 \
    --backstride.quotas.check-ins-total=1000000 >>"$WORK/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 240); do
    curl -sf -o /dev/null "$BASE/login" && return
    kill -0 "$APP" || { cat "$WORK/app.log"; exit 1; }
    sleep 0.5
  done
}
start
EMAIL="bench-$$@example.org"
PASSWORD="a long password"
TOKEN=$(curl -sf -X POST "$BASE/api/v1/signup" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}" | jq -r .token)
AUTH="Authorization: Bearer $TOKEN"
ANSWERS=$(grep -o '^\s*[A-Z_]*("[a-z._]*"' src/main/java/dev/backstride/screening/RedFlagItem.java \
  | grep -o '"[a-z._]*"' | jq -s -c '{answers: (map({(.): false}) | add)}')
post() { curl -s -o /dev/null -X POST "$BASE$1" -H "$AUTH" -H 'Content-Type: application/json' -d "$2"; }
post /api/v1/screenings/red-flags "$ANSWERS"
post /api/v1/screenings/clearance '{"advised":true}'
post /api/v1/questionnaires/function/responses '{"sections":[2,2,2,1,2,2,1,2,2,1]}'
post /api/v1/checkins '{"painNow":1,"worstPain24h":2}'
stop

# Five years back from yesterday: runs every 0.87 days, check-ins about 1.7 a day.
RUN_COLUMNS="account_id, run_date, start_at, start_time_known, elapsed_seconds, moving_seconds, distance_meters,
  sport, terrain, terrain_inferred, source, pain_during, pain_after, pain_changed_stride, effort, recorded_at"
CHECKIN_COLUMNS="account_id, check_in_date, recorded_at, pain_now, worst_pain_24h, locations, kinds, timing,
  next_morning, new_or_changed_symptoms"
MORNING="case mod(x, 7) when 0 then null when 3 then 'SLIGHTLY_WORSE' when 5 then 'BETTER' else 'SAME' end"
SESSION_COLUMNS="account_id, session_date, kind, pain_during, note, recorded_at"
SET_COLUMNS="session_id, account_id, exercise, set_no, side, reps, hold_seconds"
SIDE="case when mod(n.x, 2) = 1 then 'LEFT' else 'RIGHT' end"
TERRAIN="case mod(x, 4) when 0 then 'TRAIL' when 1 then 'ROAD' when 2 then 'TREADMILL' else 'TRACK' end"
# Sets for the sessions, the same on both databases: 2 sets a leg of the reach (12, 3-second hold), 2 sets
# of the crunch (15, 3-second hold), 2 sets a leg of the swings (20) before each run.
SETS="insert into program_set ($SET_COLUMNS)
select s.id, s.account_id, 'EX-REACH', n.x, $SIDE, 12, 3 from program_session s cross join RANGE4 where s.kind = 'CORE';
insert into program_set ($SET_COLUMNS)
select s.id, s.account_id, 'EX-CRUNCH', n.x, null, 15, 3 from program_session s cross join RANGE2 where s.kind = 'CORE';
insert into program_set ($SET_COLUMNS)
select s.id, s.account_id, 'EX-SWING', n.x, $SIDE, 20, 0 from program_session s cross join RANGE4 where s.kind = 'PRE_RUN';"
echo "storing $RUNS runs, $CHECKINS check-ins and $CORE_SESSIONS core sessions with a pre-run one for each run ($DB)…"
if [ "$DB" = postgres ]; then
  psql -q "$PG_URL/$PG_DB" <<SQL
insert into run ($RUN_COLUMNS)
select (select id from account), current_date - 1 - x * 1825 / $RUNS, now() - (1 + x * 1825 / $RUNS) * interval '1 day', true,
  2400, 2400, 4000 + mod(x * 37, 12000), 'running', $TERRAIN, false, 'MANUAL', mod(x, 5), mod(x, 6), false, 5, now()
from generate_series(1, $RUNS) as x;
insert into check_in ($CHECKIN_COLUMNS)
select (select id from account), current_date - 1 - x * 1825 / $CHECKINS, now() - interval '1 day' - x * interval '1 minute',
  mod(x, 3), mod(x, 3) + mod(x, 4), 'CENTRAL', 'ACHE', '', $MORNING, false from generate_series(1, $CHECKINS) as x;
insert into program_session ($SESSION_COLUMNS)
select (select id from account), current_date - 1 - x * 1825 / $CORE_SESSIONS, 'CORE', mod(x, 4), null,
  now() - (1 + x * 1825 / $CORE_SESSIONS) * interval '1 day' from generate_series(1, $CORE_SESSIONS) as x;
insert into program_session ($SESSION_COLUMNS)
select account_id, run_date, 'PRE_RUN', mod(id, 4), null, start_at - interval '10 minutes' from run;
$(echo "$SETS" | sed 's/RANGE\([0-9]\)/generate_series(1, \1) as n(x)/g')
analyze;
select (select count(*) from run) as runs, (select count(*) from check_in) as check_ins,
  (select count(*) from program_session) as sessions, (select count(*) from program_set) as sets;
SQL
else
  java -cp "$H2" org.h2.tools.Shell -url "jdbc:h2:file:$WORK/backstride" -user sa -password "" -sql "
insert into run ($RUN_COLUMNS)
select (select id from account), dateadd(day, -1 - x * 1825 / $RUNS, current_date),
  dateadd(day, -1 - x * 1825 / $RUNS, current_timestamp), true, 2400, 2400, 4000 + mod(x * 37, 12000), 'running',
  $TERRAIN, false, 'MANUAL', mod(x, 5), mod(x, 6), false, 5, current_timestamp from system_range(1, $RUNS);
insert into check_in ($CHECKIN_COLUMNS)
select (select id from account), dateadd(day, -1 - x * 1825 / $CHECKINS, current_date),
  dateadd(minute, -x, current_timestamp - interval '1' day), mod(x, 3), mod(x, 3) + mod(x, 4), 'CENTRAL', 'ACHE', '',
  $MORNING, false from system_range(1, $CHECKINS);
insert into program_session ($SESSION_COLUMNS)
select (select id from account), dateadd(day, -1 - x * 1825 / $CORE_SESSIONS, current_date), 'CORE', mod(x, 4), null,
  dateadd(day, -1 - x * 1825 / $CORE_SESSIONS, current_timestamp) from system_range(1, $CORE_SESSIONS);
insert into program_session ($SESSION_COLUMNS)
select account_id, run_date, 'PRE_RUN', mod(id, 4), null, dateadd(minute, -10, start_at) from run;
$(echo "$SETS" | sed 's/RANGE\([0-9]\)/system_range(1, \1) n/g')
select (select count(*) from run) as runs, (select count(*) from check_in) as check_ins,
  (select count(*) from program_session) as sessions, (select count(*) from program_set) as sets;" | tail -2
fi
start

# a page session: the login form with its CSRF token, cookies kept in a jar
JAR_COOKIES="$WORK/cookies"
CSRF=$(curl -s -c "$JAR_COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -b "$JAR_COOKIES" -c "$JAR_COOKIES" -X POST "$BASE/login" \
  --data-urlencode "username=$EMAIL" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$CSRF"

# The app's CPU time (user + system, all its threads: requests, GC, JIT) in clock ticks: per request, a
# cost that a busy machine stretches far less than the wall-clock time a request waits for a core.
CLK_TCK=$(getconf CLK_TCK)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$APP/stat"; }
measure() {
  local path=$1 how=$2 config="$WORK/get.curl"
  : >"$config"
  for i in $(seq "$REQUESTS"); do
    [ "$i" -gt 1 ] && echo next >>"$config"
    printf 'url = "%s%s"\noutput = "/dev/null"\nwrite-out = "%%{http_code} %%{time_total}\\n"\n' "$BASE" "$path" >>"$config"
    if [ "$how" = api ]; then printf 'header = "%s"\n' "$AUTH" >>"$config"; else printf 'cookie = "%s"\n' "$JAR_COOKIES" >>"$config"; fi
  done
  curl -s -K "$config" >/dev/null
  local before after
  before=$(cpu_ticks)
  curl -s -K "$config" >"$WORK/times"
  after=$(cpu_ticks)
  awk '$1 != 200 { errors++ } END { print errors + 0 }' "$WORK/times" >"$WORK/errors"
  awk '{ print $2 * 1000 }' "$WORK/times" | sort -n >"$WORK/sorted"
  pick() { sed -n "$(( (REQUESTS * $1 + 99) / 100 ))p" "$WORK/sorted"; }
  printf '%-8s %-16s %d requests, %d errors, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, app CPU %.1f ms a request\n' \
    "$DB" "$path" "$REQUESTS" "$(cat "$WORK/errors")" "$(pick 50)" "$(pick 95)" "$(pick 99)" \
    "$(echo "($after - $before) * 1000 / $CLK_TCK / $REQUESTS" | bc -l)"
}
measure /api/v1/today api
measure /api/v1/load api
measure /insights page
measure /today page
measure /api/v1/plan api
measure /program page
# the same machine's floor at the same moment: an endpoint that reads one row
measure /api/v1/profile api
curl -s "$BASE/api/v1/today" -H "$AUTH" | jq -c '{call, ruleIds, acwr: .load.acwr}'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
