package ru.kontingent.server.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where {@code pg_dump} and {@code psql} live (Debian's postgresql-client): the embedded PostgreSQL
 * brings only the server. {@code KONTINGENT_PG_BIN} wins; otherwise the newest /usr/lib/postgresql/N/bin.
 */
public final class PostgresClientTools {

    private PostgresClientTools() {
    }

    public static Optional<Path> find() {
        String configured = System.getenv("KONTINGENT_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(PostgresClientTools::complete);
        }
        Path versions = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(versions)) {
            return Optional.empty();
        }
        try (Stream<Path> installed = Files.list(versions)) {
            return installed.map(version -> version.resolve("bin")).filter(PostgresClientTools::complete)
                    .max(Comparator.comparing(bin -> versionOf(bin.getParent())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static String missingReason() {
        return "skipped: pg_dump and psql are needed (Debian package postgresql-client; .ci/run installs it)"
                + " or KONTINGENT_PG_BIN naming their directory";
    }

    private static boolean complete(Path bin) {
        return Files.isExecutable(bin.resolve("pg_dump")) && Files.isExecutable(bin.resolve("psql"));
    }

    private static int versionOf(Path directory) {
        try {
            return Integer.parseInt(directory.getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
