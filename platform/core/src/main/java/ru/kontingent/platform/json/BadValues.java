package ru.kontingent.platform.json;

import ru.kontingent.platform.problem.FieldError;

import java.util.ArrayList;
import java.util.List;

/**
 * Values the JSON reader could not map (an unknown enum constant, a date that is not a date),
 * collected instead of thrown while a body is read, so that the 400 lists them together with
 * every other bad field. Collection is active only between {@link #start()} and {@link #drain()}.
 */
public final class BadValues {

    private static final ThreadLocal<List<FieldError>> COLLECTED = new ThreadLocal<>();

    private BadValues() {
    }

    public static void start() {
        COLLECTED.set(new ArrayList<>());
    }

    /** @return what was collected since {@link #start()}; collection stops */
    public static List<FieldError> drain() {
        List<FieldError> collected = COLLECTED.get();
        COLLECTED.remove();
        return collected == null ? List.of() : collected;
    }

    static boolean collecting() {
        return COLLECTED.get() != null;
    }

    static void record(FieldError error) {
        COLLECTED.get().add(error);
    }
}
