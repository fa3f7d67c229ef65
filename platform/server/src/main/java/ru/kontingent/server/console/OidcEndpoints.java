package ru.kontingent.server.console;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** Where the console sends the browser to sign in and where it redeems the code. */
public record OidcEndpoints(URI authorization, URI token, Optional<URI> endSession) {

    /** Explicit settings win over the discovery document, endpoint by endpoint. */
    static OidcEndpoints merge(ConsoleSettings settings, Optional<OidcEndpoints> discovered) {
        URI authorization = settings.authorizationEndpoint()
                .or(() -> discovered.map(OidcEndpoints::authorization))
                .orElseThrow(() -> new IllegalStateException("no authorization endpoint: set " + ConsoleSettings.PREFIX + "issuer"));
        URI token = settings.tokenEndpoint()
                .or(() -> discovered.map(OidcEndpoints::token))
                .orElseThrow(() -> new IllegalStateException("no token endpoint: set " + ConsoleSettings.PREFIX + "issuer"));
        Optional<URI> endSession = settings.endSessionEndpoint().or(() -> discovered.flatMap(OidcEndpoints::endSession));
        return new OidcEndpoints(authorization, token, endSession);
    }

    /** Origins the console's scripts may call besides its own (the token endpoint, fetched by PKCE). */
    Set<String> connectOrigins() {
        Set<String> origins = new LinkedHashSet<>();
        origins.add(origin(token));
        return origins;
    }

    /** Origins the browser may be sent to by a form or a redirect (sign-in and sign-out pages). */
    Set<String> navigationOrigins() {
        Set<String> origins = new LinkedHashSet<>();
        origins.add(origin(authorization));
        endSession.ifPresent(uri -> origins.add(origin(uri)));
        return origins;
    }

    static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
