#!/bin/sh
# Streams a generated 1 GB export archive (real FIT runs repeated: half in a Strava-style activities/
# folder, half in a nested Garmin-style zip, stored uncompressed) through the import's archive walker
# and FIT reader in a JVM limited to -Xmx512m, and prints the runs read, the heap limit and the time.
# It shows that an archive is never held whole in memory; storing the runs is measured by the tests.
# Usage: bench/import-1gb.sh [copies]   (default 8700 copies of a 121 kB run ≈ 1.0 GB)
set -eu
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
copies="${1:-8700}"
./mvnw -B -q -o test-compile -Dfuzz.skip=true
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$JAVA_HOME/bin/jshell" -R-Xmx256m --class-path "$cp" -q <<JSH >/dev/null
dev.backstride.runs.fileimport.StreamingCheck.write(java.nio.file.Path.of("$work/export.zip"),
    java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/running/fit/activity-small-fenix2-run.fit")), $copies);
/exit
JSH
ls -l "$work/export.zip" | awk '{printf "archive: %.2f GB\n", $5 / 1e9}'
start=$(date +%s)
"$JAVA_HOME/bin/java" -Xmx512m -XX:+UseSerialGC -cp "$cp" dev.backstride.runs.fileimport.StreamingCheck "$work/export.zip"
echo "seconds: $(( $(date +%s) - start ))"
