package ru.kontingent.registry.importing;

public enum ImportState {
    RUNNING,
    COMPLETED,
    /** Stopped by a failure (e.g. the database): every batch before {@code stoppedAtLine} is stored; resend the file to finish. */
    FAILED
}
