package ru.kontingent.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import ru.kontingent.devtools.Database;
import ru.kontingent.devtools.DatabaseLauncher;
import ru.kontingent.devtools.move.DatabaseServer;
import ru.kontingent.devtools.move.RegionMove;
import ru.kontingent.server.testing.FileTrees;
import ru.kontingent.server.testing.FreePorts;
import ru.kontingent.server.testing.Api;
import ru.kontingent.server.testing.PostgresClientTools;
import ru.kontingent.server.testing.Regions;
import ru.kontingent.server.testing.RegistryCalls;
import ru.kontingent.server.testing.RestartableServer;
import ru.kontingent.server.testing.SecondServerIT;
import ru.kontingent.server.testing.ServerDatasources;
import ru.kontingent.server.testing.SnilsNumbers;
import ru.kontingent.server.testing.Sql;
import ru.kontingent.server.testing.TestEnvironment;
import ru.kontingent.server.testing.Tokens;




import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.kontingent.server.testing.RegistryData.aStudent;
import static ru.kontingent.server.testing.RegistryData.anEnrollment;

/**
 * Regions over two PostgreSQL servers: the catalog on the primary, each region's schema on the
 * server its catalog row names. A second WildFly (the restartable container) runs on two private
 * embedded servers, so the suite's catalog never names a server the suite's WildFly lacks.
 */
class MultiDatabaseIT extends SecondServerIT {

    private static final String SECOND = "pg2";
    private static final Api server = new Api(URI.create("http://127.0.0.1:" + TestEnvironment.restartHttpPort()));

