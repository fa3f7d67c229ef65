package ru.kontingent.platform.migration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChangelogFingerprintTest {

    @TempDir
    Path root;

    private ClassLoader resources() throws IOException {
        return new URLClassLoader(new URL[]{root.toUri().toURL()}, null);
    }

    private void write(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void sameChangelogsGiveTheSameFingerprint() throws IOException {
        write("liquibase/a/changelog.xml", "<databaseChangeLog><changeSet id=\"1\"/></databaseChangeLog>");
        String first = ChangelogFingerprint.of(List.of("liquibase/a/changelog.xml"), resources());
        String second = ChangelogFingerprint.of(List.of("liquibase/a/changelog.xml"), resources());
        assertEquals(first, second);
        assertTrue(first.matches("[0-9a-f]{64}"));
    }

    @Test
    void aChangeInAnIncludedFileChangesTheFingerprint() throws IOException {
        write("liquibase/a/changelog.xml", "<databaseChangeLog><include file=\"liquibase/a/one.xml\"/></databaseChangeLog>");
        write("liquibase/a/one.xml", "<databaseChangeLog><changeSet id=\"1\"/></databaseChangeLog>");
        String before = ChangelogFingerprint.of(List.of("liquibase/a/changelog.xml"), resources());
        write("liquibase/a/one.xml", "<databaseChangeLog><changeSet id=\"1\"/><changeSet id=\"2\"/></databaseChangeLog>");
        assertNotEquals(before, ChangelogFingerprint.of(List.of("liquibase/a/changelog.xml"), resources()));
    }

    @Test
    void relativeIncludesAreFollowedToo() throws IOException {
        write("liquibase/a/changelog.xml", "<databaseChangeLog><include relativeToChangelogFile=\"true\" file=\"two.xml\"/></databaseChangeLog>");
        write("liquibase/a/two.xml", "v1");
        String before = ChangelogFingerprint.of(List.of("liquibase/a/changelog.xml"), resources());
        write("liquibase/a/two.xml", "v2");
        assertNotEquals(before, ChangelogFingerprint.of(List.of("liquibase/a/changelog.xml"), resources()));
    }

    @Test
    void addingOrReorderingModulesChangesTheFingerprint() throws IOException {
        write("a.xml", "a");
        write("b.xml", "b");
        String ab = ChangelogFingerprint.of(List.of("a.xml", "b.xml"), resources());
        assertNotEquals(ab, ChangelogFingerprint.of(List.of("a.xml"), resources()));
        assertNotEquals(ab, ChangelogFingerprint.of(List.of("b.xml", "a.xml"), resources()));
    }

    @Test
    void aMissingChangelogIsAnError() throws IOException {
        assertThrows(IllegalStateException.class, () -> ChangelogFingerprint.of(List.of("nowhere.xml"), resources()));
    }
}
