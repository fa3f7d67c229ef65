package ru.kontingent.platform.bootstrap;

import org.eclipse.microprofile.config.Config;

import java.util.ArrayList;
import java.util.List;

/**
 * SmallRye JWT skips the issuer and audience checks when they are not configured. A server that
 * would accept any issuer's tokens must not start, so these settings are mandatory.
 */
final class JwtSettings {

    static final List<String> MANDATORY = List.of("mp.jwt.verify.issuer", "mp.jwt.verify.audiences");
    static final List<String> ONE_KEY_SOURCE = List.of("mp.jwt.verify.publickey.location", "mp.jwt.verify.publickey");

    private JwtSettings() {
    }

    static void requireComplete(Config config) {
        List<String> missing = new ArrayList<>();
        for (String name : MANDATORY) {
            if (blank(config, name)) {
                missing.add(name);
            }
        }
        if (ONE_KEY_SOURCE.stream().allMatch(name -> blank(config, name))) {
            missing.add(String.join(" or ", ONE_KEY_SOURCE));
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Token verification is not fully configured; set " + missing
                    + " (environment: MP_JWT_VERIFY_ISSUER, MP_JWT_VERIFY_AUDIENCES, MP_JWT_VERIFY_PUBLICKEY_LOCATION)");
        }
    }

    private static boolean blank(Config config, String name) {
        return config.getOptionalValue(name, String.class).map(String::isBlank).orElse(true);
    }
}
