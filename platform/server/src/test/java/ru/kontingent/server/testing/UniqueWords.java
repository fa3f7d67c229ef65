package ru.kontingent.server.testing;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Cyrillic words no other test (or earlier run on the same database) uses, so that a name search
 * or a list filter sees exactly the records the test made.
 */
public final class UniqueWords {

    private static final String LETTERS = "бвгдклмнпрстфхцчшщ";
    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private UniqueWords() {
    }

    /** A capitalised surname-like word, e.g. {@code Тестов} followed by a unique tail. */
    public static String surname(String stem) {
        return stem + tail();
    }

    /** Lower-case Cyrillic letters, unique in this run. */
    public static String tail() {
        long n = NEXT.getAndIncrement();
        StringBuilder tail = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            tail.append(LETTERS.charAt((int) (n % LETTERS.length())));
            n /= LETTERS.length();
        }
        return tail.toString();
    }
}
