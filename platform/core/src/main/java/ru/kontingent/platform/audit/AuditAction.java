package ru.kontingent.platform.audit;

/** What was done with personal data. */
public enum AuditAction {
    READ,
    SEARCH,
    CREATE,
    UPDATE,
    DELETE,
    EXPORT
}
