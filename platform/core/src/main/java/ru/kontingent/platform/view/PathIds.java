package ru.kontingent.platform.view;

import java.util.UUID;

/** Path ids: a text that is not a UUID names nothing, so it is a 404 like any unknown id. */
public final class PathIds {

    private PathIds() {
    }

    public static UUID parse(String text, String what) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundProblem(what);
        }
    }
}
