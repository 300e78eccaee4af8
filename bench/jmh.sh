#!/bin/sh
# JMH benchmarks of the runs import (see README, Figures). Not part of ./mvnw verify.
#   bench/jmh.sh                        # FIT: Garmin's SDK decode vs Backstride's read and whole import
#   bench/jmh.sh StravaArchiveBenchmark # a generated Strava export of 1,000 runs, end to end
#   bench/jmh.sh FitImportBenchmark -f 2 -wi 3 -i 5   # more JMH options after the name
set -eu
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
what="${1:-FitImportBenchmark}"
[ $# -gt 0 ] && shift
echo "load before: $(uptime)"
./mvnw -B -q -Pbench test-compile exec:exec -Dbench.args="$what $*"
echo "load after: $(uptime)"
