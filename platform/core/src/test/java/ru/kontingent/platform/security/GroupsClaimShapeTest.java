package ru.kontingent.platform.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroupsClaimShapeTest {

    private static String token(String payload) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".sig";
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"groups\":[\"federal-operator\"]}", "{\"groups\":[]}", "{\"sub\":\"x\"}",
            "{\"groups\":[\"a\",\"b\"]}"})
    void arraysOfStringsOrNoGroupsPass(String payload) {
        assertTrue(GroupsClaimShape.groupsAreAnArrayOfStrings(token(payload)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"groups\":\"federal-operator\"}", "{\"groups\":[1]}", "{\"groups\":{\"a\":1}}",
            "{\"groups\":[[\"federal-operator\"]]}", "{\"groups\":null}", "not json"})
    void anythingElseIsRefused(String payload) {
        assertFalse(GroupsClaimShape.groupsAreAnArrayOfStrings(token(payload)));
    }
}
