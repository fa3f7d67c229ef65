package ru.kontingent.registry.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The upload copied to a temporary file while its lines are counted: the request can end before
 * a long job does, memory stays flat, and the line count decides between answering at once and
 * running a job.
 */
final class ImportSpool implements AutoCloseable {

    private final Path file;
    private final long lines;

    private ImportSpool(Path file, long lines) {
        this.file = file;
        this.lines = lines;
    }

    static ImportSpool of(InputStream body) {
        Path file = null;
        try {
            file = Files.createTempFile("kontingent-import-", ".upload");
            long lines = 0;
            int last = '\n';
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(file)) {
                int n;
                while ((n = body.read(buffer)) > 0) {
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                    last = buffer[n - 1];
                    out.write(buffer, 0, n);
                }
            }
            return new ImportSpool(file, last == '\n' ? lines : lines + 1);
        } catch (IOException | RuntimeException e) {
            delete(file);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UncheckedIOException((IOException) e);
        }
    }

    Path file() {
        return file;
    }

    long lines() {
        return lines;
    }

    @Override
    public void close() {
        delete(file);
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A temporary file left behind is cleaned with the server's temp folder.
            }
        }
    }
}
