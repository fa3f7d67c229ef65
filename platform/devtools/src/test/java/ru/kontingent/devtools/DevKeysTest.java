package ru.kontingent.devtools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevKeysTest {

    @TempDir
    Path workDir;

    @Test
    void loadingWhatWasCreatedGivesTheSamePair() {
        Path dir = workDir.resolve("nested/keys");

        DevKeys created = DevKeys.loadOrCreate(dir);
        DevKeys loaded = DevKeys.loadOrCreate(dir);

        assertTrue(created.generated());
        assertFalse(loaded.generated());
        assertArrayEquals(created.privateKey().getEncoded(), loaded.privateKey().getEncoded());
        assertArrayEquals(created.publicKey().getEncoded(), loaded.publicKey().getEncoded());
        assertEquals(dir.resolve("private-key.pem").toAbsolutePath(), loaded.privateKeyPath());
        assertEquals(dir.resolve("public-key.pem").toAbsolutePath(), loaded.publicKeyPath());
    }

    @Test
    void writesStandardPemThatOtherToolsRead() throws Exception {
        DevKeys keys = DevKeys.loadOrCreate(workDir);

        String publicPem = Files.readString(keys.publicKeyPath());
        String privatePem = Files.readString(keys.privateKeyPath());

        assertTrue(publicPem.startsWith("-----BEGIN PUBLIC KEY-----\n"), publicPem);
        assertTrue(publicPem.endsWith("-----END PUBLIC KEY-----\n"), publicPem);
        assertTrue(privatePem.startsWith("-----BEGIN PRIVATE KEY-----\n"), privatePem);
        assertTrue(publicPem.lines().allMatch(line -> line.length() <= 64), "lines wrapped at 64 columns");
        assertEquals("RSA", keys.publicKey().getAlgorithm());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.privateKeyPath())));
    }

    @Test
    void aMissingHalfMeansANewPair() throws Exception {
        DevKeys first = DevKeys.loadOrCreate(workDir);
        Files.delete(first.publicKeyPath());

        DevKeys second = DevKeys.loadOrCreate(workDir);

        assertTrue(second.generated());
        assertNotEquals(first.publicKey(), second.publicKey());
        assertEquals(second.publicKey(), DevKeys.loadOrCreate(workDir).publicKey());
    }
}
