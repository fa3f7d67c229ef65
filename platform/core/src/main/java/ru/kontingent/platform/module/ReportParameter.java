package ru.kontingent.platform.module;

/**
 * A parameter a report accepts besides {@code asOf}; the engine validates it before the query
 * runs, so a query only ever sees well-typed values.
 */
public record ReportParameter(String name, Type type, boolean required) {

    public enum Type {
        DATE, TEXT
    }

    public static ReportParameter requiredDate(String name) {
        return new ReportParameter(name, Type.DATE, true);
    }
}
