package ru.kontingent.platform.federal;

import java.util.Optional;

/**
 * A SNILS as the index keys it: the 11 digits without separators. A token's {@code snils} claim
 * may be written {@code 112-233-445 95}; anything that is not 11 digits once the separators are
 * gone matches no one. (The check digit is the registry's business: a wrong one matches nothing.)
 */
public final class SnilsDigits {

    private SnilsDigits() {
    }

    public static Optional<String> normalize(String text) {
        if (text == null || text.length() > 20) {
            return Optional.empty();
        }
        String digits = text.replace("-", "").replace(" ", "");
        return digits.length() == 11 && digits.chars().allMatch(c -> c >= '0' && c <= '9')
                ? Optional.of(digits) : Optional.empty();
    }
}