    @Test
    void eachRegionLivesOnTheServerItsCatalogRowNames() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(PostgresClientTools.find().isPresent(), PostgresClientTools.missingReason());
        Path primaryData = Files.createTempDirectory("kontingent-db1");
        Path secondData = Files.createTempDirectory("kontingent-db2");
        Database primary = DatabaseLauncher.startEmbedded(primaryData, FreePorts.any());
        Database second = DatabaseLauncher.startEmbedded(secondData, FreePorts.any());
        controller.start(CONTAINER, RestartableServer.configuration(properties -> properties
                .replaceAll("-Dkontingent\\.db\\.url=\\S+", Matcher.quoteReplacement("-Dkontingent.db.url=" + primary.jdbcUrl()))
                + " -Dkontingent.datasources=" + SECOND));
        try (ServerDatasources added = ServerDatasources.add(Integer.getInteger("kontingent.it.restart.management.port"), SECOND, second)) {
            deployer.deploy(CONTAINER);
            try {
                checkPlacementAndData(primary, second);
            } finally {
                deployer.undeploy(CONTAINER);
            }
        } finally {
            controller.stop(CONTAINER);
            primary.close();
            second.close();
            FileTrees.delete(primaryData);
            FileTrees.delete(secondData);
        }
    }

    private void checkPlacementAndData(Database primary, Database second) throws Exception {
        // tenants/ at start: r23, r34, r61 placed least-loaded, ties to the primary.
        assertEquals(Map.of("r23", "default", "r34", SECOND, "r61", "default"), placement("r23", "r34", "r61"));

        String onSecond = onboard("mdb_two", SECOND).path("code").asText();
        String onPrimary = onboard("mdb_one", "default").path("code").asText();
        // 3 regions on the primary, 2 on pg2: the next goes to pg2.
        JsonNode chosen = onboard("mdb_any", null);
        assertEquals(SECOND, chosen.path("datasource").asText(), chosen::toString);
        server.post("/api/platform/regions", Tokens.federalOperator(),
                        Map.of("code", Regions.uniqueCode("mdb_no"), "name", "Nowhere", "datasource", "nowhere"))
                .assertProblem(400, "validation").assertInvalid("datasource");
        server.post("/api/platform/regions", Tokens.federalOperator(),
                        Map.of("code", Regions.uniqueCode("mdb_bad"), "name", "Bad", "datasource", "Pg 2"))
                .assertProblem(400, "validation").assertInvalid("datasource");

        RegistryCalls two = new RegistryCalls(server, onSecond);
        RegistryCalls one = new RegistryCalls(server, onPrimary);
        String studentTwo = two.student(two.ministry());
        String studentOne = one.student(one.ministry());
        server.get("/api/registry/students/" + studentTwo, two.ministry()).assertStatus(200);
        server.get("/api/registry/students/" + studentOne, one.ministry()).assertStatus(200);
        server.get("/api/registry/students/" + studentTwo, one.ministry()).assertProblem(404, "not-found");

        // Schemas and rows on their own server only; the catalog and the federal index on the primary only.
        assertEquals(1, Sql.count(second, "select count(*) from region_" + onSecond + ".student where id = ?::uuid", studentTwo));
        assertEquals(1, Sql.count(primary, "select count(*) from region_" + onPrimary + ".student where id = ?::uuid", studentOne));
        assertEquals(0, schemas(primary, "region_" + onSecond));
        assertEquals(0, schemas(second, "region_" + onPrimary));
        assertEquals(0, schemas(second, "platform"));
        assertEquals(1, Sql.count(second, "select count(*) from region_" + onSecond + ".audit_event where action = 'CREATE' and subject_id = ?", studentTwo));
        assertEquals(1, Sql.count(primary, "select count(*) from platform.federal_index where region_code = ? and student_id = ?",
                onSecond, studentTwo), "the representative indexed on the primary, in its own step");
        assertEquals(SECOND, Sql.rows(primary, "select datasource from platform.region where code = ?", onSecond).get(0).get(0));

        // Least privilege on the second server too: its runtime role creates nothing, rewrites no journal.
        assertRefused(second, "create table region_" + onSecond + ".intruder (id int)");
        assertRefused(second, "delete from region_" + onSecond + ".audit_event");

        // A pg2 region's transaction that fails after its index change leaves no index row behind:
        // the change waits for the region's commit (here the audit journal refuses the event).
        long indexed = Sql.count(primary, "select count(*) from platform.federal_index where region_code = ?", onSecond);
        String schema = "region_" + onSecond;
        Sql.execute(second, "create function " + schema + ".refuse_audit() returns trigger language plpgsql"
                + " as $$ begin raise exception 'audit refused by the test'; end $$");
        Sql.execute(second, "create trigger refuse_audit before insert on " + schema + ".audit_event"
                + " for each row execute function " + schema + ".refuse_audit()");
        String refusedSnils = SnilsNumbers.next();
        try {
            int status = server.post("/api/registry/students", two.ministry(), aStudent().with("snils", refusedSnils).build()).status();
            assertTrue(status >= 500, "the write fails with its journal: " + status);
        } finally {
            Sql.execute(second, "drop trigger refuse_audit on " + schema + ".audit_event");
            Sql.execute(second, "drop function " + schema + ".refuse_audit()");
        }
        assertEquals(0, Sql.count(second, "select count(*) from " + schema + ".student where snils = ?", refusedSnils));
        assertEquals(indexed, Sql.count(primary, "select count(*) from platform.federal_index where region_code = ?", onSecond),
                "no index row of the refused write");
        two.student(two.ministry());
        assertEquals(indexed + 1, Sql.count(primary, "select count(*) from platform.federal_index where region_code = ?", onSecond),
                "the next write indexed at its commit");

        // The migration report of a pg2 region reads its enrollments there and the federal index on the primary.
        RegistryCalls r23 = new RegistryCalls(server, "r23");
        String snils = SnilsNumbers.next();
        String left = r23.student(r23.ministry(), aStudent().with("snils", snils).build());
        String enrollment = r23.enrolled(r23.ministry(), left, anEnrollment(r23.organization()).with("startDate", "2020-09-01").build());
        r23.end(r23.ministry(), left, enrollment, "2023-06-01", "MOVED_TO_ANOTHER_REGION").assertStatus(200);
        String arrived = two.student(two.ministry(), aStudent().with("snils", snils).build());
        two.enrolled(two.ministry(), arrived, anEnrollment(two.organization()).with("grade", 3).with("startDate", "2023-09-01").build());
        JsonNode arrivals = server.get("/api/reports/registry.migration?from=2023-01-01&to=2023-12-31", two.ministry())
                .assertStatus(200).json().path("rows");
        assertEquals(1, arrivals.size(), arrivals::toString);
        assertEquals(List.of("ARRIVAL", "r23", 1), List.of(arrivals.get(0).get(0).asText(), arrivals.get(0).get(1).asText(),
                arrivals.get(0).get(2).asInt()), arrivals::toString);

        // move-region: the primary's region to pg2; its rows follow, the catalog switches, the old schema goes.
        RegionMove.Moved moved = new RegionMove(Map.of(
                "default", new DatabaseServer("default", primary.jdbcUrl(), primary.migrationUser(), primary.migrationPassword(), primary.user()),
                SECOND, new DatabaseServer(SECOND, second.jdbcUrl(), second.migrationUser(), second.migrationPassword(), second.user())),
                server.base(), Tokens.federalOperator(), PostgresClientTools.find().orElseThrow(), System.out)
                .move(onPrimary, SECOND, true);
        assertEquals(List.of("default", SECOND, 1L), List.of(moved.from(), moved.to(), moved.rowsPerTable().get("student")));
        JsonNode movedRegion = server.get("/api/platform/regions/" + onPrimary, Tokens.federalOperator()).assertStatus(200).json();
        assertEquals(List.of(SECOND, "ACTIVE"), List.of(movedRegion.path("datasource").asText(), movedRegion.path("status").asText()));
        server.get("/api/registry/students/" + studentOne, one.ministry()).assertStatus(200);
        String afterMove = one.student(one.ministry());
        assertEquals(2, Sql.count(second, "select count(*) from region_" + onPrimary + ".student where id in (?::uuid, ?::uuid)",
                studentOne, afterMove));
        assertEquals(0, schemas(primary, "region_" + onPrimary));
        assertEquals(1, Sql.count(primary, "select count(*) from platform.platform_audit where action = 'region-move' and region_code = ?",
                onPrimary));

        // The second server gone: its regions answer 503, the primary's keep working.
        second.close();
        server.get("/api/registry/students/" + studentTwo, two.ministry()).assertProblem(503, "unavailable");
        server.get("/api/registry/students/" + studentOne, one.ministry()).assertProblem(503, "unavailable");
        String written = r23.student(r23.ministry());
        server.get("/api/registry/students/" + written, r23.ministry()).assertStatus(200);
        assertEquals(1, Sql.count(primary, "select count(*) from region_r23.student where id = ?::uuid", written));
    }

    private static JsonNode onboard(String prefix, String datasource) {
        Map<String, Object> body = new HashMap<>(Map.of("code", Regions.uniqueCode(prefix), "name", "Region " + prefix, "stage", 1));
        if (datasource != null) {
            body.put("datasource", datasource);
        }
        JsonNode created = server.post("/api/platform/regions", Tokens.federalOperator(), body).assertStatus(201).json();
        if (datasource != null) {
            assertEquals(datasource, created.path("datasource").asText(), created::toString);
        }
        return created;
    }

    private static Map<String, String> placement(String... codes) {
        Map<String, String> found = new HashMap<>();
        for (String code : codes) {
            found.put(code, server.get("/api/platform/regions/" + code, Tokens.federalOperator()).assertStatus(200)
                    .json().path("datasource").asText());
        }
        return found;
    }

    private static long schemas(Database database, String schema) {
        return Sql.count(database, "select count(*) from information_schema.schemata where schema_name = ?", schema);
    }

    private static void assertRefused(Database database, String sql) {
        assertThrows(SQLException.class, () -> {
            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }, sql);
    }

}
