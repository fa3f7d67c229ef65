package ru.kontingent.devtools.bench;

import java.util.Objects;

/**
 * One benchmark's table in BENCHMARKS.md: the text written above it when the section is new (its
 * heading, what the command does, the target), and the table's header and rule lines. The header
 * line identifies the table, so a changed header starts a new table rather than mixing columns.
 */
public record BenchmarksSection(String explanation, String header, String rule) {

    public BenchmarksSection {
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(rule, "rule");
        if (header.split("\\|", -1).length != rule.split("\\|", -1).length) {
            throw new IllegalArgumentException("the rule has not as many columns as the header");
        }
    }
}
