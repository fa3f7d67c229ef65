package ru.kontingent.devtools.bench;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One complete benchmark run: when, on what, under which load, by which command, and its figures
 * with the outcome counts that tell whether the figures mean what they say.
 *
 * @param loadBefore        just before the first import; null when unknown
 * @param loadAfter         after the COPY baseline; null when unknown
 * @param importAccepted    lines the first import stored (all of them, on a clean database)
 * @param importRejected    lines it refused
 * @param reimportUnchanged lines the second import found unchanged (all of them, normally)
 * @param extraNotes        further remarks for the Notes column (such as where the CPU went)
 */
public record BenchRun(
        ZonedDateTime date,
        String commit,
        Machine machine,
        LoadAverage loadBefore,
        LoadAverage loadAfter,
        String command,
        String format,
        BenchFigures figures,
        long importAccepted,
        long importRejected,
        long reimportUnchanged,
        List<String> extraNotes) {

    public BenchRun {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(figures, "figures");
        extraNotes = List.copyOf(extraNotes);
    }

    /** {@code 2.17 / 4.59 / 5.56 → 3.01 / 3.80 / 4.90}. */
    public String loads() {
        return describe(loadBefore) + " → " + describe(loadAfter);
    }

    /** What a reader must know to trust the rates: anything but "all stored, then all unchanged" is said. */
    public String notes() {
        List<String> notes = new ArrayList<>();
        long students = figures.students();
        if (importAccepted == students && importRejected == 0) {
            notes.add("all accepted");
        } else {
            notes.add(String.format(Locale.ROOT, "accepted %,d of %,d, rejected %,d", importAccepted, students,
                    importRejected));
        }
        if (reimportUnchanged == figures.reimportLines()) {
            notes.add("re-import all unchanged");
        } else {
            notes.add(String.format(Locale.ROOT, "re-import unchanged %,d of %,d", reimportUnchanged,
                    figures.reimportLines()));
        }
        notes.add(format);
        notes.addAll(extraNotes);
        return String.join("; ", notes);
    }

    private static String describe(LoadAverage load) {
        return load == null ? "unknown" : load.toString();
    }
}
