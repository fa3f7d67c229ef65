package ru.kontingent.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** Reads an issuer's OpenID Provider Configuration (RFC 8414 / OIDC Discovery 1.0). */
final class OidcDiscovery {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    OidcEndpoints discover(URI issuer) {
        String base = issuer.toString().replaceAll("/+$", "");
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/.well-known/openid-configuration"))
                .timeout(TIMEOUT).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new ProviderUnavailableException("discovery at " + request.uri() + " answered " + response.statusCode());
            }
            return parse(response.body());
        } catch (IOException e) {
            throw new ProviderUnavailableException("discovery at " + request.uri() + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailableException("interrupted");
        }
    }

    static OidcEndpoints parse(String document) throws IOException {
        JsonNode json = JSON.readTree(document);
        return new OidcEndpoints(required(json, "authorization_endpoint"), required(json, "token_endpoint"),
                Optional.ofNullable(json.get("end_session_endpoint")).map(JsonNode::asText).map(URI::create));
    }

    private static URI required(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual()) {
            throw new ProviderUnavailableException("discovery document has no " + field);
        }
        return URI.create(value.asText());
    }

    /** The provider could not be asked; the console says so instead of offering a broken sign-in. */
    static final class ProviderUnavailableException extends RuntimeException {
        ProviderUnavailableException(String message) {
            super(message);
        }
    }
}
