package ru.kontingent.server.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The console's sign-in settings with the provider's endpoints resolved once: discovery is asked on
 * first use and again only after it failed, so a provider that starts after the server is found.
 */
@ApplicationScoped
public class ConsoleSignIn {

    @Inject
    Config config;

    private final OidcDiscovery discovery = new OidcDiscovery();
    private final AtomicReference<OidcEndpoints> resolved = new AtomicReference<>();

    public ConsoleSettings settings() {
        return ConsoleSettings.from(config);
    }

    /** Empty when sign-in is not configured; throws when the provider cannot be reached. */
    public Optional<OidcEndpoints> endpoints() {
        ConsoleSettings settings = settings();
        if (!settings.configured()) {
            return Optional.empty();
        }
        OidcEndpoints known = resolved.get();
        if (known == null) {
            Optional<OidcEndpoints> discovered = needsDiscovery(settings)
                    ? Optional.of(discovery.discover(settings.issuer().orElseThrow()))
                    : Optional.empty();
            known = OidcEndpoints.merge(settings, discovered);
            resolved.set(known);
        }
        return Optional.of(known);
    }

    private static boolean needsDiscovery(ConsoleSettings settings) {
        return settings.issuer().isPresent()
                && (settings.authorizationEndpoint().isEmpty() || settings.tokenEndpoint().isEmpty()
                || settings.endSessionEndpoint().isEmpty());
    }
}
