package ru.kontingent.registry.enrollment;

/** Why an enrollment ended (приказ об отчислении / переводе). */
public enum ExitReason {
    COMPLETED,
    TRANSFERRED,
    MOVED_TO_ANOTHER_REGION,
    MOVED_ABROAD,
    FAMILY_EDUCATION,
    EXPELLED,
    DEATH,
    OTHER
}
