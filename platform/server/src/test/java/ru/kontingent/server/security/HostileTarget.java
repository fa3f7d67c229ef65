package ru.kontingent.server.security;

import java.util.Map;
import java.util.function.Supplier;

/**
 * One endpoint with a body, as the hostile-input test attacks it: where and as whom to send, a
 * valid body to spoil, the SQL that counts what a successful call would store, and for
 * conditional updates where to read the current ETag.
 *
 * @param countSql  a count that a rejected request must leave as it was
 * @param etagPath  GET path whose ETag an update must carry, or null
 */
record HostileTarget(String name, String method, String path, Supplier<String> token, Map<String, Object> validBody,
                     String countSql, String etagPath) {
}
