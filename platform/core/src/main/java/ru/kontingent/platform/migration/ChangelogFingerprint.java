package ru.kontingent.platform.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SHA-256 over the text of a set of changelogs and every file they include, in order. Two
 * deployments with the same fingerprint would run exactly the same change sets, so a region
 * schema already migrated with this fingerprint needs no Liquibase run at start.
 */
final class ChangelogFingerprint {

    private static final Pattern INCLUDE = Pattern.compile("<include\\s+[^>]*file\\s*=\\s*\"([^\"]+)\"");

    private ChangelogFingerprint() {
    }

    static String of(List<String> changelogs, ClassLoader resources) {
        MessageDigest digest = sha256();
        Set<String> visited = new LinkedHashSet<>();
        for (String changelog : changelogs) {
            add(changelog, resources, digest, visited);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A fingerprint that also covers something beside the changelogs, still 64 hex digits. */
    static String combine(String fingerprint, String extra) {
        MessageDigest digest = sha256();
        digest.update(fingerprint.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(extra.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void add(String path, ClassLoader resources, MessageDigest digest, Set<String> visited) {
        if (!visited.add(path)) {
            return;
        }
        byte[] content = read(path, resources);
        digest.update(path.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(content);
        Matcher include = INCLUDE.matcher(new String(content, StandardCharsets.UTF_8));
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
        while (include.find()) {
            String included = include.group(1);
            // Liquibase resolves includes from the classpath root unless relativeToChangelogFile is set;
            // hashing whichever of the two exists covers both.
            add(resources.getResource(included) != null ? included : folder + included, resources, digest, visited);
        }
    }

    private static byte[] read(String path, ClassLoader resources) {
        try (InputStream in = resources.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Changelog not found on the classpath: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
