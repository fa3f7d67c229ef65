package ru.kontingent.server.console;

import java.util.Optional;
import java.util.Set;

/** The console's Content-Security-Policy header value. */
final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {
    }

    static String forConsole(Optional<OidcEndpoints> endpoints) {
        String connect = join("'self'", endpoints.map(OidcEndpoints::connectOrigins).orElse(Set.of()));
        String forms = join("'self'", endpoints.map(OidcEndpoints::navigationOrigins).orElse(Set.of()));
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src " + connect + "; form-action " + forms + "; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
    }

    private static String join(String first, Set<String> origins) {
        StringBuilder value = new StringBuilder(first);
        origins.forEach(origin -> value.append(' ').append(origin));
        return value.toString();
    }
}
