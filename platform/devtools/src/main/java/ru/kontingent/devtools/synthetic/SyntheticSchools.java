package ru.kontingent.devtools.synthetic;

import java.util.List;
import java.util.Locale;

/**
 * Schools of the demo region for benchmarks that need more than the README's one: school k gets a
 * valid INN and OGRN of its own (distinct for k below 100,000), a municipality of Rostov oblast in
 * turn, and a number in its name, as the body of {@code POST /api/registry/organizations}.
 */
public final class SyntheticSchools {

    private static final int[] INN_WEIGHTS = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    /** Rostov oblast's region digits, and a tax office of Rostov-on-Don. */
    private static final String INN_PREFIX = "6164";
    /** Registration sign 1, year 2002, region 61. */
    private static final String OGRN_PREFIX = "10261";
    public static final int MAX_SCHOOLS = 100_000;

    private SyntheticSchools() {
    }

    /** The JSON body registering school k (0-based). */
    public static String json(int k) {
        List<Municipality> municipalities = RostovGeography.municipalities();
        Municipality municipality = municipalities.get(k % municipalities.size());
        return String.format(Locale.ROOT, """
                {"inn":"%s","ogrn":"%s","kind":"SCHOOL","fullName":"МБОУ СОШ № %d (%s)",
                 "municipality":"%s","address":"ул. Школьная, %d"}""", inn(k), ogrn(k), k + 1, municipality.name(),
                municipality.name(), k % 200 + 1);
    }

    /** A valid 10-digit INN of an organization: the prefix, a serial, the check digit. */
    static String inn(int k) {
        requireIndex(k);
        String nine = INN_PREFIX + String.format(Locale.ROOT, "%05d", k);
        return nine + innCheckDigit(nine);
    }

    /** A valid 13-digit OGRN: the prefix, a serial, the check digit. */
    static String ogrn(int k) {
        requireIndex(k);
        String twelve = OGRN_PREFIX + String.format(Locale.ROOT, "%07d", k);
        return twelve + ogrnCheckDigit(twelve);
    }

    /** Weights 2,4,10,3,5,9,4,6,8 over the first nine digits, mod 11, mod 10. */
    static int innCheckDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < INN_WEIGHTS.length; i++) {
            sum += INN_WEIGHTS[i] * (nineDigits.charAt(i) - '0');
        }
        return sum % 11 % 10;
    }

    /** The first twelve digits as a number, mod 11, mod 10. */
    static int ogrnCheckDigit(String twelveDigits) {
        return (int) (Long.parseLong(twelveDigits) % 11 % 10);
    }

    private static void requireIndex(int k) {
        if (k < 0 || k >= MAX_SCHOOLS) {
            throw new IllegalArgumentException("school index out of range: " + k);
        }
    }
}
