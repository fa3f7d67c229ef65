package ru.kontingent.devtools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the dev tools keep their state and find the repository. State lives under one home so
 * that {@code token} run from a module directory signs with the same key the server was given by
 * {@code run} started from the root: KONTINGENT_HOME if set, else the repository root, else the
 * working directory.
 */
final class DevWorkspace {

    static final String HOME_SETTING = "KONTINGENT_HOME";
    static final String STATE_DIR = ".kontingent";

    private final Path workingDir;
    private final Path repoRoot;
    private final Path home;

    private DevWorkspace(Path workingDir, Path repoRoot, Path home) {
        this.workingDir = workingDir;
        this.repoRoot = repoRoot;
        this.home = home;
    }

    static DevWorkspace detect() {
        String homeSetting = System.getProperty(HOME_SETTING, System.getenv(HOME_SETTING));
        return of(Path.of("").toAbsolutePath(), homeSetting);
    }

    static DevWorkspace of(Path workingDir, String homeSettingOrNull) {
        Path cwd = workingDir.toAbsolutePath().normalize();
        Path root = findRepoRoot(cwd);
        Path home = homeSettingOrNull != null && !homeSettingOrNull.isBlank()
                ? cwd.resolve(homeSettingOrNull).normalize()
                : root != null ? root : cwd;
        return new DevWorkspace(cwd, root, home);
    }

    /** The nearest directory, going up, that holds both the parent pom.xml and platform/. */
    private static Path findRepoRoot(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("platform"))) {
                return dir;
            }
        }
        return null;
    }

    Optional<Path> repoRoot() {
        return Optional.ofNullable(repoRoot);
    }

    Path requireRepoRoot(String purpose) {
        if (repoRoot == null) {
            throw new UsageException("cannot find the repository root (a directory with pom.xml and platform/) above "
                    + workingDir + "; run from inside the repository or pass " + purpose);
        }
        return repoRoot;
    }

    Path keysDir() {
        return home.resolve(STATE_DIR).resolve("keys");
    }

    Path dataDir() {
        return home.resolve(STATE_DIR).resolve("pgdata");
    }

    /** Paths typed by the user mean what they would in the shell they typed them in. */
    Path resolve(String userPath) {
        return workingDir.resolve(userPath).normalize();
    }
}
