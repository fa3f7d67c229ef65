package ru.kontingent.registry.importing;

public enum ImportState {
    RUNNING,
    COMPLETED,
    /** Stopped by a failure (e.g. the database): every batch before {@code stoppedAtLine} is stored; resend the file to finish. */
    FAILED,
    /**
     * The server stopped while the job ran (a restart, a crash): every committed batch is stored,
     * {@code stoppedAtLine} is the first line not known to be; resend the file to finish.
     */
    INTERRUPTED
}
