package ru.kontingent.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevWorkspaceTest {

    @TempDir
    Path temp;
    Path repo;
    Path module;

    @BeforeEach
    void repository() throws Exception {
        repo = Files.createDirectories(temp.resolve("repo"));
        Files.writeString(repo.resolve("pom.xml"), "<project/>");
        module = Files.createDirectories(repo.resolve("platform/devtools"));
        Files.writeString(module.resolve("pom.xml"), "<project/>");
    }

    @Test
    void findsTheSameRootAndStateFromTheRootAndFromAModule() {
        DevWorkspace fromRoot = DevWorkspace.of(repo, null);
        DevWorkspace fromModule = DevWorkspace.of(module, null);

        assertEquals(Optional.of(repo), fromRoot.repoRoot());
        assertEquals(Optional.of(repo), fromModule.repoRoot());
        assertEquals(repo.resolve(".kontingent/keys"), fromModule.keysDir());
        assertEquals(repo.resolve(".kontingent/pgdata"), fromModule.dataDir());
    }

    @Test
    void homeSettingWinsAndUserPathsFollowTheWorkingDirectory() {
        DevWorkspace workspace = DevWorkspace.of(module, temp.resolve("elsewhere").toString());

        assertEquals(temp.resolve("elsewhere/.kontingent/keys"), workspace.keysDir());
        assertEquals(module.resolve("keys"), workspace.resolve("keys"));
    }

    @Test
    void outsideARepositoryStateStaysInTheWorkingDirectory() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        DevWorkspace workspace = DevWorkspace.of(outside, null);

        assertTrue(workspace.repoRoot().isEmpty());
        assertEquals(outside.resolve(".kontingent/keys"), workspace.keysDir());
        assertThrows(UsageException.class, () -> workspace.requireRepoRoot("--server-home DIR"));
    }
}
