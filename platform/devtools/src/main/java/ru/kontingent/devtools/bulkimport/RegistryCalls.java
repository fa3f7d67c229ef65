package ru.kontingent.devtools.bulkimport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/** The registry calls an import needs around it, such as registering the school it enrolls into. */
public final class RegistryCalls {

    static final String ORGANIZATIONS_PATH = "/api/registry/organizations";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String baseUrl;
    private final String token;

    public RegistryCalls(String baseUrl, String token) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.token = token;
    }

    /**
     * {@code POST /api/registry/organizations} with the given JSON body.
     *
     * @return the new organization's id
     * @throws IOException when the server does not answer 201 with an id, with its problem's words
     */
    public UUID registerOrganization(String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + ORGANIZATIONS_PATH))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (answer.statusCode() != 201 && answer.statusCode() != 200) {
            throw new IOException("registering the organization failed: HTTP " + answer.statusCode() + " "
                    + abbreviated(answer.body()));
        }
        try {
            String id = JsonObject.parse(answer.body()).text("id")
                    .orElseThrow(() -> new IllegalArgumentException("no id"));
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new IOException("the organization was registered but the answer has no id: "
                    + abbreviated(answer.body()), e);
        }
    }

    private static String abbreviated(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() <= 400 ? flat : flat.substring(0, 400) + "...";
    }
}
