package ru.kontingent.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.kontingent.devtools.bench.CopyBaseline;
import ru.kontingent.devtools.bench.CopyRows;
import ru.kontingent.devtools.synthetic.SyntheticRegion;

/** The baseline against a real (temporary, embedded) PostgreSQL: rows in, the same values out. */
class CopyBaselineTest {

    @TempDir
    Path dir;

    @Test
    void copiesTheGeneratedStudentsIntoABareTableEveryRun() throws Exception {
        SyntheticRegion region = new SyntheticRegion(61, "r61", List.of(UUID.randomUUID()));
        Path rows = dir.resolve("students.copy");
        try (OutputStream out = Files.newOutputStream(rows)) {
            CopyRows.write(region, 200, out);
        }

        try (Database database = DatabaseLauncher.start(null, Map.of())) {
            CopyBaseline.Result result = CopyBaseline.run(database.jdbcUrl(), database.migrationUser(), database.migrationPassword(),
                    rows, 2);

            assertEquals(200, result.rows());
            assertEquals(2, result.seconds().size());
            assertTrue(result.medianSeconds() > 0);
            assertFalse(result.backendCpu().isNegative());
            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.migrationUser(),
                    database.migrationPassword());
                    Statement statement = connection.createStatement()) {
                try (ResultSet count = statement.executeQuery("SELECT count(*) FROM bench_baseline.students")) {
                    count.next();
                    assertEquals(200, count.getLong(1), "each run starts from an empty table");
                }
                try (ResultSet first = statement.executeQuery(
                        "SELECT last_name, snils FROM bench_baseline.students WHERE snils = '" + region.student(7).snils() + "'")) {
                    assertTrue(first.next());
                    assertEquals(region.student(7).lastName(), first.getString(1));
                }
                try (ResultSet indexes = statement.executeQuery(
                        "SELECT count(*) FROM pg_indexes WHERE schemaname = 'bench_baseline'")) {
                    indexes.next();
                    assertEquals(0, indexes.getLong(1), "a bare table: no index, no key");
                }
            }
        }
    }

    @Test
    void medianOfTheRuns() {
        assertEquals(2.0, new CopyBaseline.Result(1, List.of(3.0, 1.0, 2.0), Duration.ZERO).medianSeconds());
        assertEquals(1.5, new CopyBaseline.Result(1, List.of(2.0, 1.0), Duration.ZERO).medianSeconds());
        assertFalse(Double.isNaN(new CopyBaseline.Result(1, List.of(0.5), Duration.ZERO).medianSeconds()));
    }
}
