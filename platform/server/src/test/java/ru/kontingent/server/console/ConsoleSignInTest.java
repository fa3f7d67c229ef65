package ru.kontingent.server.console;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the console's provider endpoints and its Content-Security-Policy are derived. */
class ConsoleSignInTest {

    private static final URI ISSUER = URI.create("https://idp.example/realms/kontingent");
    private static final String DISCOVERY = """
            {"issuer":"https://idp.example/realms/kontingent",
             "authorization_endpoint":"https://idp.example/realms/kontingent/protocol/openid-connect/auth",
             "token_endpoint":"https://tokens.example:8443/realms/kontingent/protocol/openid-connect/token",
             "end_session_endpoint":"https://idp.example/realms/kontingent/protocol/openid-connect/logout"}
            """;

    private static ConsoleSettings settings(Optional<URI> issuer, Optional<URI> authorization, Optional<URI> token) {
        return new ConsoleSettings(issuer, "kontingent-console", "openid", authorization, token, Optional.empty());
    }

    @Test
    void discoveredEndpointsAreUsedUnlessGivenExplicitly() throws Exception {
        OidcEndpoints discovered = OidcDiscovery.parse(DISCOVERY);
        OidcEndpoints merged = OidcEndpoints.merge(settings(Optional.of(ISSUER), Optional.empty(),
                Optional.of(URI.create("https://broker.example/token"))), Optional.of(discovered));

        assertEquals(discovered.authorization(), merged.authorization());
        assertEquals(URI.create("https://broker.example/token"), merged.token());
        assertEquals(discovered.endSession(), merged.endSession());
    }

    @Test
    void withoutAnIssuerBothEndpointsMustBeGiven() {
        assertFalse(settings(Optional.empty(), Optional.of(URI.create("https://esia.example/aas/oauth2/ac")), Optional.empty()).configured());
        assertTrue(settings(Optional.empty(), Optional.of(URI.create("https://esia.example/aas/oauth2/ac")),
                Optional.of(URI.create("https://esia.example/aas/oauth2/te"))).configured());
        assertThrows(IllegalStateException.class, () -> OidcEndpoints.merge(
                settings(Optional.empty(), Optional.of(URI.create("https://esia.example/ac")), Optional.empty()), Optional.empty()));
    }

    @Test
    void aDiscoveryDocumentWithoutATokenEndpointIsRefused() {
        assertThrows(OidcDiscovery.ProviderUnavailableException.class,
                () -> OidcDiscovery.parse("{\"authorization_endpoint\":\"https://idp.example/auth\"}"));
    }

    @Test
    void thePolicyOpensOnlyTheProvidersOrigins() throws Exception {
        String policy = ContentSecurityPolicy.forConsole(Optional.of(OidcDiscovery.parse(DISCOVERY)));

        assertTrue(policy.contains("script-src 'self';"), policy);
        assertTrue(policy.contains("connect-src 'self' https://tokens.example:8443;"), policy);
        assertTrue(policy.contains("form-action 'self' https://idp.example;"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertFalse(policy.contains("unsafe-inline"), policy);
    }

    @Test
    void withoutAProviderThePolicyIsSelfOnly() {
        String policy = ContentSecurityPolicy.forConsole(Optional.empty());
        assertTrue(policy.contains("connect-src 'self';"), policy);
        assertTrue(policy.contains("form-action 'self';"), policy);
    }
}
