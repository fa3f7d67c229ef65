package ru.kontingent.registry.importing;

/**
 * Someone else changed a batch's students between its reads and its writes (a concurrent update,
 * or a basic enrollment the database's one-active-basic index refused). The batch transaction
 * rolls back and the batch is planned again from fresh reads, so the conflict becomes a line error.
 */
class StaleBatchException extends RuntimeException {

    StaleBatchException(String what) {
        super(what);
    }
}
