package ru.kontingent.server.testing;

/** Conditional updates: a PUT carrying {@code If-Match}, as a client holding an ETag sends it. */
public final class Updates {

    private Updates() {
    }

    /** PUT with {@code If-Match: ifMatch} (sent as given, e.g. {@code "3"} with its quotes). */
    public static Reply putIfMatch(Api api, String path, String token, String ifMatch, Object body) {
        return api.putIfMatch(path, token, ifMatch, body);
    }
}
