package ru.kontingent.registry.promotion;

/** The certificate (аттестат) that completing a grade earns: after grade 9 basic general, after grade 11 secondary general. */
public enum Certificate {
    BASIC_GENERAL,
    SECONDARY_GENERAL
}
