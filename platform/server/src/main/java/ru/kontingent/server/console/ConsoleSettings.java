package ru.kontingent.server.console;

import org.eclipse.microprofile.config.Config;

import java.net.URI;
import java.util.Optional;

/**
 * How the web console signs people in, from MicroProfile Config. The console is a public OIDC
 * client (authorization code with PKCE); the provider is Keycloak in tests and ESIA or any other
 * OIDC provider in production. Endpoints are discovered from the issuer unless given explicitly,
 * since some providers (ESIA among them) publish no discovery document.
 */
public record ConsoleSettings(Optional<URI> issuer, String clientId, String scope,
                              Optional<URI> authorizationEndpoint, Optional<URI> tokenEndpoint,
                              Optional<URI> endSessionEndpoint) {

    static final String PREFIX = "kontingent.console.oidc.";

    public static ConsoleSettings from(Config config) {
        return new ConsoleSettings(
                uri(config, "issuer"),
                config.getOptionalValue(PREFIX + "client-id", String.class).orElse("kontingent-console"),
                config.getOptionalValue(PREFIX + "scope", String.class).orElse("openid"),
                uri(config, "authorization-endpoint"),
                uri(config, "token-endpoint"),
                uri(config, "end-session-endpoint"));
    }

    /** Sign-in is possible once both endpoints are known, explicitly or through the issuer. */
    public boolean configured() {
        return issuer.isPresent() || (authorizationEndpoint.isPresent() && tokenEndpoint.isPresent());
    }

    private static Optional<URI> uri(Config config, String name) {
        return config.getOptionalValue(PREFIX + name, String.class)
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .map(URI::create);
    }
}
