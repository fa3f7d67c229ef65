package ru.kontingent.devtools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/**
 * Checks a data directory before the embedded cluster is started on it, so that the failures a
 * developer actually meets end in a sentence instead of a stack trace from initdb or pg_ctl.
 */
final class PersistentDataDir {

    /** The file zonky holds a lock on while its cluster runs on the directory. */
    private static final String ZONKY_LOCK_FILE = "epg-lock";

    private PersistentDataDir() {
    }

    static Path prepare(Path requested) {
        Path dir = requested.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            if (!Files.exists(dir.resolve("postgresql.conf")) && !isEmpty(dir)) {
                throw new IllegalStateException(dir + " is neither empty nor a PostgreSQL data directory;"
                        + " choose another directory or empty this one");
            }
            ensureNotInUse(dir);
            OrphanedPostmaster.stopIfRunning(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the data directory " + dir, e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** A live session holds zonky's lock; its postmaster must not be mistaken for an orphan. */
    private static void ensureNotInUse(Path dir) throws IOException {
        Path lockFile = dir.resolve(ZONKY_LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw inUse(dir);
            }
        } catch (OverlappingFileLockException e) {
            throw inUse(dir);
        }
    }

    private static IllegalStateException inUse(Path dir) {
        return new IllegalStateException("the data directory " + dir
                + " is in use by another running Kontingent database; stop it first or use another directory");
    }
}
