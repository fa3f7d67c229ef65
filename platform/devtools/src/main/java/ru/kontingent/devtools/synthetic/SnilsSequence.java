package ru.kontingent.devtools.synthetic;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Valid SNILS numbers for generated people, distinct by construction: slot k of a region is sent
 * through an affine bijection {@code k -> (A*k + B) mod SPACE} over the nine-digit numbers above
 * 001-001-998 (the last ones issued without a check number), so two slots never share a number and
 * no set of already issued numbers has to be remembered.
 *
 * <p>The space is cut into 100 blocks, one per two-digit region number taken from the end of the
 * region code ({@code r61} is block 61): files generated for different regions never share a SNILS,
 * whatever their seeds. Each person owns one slot: a student i has slots 3i (the child), 3i+1 and
 * 3i+2 (the parents).
 */
public final class SnilsSequence {

    static final int FIRST_CHECKED_NUMBER = 1_001_999;
    static final int SPACE = 999_999_999 - FIRST_CHECKED_NUMBER + 1;
    static final int BLOCKS = 100;
    static final long SLOTS_PER_BLOCK = SPACE / BLOCKS;
    static final int SLOTS_PER_STUDENT = 3;
    /** How many students one region's block has room for (about 3.3 million). */
    public static final int MAX_STUDENTS = (int) (SLOTS_PER_BLOCK / SLOTS_PER_STUDENT);

    /** Coprime to SPACE (checked in the constructor), so the map is a bijection; large, so neighbours scatter. */
    private static final long MULTIPLIER = 387_420_489L; // 3^18
    private static final Pattern TRAILING_DIGITS = Pattern.compile("(\\d{1,2})$");

    private final long firstSlot;
    private final long offset;

    public SnilsSequence(String regionCode, long seed) {
        if (gcd(MULTIPLIER, SPACE) != 1) {
            throw new IllegalStateException("the SNILS multiplier must be coprime to the number space");
        }
        this.firstSlot = block(regionCode) * SLOTS_PER_BLOCK;
        this.offset = Math.floorMod(SplitMix64.mix(seed), (long) SPACE);
    }

    /** The block of a region code: its last one or two digits, 0 when it ends in a letter. */
    static int block(String regionCode) {
        Matcher digits = TRAILING_DIGITS.matcher(regionCode);
        return digits.find() ? Integer.parseInt(digits.group(1)) : 0;
    }

    /** The SNILS of one person of the region, as {@code XXX-XXX-XXX YY}. */
    public String forSlot(long slot) {
        if (slot < 0 || slot >= SLOTS_PER_BLOCK) {
            throw new IllegalArgumentException("slot out of range: " + slot);
        }
        int number = (int) (FIRST_CHECKED_NUMBER + (MULTIPLIER * (firstSlot + slot) + offset) % SPACE);
        return format(number, checkNumber(number));
    }

    String forStudent(long studentIndex, int person) {
        return forSlot(studentIndex * SLOTS_PER_STUDENT + person);
    }

    /**
     * The check number of the Pension Fund's rule: the nine digits weighted 9 down to 1; a sum
     * below 100 is itself, 100 and 101 give 00, a larger one is taken mod 101 with 100 again 00.
     */
    public static int checkNumber(int nineDigits) {
        int sum = 0;
        int rest = nineDigits;
        for (int weight = 1; weight <= 9; weight++) {
            sum += (rest % 10) * weight;
            rest /= 10;
        }
        if (sum < 100) {
            return sum;
        }
        if (sum <= 101) {
            return 0;
        }
        int remainder = sum % 101;
        return remainder == 100 ? 0 : remainder;
    }

    static String format(int nineDigits, int check) {
        char[] text = "000-000-000 00".toCharArray();
        int rest = nineDigits;
        for (int position : new int[] {10, 9, 8, 6, 5, 4, 2, 1, 0}) {
            text[position] = (char) ('0' + rest % 10);
            rest /= 10;
        }
        text[12] = (char) ('0' + check / 10);
        text[13] = (char) ('0' + check % 10);
        return new String(text);
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
