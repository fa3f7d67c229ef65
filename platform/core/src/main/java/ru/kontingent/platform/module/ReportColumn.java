package ru.kontingent.platform.module;

import java.io.Serializable;

/**
 * One column of a report. The kind tells the engine how to render and roll it up: dimensions
 * group, counts are summed over regions (and suppressed when small), measures (a mean, a median)
 * cannot be summed and are shown per region only.
 */
public record ReportColumn(String name, String title, Kind kind) implements Serializable {

    public enum Kind {
        DIMENSION, COUNT, MEASURE
    }

    public static ReportColumn dimension(String name, String title) {
        return new ReportColumn(name, title, Kind.DIMENSION);
    }

    public static ReportColumn count(String name, String title) {
        return new ReportColumn(name, title, Kind.COUNT);
    }

    public static ReportColumn measure(String name, String title) {
        return new ReportColumn(name, title, Kind.MEASURE);
    }
}
