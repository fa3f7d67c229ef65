package ru.kontingent.devtools;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The roles of the API contract, as they appear in the {@code groups} claim. */
public enum Role {
    FEDERAL_OPERATOR("federal-operator", false, false, false),
    REGIONAL_ADMIN("regional-admin", true, false, false),
    EDUCATION_MINISTRY("education-ministry", true, false, false),
    HEALTH_MINISTRY("health-ministry", true, false, false),
    SCHOOL_OPERATOR("school-operator", true, true, false),
    // A parent on the federal portal is not bound to one region.
    CITIZEN("citizen", false, false, true);

    private final String claim;
    private final boolean needsRegion;
    private final boolean needsOrg;
    private final boolean needsSnils;

    Role(String claim, boolean needsRegion, boolean needsOrg, boolean needsSnils) {
        this.claim = claim;
        this.needsRegion = needsRegion;
        this.needsOrg = needsOrg;
        this.needsSnils = needsSnils;
    }

    public String claim() {
        return claim;
    }

    /** Whether the API contract requires a {@code region} claim for this role. */
    public boolean needsRegion() {
        return needsRegion;
    }

    public boolean needsOrg() {
        return needsOrg;
    }

    public boolean needsSnils() {
        return needsSnils;
    }

    public static Role fromClaim(String claim) {
        return Arrays.stream(values())
                .filter(role -> role.claim.equals(claim))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown role '" + claim + "'; known: " + claimList()));
    }

    public static String claimList() {
        return Arrays.stream(values()).map(Role::claim).collect(Collectors.joining(", "));
    }
}
