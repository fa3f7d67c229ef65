package ru.kontingent.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real Keycloak (the Maven Central distribution, unpacked by the build) on loopback with the
 * project's test realm, standing in for ESIA. Started once per test JVM, on demand, and stopped
 * with it. Users' region, organization and SNILS are set per test through the admin API, so each
 * test signs people into regions of its own.
 */
public final class KeycloakServer {

    public static final String REALM = "kontingent";
    public static final String CLIENT_ID = "kontingent-console";
    public static final String PASSWORD = "kontingent";
    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "admin-" + java.util.UUID.randomUUID();
    private static final Duration STARTUP = Duration.ofMinutes(4);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static KeycloakServer running;

    private final Process process;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    private KeycloakServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Where the build unpacked the distribution; empty when it did not (then the caller skips). */
    public static Optional<Path> home() {
        String home = System.getProperty("kontingent.keycloak.home");
        return Optional.ofNullable(home).map(Path::of).filter(path -> Files.isExecutable(path.resolve("bin/kc.sh")));
    }

    /** Started once; {@code consoleUrl} is the console's base URL that sign-in may redirect to. */
    public static synchronized KeycloakServer start(String consoleUrl) {
        if (running != null) {
            return running;
        }
        Path home = home().orElseThrow(() -> new IllegalStateException("Keycloak distribution not unpacked"));
        int port = 18080 + TestEnvironment.portOffset();
        try {
            Path imports = home.resolve("data/import");
            FileTrees.delete(home.resolve("data/h2"));
            Files.createDirectories(imports);
            Files.copy(Path.of("src/test/resources/keycloak/kontingent-realm.json"), imports.resolve("kontingent-realm.json"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Path log = Path.of(System.getProperty("kontingent.build.dir", "target")).resolve("keycloak.log");
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + port, "--http-management-port=" + (19000 + TestEnvironment.portOffset()),
                    "--import-realm")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            builder.environment().put("KONTINGENT_CONSOLE_URL", consoleUrl);
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            KeycloakServer server = new KeycloakServer(builder.start(), port);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "keycloak-stop"));
            server.awaitRealm(log);
            running = server;
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String issuer() {
        return "http://127.0.0.1:" + port + "/realms/" + REALM;
    }

    public String jwksUrl() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    /** Sets a user's attributes (claims region, org, snils), replacing the ones named. */
    public void setAttributes(String username, Map<String, String> attributes) {
        String token = adminToken();
        String users = "http://127.0.0.1:" + port + "/admin/realms/" + REALM + "/users";
        JsonNode found = send(HttpRequest.newBuilder(URI.create(users + "?exact=true&username=" + username))
                .header("Authorization", "Bearer " + token).GET().build());
        ObjectNode user = (ObjectNode) found.get(0);
        ObjectNode current = user.has("attributes") ? (ObjectNode) user.get("attributes") : user.putObject("attributes");
        attributes.forEach((name, value) -> current.set(name, JSON.valueToTree(List.of(value))));
        send(HttpRequest.newBuilder(URI.create(users + "/" + user.get("id").asText()))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(user.toString())).build());
    }

    private String adminToken() {
        String form = "grant_type=password&client_id=admin-cli&username=" + ADMIN + "&password="
                + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build()).get("access_token").asText();
    }

    private JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitRealm(Path log) throws IOException {
        Instant deadline = Instant.now().plus(STARTUP);
        URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(discovery).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        stop();
        throw new IllegalStateException("Keycloak did not serve the realm within " + STARTUP + "; see " + log);
    }

    private void stop() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
