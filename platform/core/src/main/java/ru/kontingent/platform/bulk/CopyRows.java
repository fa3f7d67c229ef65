package ru.kontingent.platform.bulk;

import org.postgresql.PGConnection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Rows in PostgreSQL's COPY text format, then streamed into a table with {@code COPY ... FROM STDIN}
 * on the caller's connection (so they join its transaction). Values travel as data, never as SQL;
 * table and column lists are the callers' constants.
 */
public final class CopyRows {

    private final StringBuilder text = new StringBuilder(4096);
    private final int columns;
    private int rows;

    public CopyRows(int columns) {
        this.columns = columns;
    }

    /** One row: null is SQL NULL; dates in ISO form; anything else as its text. */
    public CopyRows add(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " values, got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            appendValue(text, values[i]);
        }
        text.append('\n');
        rows++;
        return this;
    }

    public int size() {
        return rows;
    }

    public boolean isEmpty() {
        return rows == 0;
    }

    /** The rows as COPY text (what {@link #copyInto} sends). */
    public String text() {
        return text.toString();
    }

    /**
     * {@code COPY table (columnList) FROM STDIN} with these rows on the given connection.
     *
     * @param table      a constant table name (schema-qualified or resolved by the search path)
     * @param columnList a constant column list, in the order the rows were added
     * @return the number of rows the server stored
     */
    public long copyInto(Connection connection, String table, String columnList) throws SQLException {
        if (rows == 0) {
            return 0;
        }
        try {
            return pg(connection).getCopyAPI().copyIn("COPY " + table + " (" + columnList + ") FROM STDIN",
                    new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new SQLException("COPY into " + table + " failed", e);
        }
    }

    /** The driver's connection behind the server's pool wrapper (IronJacamar unwraps to the driver's class). */
    static PGConnection pg(Connection connection) throws SQLException {
        return connection.unwrap(PGConnection.class);
    }

    static void appendValue(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
        } else if (value instanceof LocalDate date) {
            out.append(date(date));
        } else {
            escape(out, value.toString());
        }
    }

    /**
     * COPY text escaping: backslash, tab, newline and carriage return are the format's delimiters
     * and are written as backslash sequences. NUL cannot be stored in PostgreSQL text at all: input
     * validation rejects it first, so meeting one here is a bug, not data.
     */
    static void escape(StringBuilder out, String value) {
        int first = 0;
        while (first < value.length() && !isSpecial(value.charAt(first))) {
            first++;
        }
        out.append(value, 0, first);
        for (int i = first; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\0' -> throw new IllegalArgumentException("a NUL character cannot be stored; validation must reject it");
                default -> out.append(c);
            }
        }
    }

    private static boolean isSpecial(char c) {
        return c == '\\' || c == '\t' || c == '\n' || c == '\r' || c == '\0';
    }

    /** PostgreSQL's date input: four-or-more-digit years, and "BC" instead of ISO's year 0 and below. */
    static String date(LocalDate date) {
        int year = date.getYear();
        if (year >= 1 && year <= 9999) {
            return date.toString();
        }
        String monthDay = String.format("-%02d-%02d", date.getMonthValue(), date.getDayOfMonth());
        return year > 9999 ? year + monthDay : String.format("%04d", 1 - year) + monthDay + " BC";
    }
}
