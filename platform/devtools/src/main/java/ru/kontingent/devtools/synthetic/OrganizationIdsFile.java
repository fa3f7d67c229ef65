package ru.kontingent.devtools.synthetic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A file of organization ids, one UUID a line, as collected from {@code POST
 * /api/registry/organizations} answers; blank lines and {@code #} comments are skipped.
 */
public final class OrganizationIdsFile {

    private OrganizationIdsFile() {
    }

    /** @throws IllegalArgumentException naming the first line that is not a UUID, or when there is none */
    public static List<UUID> read(Path file) throws IOException {
        List<UUID> ids = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            ids.add(parse(text, file, i + 1));
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no organization id");
        }
        return List.copyOf(ids);
    }

    private static UUID parse(String text, Path file, int lineNumber) {
        try {
            UUID id = UUID.fromString(text);
            // UUID.fromString also takes short forms such as 1-2-3-4-5; the API only writes the canonical one.
            if (id.toString().equals(text.toLowerCase(Locale.ROOT))) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // reported below with the line number
        }
        throw new IllegalArgumentException(file + ", line " + lineNumber + ": not an organization id (a UUID)");
    }
}
