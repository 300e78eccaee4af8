#!/usr/bin/env bash
# Longer coverage-guided fuzzing on demand (README, "Fuzzing"):
#
#   bench/fuzz.sh                          # every target, 10 minutes each
#   bench/fuzz.sh 2h SensorExportFuzzTests # one target, two hours
#
# The duration is Jazzer's (30s, 10m, 2h). Each target runs in a JVM of its own with a 512 MB heap
# and a 10 s limit per input. The corpus it grows is kept in .cifuzz-corpus/ (ignored by git) and
# reused by the next run; a crash, timeout or out-of-memory is written into the target's inputs
# directory under src/test/resources, where `./mvnw verify` runs it from then on: commit it with the fix.
set -uo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-10m}"
shift || true
TARGETS=("$@")
if (( ${#TARGETS[@]} == 0 )); then
  TARGETS=(ImuUploadFuzzTests SensorExportFuzzTests CsvLinesFuzzTests ImuJsonFuzzTests FhirQuestionnaireFuzzTests
    PelvisEngineFuzzTests)
fi
./mvnw -B -q test-compile || exit 1
failed=()
for target in "${TARGETS[@]}"; do
  echo "== $target for $DURATION"
  if ! JAZZER_FUZZ=1 ./mvnw -B surefire:test@fuzz -Dtest="$target" -Dfuzz.duration="$DURATION" \
      >"target/fuzz-$target.log" 2>&1; then
    failed+=("$target")
  fi
  grep -E '^(stat::number_of_executed_units|stat::new_units_added|==[0-9]+== ERROR)|Test unit written|^Done ' \
    "target/fuzz-$target.log" || true
done
if (( ${#failed[@]} > 0 )); then
  echo "findings in: ${failed[*]} (logs in target/fuzz-*.log)"
  exit 1
fi
echo "no findings"
