package ru.kontingent.server.console;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * The console holds tokens that open children's data, so its pages run only the scripts it ships
 * (no inline script, no third-party origin) and may talk only to the API and the sign-in provider.
 */
@WebFilter("/console/*")
public class ConsoleHeadersFilter extends HttpFilter {

    @Inject
    ConsoleSignIn signIn;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", ContentSecurityPolicy.forConsole(knownEndpoints()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, response);
    }

    private Optional<OidcEndpoints> knownEndpoints() {
        try {
            return signIn.endpoints();
        } catch (RuntimeException unavailable) {
            return Optional.empty();
        }
    }
}
