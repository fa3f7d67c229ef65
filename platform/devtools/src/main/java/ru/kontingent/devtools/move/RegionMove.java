package ru.kontingent.devtools.move;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * Moves one region's schema to another server, the procedure of docs/platform.md ("Moving a
 * region") as one command. The region is suspended through the API for the whole copy (every node
 * refuses it, so nothing is written meanwhile); the catalog row is switched only after the copy is
 * complete and its row counts match; a failure before the switch leaves the region where it was.
 */
public final class RegionMove {

    private static final Pattern CODE = Pattern.compile("[a-z0-9_]{1,30}");
    /** What RuntimeGrants keeps from the runtime role: rewriting the journal, Liquibase's tables. */
    private static final List<String> APPEND_ONLY = List.of("audit_event");
    private static final List<String> LIQUIBASE = List.of("databasechangelog", "databasechangeloglock");

    private final Map<String, DatabaseServer> servers;
    private final URI api;
    private final String federalToken;
    private final Path pgBin;
    private final PrintStream log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * @param api          base URL of a node (any: the suspension reaches every node through the catalog)
     * @param federalToken a federal operator's bearer token
     * @param pgBin        directory of {@code pg_dump} and {@code psql}
     */
    public RegionMove(Map<String, DatabaseServer> servers, URI api, String federalToken, Path pgBin, PrintStream log) {
        this.servers = Map.copyOf(servers);
        this.api = api;
        this.federalToken = federalToken;
        this.pgBin = pgBin;
        this.log = log;
    }

    /** What was moved: from, to, and the rows per table (the same on both sides, or the move stopped). */
    public record Moved(String region, String from, String to, Map<String, Long> rowsPerTable) {
    }

    public Moved move(String region, String target, boolean dropSource) throws Exception {
        if (!CODE.matcher(region).matches()) {
            throw new IllegalArgumentException("region code must match " + CODE.pattern());
        }
        DatabaseServer to = server(target);
        DatabaseServer primary = server(DatabaseServers.PRIMARY);
        CatalogRow row = catalogRow(primary, region);
        if (row.datasource().equals(target)) {
            throw new IllegalStateException("region " + region + " is already on " + target);
        }
        DatabaseServer from = server(row.datasource());
        String schema = "region_" + region;
        if (schemaExists(to, schema)) {
            throw new IllegalStateException(target + " already has schema " + schema + ": drop it first (a copy left by an earlier attempt?)");
        }
        boolean wasActive = "ACTIVE".equals(row.status());
        if (wasActive) {
            setStatus(region, "SUSPENDED");
            log.println("suspended " + region);
        }
        Map<String, Long> rows;
        try {
            copy(from, to, schema);
            grant(to, schema);
            rows = rowCounts(from, schema);
            Map<String, Long> copied = rowCounts(to, schema);
            if (!rows.equals(copied)) {
                throw new IllegalStateException("row counts differ after the copy: " + rows + " vs " + copied);
            }
            switchCatalog(primary, region, from.name(), to.name());
            log.println("catalog: " + region + " now on " + to.name());
        } catch (Exception e) {
            dropQuietly(to, schema);
            if (wasActive) {
                setStatus(region, "ACTIVE");
            }
            throw e;
        }
        if (wasActive) {
            setStatus(region, "ACTIVE");
            log.println("reactivated " + region);
        }
        if (dropSource) {
            execute(from, "DROP SCHEMA " + quote(schema) + " CASCADE");
            log.println("dropped " + schema + " on " + from.name());
        }
        return new Moved(region, from.name(), to.name(), rows);
    }

    private DatabaseServer server(String name) {
        DatabaseServer server = servers.get(name);
        if (server == null) {
            throw new IllegalArgumentException("no server '" + name + "' in the servers file");
        }
        return server;
    }

    private record CatalogRow(String datasource, String status) {
    }

