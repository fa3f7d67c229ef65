package ru.kontingent.registry.student;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** An identity document, stored in the columns {@code document_*} of its owner's table. */
@Embeddable
public class IdentityDocument {

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false)
    private DocumentType type;

    @Column(name = "document_series")
    private String series;

    @Column(name = "document_number", nullable = false)
    private String number;

    @Column(name = "document_issued_by")
    private String issuedBy;

    @Column(name = "document_issue_date")
    private LocalDate issueDate;

    protected IdentityDocument() {
    }

    static IdentityDocument of(IdentityDocumentInput input) {
        IdentityDocument document = new IdentityDocument();
        document.type = input.type();
        document.series = blankToNull(input.series());
        document.number = input.number().strip();
        document.issuedBy = blankToNull(input.issuedBy());
        document.issueDate = input.issueDate();
        return document;
    }

    /** The columns {@code document_*} in {@link PersonContent}'s order, for bulk writes and comparisons. */
    Object[] columns() {
        return new Object[] {type.name(), series, number, issuedBy, issueDate};
    }

    IdentityDocumentInput input() {
        return new IdentityDocumentInput(type, series, number, issuedBy, issueDate);
    }

    Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("type", type);
        view.put("series", series);
        view.put("number", number);
        view.put("issuedBy", issuedBy);
        view.put("issueDate", issueDate);
        return view;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
