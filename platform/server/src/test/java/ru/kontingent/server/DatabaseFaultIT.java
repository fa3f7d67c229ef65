package ru.kontingent.server;

import org.junit.jupiter.api.Test;
import ru.kontingent.devtools.Database;
import ru.kontingent.devtools.DatabaseLauncher;
import ru.kontingent.server.testing.FileTrees;
import ru.kontingent.server.testing.FreePorts;
import ru.kontingent.server.testing.Api;
import ru.kontingent.server.testing.Regions;
import ru.kontingent.server.testing.RegistryCalls;
import ru.kontingent.server.testing.Reply;
import ru.kontingent.server.testing.RestartableServer;
import ru.kontingent.server.testing.SecondServerIT;
import ru.kontingent.server.testing.TestEnvironment;

import java.io.IOException;


import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.kontingent.server.testing.RegistryData.aStudent;

/**
 * PostgreSQL stopped under a running server: requests answer 503 problems (never 500), readiness
 * goes DOWN while liveness stays UP, nothing half-written remains; PostgreSQL back: the server
 * recovers by itself, without a restart. A second WildFly runs on a private database of its own,
 * so the rest of the suite never sees the outage.
 */
class DatabaseFaultIT extends SecondServerIT {

    private static final Api server = new Api(URI.create("http://127.0.0.1:" + TestEnvironment.restartHttpPort()));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void anOutageIsA503AndTheServerRecoversOnItsOwn() throws Exception {
        Path data = Files.createTempDirectory("kontingent-fault-db");
        int port = FreePorts.any();
        Database database = DatabaseLauncher.startEmbedded(data, port);
        controller.start(CONTAINER, RestartableServer.configuration(database.jdbcUrl()));
        try {
            deployer.deploy(CONTAINER);
            String region = Regions.onboard(server, "fault", 1);
            RegistryCalls registry = new RegistryCalls(server, region);
            String student = registry.student(registry.ministry());
            server.get("/api/registry/students/" + student, registry.ministry()).assertStatus(200);
            assertEquals(200, health("/health/ready"));

            database.close();

            server.get("/api/registry/students/" + student, registry.ministry()).assertProblem(503, "unavailable");
            String snils = "11223344595";
            server.post("/api/registry/students", registry.ministry(), aStudent().with("snils", snils).build())
                    .assertProblem(503, "unavailable");
            assertEquals(503, health("/health/ready"), "readiness is DOWN while the database is away");
            assertEquals(200, health("/health/live"), "the process itself is fine: no restart wanted");

            database = DatabaseLauncher.startEmbedded(data, port);

            Reply recovered = eventually(() -> server.get("/api/registry/students/" + student, registry.ministry()),
                    reply -> reply.status() == 200, Duration.ofSeconds(60));
            assertEquals(200, recovered.status(), recovered::body);
            assertEquals(200, health("/health/ready"));
            assertEquals(0, count(database, "select count(*) from region_" + region + ".student where snils = '" + snils + "'"),
                    "the request refused during the outage stored nothing");
            registry.student(registry.ministry());
            deployer.undeploy(CONTAINER);
        } finally {
            controller.stop(CONTAINER);
            database.close();
            FileTrees.delete(data);
        }
    }



    private static int health(String path) throws IOException, InterruptedException {
        int managementPort = Integer.getInteger("kontingent.it.restart.management.port");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path))
                .timeout(Duration.ofSeconds(30)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static <T> T eventually(Supplier<T> call, java.util.function.Predicate<T> done, Duration patience)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        T last = call.get();
        while (!done.test(last) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            last = call.get();
        }
        return last;
    }

    private static long count(Database database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.migrationUser(), database.migrationPassword());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
