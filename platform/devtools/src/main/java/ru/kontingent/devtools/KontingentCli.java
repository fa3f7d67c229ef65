package ru.kontingent.devtools;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Entry point of the dev tools: {@code keys}, {@code token}, {@code db}, {@code run}, for bulk
 * loads {@code generate} and {@code import}, and the benchmarks {@code bench-import},
 * {@code bench-tenants} and {@code bench-reports}, and for operations {@code move-region}.
 */
public final class KontingentCli {

    static final int EXIT_FAILURE = 1;
    static final int EXIT_USAGE = 2;

    static final String USAGE = """
            Usage: kontingent <command> [options]

            Commands:
              keys  [--dir DIR]
                    Create the dev signing key pair if missing; print where it is.
              token --role ROLE [--region CODE] [--org ID] [--snils SNILS] [--sub NAME]
                    [--ttl-minutes N] [--issuer I] [--audience A] [--keys DIR]
                    Print one signed dev token, and nothing else, on stdout.
              db    [--data DIR]
                    Run the embedded PostgreSQL (data kept in DIR) until Ctrl-C.
              run   [--server-home DIR] [--tenants DIR] [--data DIR] [--port-offset N]
                    Start the database, then the provisioned WildFly wired to it and to the
                    dev keys; Ctrl-C stops both.
              generate --students N [--seed S] [--format ndjson|csv] [--out FILE]
                    [--organizations IDS_FILE | --schools N] [--history FILE] [--region-code CODE]
                    Write N synthetic students of a Rostov oblast region (55 municipalities) for
                    the bulk import (stdout unless --out); the same seed and code give the same
                    bytes. IDS_FILE lists organization UUIDs, one a line (school k of the
                    synthetic schools first): each student then has a BASIC enrollment since
                    grade 1, or since a transfer (14 %), or none, having moved to another region
                    (3 %). --schools N uses stand-in ids of N schools instead (no server needed).
                    --history FILE writes the ended enrollments (TRANSFERRED,
                    MOVED_TO_ANOTHER_REGION), one JSON object a line with the student's SNILS.
              import FILE --token TOKEN [--url URL] [--format ndjson|csv] [--charset CHARSET]
                    Stream FILE to POST URL/api/registry/import, follow the job with a
                    progress bar, print the summary and the first 20 errors. Exit 0 when the
                    import completed (even with rejected lines), 1 when refused or failed.
              bench-import [--students N] [--format ndjson|csv] [--port-offset N] [--server-home DIR]
                    [--war FILE] [--tenants DIR] [--work DIR] [--results FILE|none] [--start-timeout S]
                    The import benchmark in one run: a private PostgreSQL and WildFly, a school of
                    r61, N students imported over HTTP, then again (all unchanged), then the same
                    students by a raw COPY into a bare table; prints the figures and the ratio
                    import/COPY (target >= 30 %) and adds a dated row to BENCHMARKS.md. Stops the
                    server and the database at the end, whatever happens.
              bench-tenants [--regions N] [--reads N] [--port-offset N] [--server-home DIR] [--war FILE]
                    [--work DIR] [--results FILE|none] [--start-timeout S]
                    N regions (Russia's federal subjects, r61 first) in one private deployment:
                    onboarding time per region, start with 1 and N up-to-date regions, heap and RSS
                    after GC with 1 and N, student reads of one region vs spread over N; adds a row
                    to BENCHMARKS.md. Defaults: 85 regions, 2000 reads a series, port offset 800.
              bench-reports [--students N] [--schools N] [--runs N] [--warm N] [--port-offset N]
                    [--server-home DIR] [--war FILE] [--tenants DIR] [--work DIR] [--results FILE|none]
                    [--start-timeout S]
                    The registry's contingent reports over N students of r61 in a private
                    deployment: cold runs through the API (fresh asOf, a cache miss) against the
                    same SQL over JDBC (medians, target <= 1.5x), warm hits p50/p95/p99; adds rows
                    to BENCHMARKS.md. Defaults: 100000 students, 50 schools, 7 runs, 1000 warm
                    hits, port offset 900.
              bench-load [--students N] [--schools N] [--threads N] [--connections N] [--duration S]
                    [--warmup S] [--wrk PATH] [--port-offset N] [--server-home DIR] [--war FILE]
                    [--tenants DIR] [--work DIR] [--results FILE|none] [--start-timeout S]
                    The API under load in a private deployment: N students of r61 in the synthetic
                    schools, then wrk over loopback with the same settings against GET /api/me (the
                    no-op), student reads by id, and the mix 70 reads / 15 searches / 10 transfers /
                    5 reports; throughput, p50/p95/p99 and the ratios to the no-op; adds a row to
                    BENCHMARKS.md. Defaults: 100000 students, 1500 schools, -t2 -c16, 30 s a run
                    after 15 s warm-ups, port offset 2000.
              move-region --region CODE --to NAME --servers FILE --token TOKEN [--url URL]
                    [--pg-bin DIR] [--keep-source true|false]
                    Move a region's schema to another database server: suspend it (API), pg_dump
                    of the schema piped into psql on the target, runtime grants, row counts
                    compared, catalog switch, reactivate, drop the old schema (unless
                    --keep-source true). FILE: NAME.url, NAME.user, NAME.password (schema owner),
                    NAME.runtime-role per server, "default" being the catalog's. TOKEN: a federal
                    operator's. Defaults: URL http://localhost:8080, DIR /usr/lib/postgresql/15/bin.
              help  Show this text.

            Roles: federal-operator; regional-admin, education-ministry, health-ministry (need
              --region); school-operator (needs --region and --org); citizen (needs --snils).

            Defaults: keys in HOME/.kontingent/keys, data in HOME/.kontingent/pgdata, where HOME is
              KONTINGENT_HOME (system property or environment variable), else the repository root,
              else the working directory. --server-home defaults to
              <repo>/platform/server/target/server, --tenants to <repo>/tenants. Token lifetime
              60 minutes; issuer https://kontingent.dev/issuer; audience kontingent.
              KONTINGENT_DB_URL (with KONTINGENT_DB_USER, KONTINGENT_DB_PASSWORD) replaces the
              embedded database.
              generate: seed 61, region code r61 (its last two digits pick the block of SNILS
              numbers, so regions never share one), format from the --out extension else
              ndjson. import: URL http://localhost:8080, format from the extension (.ndjson,
              .jsonl, .csv), charset UTF-8 (windows-1251 for CSV only).
              bench-import: 100000 students, NDJSON, port offset 700, --server-home
              <repo>/platform/server/target/server with <repo>/platform/server/target/kontingent.war
              (else the WAR a home provisioned with the application holds), results in
              <repo>/BENCHMARKS.md, scratch and logs in <repo>/bench/import/work, start timeout 600 s.

            From the repository root:
              mvn -q -pl platform/devtools exec:java -Dexec.args="token --role federal-operator"
            """;

