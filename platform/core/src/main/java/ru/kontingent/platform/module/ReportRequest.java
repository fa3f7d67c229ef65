package ru.kontingent.platform.module;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a report is asked for: the date its counts hold at ({@code asOf}, from the dated history)
 * and its other parameters, already validated by the engine.
 */
public record ReportRequest(LocalDate asOf, Map<String, Object> parameters) {

    public ReportRequest {
        parameters = Map.copyOf(parameters);
    }

    public LocalDate date(String name) {
        return (LocalDate) parameters.get(name);
    }

    public String text(String name) {
        return (String) parameters.get(name);
    }
}
