package ru.kontingent.devtools.synthetic;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Schools of the demo region: school k gets a valid INN and OGRN of its own (distinct for k below
 * 100,000), a municipality of Rostov oblast and a number in its name, as the body of {@code POST
 * /api/registry/organizations}. Municipalities follow their population: school k sits where the
 * point k·φ (mod 1) falls on the population scale, a low-discrepancy walk, so that the first 50
 * schools or the first 1,500 are both spread like the children (about a quarter in Rostov-on-Don)
 * and a smaller set is always the start of a larger one.
 */
public final class SyntheticSchools {

    private static final int[] INN_WEIGHTS = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    /** Rostov oblast's region digits, and a tax office of Rostov-on-Don. */
    private static final String INN_PREFIX = "6164";
    /** Registration sign 1, year 2002, region 61. */
    private static final String OGRN_PREFIX = "10261";
    public static final int MAX_SCHOOLS = 100_000;
    /** About as many general-education organizations as a region of a million pupils has. */
    public static final int DEFAULT_COUNT = 1_500;
    private static final double GOLDEN_FRACTION = 0.6180339887498949;

    private SyntheticSchools() {
    }

    /** The JSON body registering school k (0-based). */
    public static String json(int k) {
        Municipality municipality = municipality(k);
        String settlement = municipality.settlements().get(0);
        return String.format(Locale.ROOT, """
                {"inn":"%s","ogrn":"%s","kind":"SCHOOL","fullName":"%s № %d (%s)",
                 "municipality":"%s","address":"%s, ул. Школьная, %d"}""", inn(k), ogrn(k), kindOfName(k), k + 1,
                municipality.name(), municipality.name(), settlement, k % 200 + 1);
    }

    /**
     * Stand-in ids of schools 0..count-1 of a region, for a file made without a server (its size, its
     * speed, a look at it): name-based UUIDs, the same every time. A file to import needs the ids the
     * server gave when the schools were registered.
     */
    public static List<UUID> placeholderIds(String regionCode, int count) {
        List<UUID> ids = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            ids.add(UUID.nameUUIDFromBytes((regionCode + "/school/" + k).getBytes(StandardCharsets.UTF_8)));
        }
        return List.copyOf(ids);
    }

    /** Index into {@link RostovGeography#municipalities()} of school k's municipality. */
    static int municipalityIndex(int k) {
        requireIndex(k);
        double point = (k * GOLDEN_FRACTION) % 1.0;
        return RostovGeography.weightedMunicipalities().indexAt(point);
    }

    static Municipality municipality(int k) {
        return RostovGeography.municipalities().get(municipalityIndex(k));
    }

    /** Most are plain secondary schools; one in ten a gymnasium, one in ten a lyceum. */
    private static String kindOfName(int k) {
        return switch (k % 10) {
            case 3 -> "МБОУ гимназия";
            case 7 -> "МБОУ лицей";
            default -> "МБОУ СОШ";
        };
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