    private static final Map<String, Subcommand> COMMANDS = Map.ofEntries(
            Map.entry("keys", new KeysCommand()),
            Map.entry("token", new TokenCommand()),
            Map.entry("db", new DbCommand()),
            Map.entry("run", new RunCommand()),
            Map.entry("generate", new GenerateCommand()),
            Map.entry("import", new ImportCommand()),
            Map.entry("bench-import", new ImportBenchCommand()),
            Map.entry("bench-tenants", new TenantsBenchCommand()),
            Map.entry("bench-reports", new ReportsBenchCommand()),
            Map.entry("bench-load", new LoadBenchCommand()),
            Map.entry("move-region", new MoveRegionCommand()));

    private KontingentCli() {
    }

    public static void main(String[] args) {
        int exitCode = run(args);
        // Only on failure: exec:java runs us inside Maven's JVM, which must not end on success.
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    static int run(String... args) {
        if (args.length == 0) {
            System.err.print(USAGE);
            return EXIT_USAGE;
        }
        String name = args[0];
        if (List.of("help", "--help", "-h").contains(name)) {
            System.out.print(USAGE);
            return 0;
        }
        Subcommand command = COMMANDS.get(name);
        try {
            if (command == null) {
                throw new UsageException("unknown command '" + name + "'");
            }
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            return command.run(CliArguments.parse(rest, command.options(), command.operands()), DevWorkspace.detect());
        } catch (UsageException e) {
            System.err.println("kontingent: " + e.getMessage());
            System.err.println();
            System.err.print(USAGE);
            return EXIT_USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EXIT_FAILURE;
        } catch (Exception e) {
            System.err.println("kontingent: " + describe(e));
            return EXIT_FAILURE;
        }
    }

    /** The message chain, not a stack trace: these errors are meant for the person at the terminal. */
    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder(error.getMessage() != null ? error.getMessage() : error.toString());
        for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append("\n  caused by: ").append(cause.getMessage());
            }
        }
        return text.toString();
    }
}
