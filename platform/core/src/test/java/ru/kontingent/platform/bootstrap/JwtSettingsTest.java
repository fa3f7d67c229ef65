package ru.kontingent.platform.bootstrap;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JwtSettingsTest {

    private static final String ISSUER = "mp.jwt.verify.issuer";
    private static final String AUDIENCES = "mp.jwt.verify.audiences";
    private static final String KEY_LOCATION = "mp.jwt.verify.publickey.location";
    private static final String KEY = "mp.jwt.verify.publickey";
    private static final String EITHER_KEY = KEY_LOCATION + " or " + KEY;

    @Test
    void completeSettingsPass() {
        assertDoesNotThrow(() -> JwtSettings.requireComplete(config(complete())));
    }

    @Test
    void anInlineKeyInsteadOfALocationIsEnough() {
        Map<String, String> settings = complete();
        settings.remove(KEY_LOCATION);
        settings.put(KEY, "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA");
        assertDoesNotThrow(() -> JwtSettings.requireComplete(config(settings)));
    }

    @Test
    void aMissingIssuerIsNamed() {
        Map<String, String> settings = complete();
        settings.remove(ISSUER);
        String message = refusal(settings);
        assertTrue(message.contains(ISSUER), message);
        assertFalse(message.contains(AUDIENCES), message);
        assertFalse(message.contains(EITHER_KEY), message);
    }

    @Test
    void missingAudiencesAreNamed() {
        Map<String, String> settings = complete();
        settings.remove(AUDIENCES);
        String message = refusal(settings);
        assertTrue(message.contains(AUDIENCES), message);
        assertFalse(message.contains(ISSUER), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t  "})
    void aBlankIssuerCountsAsMissing(String blank) {
        Map<String, String> settings = complete();
        settings.put(ISSUER, blank);
        String message = refusal(settings);
        assertTrue(message.contains(ISSUER), message);
        assertFalse(message.contains(AUDIENCES), message);
    }

    @Test
    void withoutAnyKeySourceBothAreNamed() {
        Map<String, String> settings = complete();
        settings.remove(KEY_LOCATION);
        settings.put(KEY, "  ");
        String message = refusal(settings);
        assertTrue(message.contains(EITHER_KEY), message);
        assertFalse(message.contains(ISSUER), message);
        assertFalse(message.contains(AUDIENCES), message);
    }

    @Test
    void anEmptyConfigurationNamesEverything() {
        String message = refusal(new HashMap<>());
        assertTrue(message.contains(ISSUER), message);
        assertTrue(message.contains(AUDIENCES), message);
        assertTrue(message.contains(EITHER_KEY), message);
    }

    private static Map<String, String> complete() {
        Map<String, String> settings = new HashMap<>();
        settings.put(ISSUER, "https://sso.kontingent.dev/realms/kontingent");
        settings.put(AUDIENCES, "kontingent");
        settings.put(KEY_LOCATION, "file:/etc/kontingent/jwt.pem");
        return settings;
    }

    private static String refusal(Map<String, String> settings) {
        return assertThrows(IllegalStateException.class, () -> JwtSettings.requireComplete(config(settings))).getMessage();
    }

    private static Config config(Map<String, String> settings) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(settings, "test", 500))
                .build();
    }
}
