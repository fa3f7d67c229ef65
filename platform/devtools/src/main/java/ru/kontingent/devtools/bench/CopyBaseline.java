package ru.kontingent.devtools.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The floor under the import: the same rows loaded by a raw {@code COPY FROM STDIN} into a bare
 * table (no key, index, constraint or trigger) in a scratch schema, from a file on disk as the
 * import reads its upload. Each run drops and recreates the table; the median run counts.
 */
public final class CopyBaseline {

    public static final String SCHEMA = "bench_baseline";
    static final String TABLE = SCHEMA + ".students";
    private static final int BUFFER_BYTES = 1 << 16;
    private static final List<String> COLUMNS_SQL = CopyRows.COLUMNS.stream().map(name -> name + " text").toList();

    /**
     * @param seconds    of each run, in the order they ran
     * @param rows       rows loaded by each run (all equal)
     * @param backendCpu CPU time of the PostgreSQL backend over all runs (zero when it cannot be seen)
     */
    public record Result(long rows, List<Double> seconds, Duration backendCpu) {

        public Result {
            seconds = List.copyOf(seconds);
            Objects.requireNonNull(backendCpu, "backendCpu");
            if (seconds.isEmpty()) {
                throw new IllegalArgumentException("no COPY run");
            }
        }

        public double medianSeconds() {
            return Percentiles.median(seconds);
        }
    }

    private CopyBaseline() {
    }

    public static Result run(String jdbcUrl, String user, String password, Path rowsFile, int runs)
            throws SQLException, IOException {
        List<Double> seconds = new ArrayList<>();
        long rows = -1;
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Optional<ProcessHandle> backend = backend(statement);
            Duration cpuBefore = cpu(backend);
            for (int i = 0; i < runs; i++) {
                statement.execute("DROP TABLE IF EXISTS " + TABLE);
                statement.execute(createTable());
                long started = System.nanoTime();
                try (InputStream in = new BufferedInputStream(Files.newInputStream(rowsFile), BUFFER_BYTES)) {
                    // Autocommit: the COPY is its own transaction, committed before copyIn returns.
                    rows = copy.copyIn("COPY " + TABLE + " FROM STDIN", in, BUFFER_BYTES);
                }
                seconds.add((System.nanoTime() - started) / 1e9);
            }
            Duration backendCpu = cpu(backend).minus(cpuBefore);
            return new Result(rows, seconds, backendCpu.isNegative() ? Duration.ZERO : backendCpu);
        }
    }

    /** The server process serving this connection, when it runs on this machine. */
    private static Optional<ProcessHandle> backend(Statement statement) throws SQLException {
        try (ResultSet pid = statement.executeQuery("SELECT pg_backend_pid()")) {
            return pid.next() ? ProcessHandle.of(pid.getLong(1)) : Optional.empty();
        }
    }

    private static Duration cpu(Optional<ProcessHandle> process) {
        return process.flatMap(handle -> handle.info().totalCpuDuration()).orElse(Duration.ZERO);
    }

    static String createTable() {
        return COLUMNS_SQL.stream().collect(Collectors.joining(", ", "CREATE TABLE " + TABLE + " (", ")"));
    }
}
