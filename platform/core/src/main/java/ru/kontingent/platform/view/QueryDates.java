package ru.kontingent.platform.view;

import ru.kontingent.platform.problem.InvalidInputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** An optional ISO-8601 date in a query parameter: absent is null, malformed is a 400 naming the parameter. */
public final class QueryDates {

    private QueryDates() {
    }

    public static LocalDate optional(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(parameter, "must be an ISO-8601 date (2014-05-17)");
        }
    }
}
