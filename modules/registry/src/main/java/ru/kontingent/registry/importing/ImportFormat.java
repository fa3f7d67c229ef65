package ru.kontingent.registry.importing;

import jakarta.ws.rs.core.MediaType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** The accepted upload formats. CSV may declare Windows-1251 (common in older regional systems). */
public enum ImportFormat {
    NDJSON,
    CSV;

    public static final String NDJSON_TYPE = "application/x-ndjson";
    public static final String CSV_TYPE = "text/csv";
    private static final Set<String> CHARSETS = Set.of("utf-8", "windows-1251", "cp1251");

    static ImportFormat of(MediaType type) {
        return type != null && type.isCompatible(MediaType.valueOf(CSV_TYPE)) ? CSV : NDJSON;
    }

    /** UTF-8 unless the media type declares one of the accepted charsets. */
    static Charset charset(MediaType type) {
        String declared = type == null ? null : type.getParameters().get("charset");
        if (declared == null) {
            return StandardCharsets.UTF_8;
        }
        String name = declared.strip().toLowerCase(java.util.Locale.ROOT);
        if (!CHARSETS.contains(name)) {
            throw new ru.kontingent.platform.problem.InvalidInputException("charset", "must be UTF-8 or windows-1251");
        }
        return name.equals("utf-8") ? StandardCharsets.UTF_8 : Charset.forName("windows-1251");
    }
}
