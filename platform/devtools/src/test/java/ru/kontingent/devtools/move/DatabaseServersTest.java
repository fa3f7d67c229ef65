package ru.kontingent.devtools.move;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DatabaseServersTest {

    @Test
    void eachServerIsReadWithItsOwnerAndRuntimeRole() {
        Map<String, DatabaseServer> servers = DatabaseServers.of(properties(
                "default.url", "jdbc:postgresql://db1:5433/kontingent?logServerErrorDetail=false",
                "default.user", "kontingent_owner", "default.password", "secret1",
                "pg2.url", "jdbc:postgresql://db2/kontingent", "pg2.user", "owner2", "pg2.password", "secret2",
                "pg2.runtime-role", "app2"));
        assertEquals(new DatabaseServer("default", "jdbc:postgresql://db1:5433/kontingent?logServerErrorDetail=false",
                "kontingent_owner", "secret1", "kontingent"), servers.get("default"));
        assertEquals("app2", servers.get("pg2").runtimeRole());
    }

    @Test
    void libpqToolsGetHostPortDatabaseAndUserButNeverThePasswordAsAnArgument() {
        DatabaseServer server = new DatabaseServer("pg2", "jdbc:postgresql://db2:6000/kontingent?ssl=true", "owner2", "secret2", "app2");
        assertEquals(List.of("--host", "db2", "--port", "6000", "--username", "owner2", "--dbname", "kontingent"),
                server.libpq().arguments());
        assertEquals(Map.of("PGPASSWORD", "secret2"), server.libpq().environment());
        assertEquals("5432", new DatabaseServer("x", "jdbc:postgresql://db/k", "u", "p", "r").libpq().port());
        assertThrows(IllegalArgumentException.class, () -> new DatabaseServer("x", "jdbc:mysql://db/k", "u", "p", "r").libpq());
        assertFalse(server.toString().contains("secret2"), server::toString);
    }

    @Test
    void thePrimaryAndEveryFieldAreRequired() {
        assertThrows(IllegalArgumentException.class, () -> DatabaseServers.of(properties(
                "pg2.url", "jdbc:postgresql://db2/k", "pg2.user", "u", "pg2.password", "p")));
        assertThrows(IllegalArgumentException.class, () -> DatabaseServers.of(properties(
                "default.url", "jdbc:postgresql://db1/k", "default.user", "u")));
        assertThrows(IllegalArgumentException.class, () -> DatabaseServers.of(properties("url", "x")));
    }

    private static Properties properties(String... keysAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return properties;
    }
}
