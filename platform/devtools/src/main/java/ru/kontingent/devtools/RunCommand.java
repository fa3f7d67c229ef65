package ru.kontingent.devtools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code run}: the whole dev stack in one terminal. The persistent database and the dev keys come
 * first, so the banner can hand out a working token before WildFly's log starts scrolling.
 */
final class RunCommand implements Subcommand {

    static final int HTTP_PORT = 8080;
    static final int MANAGEMENT_PORT = 9990;
    /** The dev sign-in for the console, a port of its own beside the server's. */
    static final int DEV_SIGN_IN_PORT = 8180;
    private static final int MAX_PORT_OFFSET = 50_000;
    /** A working day, so the banner's token outlives a typical session. */
    private static final Duration BANNER_TOKEN_LIFETIME = Duration.ofHours(8);

    @Override
    public Set<String> options() {
        return Set.of("server-home", "tenants", "data", "port-offset");
    }

    @Override
    public int run(CliArguments arguments, DevWorkspace workspace) throws Exception {
        Path serverHome = arguments.value("server-home").map(workspace::resolve).orElseGet(() ->
                workspace.requireRepoRoot("--server-home DIR").resolve("platform/server/target/server"));
        Path tenantsDir = arguments.value("tenants").map(workspace::resolve).orElseGet(() ->
                workspace.requireRepoRoot("--tenants DIR").resolve("tenants"));
        int portOffset = arguments.intValue("port-offset", 0, 0, MAX_PORT_OFFSET);
        if (!Files.isRegularFile(WildFlyProcess.launcher(serverHome))) {
            throw new IllegalStateException("no provisioned WildFly at " + serverHome
                    + "; build it first: mvn -pl platform/server -am package -DskipTests");
        }
        if (!Files.isDirectory(tenantsDir)) {
            System.err.println("kontingent: warning: no tenants directory at " + tenantsDir);
        }

        ShutdownSequence shutdown = ShutdownSequence.registeredAsShutdownHook();
        try {
            Database database = shutdown.push(DatabaseLauncher.start(
                    arguments.value("data").map(workspace::resolve).orElse(workspace.dataDir())));
            DevKeys keys = DevKeys.loadOrCreate(workspace.keysDir());
            TokenMinter minter = new TokenMinter(keys.privateKey(), TokenMinter.DEFAULT_ISSUER, TokenMinter.DEFAULT_AUDIENCE);
            String token = minter.mint(TokenSpec.federalOperator().withLifetime(BANNER_TOKEN_LIFETIME));
            DevSignIn signIn = shutdown.push(DevSignIn.start(DEV_SIGN_IN_PORT + portOffset, minter));

            printBanner(database, tenantsDir, portOffset, token, workspace);
            Map<String, String> environment = serverEnvironment(database, keys, tenantsDir);
            environment.put("KONTINGENT_CONSOLE_OIDC_ISSUER", signIn.issuer());
            WildFlyProcess wildFly = shutdown.push(WildFlyProcess.launch(serverHome, environment, serverArguments(portOffset)));
            return wildFly.waitFor();
        } finally {
            // Also on failure: PostgreSQL is a daemon and would outlive this JVM.
            shutdown.run();
        }
    }

    /** What the server's MicroProfile Config and datasource read; see the API contract's Tokens section. */
    static Map<String, String> serverEnvironment(Database database, DevKeys keys, Path tenantsDir) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put(DatabaseLauncher.URL_VARIABLE, database.jdbcUrl());
        environment.put(DatabaseLauncher.USER_VARIABLE, database.user());
        environment.put(DatabaseLauncher.PASSWORD_VARIABLE, database.password());
        environment.put(DatabaseLauncher.MIGRATION_USER_VARIABLE, database.migrationUser());
        environment.put(DatabaseLauncher.MIGRATION_PASSWORD_VARIABLE, database.migrationPassword());
        environment.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyPath().toAbsolutePath().toString());
        environment.put("MP_JWT_VERIFY_ISSUER", TokenMinter.DEFAULT_ISSUER);
        environment.put("MP_JWT_VERIFY_AUDIENCES", TokenMinter.DEFAULT_AUDIENCE);
        environment.put("KONTINGENT_TENANTS_DIR", tenantsDir.toAbsolutePath().toString());
        environment.put("KONTINGENT_FEDERAL_INDEX_KEY", FederalIndexKey.loadOrCreate(keys.privateKeyPath().getParent()));
        return environment;
    }

    static List<String> serverArguments(int portOffset) {
        return portOffset == 0 ? List.of() : List.of("-Djboss.socket.binding.port-offset=" + portOffset);
    }

    private static void printBanner(Database database, Path tenantsDir, int portOffset, String token,
            DevWorkspace workspace) {
        String http = "http://localhost:" + (HTTP_PORT + portOffset);
        String maven = workspace.repoRoot().map(root -> Files.exists(root.resolve("mvnw")) ? "./mvnw" : "mvn").orElse("mvn");
        System.out.println();
        System.out.println("Kontingent dev server");
        System.out.println("  Console:   " + http + "/console/   (dev sign-in: pick any role)");
        System.out.println("  API:       " + http + "/api");
        System.out.println("  OpenAPI:   " + http + "/openapi");
        System.out.println("  Health:    http://localhost:" + (MANAGEMENT_PORT + portOffset) + "/health");
        System.out.println("  Database:  " + database);
        System.out.println("  Tenants:   " + tenantsDir.toAbsolutePath());
        System.out.println();
        System.out.println("  Federal operator token (valid " + BANNER_TOKEN_LIFETIME.toHours() + " h):");
        System.out.println("  " + token);
        System.out.println();
        System.out.println("  Try:   curl -H \"Authorization: Bearer $TOKEN\" " + http + "/api/platform/regions");
        System.out.println("  Mint:  " + maven + " -q -pl platform/devtools exec:java"
                + " -Dexec.args=\"token --role school-operator --region r61 --org ORG_ID\"");
        System.out.println("         roles: " + Role.claimList());
        System.out.println();
    }
}
