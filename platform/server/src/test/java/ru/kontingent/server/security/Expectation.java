package ru.kontingent.server.security;

import java.util.Set;

/**
 * What one cell of the matrix must answer: a status ({@code 403}) or class ({@code 2xx}), and for
 * successful reads the exact member names of the answer, of its {@code items}, and their number.
 * A null part is not checked.
 */
record Expectation(String status, Set<String> fields, Set<String> itemFields, Integer count) {

    boolean statusMatches(int actual) {
        if (status.endsWith("xx")) {
            return actual / 100 == status.charAt(0) - '0';
        }
        return Integer.parseInt(status) == actual;
    }

    @Override
    public String toString() {
        return status + (fields == null ? "" : " fields " + fields) + (itemFields == null ? "" : " items " + itemFields)
                + (count == null ? "" : " count " + count);
    }
}
