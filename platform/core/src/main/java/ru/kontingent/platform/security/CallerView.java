package ru.kontingent.platform.security;

import java.util.List;

/**
 * What {@code GET /api/me} tells a caller about its own token: who it is and where it may act. No
 * personal data (a citizen's SNILS stays out), nothing read from the database.
 *
 * @param roles        the known roles of the {@code groups} claim, sorted
 * @param region       the {@code region} claim, null when the token has none (the federal operator)
 * @param organization the {@code org} claim, null but for school operators
 */
public record CallerView(String subject, List<String> roles, String region, String organization) {

    static CallerView of(Caller caller) {
        return new CallerView(caller.subject(), caller.roles().stream().sorted().toList(),
                caller.region().orElse(null), caller.organization().orElse(null));
    }
}
