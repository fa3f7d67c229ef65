package ru.kontingent.platform.migration;

/** A schema could not be brought to the current version; the server must not serve it half-migrated. */
public class MigrationFailedException extends RuntimeException {

    public MigrationFailedException(String schema, Throwable cause) {
        super("Migration of schema " + schema + " failed", cause);
    }
}
