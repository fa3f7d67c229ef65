package ru.kontingent.devtools;

import java.nio.file.Path;
import java.util.Map;

/**
 * Gives the dev tools a PostgreSQL: the one named by {@code KONTINGENT_DB_URL} when set (CI, a
 * local server), otherwise an embedded one, since no PostgreSQL runs on the dev machines.
 */
public final class DatabaseLauncher {

    public static final String URL_VARIABLE = "KONTINGENT_DB_URL";
    public static final String USER_VARIABLE = "KONTINGENT_DB_USER";
    public static final String PASSWORD_VARIABLE = "KONTINGENT_DB_PASSWORD";
    public static final String MIGRATION_USER_VARIABLE = "KONTINGENT_DB_MIGRATION_USER";
    public static final String MIGRATION_PASSWORD_VARIABLE = "KONTINGENT_DB_MIGRATION_PASSWORD";
    public static final String DEFAULT_USER = "kontingent";
    public static final String DEFAULT_PASSWORD = "kontingent";

    private DatabaseLauncher() {
    }

    /**
     * @param dataDirOrNull where the embedded cluster keeps its data between runs; null for a
     *                      throw-away cluster removed by {@link Database#close()}
     */
    public static Database start(Path dataDirOrNull) {
        return start(dataDirOrNull, System.getenv());
    }

    static Database start(Path dataDirOrNull, Map<String, String> environment) {
        String url = environment.get(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            System.err.println("kontingent: using the database at " + url + " (" + URL_VARIABLE + ")");
            String user = environment.getOrDefault(USER_VARIABLE, DEFAULT_USER);
            String password = environment.getOrDefault(PASSWORD_VARIABLE, DEFAULT_PASSWORD);
            return new Database(url, user, password,
                    environment.getOrDefault(MIGRATION_USER_VARIABLE, user),
                    environment.getOrDefault(MIGRATION_PASSWORD_VARIABLE, password),
                    null);
        }
        return EmbeddedCluster.start(dataDirOrNull);
    }

    /**
     * An embedded cluster on a fixed port whose data survives {@link Database#close()}: fault tests
     * stop it under a running server and start it again in the same place.
     */
    public static Database startEmbedded(Path dataDir, int port) {
        return EmbeddedCluster.start(dataDir, port);
    }
}
