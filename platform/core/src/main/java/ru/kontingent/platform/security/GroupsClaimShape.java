package ru.kontingent.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.jwt.JsonWebToken;
import ru.kontingent.platform.problem.ProblemResponses;
import ru.kontingent.platform.problem.StatusProblems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * MP-JWT turns a {@code groups} claim given as a plain string into a one-role set. Our issuer always
 * sends an array of strings; anything else is a token we did not issue the way we issue them, so
 * it is refused (401) before any role check can read it.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION + 100)
public class GroupsClaimShape implements ContainerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    JsonWebToken token;

    @Override
    public void filter(ContainerRequestContext request) {
        String raw = token.getRawToken();
        if (raw == null) {
            return;
        }
        if (!groupsAreAnArrayOfStrings(raw)) {
            request.abortWith(ProblemResponses.of(StatusProblems.of(401)));
        }
    }

    static boolean groupsAreAnArrayOfStrings(String rawToken) {
        String[] parts = rawToken.split("\\.");
        if (parts.length < 2) {
            return false;
        }
        try {
            JsonNode groups = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)).get("groups");
            if (groups == null) {
                return true;
            }
            if (!groups.isArray()) {
                return false;
            }
            for (JsonNode group : groups) {
                if (!group.isTextual()) {
                    return false;
                }
            }
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
