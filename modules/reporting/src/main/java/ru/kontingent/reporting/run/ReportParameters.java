package ru.kontingent.reporting.run;

import ru.kontingent.platform.module.ReportDefinition;
import ru.kontingent.platform.module.ReportParameter;
import ru.kontingent.platform.module.ReportRequest;
import ru.kontingent.platform.problem.FieldError;
import ru.kontingent.platform.problem.InvalidInputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The query string of a report call checked against the report's declared parameters: every bad,
 * missing or unknown one is listed at once. The canonical form (sorted, typed) is what the cache
 * key uses, so {@code ?b=1&a=2} and {@code ?a=2&b=1} share one entry.
 */
public final class ReportParameters {

    public static final String AS_OF = "asOf";
    public static final String FORMAT = "format";
    private static final Set<String> ENGINE_PARAMETERS = Set.of(AS_OF, FORMAT);
    private static final int MAX_TEXT = 200;

    private ReportParameters() {
    }

    /** A validated request and its canonical text. */
    public record Parsed(ReportRequest request, String canonical) {
    }

    public static Parsed parse(ReportDefinition report, Map<String, List<String>> query, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate asOf = today;
        String asOfText = single(query, AS_OF, errors);
        if (asOfText != null) {
            asOf = date(AS_OF, asOfText, errors);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (ReportParameter parameter : report.parameters()) {
            String text = single(query, parameter.name(), errors);
            if (text == null || text.isBlank()) {
                if (parameter.required()) {
                    errors.add(new FieldError(parameter.name(), "is required"));
                }
                continue;
            }
            Object value = switch (parameter.type()) {
                case DATE -> date(parameter.name(), text, errors);
                case TEXT -> text(parameter.name(), text, errors);
            };
            values.put(parameter.name(), value);
        }
        Set<String> declared = new java.util.HashSet<>(ENGINE_PARAMETERS);
        report.parameters().forEach(parameter -> declared.add(parameter.name()));
        for (String name : query.keySet()) {
            if (!declared.contains(name)) {
                errors.add(new FieldError(name, "is not a parameter of this report"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        TreeMap<String, Object> sorted = new TreeMap<>(values);
        sorted.put(AS_OF, asOf);
        return new Parsed(new ReportRequest(asOf, values), sorted.toString());
    }

    private static String single(Map<String, List<String>> query, String name, List<FieldError> errors) {
        List<String> given = query.get(name);
        if (given == null || given.isEmpty()) {
            return null;
        }
        if (given.size() > 1) {
            errors.add(new FieldError(name, "must be given once"));
        }
        return given.get(0);
    }

    private static LocalDate date(String name, String text, List<FieldError> errors) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be an ISO-8601 date (2014-05-17)"));
            return null;
        }
    }

    private static String text(String name, String text, List<FieldError> errors) {
        if (text.length() > MAX_TEXT || text.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(name, "must be at most " + MAX_TEXT + " printable characters"));
            return null;
        }
        return text.strip();
    }
}
