package ru.kontingent.devtools;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Where the application's database is, and how to let go of it. Two roles: the application's
 * (rows only) and the migration role that owns the schemas; one role twice for a database that
 * has only one. Closing twice is harmless.
 */
public final class Database implements AutoCloseable {

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final String migrationUser;
    private final String migrationPassword;
    private final AutoCloseable shutdown;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** @param shutdown what close() runs, or null for a database someone else owns */
    Database(String jdbcUrl, String user, String password, String migrationUser, String migrationPassword,
             AutoCloseable shutdown) {
        this.jdbcUrl = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        this.user = Objects.requireNonNull(user, "user");
        this.password = Objects.requireNonNull(password, "password");
        this.migrationUser = Objects.requireNonNull(migrationUser, "migrationUser");
        this.migrationPassword = Objects.requireNonNull(migrationPassword, "migrationPassword");
        this.shutdown = shutdown;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** The role that owns the schemas: migrations, and tests or benchmarks that need DDL. */
    public String migrationUser() {
        return migrationUser;
    }

    public String migrationPassword() {
        return migrationPassword;
    }

    @Override
    public void close() {
        if (shutdown == null || !closed.compareAndSet(false, true)) {
            return;
        }
        try {
            shutdown.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the database at " + jdbcUrl, e);
        }
    }

    @Override
    public String toString() {
        return jdbcUrl + " (user " + user + ")";
    }
}
