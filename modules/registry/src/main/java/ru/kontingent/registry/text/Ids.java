package ru.kontingent.registry.text;

import ru.kontingent.platform.view.NotFoundProblem;

import java.util.UUID;

/** Path ids: a text that is not a UUID names nothing, so it is a 404 like any unknown id. */
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
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundProblem(what);
        }
    }
}
