package ru.kontingent.devtools.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Timed API calls with a bearer token over one kept-alive HTTP/1.1 connection: the time of a call
 * runs from the request sent to the whole body read, as a client sees it.
 */
public final class TimedHttp {

    /** One answer and how long it took. */
    public record Answer(int status, long nanos, String body, Optional<String> reportCache) {

        public double millis() {
            return nanos / 1e6;
        }
    }

    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public Answer get(String url, String token) throws IOException, InterruptedException {
        return send(request(url, token).GET().build());
    }

    public Answer postJson(String url, String token, String json) throws IOException, InterruptedException {
        return send(request(url, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    private static HttpRequest.Builder request(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json");
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long nanos = System.nanoTime() - started;
        return new Answer(answer.statusCode(), nanos, answer.body(), answer.headers().firstValue("X-Report-Cache"));
    }

    /** The answer's body on one line, cut at 300 characters: for error messages. */
    public static String brief(Answer answer) {
        String flat = answer.body().replaceAll("\\s+", " ").strip();
        return "HTTP " + answer.status() + " " + (flat.length() <= 300 ? flat : flat.substring(0, 300) + "...");
    }
}
