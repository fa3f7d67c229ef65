package ru.kontingent.reporting.render;

import ru.kontingent.platform.problem.InvalidInputException;

import java.util.Locale;

/** The formats a report is delivered in, chosen by {@code ?format=} (JSON when absent). */
public enum ReportFormat {
    JSON("application/json", "json"),
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static ReportFormat parse(String text) {
        if (text == null || text.isBlank()) {
            return JSON;
        }
        for (ReportFormat format : values()) {
            if (format.extension.equals(text.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new InvalidInputException("format", "must be json, csv or xlsx");
    }
}
