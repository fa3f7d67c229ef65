package ru.kontingent.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    @TempDir
    Path temp;

    @Test
    void serverGetsTheDatabaseTheKeyAndTheTenants() {
        DevKeys keys = DevKeys.loadOrCreate(temp.resolve("keys"));
        Database database = new Database("jdbc:postgresql://localhost:5555/kontingent", "kontingent", "secret", "kontingent_owner", "owner-secret", null);

        Map<String, String> environment = RunCommand.serverEnvironment(database, keys, temp.resolve("tenants"));

        assertEquals(Map.of(
                "KONTINGENT_DB_URL", "jdbc:postgresql://localhost:5555/kontingent",
                "KONTINGENT_DB_USER", "kontingent",
                "KONTINGENT_DB_PASSWORD", "secret",
                "KONTINGENT_DB_MIGRATION_USER", "kontingent_owner",
                "KONTINGENT_DB_MIGRATION_PASSWORD", "owner-secret",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", temp.resolve("keys/public-key.pem").toString(),
                "MP_JWT_VERIFY_ISSUER", "https://kontingent.dev/issuer",
                "MP_JWT_VERIFY_AUDIENCES", "kontingent",
                "KONTINGENT_TENANTS_DIR", temp.resolve("tenants").toString(),
                // The federal index secret kept beside the dev keys, the same one on every run.
                "KONTINGENT_FEDERAL_INDEX_KEY", FederalIndexKey.loadOrCreate(temp.resolve("keys"))), environment);
    }

    @Test
    void portOffsetBecomesASystemProperty() {
        assertEquals(List.of(), RunCommand.serverArguments(0));
        assertEquals(List.of("-Djboss.socket.binding.port-offset=100"), RunCommand.serverArguments(100));
    }
}
