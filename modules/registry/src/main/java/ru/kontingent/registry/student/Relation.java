package ru.kontingent.registry.student;

/** How a representative is related to the child (законный представитель). */
public enum Relation {
    MOTHER,
    FATHER,
    /** опекун */
    GUARDIAN,
    /** попечитель */
    TRUSTEE,
    OTHER
}
