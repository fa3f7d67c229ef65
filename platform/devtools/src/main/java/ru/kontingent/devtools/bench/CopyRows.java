package ru.kontingent.devtools.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import ru.kontingent.devtools.synthetic.IdentityDocumentRecord;
import ru.kontingent.devtools.synthetic.StudentRecord;
import ru.kontingent.devtools.synthetic.SyntheticRegion;

/**
 * The baseline's input: one line per student in PostgreSQL's COPY text format (tab-separated,
 * backslash escapes, {@code \N} for null), the student's own fields only, as text.
 */
public final class CopyRows {

    /** The bare table's columns, in the order {@link #columns} gives the values. */
    public static final List<String> COLUMNS = List.of(
            "last_name", "first_name", "middle_name", "birth_date", "birth_place", "sex", "snils", "citizenship",
            "document_type", "document_series", "document_number", "document_issued_by", "document_issue_date",
            "registration_address", "residence_address");

    private static final int BUFFER_CHARS = 1 << 16;

    private CopyRows() {
    }

    /** Writes students 0..count-1 of the region, the same ones its import file holds. */
    public static long write(SyntheticRegion region, long count, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER_CHARS);
        StringBuilder line = new StringBuilder(512);
        for (long i = 0; i < count; i++) {
            line.setLength(0);
            writer.append(row(line, columns(region.student(i)))).append('\n');
        }
        writer.flush();
        return count;
    }

    static List<String> columns(StudentRecord student) {
        IdentityDocumentRecord document = student.identityDocument();
        return Arrays.asList(
                student.lastName(), student.firstName(), student.middleName(), text(student.birthDate()),
                student.birthPlace(), student.sex(), student.snils(), student.citizenship(),
                document == null ? null : document.type(),
                document == null ? null : document.series(),
                document == null ? null : document.number(),
                document == null ? null : document.issuedBy(),
                document == null ? null : text(document.issueDate()),
                student.registrationAddress(), student.residenceAddress());
    }

    /** One row without its line end; null values become {@code \N}. */
    static StringBuilder row(StringBuilder target, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                target.append('\t');
            }
            String value = values.get(i);
            if (value == null) {
                target.append("\\N");
            } else {
                escape(target, value);
            }
        }
        return target;
    }

    private static void escape(StringBuilder target, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> target.append("\\\\");
                case '\t' -> target.append("\\t");
                case '\n' -> target.append("\\n");
                case '\r' -> target.append("\\r");
                default -> target.append(c);
            }
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
