package ru.kontingent.server.testing;

import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import ru.kontingent.devtools.Database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;

/**
 * Adds a database server to a running WildFly as docs/platform.md tells an operator to: the pair
 * of datasources {@code KontingentDS_<name>} (JTA, runtime role) and {@code KontingentMigrationDS_<name>}
 * (non-JTA, migration role), through the management API. Closing removes them again, so the
 * restartable container's configuration is left as other tests expect it.
 */
public final class ServerDatasources implements AutoCloseable {

    private static final String VALIDATOR = "org.jboss.jca.adapters.jdbc.extensions.postgres.PostgreSQLValidConnectionChecker";
    private static final String SORTER = "org.jboss.jca.adapters.jdbc.extensions.postgres.PostgreSQLExceptionSorter";

    private final ModelControllerClient client;
    private final String name;

    private ServerDatasources(ModelControllerClient client, String name) {
        this.client = client;
        this.name = name;
    }

    public static ServerDatasources add(int managementPort, String name, Database database) {
        try {
            ModelControllerClient client = ModelControllerClient.Factory.create(InetAddress.getByName("127.0.0.1"), managementPort);
            ServerDatasources added = new ServerDatasources(client, name);
            added.execute(dataSource("KontingentDS_" + name, database.jdbcUrl(), database.user(), database.password(), true, 10));
            added.execute(dataSource("KontingentMigrationDS_" + name, database.jdbcUrl(), database.migrationUser(),
                    database.migrationPassword(), false, 2));
            return added;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds the pair for good: the scale-out test's nodes keep it in their own configuration, so a
     * restarted node has it before the application deploys.
     */
    public static void addForGood(int managementPort, String name, Database database) {
        try {
            add(managementPort, name, database).client.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ModelNode dataSource(String pool, String url, String user, String password, boolean jta, int maxPool) {
        ModelNode add = Operations.createAddOperation(address(pool));
        add.get("jndi-name").set("java:jboss/datasources/" + pool);
        add.get("driver-name").set("postgresql");
        add.get("connection-url").set(url);
        add.get("user-name").set(user);
        add.get("password").set(password);
        add.get("jta").set(jta);
        add.get("min-pool-size").set(0);
        add.get("max-pool-size").set(maxPool);
        add.get("blocking-timeout-wait-millis").set(5000);
        add.get("validate-on-match").set(true);
        add.get("background-validation").set(false);
        add.get("valid-connection-checker-class-name").set(VALIDATOR);
        add.get("exception-sorter-class-name").set(SORTER);
        add.get("connection-properties", "logServerErrorDetail", "value").set("false");
        return add;
    }

    private static ModelNode address(String pool) {
        return Operations.createAddress("subsystem", "datasources", "data-source", pool);
    }

    private void execute(ModelNode operation) throws IOException {
        ModelNode result = client.execute(operation);
        if (!Operations.isSuccessfulOutcome(result)) {
            throw new IllegalStateException("management operation failed: " + Operations.getFailureDescription(result));
        }
    }

    @Override
    public void close() throws IOException {
        try {
            execute(Operations.createRemoveOperation(address("KontingentDS_" + name)));
            execute(Operations.createRemoveOperation(address("KontingentMigrationDS_" + name)));
        } finally {
            client.close();
        }
    }
}
