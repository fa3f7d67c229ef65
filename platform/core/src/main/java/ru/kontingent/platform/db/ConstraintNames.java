package ru.kontingent.platform.db;

import org.hibernate.exception.ConstraintViolationException;

/** Recognizes which database constraint a failed flush broke. */
public final class ConstraintNames {

    private ConstraintNames() {
    }

    public static boolean violated(Throwable failure, String constraint) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth++ < 32; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation && violation.getConstraintName() != null
                    && violation.getConstraintName().toLowerCase().contains(constraint)) {
                return true;
            }
        }
        return false;
    }
}
