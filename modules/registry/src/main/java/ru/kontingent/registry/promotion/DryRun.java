package ru.kontingent.registry.promotion;

import ru.kontingent.platform.problem.InvalidInputException;

/**
 * The {@code dryRun} query parameter, parsed strictly: a misspelt value must not turn a preview
 * into an apply, so anything but {@code true} or {@code false} is a 400. Absent means apply.
 */
final class DryRun {

    private DryRun() {
    }

    static boolean parse(String text) {
        if (text == null || text.equals("false")) {
            return false;
        }
        if (text.equals("true")) {
            return true;
        }
        throw new InvalidInputException("dryRun", "must be true or false");
    }
}
