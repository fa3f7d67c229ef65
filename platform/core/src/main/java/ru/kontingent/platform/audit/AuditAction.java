package ru.kontingent.platform.audit;

/** What was done with personal data. */
public enum AuditAction {
    READ,
    SEARCH,
    CREATE,
    UPDATE,
    DELETE,
    EXPORT,
    /** Two records of one child became one (duplicate merge); journaled for both students. */
    MERGE,
    /** A merge was reverted. */
    MERGE_UNDO
}
