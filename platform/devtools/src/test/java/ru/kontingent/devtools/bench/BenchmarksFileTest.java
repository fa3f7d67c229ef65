package ru.kontingent.devtools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarksFileTest {

    @TempDir
    Path dir;

    static BenchRun run(long accepted, long rejected, long unchanged) {
        return new BenchRun(ZonedDateTime.of(2026, 11, 29, 20, 41, 7, 0, ZoneOffset.UTC), "c486580", new Machine(2, 24_684_092),
                new LoadAverage(2.17, 4.59, 5.56), new LoadAverage(3.01, 3.8, 4.9), "bench/import/run.sh --students 100000",
                "ndjson", new BenchFigures(100_000, 50.0, OptionalDouble.of(40.0), 100_000, 25.0, 100_000, 2.0),
                accepted, rejected, unchanged, List.of("import CPU s: WildFly 55, PostgreSQL 18"));
    }

    @Test
    void aRowHasEveryFigureWithItsLoad() {
        assertEquals("| 2026-11-29 20:41 | `c486580` | 2 cores, 23.5 GiB | 2.17 / 4.59 / 5.56 → 3.01 / 3.80 / 4.90 "
                        + "| `bench/import/run.sh --students 100000` | 100,000 | 2,000 (2,500) | 4,000 | 50,000 | 4.0 % "
                        + "| **missed** | all accepted; re-import all unchanged; ndjson; import CPU s: WildFly 55, PostgreSQL 18 |",
                BenchmarksFile.row(run(100_000, 0, 100_000)));
    }

    @Test
    void theRowHasAsManyCellsAsTheHeader() {
        int headerCells = BenchmarksFile.TABLE_HEADER.split("\\|", -1).length;
        assertEquals(headerCells, BenchmarksFile.row(run(100_000, 0, 100_000)).split("\\|", -1).length);
        assertEquals(headerCells, BenchmarksFile.TABLE_RULE.split("\\|", -1).length);
    }

    @Test
    void rejectedOrChangedLinesAreSaidInTheNotes() {
        String row = BenchmarksFile.row(run(99_990, 10, 99_000));
        assertTrue(row.contains("accepted 99,990 of 100,000, rejected 10; re-import unchanged 99,000 of 100,000"), row);
    }

    @Test
    void pipesInACellDoNotBreakTheTable() {
        BenchRun piped = new BenchRun(ZonedDateTime.now(ZoneOffset.UTC), "abc", new Machine(1, -1), null, null,
                "a | b", "csv", run(1, 0, 1).figures(), 100_000, 0, 100_000, List.of());
        String row = BenchmarksFile.row(piped);
        assertTrue(row.contains("`a \\| b`"), row);
        assertTrue(row.contains("unknown → unknown"), row);
    }

    @Test
    void theFirstRunCreatesTheFileWithItsExplanation() throws Exception {
        Path file = dir.resolve("BENCHMARKS.md");

        BenchmarksFile.append(file, run(100_000, 0, 100_000));

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("# Benchmarks\n\n## Bulk import\n"), text);
        assertTrue(text.contains("≥ 30 % of COPY rows/s"), text);
        assertTrue(text.endsWith(BenchmarksFile.TABLE_HEADER + "\n" + BenchmarksFile.TABLE_RULE + "\n"
                + BenchmarksFile.row(run(100_000, 0, 100_000)) + "\n"), text);
    }

    @Test
    void laterRunsGoUnderTheLastRowEvenWithSectionsBelow() {
        String first = "| first |";
        String second = "| second |";
        String text = BenchmarksFile.withRow("", first);
        text = text + "\n## Something else\n\n| other | table |\n|---|---|\n| x | y |\n";

        String updated = BenchmarksFile.withRow(text, second);

        assertTrue(updated.contains(BenchmarksFile.TABLE_RULE + "\n" + first + "\n" + second + "\n\n## Something else"),
                updated);
        assertTrue(updated.endsWith("| x | y |\n"), updated);
    }

    @Test
    void anExistingFileWithoutTheTableGetsTheSectionAtItsEnd() {
        String updated = BenchmarksFile.withRow("# Benchmarks\n\nSomeone's notes.", "| row |");

        assertTrue(updated.startsWith("# Benchmarks\n\nSomeone's notes.\n\n## Bulk import\n"), updated);
        assertTrue(updated.endsWith(BenchmarksFile.TABLE_RULE + "\n| row |\n"), updated);
    }

    @Test
    void anotherBenchmarksTableGetsItsOwnSectionAndRows() {
        BenchmarksSection other = new BenchmarksSection("## Other\n\nWhat it does.\n\n", "| a | b |", "|---|---|");
        String text = BenchmarksFile.withRow("", "| import |");

        text = BenchmarksFile.withRow(text, other, "| 1 | 2 |");
        text = BenchmarksFile.withRow(text, BenchmarksFile.IMPORT, "| import 2 |");
        text = BenchmarksFile.withRow(text, other, "| 3 | 4 |");

        assertTrue(text.contains("| import |\n| import 2 |\n\n## Other\n\nWhat it does.\n\n| a | b |\n|---|---|\n"
                + "| 1 | 2 |\n| 3 | 4 |\n"), text);
    }

    @Test
    void aSectionsRuleMatchesItsHeader() {
        assertThrows(IllegalArgumentException.class, () -> new BenchmarksSection("x", "| a | b |", "|---|"));
    }
}
