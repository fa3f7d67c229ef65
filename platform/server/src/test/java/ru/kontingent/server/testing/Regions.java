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

    /** Moves the region to a stage one step at a time, as its regional administrator must. */
    public static void moveToStage(Api api, String code, int target) {
        String path = "/api/platform/regions/" + code + "/stage";
        int stage = api.get("/api/platform/regions/" + code, Tokens.federalOperator()).assertStatus(200).json().path("stage").asInt();
        while (stage != target) {
            stage += Integer.signum(target - stage);
            api.put(path, Tokens.regionalAdmin(code), Map.of("stage", stage)).assertStatus(200);
        }
    }
}
