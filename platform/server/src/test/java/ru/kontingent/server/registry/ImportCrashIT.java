package ru.kontingent.server.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import ru.kontingent.server.testing.Api;
import ru.kontingent.server.testing.Regions;
import ru.kontingent.server.testing.RegistryCalls;
import ru.kontingent.server.testing.RestartableServer;
import ru.kontingent.server.testing.SecondServerIT;
import ru.kontingent.server.testing.Sql;
import ru.kontingent.server.testing.TestEnvironment;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.kontingent.server.testing.RegistryData.aStudent;

/**
 * The server killed (SIGKILL, no shutdown of any kind) in the middle of a bulk import job: after
 * a restart the job says INTERRUPTED instead of running forever, and resending the same file
 * completes it with every student stored exactly once (students, federal index, audit).
 */
class ImportCrashIT extends SecondServerIT {

    private static final Api server = new Api(URI.create("http://127.0.0.1:" + TestEnvironment.restartHttpPort()));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LINES = 20_000;

    @Test
    void aResendAfterAKillCompletesTheImportWithoutDuplicates() throws Exception {
        controller.start(CONTAINER, RestartableServer.configuration());
        try {
            deployer.deploy(CONTAINER);
            String region = Regions.onboard(server, "crash", 1);
            String ministry = new RegistryCalls(server, region).ministry();
            String file = file();

            URI job = URI.create(server.send("POST", "/api/registry/import", ministry, "application/x-ndjson", file)
                    .assertStatus(202).header("Location"));
            JsonNode before = awaitProgress(job, ministry);
            assertEquals("RUNNING", before.path("state").asText(), () -> "killed too late: " + before);

            killServer();
            stopQuietly();
            controller.start(CONTAINER, RestartableServer.configuration());

            JsonNode interrupted = server.get(job.getPath(), ministry).assertStatus(200).json();
            assertEquals("INTERRUPTED", interrupted.path("state").asText(), interrupted::toString);
            long stored = Sql.count("select count(*) from region_" + region + ".student");
            assertTrue(stored > 0 && stored < LINES, () -> stored + " students stored before the kill");
            assertTrue(interrupted.path("stoppedAtLine").asLong() <= stored + 1, interrupted::toString);

            URI resent = URI.create(server.send("POST", "/api/registry/import", ministry, "application/x-ndjson", file)
                    .assertStatus(202).header("Location"));
            JsonNode done = await(resent, ministry);
            assertEquals("COMPLETED", done.path("state").asText(), done::toString);
            assertEquals(LINES - stored, done.path("accepted").asLong(), done::toString);
            assertEquals(stored, done.path("unchanged").asLong(), done::toString);
            assertEquals(0, done.path("rejected").asLong());

            String schema = "region_" + region;
            assertEquals(LINES, Sql.count("select count(*) from " + schema + ".student"));
            assertEquals(LINES, Sql.count("select count(distinct snils) from " + schema + ".student"));
            assertEquals(LINES, Sql.count("select count(*) from " + schema + ".representative"));
            assertEquals(LINES, Sql.count("select count(*) from platform.federal_index where region_code = ? and kind = 'REPRESENTATIVE'", region));
            assertEquals(LINES, Sql.count("select count(*) from " + schema + ".audit_event where action = 'CREATE' and subject_type = 'student'"));
            deployer.undeploy(CONTAINER);
        } finally {
            controller.stop(CONTAINER);
        }
    }

    private static String file() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < LINES; i++) {
            body.append(JSON.writeValueAsString(aStudent().build())).append('\n');
        }
        return body.toString();
    }

    /** Waits until at least two batches are stored: a kill then leaves committed and uncommitted work behind. */
    private static JsonNode awaitProgress(URI job, String token) throws InterruptedException {
        JsonNode status;
        long deadline = System.currentTimeMillis() + 300_000;
        do {
            Thread.sleep(50);
            status = server.get(job.getPath(), token).assertStatus(200).json();
        } while (status.path("linesRead").asLong() < 1_000 && status.path("state").asText().equals("RUNNING")
                && System.currentTimeMillis() < deadline);
        return status;
    }

    private static JsonNode await(URI job, String token) throws InterruptedException {
        JsonNode status;
        long deadline = System.currentTimeMillis() + 600_000;
        do {
            Thread.sleep(250);
            status = server.get(job.getPath(), token).assertStatus(200).json();
        } while (status.path("state").asText().equals("RUNNING") && System.currentTimeMillis() < deadline);
        return status;
    }

    /** SIGKILL to the second server's JVM, found by its home directory on the command line. */
    private static void killServer() throws Exception {
        String home = System.getProperty("kontingent.restart.home");
        ProcessHandle jvm = ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().map(line -> line.contains("jboss-modules")
                        && line.contains(home)).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no server process under " + home));
        jvm.destroyForcibly();
        jvm.onExit().get(60, TimeUnit.SECONDS);
    }

    /** Arquillian learns that its server is gone; stopping a dead process may complain. */
    private void stopQuietly() {
        try {
            controller.stop(CONTAINER);
        } catch (RuntimeException alreadyGone) {
            // nothing to stop
        }
    }
}
