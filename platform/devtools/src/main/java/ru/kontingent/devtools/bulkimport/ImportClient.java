package ru.kontingent.devtools.bulkimport;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;
import ru.kontingent.devtools.synthetic.StudentFileFormat;

/** The two HTTP calls of the bulk import, with the caller's bearer token. */
final class ImportClient {

    static final String IMPORT_PATH = "/api/registry/import";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration POLL_TIMEOUT = Duration.ofSeconds(30);
    private static final String ACCEPT = "application/json, application/problem+json";

    private final HttpClient http;
    private final URI importUri;
    private final String token;

    ImportClient(String baseUrl, String token) {
        // HTTP/1.1: the JDK client would otherwise try an h2c upgrade, which servers answer unevenly.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .build();
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.importUri = URI.create(base + IMPORT_PATH);
        this.token = token;
    }

    URI importUri() {
        return importUri;
    }

    /**
     * Sends the file as the request body straight from disk. {@code Expect: 100-continue} lets the
     * server refuse a bad token or media type before a gigabyte goes up for nothing.
     */
    CompletableFuture<HttpResponse<String>> upload(Path file, StudentFileFormat format, Charset charset, LongAdder sent)
            throws FileNotFoundException {
        HttpRequest request = HttpRequest.newBuilder(importUri)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", format.mediaType(charset))
                .header("Accept", ACCEPT)
                .expectContinue(true)
                .POST(new CountingBodyPublisher(HttpRequest.BodyPublishers.ofFile(file), sent))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .header("Accept", ACCEPT)
                .timeout(POLL_TIMEOUT)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
