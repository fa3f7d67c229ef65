package ru.kontingent.devtools.bulkimport;

import java.util.List;

/** An {@code application/problem+json} answer (RFC 9457) with the registry's {@code errors} extension. */
record Problem(String type, String title, int status, String detail, List<ImportError> errors) {

    static Problem from(int status, JsonObject json) {
        return new Problem(json.text("type").orElse(null), json.text("title").orElse(null),
                (int) json.numberOr("status", status), json.text("detail").orElse(null),
                json.objects("errors").stream().map(ImportError::from).toList());
    }

    /** A refusal whose body is not problem+json (a proxy's page, an older server's 404). */
    static Problem withoutDetails(int status) {
        return new Problem(null, null, status, null, List.of());
    }
}
