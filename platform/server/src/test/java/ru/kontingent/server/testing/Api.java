package ru.kontingent.server.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain HTTP client for the API: what an integration partner would use, nothing from the server. */
public final class Api {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;

    public Api(URI base) {
        this.base = base;
    }

    public Reply get(String path, String token) {
        return send("GET", path, token, null, null);
    }

    public Reply post(String path, String token, Object body) {
        return send("POST", path, token, "application/json", json(body));
    }

    public Reply put(String path, String token, Object body) {
        return send("PUT", path, token, "application/json", json(body));
    }

    /** Sends exactly what it is given: raw bodies and media types for the hostile-input tests. */
    public Reply send(String method, String path, String token, String contentType, String body) {
        return exchange(method, path, token, contentType,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body), null);
    }

    /** A PUT with {@code If-Match} sent as given (e.g. {@code "3"} with its quotes). */
    public Reply putIfMatch(String path, String token, String ifMatch, Object body) {
        return exchange("PUT", path, token, "application/json", HttpRequest.BodyPublishers.ofString(json(body)), ifMatch);
    }

    /** Sends a raw text body, with {@code If-Match} when given (null for none). */
    public Reply sendText(String method, String path, String token, String contentType, String body, String ifMatch) {
        return exchange(method, path, token, contentType, HttpRequest.BodyPublishers.ofString(body), ifMatch);
    }

    /** Sends raw bytes, for uploads in a declared charset. */
    public Reply sendBytes(String method, String path, String token, String contentType, byte[] body) {
        return exchange(method, path, token, contentType, HttpRequest.BodyPublishers.ofByteArray(body), null);
    }

    private Reply exchange(String method, String path, String token, String contentType, HttpRequest.BodyPublisher body,
                           String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120))
                .method(method, body).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A file download (CSV, XLSX): the body as bytes, untouched by any charset. */
    public record Download(int status, HttpHeaders headers, byte[] body) {
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Download download(String path, String token) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120)).GET()
                .header("Authorization", "Bearer " + token).build();
        try {
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI base() {
        return base;
    }

    static String json(Object body) {
        if (body == null) {
            return null;
        }
        if (body instanceof String text) {
            return text;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
