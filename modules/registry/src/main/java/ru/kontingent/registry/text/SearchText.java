package ru.kontingent.registry.text;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The form names are stored and searched in: lower case, ё as е (people write both), single
 * spaces. Comparing these forms makes search case- and ё/е-insensitive with a plain index.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String of(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull)
                .map(part -> part.toLowerCase(Locale.ROOT).replace('ё', 'е').strip())
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining(" "))
                .replaceAll("\\s+", " ");
    }

    /** Escapes LIKE wildcards so user text matches literally (used with {@code escape '\'}). */
    public static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
