#!/usr/bin/env bash
# Start-up figures: starts the app N times (default 5) on a free port with an empty data directory,
# polls until the first HTTP 200, and prints the milliseconds from launch to that answer and the
# resident memory (RSS, from /proc, summed over the process and its children) at that moment and
# 5 s later, and the CPU time (user + system) spent up to the first 200, which depends less on other
# load on the machine than the wall-clock time does.
#
#   bench/startup.sh [runs] -- command to start the app...
#   bench/startup.sh 5 -- bench/run.sh
#   bench/startup.sh 5 -- java -jar target/backstride-0.1.0-SNAPSHOT.jar
#
# The command gets PORT and BACKSTRIDE_DATA_DIR from the environment. BENCH_PATH (default /login)
# is the page polled.
set -euo pipefail
runs=5
if [[ "${1:-}" != "--" ]]; then runs=$1; shift; fi
[[ "${1:-}" == "--" ]] && shift
[[ $# -gt 0 ]] || { echo "usage: $0 [runs] -- command..." >&2; exit 2; }
path=${BENCH_PATH:-/login}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

tree() {   # a process and all its descendants
  echo "$1"
  local c; for c in $(ps -o pid= --ppid "$1" 2>/dev/null); do tree "$c"; done
}

tree_rss_kb() {   # RSS of a process and all its descendants, in kB
  local total=0 p
  for p in $(tree "$1"); do
    local kb; kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$p/status" 2>/dev/null || true)
    total=$((total + ${kb:-0}))
  done
  echo "$total"
}

tree_cpu_ms() {   # user + system CPU time used so far by a process and its descendants, in ms
  local ticks=0 p hz; hz=$(getconf CLK_TCK)
  for p in $(tree "$1"); do
    local t; t=$(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || true)
    ticks=$((ticks + ${t:-0}))
  done
  echo $((ticks * 1000 / hz))
}

stop() {   # the process tree we started, children first
  local pids; pids=$(tree "$1" | tac)
  for p in $pids; do kill "$p" 2>/dev/null || true; done
  for _ in $(seq 1 100); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done
  for p in $pids; do kill -9 "$p" 2>/dev/null || true; done
}

printf '%-4s %10s %10s %12s %14s\n' run first200_ms cpu_ms rss_at_200_MB rss_after_5s_MB
for i in $(seq 1 "$runs"); do
  data=$(mktemp -d); port=$(free_port); log=$(mktemp)
  start=$(date +%s%N)
  PORT=$port BACKSTRIDE_DATA_DIR=$data setsid "$@" >"$log" 2>&1 &
  pid=$!
  ok=""
  for _ in $(seq 1 6000); do     # at most ~2 min
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port$path" || true)
    if [[ "$code" == 200 ]]; then ok=1; break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.02
  done
  end=$(date +%s%N)
  if [[ -z "$ok" ]]; then echo "run $i: no 200 (see $log)" >&2; stop "$pid"; exit 1; fi
  rss1=$(tree_rss_kb "$pid"); cpu=$(tree_cpu_ms "$pid")
  sleep 5
  rss2=$(tree_rss_kb "$pid")
  printf '%-4s %10d %10d %12d %14d\n' "$i" $(((end - start) / 1000000)) "$cpu" $((rss1 / 1024)) $((rss2 / 1024))
  stop "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data" "$log"
done
