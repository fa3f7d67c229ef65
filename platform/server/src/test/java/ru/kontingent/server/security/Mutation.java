package ru.kontingent.server.security;

/**
 * One way of spoiling one value of a valid JSON body. {@code mustReject} marks the spoilings no
 * field of any body can accept; the others (a removed optional field, SQL text in an address) may
 * legitimately be stored, and then only "no 5xx" and "stored as one row" are asked of them.
 */
enum Mutation {
    REMOVE(false),
    NULL(false),
    NUMBER_INSTEAD(false),
    STRING_INSTEAD(false),
    ARRAY_INSTEAD(true),
    OBJECT_INSTEAD(true),
    OVERLONG_TEXT(true),
    NUL_BYTE(true),
    CONTROL_CHARACTERS(true),
    SQL_TEXT(false),
    JSON_METACHARACTERS(false),
    HUGE_NUMBER(false),
    NEGATIVE_NUMBER(false),
    IMPOSSIBLE_DATE(false),
    DEEP_NESTING(true);

    private final boolean mustReject;

    Mutation(boolean mustReject) {
        this.mustReject = mustReject;
    }

    boolean mustReject() {
        return mustReject;
    }
}
