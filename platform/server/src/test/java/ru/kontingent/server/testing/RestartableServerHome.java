package ru.kontingent.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * A second server home for RestartIT: the provisioned modules shared by symbolic links, the
 * configuration copied while still pristine, so the two servers never share state but the database.
 */
final class RestartableServerHome {

    private static final List<String> SHARED = List.of("modules", "jboss-modules.jar", "bin");

    private RestartableServerHome() {
    }

    static Path create(Path provisioned, Path home) {
        try {
            FileTrees.delete(home);
            Files.createDirectories(home.resolve("standalone/deployments"));
            for (String shared : SHARED) {
                Files.createSymbolicLink(home.resolve(shared), provisioned.resolve(shared).toAbsolutePath());
            }
            Path configuration = provisioned.resolve("standalone/configuration");
            try (Stream<Path> files = Files.walk(configuration)) {
                for (Path source : files.toList()) {
                    Path copy = home.resolve("standalone/configuration").resolve(configuration.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
