package ru.kontingent.devtools.synthetic;

import java.io.Writer;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;

/** The two file formats the registry's bulk import reads. */
public enum StudentFileFormat {
    NDJSON,
    CSV;

    /** The Content-Type of an upload; JSON text is always UTF-8 (RFC 8259), so only CSV names a charset. */
    public String mediaType(Charset charset) {
        return this == NDJSON ? "application/x-ndjson" : "text/csv; charset=" + charset.name();
    }

    public StudentLineWriter writerTo(Writer out) {
        return this == NDJSON ? new NdjsonStudentWriter(out) : new CsvStudentWriter(out);
    }

    /** {@code ndjson} or {@code csv}, any case. */
    public static Optional<StudentFileFormat> named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "ndjson" -> Optional.of(NDJSON);
            case "csv" -> Optional.of(CSV);
            default -> Optional.empty();
        };
    }

    /** From a file name's extension: {@code .ndjson} or {@code .jsonl}, {@code .csv}. */
    public static Optional<StudentFileFormat> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) {
            return Optional.of(NDJSON);
        }
        return lower.endsWith(".csv") ? Optional.of(CSV) : Optional.empty();
    }
}
