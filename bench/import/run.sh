#!/bin/sh
# The import benchmark in one command, from anywhere: builds the WAR and the provisioned WildFly
# (./mvnw -DskipTests package; its output goes to bench/import/work/build.log), then runs the dev
# tool's bench-import with the options given here, e.g. `bench/import/run.sh --students 1000000`.
# KONTINGENT_BENCH_SKIP_BUILD=1 skips the build; MAVEN_ARGS (e.g. -o) reaches both Maven calls.
# See README.md beside this file.
set -eu
cd "$(dirname "$0")/../.."
if [ "${KONTINGENT_BENCH_SKIP_BUILD:-}" != "1" ]; then
    mkdir -p bench/import/work
    echo "bench/import/run.sh: building (./mvnw -q -DskipTests package, log in bench/import/work/build.log)..." >&2
    if ! ./mvnw -q -DskipTests package > bench/import/work/build.log 2>&1; then
        tail -n 40 bench/import/work/build.log >&2
        echo "bench/import/run.sh: the build failed; see bench/import/work/build.log" >&2
        exit 1
    fi
fi
KONTINGENT_BENCH_COMMAND="bench/import/run.sh${*:+ $*}"
export KONTINGENT_BENCH_COMMAND
exec ./mvnw -q -pl platform/devtools exec:java -Dexec.args="bench-import $*"
