#!/bin/sh
# The reports benchmark in one command, from anywhere: builds the WAR and the provisioned WildFly
# (log in bench/reports/work/build.log), then runs the dev tool's bench-reports with the options
# given here, e.g. `bench/reports/run.sh --students 100000`.
# KONTINGENT_BENCH_SKIP_BUILD=1 skips the build; MAVEN_ARGS (e.g. -o) reaches both Maven calls.
# See README.md beside this file; the shared steps are in ../bench-command.sh.
exec "$(dirname "$0")/../bench-command.sh" reports bench-reports "$@"
