package ru.kontingent.devtools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The dev install's secret for the federal index (HMAC of SNILS), created once beside the dev
 * keys and reused, so hashes written by one run are found by the next.
 */
public final class FederalIndexKey {

    static final String FILE = "federal-index.key";

    private FederalIndexKey() {
    }

    public static String loadOrCreate(Path keysDir) {
        Path file = keysDir.resolve(FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(keysDir);
            byte[] secret = new byte[36];
            new SecureRandom().nextBytes(secret);
            String key = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            Files.writeString(file, key + "\n");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // Not a POSIX file system: the file stays as created.
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + file, e);
        }
    }
}
