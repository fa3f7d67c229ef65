package ru.kontingent.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jose4j.json.JsonUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenMinterTest {

    private static DevKeys keys;

    @BeforeAll
    static void keys(@TempDir Path dir) {
        keys = DevKeys.loadOrCreate(dir);
    }

    @Test
    void schoolOperatorTokenIsSignedAndCarriesItsClaims() throws Exception {
        TokenMinter minter = new TokenMinter(keys.privateKey(), TokenMinter.DEFAULT_ISSUER, TokenMinter.DEFAULT_AUDIENCE);

        String token = minter.mint(TokenSpec.schoolOperator("r61", "org-42"));

        String[] parts = token.split("\\.");
        assertEquals(3, parts.length);
        assertTrue(verifiesRs256(parts, keys.publicKey()), "RS256 signature verifies with the public key");

        Map<String, Object> header = json(parts[0]);
        assertEquals("RS256", header.get("alg"));
        assertEquals("JWT", header.get("typ"));
        assertFalse(header.containsKey("kid"));

        Map<String, Object> claims = json(parts[1]);
        assertEquals("https://kontingent.dev/issuer", claims.get("iss"));
        assertEquals("kontingent", claims.get("aud"));
        assertEquals(claims.get("sub"), claims.get("upn"));
        assertEquals(List.of("school-operator"), claims.get("groups"));
        assertEquals("r61", claims.get("region"));
        assertEquals("org-42", claims.get("org"));
        assertFalse(claims.containsKey("snils"), "unset claims are left out");
        long iat = ((Number) claims.get("iat")).longValue();
        long exp = ((Number) claims.get("exp")).longValue();
        assertTrue(exp > iat);
        assertEquals(Duration.ofHours(1).toSeconds(), exp - iat);
        assertFalse(String.valueOf(claims.get("jti")).isBlank());
    }

    @Test
    void aTamperedPayloadNoLongerVerifies() throws Exception {
        TokenMinter minter = new TokenMinter(keys.privateKey(), TokenMinter.DEFAULT_ISSUER, TokenMinter.DEFAULT_AUDIENCE);
        String[] parts = minter.mint(TokenSpec.regionalAdmin("r61")).split("\\.");

        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("r61", "r77").getBytes(StandardCharsets.UTF_8));

        assertFalse(verifiesRs256(new String[] {parts[0], forged, parts[2]}, keys.publicKey()));
    }

    @Test
    void citizenWithoutRegionCarriesSnilsAndSingleGroupStaysAnArray() throws Exception {
        Instant now = Instant.parse("2026-09-01T08:00:00Z");
        TokenMinter minter = new TokenMinter(keys.privateKey(), "https://issuer.test", "other-audience", "dev-1",
                Clock.fixed(now, ZoneOffset.UTC));

        String token = minter.mint(TokenSpec.citizen(null, "112-233-445 95")
                .withLifetime(Duration.ofMinutes(5))
                .withClaim("locale", "ru"));

        String[] parts = token.split("\\.");
        assertTrue(verifiesRs256(parts, keys.publicKey()));
        assertEquals("dev-1", json(parts[0]).get("kid"));
        Map<String, Object> claims = json(parts[1]);
        assertEquals(List.of("citizen"), claims.get("groups"));
        assertEquals("112-233-445 95", claims.get("snils"));
        assertFalse(claims.containsKey("region"));
        assertFalse(claims.containsKey("org"));
        assertEquals("ru", claims.get("locale"));
        assertEquals("https://issuer.test", claims.get("iss"));
        assertEquals("other-audience", claims.get("aud"));
        assertEquals(now.getEpochSecond(), ((Number) claims.get("iat")).longValue());
        assertEquals(now.plusSeconds(300).getEpochSecond(), ((Number) claims.get("exp")).longValue());
    }

    @Test
    void everyTokenHasItsOwnId() throws Exception {
        TokenMinter minter = new TokenMinter(keys.privateKey(), TokenMinter.DEFAULT_ISSUER, TokenMinter.DEFAULT_AUDIENCE);

        Object first = json(minter.mint(TokenSpec.federalOperator()).split("\\.")[1]).get("jti");
        Object second = json(minter.mint(TokenSpec.federalOperator()).split("\\.")[1]).get("jti");

        assertNotEquals(first, second);
    }

    @Test
    void extraClaimsCannotOverrideWhatTheSpecSets() {
        assertThrows(IllegalArgumentException.class, () -> TokenSpec.federalOperator().withClaim("region", "r61"));
    }

    private static boolean verifiesRs256(String[] parts, PublicKey key) throws Exception {
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initVerify(key);
        signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return signature.verify(Base64.getUrlDecoder().decode(parts[2]));
    }

    private static Map<String, Object> json(String base64Url) throws Exception {
        return JsonUtil.parseJson(new String(Base64.getUrlDecoder().decode(base64Url), StandardCharsets.UTF_8));
    }
}
