#!/bin/sh
# The API load benchmark in one command, from anywhere: installs wrk (Debian package) when missing,
# builds the WAR and the provisioned WildFly (log in bench/load/work/build.log), then runs the dev
# tool's bench-load with the options given here, e.g. `bench/load/run.sh --students 100000`.
# KONTINGENT_BENCH_SKIP_BUILD=1 skips the build; MAVEN_ARGS (e.g. -o) reaches both Maven calls.
# See README.md beside this file; the shared steps are in ../bench-command.sh.
set -eu
if ! command -v wrk >/dev/null 2>&1; then
    echo "bench/load/run.sh: installing wrk (apt-get install wrk)..." >&2
    if [ "$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq >&2 && $SUDO apt-get install -y -qq wrk >&2
fi
exec "$(dirname "$0")/../bench-command.sh" load bench-load "$@"
