package ru.kontingent.platform.problem;

import java.sql.SQLException;

/** Recognizes a lost or refused database connection anywhere in a cause chain (SQLSTATE class 08). */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    static boolean isCause(Throwable exception) {
        // A cause chain may loop (initCause allows A -> B -> A): remember what was seen.
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable t = exception; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t.getClass().getName().equals("jakarta.resource.ResourceException")
                    || t.getClass().getName().endsWith("JBossResourceException")) {
                return true;
            }
        }
        return false;
    }
}
