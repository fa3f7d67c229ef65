package ru.kontingent.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collections;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, read from the verified token only. A claim of the wrong type counts as absent:
 * a region given as a number or an array never becomes a tenant.
 */
@RequestScoped
public class Caller {

    @Inject
    JsonWebToken token;

    /**
     * The token's groups, read once per request: MP-JWT builds a new set from the claims on every
     * {@code getGroups()}, and a request asks for roles many times (role checks, field policy, audit).
     */
    private Set<String> roles;

    public String subject() {
        String name = token.getName();
        return name != null ? name : "unknown";
    }

    public Set<String> roles() {
        if (roles == null) {
            Set<String> groups = token.getGroups();
            roles = groups == null ? Set.of() : Collections.unmodifiableSet(groups);
        }
        return roles;
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    /** The primary role recorded in audit events: the first of the known roles the caller holds. */
    public String mainRole() {
        for (String role : new String[]{Roles.FEDERAL_OPERATOR, Roles.REGIONAL_ADMIN, Roles.EDUCATION_MINISTRY,
                Roles.HEALTH_MINISTRY, Roles.SCHOOL_OPERATOR, Roles.CITIZEN}) {
            if (hasRole(role)) {
                return role;
            }
        }
        return "none";
    }

    public Optional<String> region() {
        return stringClaim("region");
    }

    public Optional<String> organization() {
        return stringClaim("org");
    }

    public Optional<String> snils() {
        return stringClaim("snils");
    }

    private Optional<String> stringClaim(String name) {
        Object value = token.getClaim(name);
        if (value instanceof String text) {
            return Optional.of(text);
        }
        if (value instanceof jakarta.json.JsonString json) {
            return Optional.of(json.getString());
        }
        return Optional.empty();
    }
}
