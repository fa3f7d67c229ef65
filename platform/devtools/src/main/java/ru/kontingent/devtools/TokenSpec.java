package ru.kontingent.devtools;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a dev token says about its caller. The record itself enforces no role rules on purpose:
 * tests need tokens the server must reject (a school operator without {@code org}, a regional
 * role without {@code region}). The role factories build the well-formed ones.
 *
 * @param sub         subject, also sent as {@code upn}
 * @param groups      role claims, see {@link Role}
 * @param region      tenant code, or null
 * @param org         organization id, or null
 * @param snils       the citizen's SNILS, or null
 * @param lifetime    time from issue to expiry
 * @param extraClaims further claims; may not reuse a name the minter sets itself
 */
public record TokenSpec(String sub, List<String> groups, String region, String org, String snils,
        Duration lifetime, Map<String, Object> extraClaims) {

    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

    /** Claims the minter derives from the fields above or from its own state. */
    static final Set<String> RESERVED_CLAIMS =
            Set.of("iss", "aud", "sub", "upn", "groups", "region", "org", "snils", "iat", "exp", "jti");

    public TokenSpec {
        Objects.requireNonNull(sub, "sub");
        groups = List.copyOf(groups);
        Objects.requireNonNull(lifetime, "lifetime");
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("lifetime must be positive: " + lifetime);
        }
        extraClaims = Map.copyOf(extraClaims);
        for (String name : extraClaims.keySet()) {
            if (RESERVED_CLAIMS.contains(name)) {
                throw new IllegalArgumentException("claim '" + name + "' is set from the spec's own fields");
            }
        }
    }

    /** A token with the given subject and roles and nothing else; a start for unusual cases. */
    public static TokenSpec of(String sub, Role... roles) {
        List<String> groups = Arrays.stream(roles).map(Role::claim).toList();
        return new TokenSpec(sub, groups, null, null, null, DEFAULT_LIFETIME, Map.of());
    }

    public static TokenSpec federalOperator() {
        return of("dev-federal-operator", Role.FEDERAL_OPERATOR);
    }

    public static TokenSpec regionalAdmin(String region) {
        return regional(Role.REGIONAL_ADMIN, region);
    }

    public static TokenSpec educationMinistry(String region) {
        return regional(Role.EDUCATION_MINISTRY, region);
    }

    public static TokenSpec healthMinistry(String region) {
        return regional(Role.HEALTH_MINISTRY, region);
    }

    public static TokenSpec schoolOperator(String region, String org) {
        Objects.requireNonNull(org, "a school operator needs an org");
        return regional(Role.SCHOOL_OPERATOR, region)
                .withSub("dev-school-operator-" + region + "-" + org)
                .withOrg(org);
    }

    /** Region may be null: a parent on the federal portal is not bound to one region. */
    public static TokenSpec citizen(String region, String snils) {
        Objects.requireNonNull(snils, "a citizen needs a snils");
        return of("dev-citizen-" + snils.replaceAll("\\D", ""), Role.CITIZEN)
                .withRegion(region)
                .withSnils(snils);
    }

    /**
     * The well-formed spec for a role: the values the role needs are required, any others given
     * are carried along (a federal operator with a region is a case worth testing too).
     */
    public static TokenSpec forRole(Role role, String region, String org, String snils) {
        TokenSpec spec = switch (role) {
            case FEDERAL_OPERATOR -> federalOperator();
            case REGIONAL_ADMIN -> regionalAdmin(region);
            case EDUCATION_MINISTRY -> educationMinistry(region);
            case HEALTH_MINISTRY -> healthMinistry(region);
            case SCHOOL_OPERATOR -> schoolOperator(region, org);
            case CITIZEN -> citizen(region, snils);
        };
        return spec.withRegion(region == null ? spec.region() : region)
                .withOrg(org == null ? spec.org() : org)
                .withSnils(snils == null ? spec.snils() : snils);
    }

    public TokenSpec withSub(String newSub) {
        return new TokenSpec(newSub, groups, region, org, snils, lifetime, extraClaims);
    }

    public TokenSpec withGroups(List<String> newGroups) {
        return new TokenSpec(sub, newGroups, region, org, snils, lifetime, extraClaims);
    }

    public TokenSpec withRegion(String newRegion) {
        return new TokenSpec(sub, groups, newRegion, org, snils, lifetime, extraClaims);
    }

    public TokenSpec withOrg(String newOrg) {
        return new TokenSpec(sub, groups, region, newOrg, snils, lifetime, extraClaims);
    }

    public TokenSpec withSnils(String newSnils) {
        return new TokenSpec(sub, groups, region, org, newSnils, lifetime, extraClaims);
    }

    public TokenSpec withLifetime(Duration newLifetime) {
        return new TokenSpec(sub, groups, region, org, snils, newLifetime, extraClaims);
    }

    public TokenSpec withClaim(String name, Object value) {
        Map<String, Object> claims = new LinkedHashMap<>(extraClaims);
        claims.put(name, value);
        return new TokenSpec(sub, groups, region, org, snils, lifetime, claims);
    }

    private static TokenSpec regional(Role role, String region) {
        Objects.requireNonNull(region, () -> "a " + role.claim() + " needs a region");
        return of("dev-" + role.claim() + "-" + region, role).withRegion(region);
    }
}
