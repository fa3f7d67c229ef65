package ru.kontingent.registry.text;

import ru.kontingent.platform.view.PathIds;

import java.util.UUID;

/** The registry's path ids, each named for its 404 ({@link PathIds}). */
public final class Ids {

    private Ids() {
    }

    public static UUID organization(String text) {
        return parse(text, "organization");
    }

    public static UUID student(String text) {
        return parse(text, "student");
    }

    public static UUID enrollment(String text) {
        return parse(text, "enrollment");
    }

    private static UUID parse(String text, String what) {
        return PathIds.parse(text, what);
    }
}
