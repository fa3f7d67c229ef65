package ru.kontingent.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Conditional updates: a PUT carrying {@code If-Match}, as a client holding an ETag sends it. */
public final class Updates {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Updates() {
    }

    /** PUT with {@code If-Match: ifMatch} (sent as given, e.g. {@code "3"} with its quotes). */
    public static Reply putIfMatch(Api api, String path, String token, String ifMatch, Object body) {
        HttpRequest request = HttpRequest.newBuilder(api.base().resolve(path)).timeout(Duration.ofSeconds(60))
                .PUT(HttpRequest.BodyPublishers.ofString(Api.json(body)))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("If-Match", ifMatch)
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
