#!/bin/sh
# Shared by bench/<name>/run.sh: `bench/bench-command.sh NAME DEVTOOL-COMMAND [options]` builds the
# WAR and the provisioned WildFly of this checkout (./mvnw -q -DskipTests package; output in
# bench/NAME/work/build.log), then runs the dev tool's DEVTOOL-COMMAND with the options, from the
# repository root, so the server started is the one just built here.
# KONTINGENT_BENCH_SKIP_BUILD=1 skips the build; MAVEN_ARGS (e.g. -o) reaches both Maven calls.
set -eu
name="$1"
command="$2"
shift 2
cd "$(dirname "$0")/.."
if [ "${KONTINGENT_BENCH_SKIP_BUILD:-}" != "1" ]; then
    mkdir -p "bench/$name/work"
    echo "bench/$name/run.sh: building (./mvnw -q -DskipTests package, log in bench/$name/work/build.log)..." >&2
    if ! ./mvnw -q -DskipTests package > "bench/$name/work/build.log" 2>&1; then
        tail -n 40 "bench/$name/work/build.log" >&2
        echo "bench/$name/run.sh: the build failed; see bench/$name/work/build.log" >&2
        exit 1
    fi
fi
KONTINGENT_BENCH_COMMAND="bench/$name/run.sh${*:+ $*}"
export KONTINGENT_BENCH_COMMAND
exec ./mvnw -q -pl platform/devtools exec:java -Dexec.args="$command $*"
