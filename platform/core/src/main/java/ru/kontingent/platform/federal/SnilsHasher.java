package ru.kontingent.platform.federal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * HMAC-SHA256 of a normalized SNILS under a secret key from configuration. A plain hash would be
 * no protection: there are only about 10^9 SNILS numbers, so anyone could hash them all.
 */
@ApplicationScoped
public class SnilsHasher {

    public static final String KEY_SETTING = "kontingent.federal-index.key";
    static final int MIN_KEY_LENGTH = 32;

    @Inject
    @ConfigProperty(name = KEY_SETTING)
    String key;

    /** Fails the start when the key is too short to resist guessing. */
    public void requireStrongKey() {
        if (key == null || key.strip().length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException(KEY_SETTING + " (KONTINGENT_FEDERAL_INDEX_KEY) must be at least "
                    + MIN_KEY_LENGTH + " characters of secret");
        }
    }

    /** A Mac keyed once; each hash works on a clone (bulk imports hash hundreds of thousands). */
    private volatile Mac keyed;

    public String hash(String normalizedSnils) {
        try {
            Mac mac = (Mac) keyedMac().clone();
            return HexFormat.of().formatHex(mac.doFinal(normalizedSnils.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException | CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private Mac keyedMac() throws GeneralSecurityException {
        Mac mac = keyed;
        if (mac == null) {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            keyed = mac;
        }
        return mac;
    }
}
