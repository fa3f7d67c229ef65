package ru.kontingent.server.testing;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Onboards throw-away regions with codes unique to this run, so reruns on one database never collide. */
public final class Regions {

    private Regions() {
    }

    public static String uniqueCode(String prefix) {
        return prefix + "_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36)
                + ThreadLocalRandom.current().nextInt(100, 999);
    }

    public static String onboard(Api api, String prefix, int stage) {
        String code = uniqueCode(prefix);
        Reply reply = api.post("/api/platform/regions", Tokens.federalOperator(),
                Map.of("code", code, "name", "Test region " + code, "stage", stage));
        assertEquals(201, reply.status(), () -> "onboarding " + code + ": " + reply.body());
        return code;
    }
}
