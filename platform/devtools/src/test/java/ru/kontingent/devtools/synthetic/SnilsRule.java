package ru.kontingent.devtools.synthetic;

import java.util.regex.Pattern;

/**
 * The SNILS rule of DOMAIN.md written again, independently of the generator's code, so the tests
 * do not check the generator against itself.
 */
final class SnilsRule {

    private static final Pattern WRITTEN = Pattern.compile("\\d{3}-\\d{3}-\\d{3} \\d{2}");

    private SnilsRule() {
    }

    static boolean isValid(String snils) {
        if (!WRITTEN.matcher(snils).matches()) {
            return false;
        }
        String digits = snils.replace("-", "").replace(" ", "");
        if (Long.parseLong(digits.substring(0, 9)) <= 1_001_998) {
            return true;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += Character.digit(digits.charAt(i), 10) * (9 - i);
        }
        int expected = sum < 100 ? sum : sum <= 101 ? 0 : sum % 101 == 100 ? 0 : sum % 101;
        return expected == Integer.parseInt(digits.substring(9));
    }
}
