package ru.kontingent.devtools.move;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The servers file of {@code move-region}: per datasource name {@code NAME.url}, {@code NAME.user},
 * {@code NAME.password} (the schema owner) and {@code NAME.runtime-role} (default: kontingent).
 * {@code default} is the primary, which holds the catalog.
 */
public final class DatabaseServers {

    public static final String PRIMARY = "default";
    static final String DEFAULT_RUNTIME_ROLE = "kontingent";

    private DatabaseServers() {
    }

    public static Map<String, DatabaseServer> read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return of(properties);
    }

    static Map<String, DatabaseServer> of(Properties properties) {
        TreeSet<String> names = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            int dot = key.indexOf('.');
            if (dot <= 0) {
                throw new IllegalArgumentException("servers file: '" + key + "' is not NAME.url|user|password|runtime-role");
            }
            names.add(key.substring(0, dot));
        }
        Map<String, DatabaseServer> servers = new TreeMap<>();
        for (String name : names) {
            servers.put(name, new DatabaseServer(name, required(properties, name, "url"), required(properties, name, "user"),
                    required(properties, name, "password"), properties.getProperty(name + ".runtime-role", DEFAULT_RUNTIME_ROLE)));
        }
        if (!servers.containsKey(PRIMARY)) {
            throw new IllegalArgumentException("servers file: the primary ('" + PRIMARY + ".url', ...) holds the catalog and is required");
        }
        return servers;
    }

    private static String required(Properties properties, String name, String field) {
        String value = properties.getProperty(name + "." + field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("servers file: " + name + "." + field + " is missing");
        }
        return value.strip();
    }
}
