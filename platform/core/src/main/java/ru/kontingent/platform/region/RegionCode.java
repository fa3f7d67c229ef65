package ru.kontingent.platform.region;

import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A region (tenant) code such as {@code r61}. The only source of a schema name: a schema name
 * is never built from anything but a code that passed this check.
 */
public final class RegionCode implements Serializable {

    public static final String PATTERN = "[a-z0-9_]{1,30}";
    private static final Pattern VALID = Pattern.compile(PATTERN);
    private static final String SCHEMA_PREFIX = "region_";

    private final String value;

    private RegionCode(String value) {
        this.value = value;
    }

    /** @throws InvalidRegionCodeException when the text is not a valid code */
    public static RegionCode of(String text) {
        return parse(text).orElseThrow(() -> new InvalidRegionCodeException(text));
    }

    public static Optional<RegionCode> parse(String text) {
        if (text == null || !VALID.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(new RegionCode(text));
    }

    public static boolean isValid(String text) {
        return parse(text).isPresent();
    }

    public String value() {
        return value;
    }

    /** The PostgreSQL schema holding this region's personal data. */
    public String schema() {
        return SCHEMA_PREFIX + value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegionCode code && code.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
