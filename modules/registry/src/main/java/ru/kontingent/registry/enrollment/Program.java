package ru.kontingent.registry.enrollment;

/** A basic (general) program, at most one active at a time, or an additional one, any number. */
public enum Program {
    BASIC,
    ADDITIONAL
}
