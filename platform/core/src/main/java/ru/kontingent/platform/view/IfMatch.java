package ru.kontingent.platform.view;

import ru.kontingent.platform.problem.ProblemException;

/**
 * Optimistic locking over HTTP: an update must name the version it was based on in
 * {@code If-Match} (428 without it, 412 when it is stale). ETags are the entity version, quoted.
 */
public final class IfMatch {

    private IfMatch() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** @return the version the client based its update on */
    public static long requiredVersion(String header) {
        if (header == null || header.isBlank()) {
            throw new PreconditionRequired();
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new StaleVersion();
        }
    }

    public static void check(String header, long currentVersion) {
        if (requiredVersion(header) != currentVersion) {
            throw new StaleVersion();
        }
    }

    /** 428. */
    public static class PreconditionRequired extends ProblemException {
        public PreconditionRequired() {
            super("if-match-required", "Precondition required", 428,
                    "An update must carry If-Match with the ETag of the version it is based on.");
        }
    }

    /** 412. */
    public static class StaleVersion extends ProblemException {
        public StaleVersion() {
            super("stale-version", "Precondition failed", 412,
                    "The object has changed since the version named in If-Match; read it again and retry.");
        }
    }
}
