package ru.kontingent.devtools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The file PostgreSQL's output goes to. Without it the output would go to zonky's SLF4J logger,
 * which has no binding here and drops everything, so a failed start would say nothing.
 */
final class PostgresLog {

    private static final int TAIL_LINES = 15;

    private final Path file;
    private final boolean temporary;

    private PostgresLog(Path file, boolean temporary) {
        this.file = file;
        this.temporary = temporary;
    }

    /** Next to the data directory, not inside it: initdb refuses a directory that is not empty. */
    static PostgresLog beside(Path dataDir) {
        Path file = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file.getParent(), e);
        }
        return new PostgresLog(file, false);
    }

    static PostgresLog temporary() {
        try {
            return new PostgresLog(Files.createTempFile("kontingent-postgres-", ".log"), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary log file", e);
        }
    }

    ProcessBuilder.Redirect redirect() {
        return ProcessBuilder.Redirect.appendTo(file.toFile());
    }

    String describeTail() {
        try {
            // Lenient decoding: the server logs in whatever locale initdb picked up.
            List<String> lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
            List<String> tail = lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
            return "PostgreSQL log " + file + (tail.isEmpty() ? " is empty" : " ends with:\n  " + String.join("\n  ", tail));
        } catch (IOException e) {
            return "PostgreSQL log " + file + " is unreadable: " + e.getMessage();
        }
    }

    void discardIfTemporary() throws IOException {
        if (temporary) {
            Files.deleteIfExists(file);
        }
    }
}
