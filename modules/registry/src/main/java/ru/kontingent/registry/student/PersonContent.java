package ru.kontingent.registry.student;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The person columns a student and a representative share, normalized as stored (names stripped,
 * blank optional parts as null, SNILS as 11 digits): what a bulk import compares and writes.
 */
public record PersonContent(String lastName, String firstName, String middleName, LocalDate birthDate, String snils,
                            String citizenship, String documentType, String documentSeries, String documentNumber,
                            String documentIssuedBy, LocalDate documentIssueDate) {

    /** The columns, in the order of {@link #values()}; the same names in {@code student} and {@code representative}. */
    static final String COLUMNS = "last_name, first_name, middle_name, birth_date, snils, citizenship, document_type,"
            + " document_series, document_number, document_issued_by, document_issue_date";
    static final int COUNT = 11;

    Object[] values() {
        return new Object[] {lastName, firstName, middleName, birthDate, snils, citizenship, documentType, documentSeries,
                documentNumber, documentIssuedBy, documentIssueDate};
    }

    static PersonContent read(ResultSet row) throws SQLException {
        return new PersonContent(row.getString("last_name"), row.getString("first_name"), row.getString("middle_name"),
                row.getObject("birth_date", LocalDate.class), row.getString("snils"), row.getString("citizenship"),
                row.getString("document_type"), row.getString("document_series"), row.getString("document_number"),
                row.getString("document_issued_by"), row.getObject("document_issue_date", LocalDate.class));
    }
}
