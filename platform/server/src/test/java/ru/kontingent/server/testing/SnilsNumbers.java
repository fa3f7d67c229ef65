package ru.kontingent.server.testing;

import java.util.concurrent.atomic.AtomicLong;

/** Valid, distinct SNILS numbers for test data (check number computed as the law says). */
public final class SnilsNumbers {

    private static final AtomicLong NEXT = new AtomicLong(200_000_000L + (System.nanoTime() % 700_000_000L));

    private SnilsNumbers() {
    }

    /** A fresh valid SNILS, formatted {@code XXX-XXX-XXX YY}. */
    public static String next() {
        return withCheck(NEXT.getAndIncrement() % 1_000_000_000L);
    }

    public static String withCheck(long firstNine) {
        String digits = String.format("%09d", firstNine);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (9 - i);
        }
        int check = sum < 100 ? sum : (sum == 100 || sum == 101) ? 0 : (sum % 101 == 100 ? 0 : sum % 101);
        return digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6, 9) + " " + String.format("%02d", check);
    }

    /** The same number with a wrong check number. */
    public static String withWrongCheck(String valid) {
        int check = Integer.parseInt(valid.substring(12));
        return valid.substring(0, 12) + String.format("%02d", (check + 1) % 100);
    }
}
