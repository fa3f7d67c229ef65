package ru.kontingent.platform.problem;

import java.util.Map;

/** Generic problems for a bare HTTP status, used where no named exception says more. */
public final class StatusProblems {

    private record Text(String slug, String title, String detail) {
    }

    private static final Map<Integer, Text> TEXTS = Map.ofEntries(
            Map.entry(400, new Text("bad-request", "Bad request", "The request is not valid.")),
            Map.entry(401, new Text("unauthorized", "Unauthorized", "A valid bearer token is required.")),
            Map.entry(403, new Text("forbidden", "Forbidden", "The caller may not perform this operation.")),
            Map.entry(404, new Text("not-found", "Not found", "No such resource.")),
            Map.entry(405, new Text("method-not-allowed", "Method not allowed", "The method is not allowed on this resource.")),
            Map.entry(406, new Text("not-acceptable", "Not acceptable", "The requested media type cannot be produced.")),
            Map.entry(409, new Text("conflict", "Conflict", "The request conflicts with the current state.")),
            Map.entry(413, new Text("payload-too-large", "Payload too large", "The request body is too large.")),
            Map.entry(415, new Text("unsupported-media-type", "Unsupported media type", "The request body media type is not supported.")),
            Map.entry(503, new Text("unavailable", "Service unavailable", "The service is temporarily unavailable.")));

    private StatusProblems() {
    }

    public static Problem of(int status) {
        Text text = TEXTS.get(status);
        if (text == null) {
            return status >= 500
                    ? Problem.of("internal", "Internal error", status, "The server could not complete the request.")
                    : Problem.of("client-error", "Client error", status, "The request could not be processed.");
        }
        return Problem.of(text.slug(), text.title(), status, text.detail());
    }
}
