package ru.kontingent.registry.identity;

/** What is wrong with a text that was offered as an identifier. */
public enum IdentifierFlaw {
    /** No text at all ({@code null}). */
    MISSING,
    /** Wrong length, characters or layout. */
    MALFORMED,
    /** Well-formed, but the check number computed from the other digits does not match. */
    CHECK_NUMBER_MISMATCH,
    /** A well-formed number of a person (12-digit INN, 15-digit OGRNIP) where an organization's is expected. */
    NOT_AN_ORGANIZATION,
    /** Two upper-case letters that name no country in ISO 3166-1. */
    UNKNOWN_COUNTRY
}
