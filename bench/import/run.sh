#!/bin/sh
# The import benchmark in one command, from anywhere: builds the WAR and the provisioned WildFly
# (./mvnw -DskipTests package; its output goes to bench/import/work/build.log), then runs the dev
# tool's bench-import with the options given here, e.g. `bench/import/run.sh --students 1000000`.
# KONTINGENT_BENCH_SKIP_BUILD=1 skips the build; MAVEN_ARGS (e.g. -o) reaches both Maven calls.
# See README.md beside this file; the shared steps are in ../bench-command.sh.
exec "$(dirname "$0")/../bench-command.sh" import bench-import "$@"
