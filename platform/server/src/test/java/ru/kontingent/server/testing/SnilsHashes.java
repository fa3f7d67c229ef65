package ru.kontingent.server.testing;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The keyed hash the federal index must hold for a SNILS: HMAC-SHA256 of its eleven digits under
 * the key this test run gave the server. Lets a test say "this row is that person" without the
 * index ever storing the number.
 */
public final class SnilsHashes {

    private SnilsHashes() {
    }

    public static String of(String snils) {
        String digits = snils.replaceAll("\\D", "");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(TestEnvironment.FEDERAL_INDEX_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(digits.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
