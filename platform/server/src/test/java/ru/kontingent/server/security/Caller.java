package ru.kontingent.server.security;

import java.util.Arrays;
import java.util.List;

/** The callers of the authorization matrix and the variants each is tried in (see authorization-policy.yaml). */
enum Caller {
    FEDERAL_OPERATOR("federal-operator", "any"),
    REGIONAL_ADMIN("regional-admin", "own-region", "other-region"),
    EDUCATION_MINISTRY("education-ministry", "own-region", "other-region"),
    HEALTH_MINISTRY("health-ministry", "own-region", "other-region"),
    SCHOOL_OPERATOR("school-operator", "own-org", "other-org", "other-region"),
    CITIZEN("citizen", "own-child", "other-family", "other-region"),
    NO_ROLE("no-role", "own-region");

    private final String name;
    private final List<String> variants;

    Caller(String name, String... variants) {
        this.name = name;
        this.variants = List.of(variants);
    }

    String policyName() {
        return name;
    }

    List<String> variants() {
        return variants;
    }

    static Caller named(String name) {
        return Arrays.stream(values()).filter(caller -> caller.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown caller '" + name + "'"));
    }
}
