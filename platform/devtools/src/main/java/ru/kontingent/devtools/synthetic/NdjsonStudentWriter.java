package ru.kontingent.devtools.synthetic;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;

/**
 * One JSON object per line with the field names of {@code POST /api/registry/students}. Written by
 * hand: the dev tools carry no JSON library, and this shape needs only strings, numbers and dates.
 */
final class NdjsonStudentWriter implements StudentLineWriter {

    private final Writer out;
    /** Reused for every line, so a million students cost one buffer. */
    private final StringBuilder line = new StringBuilder(2048);

    NdjsonStudentWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void begin() {
        // NDJSON has no header.
    }

    @Override
    public void write(StudentRecord student) throws IOException {
        line.setLength(0);
        line.append('{');
        field("lastName", student.lastName()).append(',');
        field("firstName", student.firstName()).append(',');
        field("middleName", student.middleName()).append(',');
        field("birthDate", student.birthDate()).append(',');
        field("birthPlace", student.birthPlace()).append(',');
        field("sex", student.sex()).append(',');
        field("snils", student.snils()).append(',');
        field("citizenship", student.citizenship()).append(',');
        name("identityDocument");
        document(student.identityDocument()).append(',');
        field("registrationAddress", student.registrationAddress()).append(',');
        field("residenceAddress", student.residenceAddress()).append(',');
        name("representatives");
        representatives(student.representatives());
        if (student.enrollment() != null) {
            line.append(',');
            name("enrollment");
            enrollment(student.enrollment());
        }
        line.append("}\n");
        out.append(line);
    }

    private void representatives(List<RepresentativeRecord> representatives) {
        line.append('[');
        for (int i = 0; i < representatives.size(); i++) {
            RepresentativeRecord parent = representatives.get(i);
            if (i > 0) {
                line.append(',');
            }
            line.append('{');
            field("relation", parent.relation()).append(',');
            field("lastName", parent.lastName()).append(',');
            field("firstName", parent.firstName()).append(',');
            field("middleName", parent.middleName()).append(',');
            field("birthDate", parent.birthDate()).append(',');
            field("snils", parent.snils()).append(',');
            field("citizenship", parent.citizenship()).append(',');
            name("identityDocument");
            document(parent.identityDocument()).append('}');
        }
        line.append(']');
    }

    private StringBuilder document(IdentityDocumentRecord document) {
        line.append('{');
        field("type", document.type()).append(',');
        field("series", document.series()).append(',');
        field("number", document.number()).append(',');
        field("issuedBy", document.issuedBy()).append(',');
        field("issueDate", document.issueDate());
        return line.append('}');
    }

    private void enrollment(EnrollmentRecord enrollment) {
        line.append('{');
        field("organizationId", enrollment.organizationId().toString()).append(',');
        field("program", enrollment.program()).append(',');
        field("level", enrollment.level()).append(',');
        name("grade");
        line.append(enrollment.grade()).append(',');
        field("startDate", enrollment.startDate()).append(',');
        field("orderNumber", enrollment.orderNumber());
        line.append('}');
    }

    private StringBuilder field(String name, LocalDate value) {
        return field(name, value == null ? null : value.toString());
    }

    private StringBuilder field(String name, String value) {
        name(name);
        if (value == null) {
            return line.append("null");
        }
        return string(line, value);
    }

    private void name(String name) {
        line.append('"').append(name).append("\":");
    }

    /** RFC 8259 string: quotes, backslashes and control characters escaped, the rest as it is (UTF-8 on the wire). */
    static StringBuilder string(StringBuilder target, String value) {
        target.append('"');
        int clean = 0;
        while (clean < value.length() && !needsEscape(value.charAt(clean))) {
            clean++;
        }
        // Generated values never need escaping: one bulk copy instead of a character at a time.
        if (clean == value.length()) {
            return target.append(value).append('"');
        }
        target.append(value, 0, clean);
        for (int i = clean; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> target.append("\\\"");
                case '\\' -> target.append("\\\\");
                case '\n' -> target.append("\\n");
                case '\r' -> target.append("\\r");
                case '\t' -> target.append("\\t");
                default -> {
                    if (c < 0x20) {
                        target.append(String.format("\\u%04x", (int) c));
                    } else {
                        target.append(c);
                    }
                }
            }
        }
        return target.append('"');
    }

    private static boolean needsEscape(char c) {
        return c < 0x20 || c == '"' || c == '\\';
    }
}
