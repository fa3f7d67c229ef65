package ru.kontingent.devtools;

import java.util.Set;

/** {@code db}: the dev database alone, for tools and tests run from an IDE against it. */
final class DbCommand implements Subcommand {

    @Override
    public Set<String> options() {
        return Set.of("data");
    }

    @Override
    public int run(CliArguments arguments, DevWorkspace workspace) throws InterruptedException {
        ShutdownSequence shutdown = ShutdownSequence.registeredAsShutdownHook();
        Database database = shutdown.push(DatabaseLauncher.start(
                arguments.value("data").map(workspace::resolve).orElse(workspace.dataDir())));
        System.out.println("PostgreSQL is ready");
        System.out.println("  url:      " + database.jdbcUrl());
        System.out.println("  user:     " + database.user());
        System.out.println("  password: " + database.password());
        System.out.println("  schema owner (migrations): " + database.migrationUser() + " / " + database.migrationPassword());
        System.out.println("Press Ctrl-C to stop.");
        // Everything happens in the shutdown hook; this thread only keeps the JVM alive until then.
        Thread.currentThread().join();
        return 0;
    }
}
