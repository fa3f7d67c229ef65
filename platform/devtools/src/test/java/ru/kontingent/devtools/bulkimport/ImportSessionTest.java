package ru.kontingent.devtools.bulkimport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.kontingent.devtools.synthetic.StudentFileFormat;

/** The client against a stub of the server's contract, on a loopback port of its own. */
class ImportSessionTest {

    private static final String TOKEN = "test-token";

    @TempDir
    Path dir;

    private HttpServer server;
    private String baseUrl;
    /** What the stub received, for the assertions. */
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile byte[] uploaded;
    private volatile String contentType;
    private volatile String authorization;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void startStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.start();
        baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @AfterEach
    void stopStub() {
        server.stop(0);
    }

    /** The upload endpoint: keeps the body and headers, then answers as told. */
    private void onUpload(int status, String contentTypeOfAnswer, String body, String location) {
        server.createContext("/api/registry/import", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            if (exchange.getRequestMethod().equals("POST")) {
                uploaded = exchange.getRequestBody().readAllBytes();
                contentType = exchange.getRequestHeaders().getFirst("Content-Type");
                authorization = exchange.getRequestHeaders().getFirst("Authorization");
                if (location != null) {
                    exchange.getResponseHeaders().add("Location", location);
                }
                answer(exchange, status, contentTypeOfAnswer, body);
            } else {
                answer(exchange, 405, "text/plain", "");
            }
        });
    }

    /** The job endpoint: answers the given states in turn, the last one for ever. */
    private void onJob(String path, String... states) {
        Deque<String> queue = new ArrayDeque<>(List.of(states));
        server.createContext(path, exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            authorization = exchange.getRequestHeaders().getFirst("Authorization");
            String body = queue.size() > 1 ? queue.poll() : queue.peek();
            answer(exchange, 200, "application/json", body);
        });
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream response = exchange.getResponseBody()) {
            response.write(bytes);
        }
    }

    private Path students(String name, int lines) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            text.append("{\"lastName\":\"Иванов\",\"n\":").append(i).append("}\n");
        }
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private int run(Path file, StudentFileFormat format, Charset charset) throws Exception {
        ImportSession session = new ImportSession(baseUrl, TOKEN, Duration.ofMillis(20),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false);
        return session.run(file, format, charset);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void synchronousSummaryIsPrintedWithItsErrors() throws Exception {
        onUpload(200, "application/json", """
                {"accepted": 2, "rejected": 1, "unchanged": 0, "created": 2, "updated": 0,
                 "errors": [{"line": 3, "field": "snils", "message": "check number does not match"}]}
                """, null);
        Path file = students("three.ndjson", 3);

        assertEquals(0, run(file, StudentFileFormat.NDJSON, StandardCharsets.UTF_8), stderr());

        assertArrayEquals(Files.readAllBytes(file), uploaded, "the file, byte for byte");
        assertEquals("application/x-ndjson", contentType);
        assertEquals("Bearer " + TOKEN, authorization);
        String summary = stdout();
        assertTrue(summary.startsWith("Import finished in "), summary);
        assertTrue(summary.contains(": 3 of 3 lines"), summary);
        assertTrue(summary.contains("accepted             2  (created 2, updated 0)"), summary);
        assertTrue(summary.contains("rejected             1"), summary);
        assertTrue(summary.contains("  line 3, snils: check number does not match"), summary);
        assertTrue(stderr().contains("(3 lines, "), stderr());
    }

    @Test
    void aSynchronousAnswerThatStoppedEarlyIsAFailure() throws Exception {
        onUpload(200, "application/json", """
                {"linesRead": 1, "accepted": 1, "rejected": 0, "unchanged": 0, "stoppedAtLine": 2, "errors": []}
                """, null);

        assertEquals(1, run(students("two.ndjson", 2), StudentFileFormat.NDJSON, StandardCharsets.UTF_8));

        assertTrue(stdout().startsWith("Import FAILED in "), stdout());
        assertTrue(stdout().contains(": 1 of 2 lines"), stdout());
        assertTrue(stdout().contains("stopped at line 2"), stdout());
    }

    @Test
    void aQueuedJobIsFollowedUntilItCompletes() throws Exception {
        onUpload(202, "application/json", "{\"id\": \"job-1\", \"state\": \"RUNNING\"}", "/api/registry/import/job-1");
        onJob("/api/registry/import/job-1",
                job("RUNNING", 0, 0, 0, "[]", 0),
                job("RUNNING", 2, 2, 0, "[]", 0),
                job("COMPLETED", 4, 3, 1, "[{\"line\": 4, \"field\": \"birthDate\", \"message\": \"must be in the past\"}]", 1));
        Path file = Files.writeString(dir.resolve("four.csv"), "lastName;firstName\nА;Б\nВ;Г\nД;Е\nЖ;З\n",
                Charset.forName("windows-1251"));

        assertEquals(0, run(file, StudentFileFormat.CSV, Charset.forName("windows-1251")), stderr());

        assertEquals("text/csv; charset=windows-1251", contentType);
        assertArrayEquals(Files.readAllBytes(file), uploaded);
        assertEquals("Bearer " + TOKEN, authorization, "polls carry the token too");
        assertTrue(requests.stream().filter(r -> r.equals("GET /api/registry/import/job-1")).count() >= 3, requests.toString());
        assertTrue(stderr().contains("queued as " + baseUrl + "api/registry/import/job-1"), stderr());
        assertTrue(stderr().contains("[####################] 100%  lines 4/4  accepted 3  rejected 1  unchanged 0"),
                stderr());
        String summary = stdout();
        assertTrue(summary.startsWith("Import COMPLETED in "), summary);
        assertTrue(summary.contains(": 4 of 4 lines"), summary);
        assertTrue(summary.contains("  line 4, birthDate: must be in the past"), summary);
    }

    @Test
    void theFiguresOfARunAreKeptForTheBenchmark() throws Exception {
        onUpload(202, "application/json", "{}", "/api/registry/import/job-3");
        onJob("/api/registry/import/job-3", """
                {"id": "job-3", "state": "COMPLETED", "linesTotal": 3, "linesRead": 3, "accepted": 2, "rejected": 0,
                 "unchanged": 1, "startedAt": "2026-11-29T20:40:00.250+03:00", "finishedAt": "2026-11-29T17:40:12.750Z",
                 "errors": {"items": [], "page": 0, "size": 100, "total": 0}}
                """);
        ImportSession session = new ImportSession(baseUrl, TOKEN, Duration.ofMillis(20),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false);

        ImportResult result = session.execute(students("three.ndjson", 3), StudentFileFormat.NDJSON,
                StandardCharsets.UTF_8);

        assertTrue(result.completed());
        assertEquals("COMPLETED", result.outcome());
        assertEquals(3, result.linesTotal());
        assertEquals(3, result.linesDone());
        assertEquals(2, result.accepted());
        assertEquals(1, result.unchanged());
        assertTrue(result.seconds() > 0);
        assertEquals(12.5, result.serverSeconds().getAsDouble(), 1e-9, "startedAt..finishedAt, offsets honoured");
    }

    @Test
    void aRefusedRunHasNoFigures() throws Exception {
        onUpload(401, "application/json", "", null);
        ImportSession session = new ImportSession(baseUrl, TOKEN, Duration.ofMillis(20),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false);

        ImportResult result = session.execute(students("one.ndjson", 1), StudentFileFormat.NDJSON,
                StandardCharsets.UTF_8);

        assertEquals(1, result.exitCode());
        assertEquals("refused", result.outcome());
        assertTrue(result.serverSeconds().isEmpty());
    }

    @Test
    void aFailedJobExitsWithOneAndSaysWhereItStopped() throws Exception {
        // An absolute Location this time; the first test follows a relative one.
        onUpload(202, "application/json", "{}", baseUrl + "api/registry/import/job-2");
        onJob("/api/registry/import/job-2", """
                {"id": "job-2", "state": "FAILED", "linesRead": 1, "accepted": 1, "rejected": 0, "unchanged": 0,
                 "stoppedAtLine": 2, "errors": {"items": [], "page": 0, "size": 20, "total": 0}}
                """);

        assertEquals(1, run(students("two.ndjson", 2), StudentFileFormat.NDJSON, StandardCharsets.UTF_8));

        assertTrue(stdout().startsWith("Import FAILED in "), stdout());
        assertTrue(stdout().contains("stopped at line 2"), stdout());
    }

    @Test
    void aRefusalPrintsTheProblemAndExitsWithOne() throws Exception {
        onUpload(415, "application/problem+json", """
                {"type": "https://kontingent.dev/problems/unsupported-media-type", "title": "Unsupported Media Type",
                 "status": 415, "detail": "The import reads application/x-ndjson or text/csv.",
                 "errors": [{"field": "Content-Type", "message": "not supported"}]}
                """, null);

        assertEquals(1, run(students("one.ndjson", 1), StudentFileFormat.NDJSON, StandardCharsets.UTF_8));

        String problem = stderr();
        assertTrue(problem.contains("kontingent: import refused: HTTP 415 Unsupported Media Type"), problem);
        assertTrue(problem.contains("  The import reads application/x-ndjson or text/csv."), problem);
        assertTrue(problem.contains("  Content-Type: not supported"), problem);
        assertEquals("", stdout());
    }

    @Test
    void aRefusalWithoutProblemDetailsStillSaysWhatHappened() throws Exception {
        onUpload(404, "text/html", "<html>Not Found</html>", null);

        assertEquals(1, run(students("one.ndjson", 1), StudentFileFormat.NDJSON, StandardCharsets.UTF_8));

        assertTrue(stderr().contains("import refused: HTTP 404"), stderr());
        assertTrue(stderr().contains("does this server have /api/registry/import yet?"), stderr());
    }

    @Test
    void noServerIsAnErrorThatSaysSo() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        baseUrl = "http://127.0.0.1:" + closedPort;
        Path file = students("one.ndjson", 1);

        IOException error = assertThrows(IOException.class, () -> run(file, StudentFileFormat.NDJSON,
                StandardCharsets.UTF_8));
        assertTrue(error.getMessage().contains("is the server running?"), error.getMessage());
    }

    private static String job(String state, long linesRead, long accepted, long rejected, String items, long total) {
        return String.format("{\"id\": \"job-1\", \"state\": \"%s\", \"linesRead\": %d, \"accepted\": %d, "
                + "\"rejected\": %d, \"unchanged\": 0, \"errors\": {\"items\": %s, \"page\": 0, \"size\": 20, "
                + "\"total\": %d}}", state, linesRead, accepted, rejected, items, total);
    }
}
