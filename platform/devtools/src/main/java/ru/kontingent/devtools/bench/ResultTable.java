package ru.kontingent.devtools.bench;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The run's result as the console shows it at the end. */
public final class ResultTable {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT);
    private static final String ROW = "  %-28s %12s %10s %14s  %s%n";

    private ResultTable() {
    }

    public static String render(BenchRun run) {
        BenchFigures figures = run.figures();
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Import benchmark, %s, commit %s%n", run.date().format(DATE),
                run.commit()));
        text.append(String.format(Locale.ROOT, "  machine: %s; load average (1/5/15 min): %s%n",
                run.machine().describe(), run.loads()));
        text.append(String.format(Locale.ROOT, "  command: %s%n%n", run.command()));
        text.append(String.format(Locale.ROOT, ROW, "phase", "rows", "seconds", "per second", "").stripTrailing())
                .append(System.lineSeparator());
        text.append(String.format(Locale.ROOT, ROW, "import (HTTP, all new)", count(figures.students()),
                seconds(figures.importSeconds()), BenchFigures.perSecond(figures.importRate()), "students/s"));
        if (figures.importJobSeconds().isPresent()) {
            text.append(String.format(Locale.ROOT, ROW, "  of which the job (server)", "",
                    seconds(figures.importJobSeconds().getAsDouble()),
                    BenchFigures.perSecond(figures.importJobRate().orElse(0)), "students/s, upload excluded"));
        }
        text.append(String.format(Locale.ROOT, ROW, "re-import (all unchanged)", count(figures.reimportLines()),
                seconds(figures.reimportSeconds()), BenchFigures.perSecond(figures.reimportRate()), "lines/s"));
        text.append(String.format(Locale.ROOT, ROW, "raw COPY baseline", count(figures.copyRows()),
                seconds(figures.copySeconds()), BenchFigures.perSecond(figures.copyRate()), "rows/s"));
        text.append(String.format(Locale.ROOT, ROW, "import / COPY", "", "", BenchFigures.percent(figures.ratio()),
                "target >= " + BenchFigures.percent(BenchFigures.TARGET_RATIO) + ": "
                        + (figures.meetsTarget() ? "met" : "MISSED")));
        text.append(String.format(Locale.ROOT, "%n  notes: %s%n", run.notes()));
        return text.toString();
    }

    private static String count(long rows) {
        return String.format(Locale.ROOT, "%,d", rows);
    }

    private static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.2f", seconds);
    }
}
