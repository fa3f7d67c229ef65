package ru.kontingent.platform.problem;

import java.sql.SQLException;

/** Recognizes a lost or refused database connection anywhere in a cause chain (SQLSTATE class 08). */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    static boolean isCause(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t.getClass().getName().equals("jakarta.resource.ResourceException")
                    || t.getClass().getName().endsWith("JBossResourceException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
