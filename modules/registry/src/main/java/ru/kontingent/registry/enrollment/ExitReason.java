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
    OTHER,
    /** moved on to the next grade by the year-end promotion order (приказ о переводе в следующий класс) */
    PROMOTED
}