    private static CatalogRow catalogRow(DatabaseServer primary, String region) throws SQLException {
        try (Connection connection = primary.connect();
             PreparedStatement query = connection.prepareStatement("select datasource, status from platform.region where code = ?")) {
            query.setString(1, region);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalArgumentException("region " + region + " is not in the catalog");
                }
                return new CatalogRow(row.getString(1), row.getString(2));
            }
        }
    }

    /** pg_dump of the one schema piped into psql on the target: personal data never touches a disk file. */
    private void copy(DatabaseServer from, DatabaseServer to, String schema) throws IOException, InterruptedException {
        DatabaseServer.LibpqAddress source = from.libpq();
        DatabaseServer.LibpqAddress target = to.libpq();
        List<String> dump = new ArrayList<>(List.of(tool("pg_dump"), "--schema=" + schema, "--no-owner", "--no-privileges", "--format=plain"));
        dump.addAll(source.arguments());
        List<String> restore = new ArrayList<>(List.of(tool("psql"), "--no-psqlrc", "--quiet", "--set", "ON_ERROR_STOP=1", "--single-transaction"));
        restore.addAll(target.arguments());
        ProcessBuilder dumping = new ProcessBuilder(dump).redirectError(ProcessBuilder.Redirect.PIPE);
        dumping.environment().putAll(source.environment());
        ProcessBuilder restoring = new ProcessBuilder(restore).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        restoring.environment().putAll(target.environment());
        Process dumper = dumping.start();
        Process restorer = restoring.start();
        CompletableFuture<String> dumpErrors = drain(dumper.getErrorStream());
        CompletableFuture<String> restoreErrors = drain(restorer.getErrorStream());
        try (InputStream dumped = dumper.getInputStream(); OutputStream into = restorer.getOutputStream()) {
            dumped.transferTo(into);
        }
        int dumpExit = dumper.waitFor();
        int restoreExit = restorer.waitFor();
        if (dumpExit != 0 || restoreExit != 0) {
            throw new IllegalStateException("copy of " + schema + " failed: pg_dump " + dumpExit + " " + dumpErrors.join().strip()
                    + "; psql " + restoreExit + " " + restoreErrors.join().strip());
        }
        log.println("copied " + schema + " from " + from.name() + " to " + to.name());
    }

    private String tool(String name) {
        Path tool = pgBin.resolve(name);
        if (!Files.isExecutable(tool)) {
            throw new IllegalStateException(tool + " not found: give the PostgreSQL client directory with --pg-bin");
        }
        return tool.toString();
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.getMessage();
            }
        });
    }

    /** The grants SchemaMigrator's RuntimeGrants gives after a migration, for the target's runtime role. */
    private static void grant(DatabaseServer to, String schema) throws SQLException {
        if (to.runtimeRole().equals(to.ownerUser())) {
            return;
        }
        String role = quote(to.runtimeRole());
        String qualified = quote(schema);
        execute(to, "GRANT USAGE ON SCHEMA " + qualified + " TO " + role,
                "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + qualified + " TO " + role,
                "GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA " + qualified + " TO " + role);
        for (String table : APPEND_ONLY) {
            execute(to, "REVOKE UPDATE, DELETE, TRUNCATE ON " + qualified + "." + quote(table) + " FROM " + role);
        }
        for (String table : LIQUIBASE) {
            execute(to, "REVOKE ALL ON " + qualified + "." + quote(table) + " FROM " + role);
        }
    }

    /** Rows of every table of the schema, by table name. */
    static Map<String, Long> rowCounts(DatabaseServer server, String schema) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = server.connect()) {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "select table_name from information_schema.tables where table_schema = ? and table_type = 'BASE TABLE'")) {
                query.setString(1, schema);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        tables.add(rows.getString(1));
                    }
                }
            }
            for (String table : tables) {
                try (Statement statement = connection.createStatement();
                     ResultSet count = statement.executeQuery("select count(*) from " + quote(schema) + "." + quote(table))) {
                    count.next();
                    counts.put(table, count.getLong(1));
                }
            }
        }
        return counts;
    }

    /** Only a suspended row on the expected server switches; {@code version} moves so that no stale writer wins. */
    private static void switchCatalog(DatabaseServer primary, String region, String from, String to) throws SQLException {
        try (Connection connection = primary.connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement("update platform.region set datasource = ?, version = version + 1"
                    + " where code = ? and datasource = ? and status = 'SUSPENDED'");
                 PreparedStatement audit = connection.prepareStatement("insert into platform.platform_audit (at, actor, role, action,"
                         + " region_code, detail) values (now(), 'move-region', 'operator', 'region-move', ?, ?)")) {
                update.setString(1, to);
                update.setString(2, region);
                update.setString(3, from);
                if (update.executeUpdate() != 1) {
                    connection.rollback();
                    throw new IllegalStateException("catalog row of " + region + " changed during the move (not suspended on " + from + ")");
                }
                audit.setString(1, region);
                audit.setString(2, "datasource " + from + " -> " + to);
                audit.executeUpdate();
                connection.commit();
            }
        }
    }

    private void setStatus(String region, String status) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(api.resolve("/api/platform/regions/" + region + "/status"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + federalToken)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"" + status + "\"}")).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("setting " + region + " " + status + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static boolean schemaExists(DatabaseServer server, String schema) throws SQLException {
        try (Connection connection = server.connect();
             PreparedStatement query = connection.prepareStatement("select 1 from information_schema.schemata where schema_name = ?")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private void dropQuietly(DatabaseServer server, String schema) {
        try {
            execute(server, "DROP SCHEMA IF EXISTS " + quote(schema) + " CASCADE");
        } catch (SQLException e) {
            log.println("could not drop the partial copy " + schema + " on " + server.name() + ": " + e.getMessage());
        }
    }

    private static void execute(DatabaseServer server, String... statements) throws SQLException {
        try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** Names here are a validated region code, a role name from the servers file, or a table the database listed. */
    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
