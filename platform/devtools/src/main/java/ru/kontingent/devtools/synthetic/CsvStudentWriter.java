package ru.kontingent.devtools.synthetic;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;

/**
 * Semicolon-separated values, as Russian spreadsheets write them (the comma is the decimal
 * separator there): a header row, then one row per student with up to two representatives and the
 * enrollment flattened into columns, empty cells for what is absent. A cell holding a semicolon, a
 * quote or a line break is quoted as RFC 4180 says.
 */
final class CsvStudentWriter implements StudentLineWriter {

    static final String HEADER = "lastName;firstName;middleName;birthDate;birthPlace;sex;snils;citizenship;"
            + "documentType;documentSeries;documentNumber;documentIssuedBy;documentIssueDate;"
            + "registrationAddress;residenceAddress;"
            + "rep1Relation;rep1LastName;rep1FirstName;rep1MiddleName;rep1BirthDate;rep1Snils;rep1Citizenship;"
            + "rep1DocumentType;rep1DocumentSeries;rep1DocumentNumber;rep1DocumentIssuedBy;rep1DocumentIssueDate;"
            + "rep2Relation;rep2LastName;rep2FirstName;rep2MiddleName;rep2BirthDate;rep2Snils;rep2Citizenship;"
            + "rep2DocumentType;rep2DocumentSeries;rep2DocumentNumber;rep2DocumentIssuedBy;rep2DocumentIssueDate;"
            + "enrollmentOrganizationId;enrollmentProgram;enrollmentLevel;enrollmentGrade;enrollmentStartDate;"
            + "enrollmentOrderNumber";
    static final int COLUMNS = HEADER.split(";").length;
    private static final int REPRESENTATIVE_COLUMNS = 12;
    private static final int ENROLLMENT_COLUMNS = 6;

    private final Writer out;
    private final StringBuilder line = new StringBuilder(2048);
    private int cellsInLine;

    CsvStudentWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void begin() throws IOException {
        out.append(HEADER).append('\n');
    }

    @Override
    public void write(StudentRecord student) throws IOException {
        line.setLength(0);
        cellsInLine = 0;
        cell(student.lastName());
        cell(student.firstName());
        cell(student.middleName());
        cell(student.birthDate());
        cell(student.birthPlace());
        cell(student.sex());
        cell(student.snils());
        cell(student.citizenship());
        document(student.identityDocument());
        cell(student.registrationAddress());
        cell(student.residenceAddress());
        List<RepresentativeRecord> representatives = student.representatives();
        for (int i = 0; i < 2; i++) {
            if (i < representatives.size()) {
                representative(representatives.get(i));
            } else {
                empty(REPRESENTATIVE_COLUMNS);
            }
        }
        EnrollmentRecord enrollment = student.enrollment();
        if (enrollment == null) {
            empty(ENROLLMENT_COLUMNS);
        } else {
            cell(enrollment.organizationId().toString());
            cell(enrollment.program());
            cell(enrollment.level());
            cell(Integer.toString(enrollment.grade()));
            cell(enrollment.startDate());
            cell(enrollment.orderNumber());
        }
        if (cellsInLine != COLUMNS) {
            throw new IllegalStateException("wrote " + cellsInLine + " cells, the header has " + COLUMNS);
        }
        out.append(line.append('\n'));
    }

    private void representative(RepresentativeRecord parent) {
        cell(parent.relation());
        cell(parent.lastName());
        cell(parent.firstName());
        cell(parent.middleName());
        cell(parent.birthDate());
        cell(parent.snils());
        cell(parent.citizenship());
        document(parent.identityDocument());
    }

    private void document(IdentityDocumentRecord document) {
        cell(document.type());
        cell(document.series());
        cell(document.number());
        cell(document.issuedBy());
        cell(document.issueDate());
    }

    private void empty(int cells) {
        for (int i = 0; i < cells; i++) {
            cell((String) null);
        }
    }

    private void cell(LocalDate value) {
        cell(value == null ? null : value.toString());
    }

    private void cell(String value) {
        if (cellsInLine++ > 0) {
            line.append(';');
        }
        if (value != null) {
            quoted(line, value);
        }
    }

    static StringBuilder quoted(StringBuilder target, String value) {
        if (!needsQuotes(value)) {
            return target.append(value);
        }
        target.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                target.append('"');
            }
            target.append(c);
        }
        return target.append('"');
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ';' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
