package ru.kontingent.server.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * {@code /console/config.json}: what the console needs before anyone signs in (the provider's
 * endpoints and the client id). Public by necessity, so it holds nothing secret: the console is a
 * public client and PKCE, not a client secret, protects the code exchange.
 */
@WebServlet("/console/config.json")
public class ConsoleConfigServlet extends HttpServlet {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ConsoleSignIn signIn;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        ObjectNode body = JSON.createObjectNode();
        try {
            Optional<OidcEndpoints> endpoints = signIn.endpoints();
            if (endpoints.isEmpty()) {
                body.put("signIn", "none");
            } else {
                ConsoleSettings settings = signIn.settings();
                body.put("signIn", "oidc");
                body.put("clientId", settings.clientId());
                body.put("scope", settings.scope());
                body.put("authorizationEndpoint", endpoints.get().authorization().toString());
                body.put("tokenEndpoint", endpoints.get().token().toString());
                endpoints.get().endSession().ifPresent(uri -> body.put("endSessionEndpoint", uri.toString()));
            }
        } catch (OidcDiscovery.ProviderUnavailableException e) {
            getServletContext().log("console sign-in provider unavailable: " + e.getMessage());
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            body.put("signIn", "unavailable");
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getWriter(), body);
    }
}
