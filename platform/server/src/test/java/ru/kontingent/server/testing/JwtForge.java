package ru.kontingent.server.testing;

import com.fasterxml.jackson.core.JsonProcessingException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds tokens by hand, including the ones no honest library would: {@code alg: none}, HS256 keyed
 * with the server's public key, wrong issuer or audience, expired, not yet valid. Starts from a
 * well-formed claim set so each test changes exactly one thing.
 */
public final class JwtForge {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final Map<String, Object> header = new LinkedHashMap<>();
    private final Map<String, Object> claims = new LinkedHashMap<>();

    private JwtForge() {
        header.put("typ", "JWT");
        long now = Instant.now().getEpochSecond();
        claims.put("iss", TestEnvironment.ISSUER);
        claims.put("aud", TestEnvironment.AUDIENCE);
        claims.put("sub", "forged-user");
        claims.put("upn", "forged-user");
        claims.put("iat", now);
        claims.put("exp", now + 600);
        claims.put("jti", UUID.randomUUID().toString());
    }

    /** A token as the education ministry of the region would hold it. */
    public static JwtForge educationMinistry(String region) {
        JwtForge forge = new JwtForge();
        forge.claims.put("groups", List.of("education-ministry"));
        forge.claims.put("region", region);
        return forge;
    }

    public static JwtForge federalOperator() {
        JwtForge forge = new JwtForge();
        forge.claims.put("groups", List.of("federal-operator"));
        return forge;
    }

    public JwtForge claim(String name, Object value) {
        claims.put(name, value);
        return this;
    }

    public JwtForge without(String claim) {
        claims.remove(claim);
        return this;
    }

    public JwtForge header(String name, Object value) {
        header.put(name, value);
        return this;
    }

    public String signRs256(PrivateKey key) {
        header.put("alg", "RS256");
        String signingInput = signingInput();
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String signHs256(byte[] secret) {
        header.put("alg", "HS256");
        String signingInput = signingInput();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return signingInput + "." + B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String unsigned() {
        header.put("alg", "none");
        return signingInput() + ".";
    }

    private String signingInput() {
        return part(header) + "." + part(claims);
    }

    private static String part(Map<String, Object> json) {
        try {
            return B64.encodeToString(Api.JSON.writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
