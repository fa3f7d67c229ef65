package ru.kontingent.devtools.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Russia's 85 federal subjects as regions of this system ({@code r61} Rostov oblast, {@code r77}
 * Moscow, ...), from {@code federal-subjects.tsv} beside this class: the tenants benchmark onboards
 * them at national scale, Rostov oblast first.
 */
public final class FederalSubjects {

    /** One subject: the region code of this system ({@code r} and the two-digit code) and its name. */
    public record Subject(String code, String name) {

        public Subject {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
        }
    }

    private static final String RESOURCE = "federal-subjects.tsv";

    private FederalSubjects() {
    }

    /** All 85, in onboarding order. */
    public static List<Subject> all() {
        try (InputStream in = FederalSubjects.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first {@code count} of {@link #all()}. */
    public static List<Subject> first(int count) {
        List<Subject> all = all();
        if (count < 1 || count > all.size()) {
            throw new IllegalArgumentException("between 1 and " + all.size() + " regions, got " + count);
        }
        return all.subList(0, count);
    }

    /** Lines {@code NN<TAB>name}; blank lines and {@code #} comments skipped. */
    static List<Subject> parse(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> {
                    String[] fields = line.split("\t", 2);
                    if (fields.length != 2 || !fields[0].matches("\\d{2}") || fields[1].isBlank()) {
                        throw new IllegalArgumentException("not 'NN<TAB>name': " + line);
                    }
                    return new Subject("r" + fields[0], fields[1].strip());
                }).toList();
    }
}
