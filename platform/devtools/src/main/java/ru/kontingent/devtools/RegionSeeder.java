package ru.kontingent.devtools;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import ru.kontingent.devtools.bulkimport.ImportResult;
import ru.kontingent.devtools.bulkimport.ImportSession;
import ru.kontingent.devtools.bulkimport.RegistryCalls;
import ru.kontingent.devtools.synthetic.RegionFileWriter;
import ru.kontingent.devtools.synthetic.StudentFileFormat;
import ru.kontingent.devtools.synthetic.SyntheticRegion;

/**
 * Gives a region of a benchmark's server data to read: its education ministry registers the
 * README's school and bulk-imports {@code generate}'s students (seed 61, the region's own SNILS
 * block) into it, through the same clients as the import command; then their ended enrollments
 * (transfers, moves to another region), which the import does not take, straight into the table.
 */
final class RegionSeeder {

    /** What a benchmark needs of a seeded region: its code, a token of its education ministry, one student. */
    record SeededRegion(String code, String educationToken, UUID organization, UUID student) {
    }

    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    static final Duration TOKEN_LIFETIME = Duration.ofHours(8);

    private final BenchServer server;
    private final Path scratchDir;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private long lastHistoryRows;

    /**
     * @param out      where the import client's summary goes
     * @param err      where its progress goes (a file when seeding 85 regions, the terminal for one big one)
     * @param terminal whether err is a terminal (a progress bar redrawn in place)
     */
    RegionSeeder(BenchServer server, Path scratchDir, PrintStream out, PrintStream err, boolean terminal) {
        this.server = server;
        this.scratchDir = scratchDir;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    SeededRegion seed(String code, List<String> organizationsJson, int students) throws IOException, InterruptedException,
            SQLException {
        String token = server.minter().mint(TokenSpec.educationMinistry(code).withLifetime(TOKEN_LIFETIME));
        RegistryCalls calls = new RegistryCalls(server.apiUrl(), token);
        List<UUID> organizations = new java.util.ArrayList<>();
        for (String json : organizationsJson) {
            organizations.add(calls.registerOrganization(json));
        }
        SyntheticRegion region = new SyntheticRegion(GenerateCommand.DEFAULT_SEED, code, organizations);
        Path file = scratchDir.resolve("students-" + code + ".ndjson");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                RegionFileWriter.write(region, students, StudentFileFormat.NDJSON, out, written -> { });
            }
            ImportSession session = new ImportSession(server.apiUrl(), token, POLL_INTERVAL, out, err, terminal);
            ImportResult result = session.execute(file, StudentFileFormat.NDJSON, StandardCharsets.UTF_8);
            if (!result.completed() || result.accepted() != students) {
                throw new IllegalStateException(String.format(Locale.ROOT,
                        "seeding %s: the import %s with %,d of %,d accepted", code, result.outcome(),
                        result.accepted(), students));
            }
            try (Connection connection = server.connect()) {
                lastHistoryRows = EnrollmentHistoryLoader.load(connection, code, region, students);
            }
        } finally {
            Files.deleteIfExists(file);
        }
        return new SeededRegion(code, token, organizations.get(0), firstStudent(code));
    }

    /** The ended enrollments (transfers, moves away) the last {@link #seed} inserted beside the import. */
    long lastHistoryRows() {
        return lastHistoryRows;
    }

    /** Read from the database, not the API: the lowest student id of the region's schema. */
    private UUID firstStudent(String code) throws SQLException {
        if (!code.matches("[a-z0-9_]{1,30}")) {
            throw new IllegalArgumentException("not a region code: " + code);
        }
        try (Connection connection = server.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select id from region_" + code + ".student order by id limit 1")) {
            if (!rows.next()) {
                throw new IllegalStateException("no student in region " + code + " after seeding");
            }
            return UUID.fromString(rows.getString(1));
        }
    }
}
