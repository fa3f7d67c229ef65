package ru.kontingent.registry.importing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.function.Function;

/**
 * The documented CSV header (docs/registry.md) and how a row becomes the same JSON shape as an
 * NDJSON line, so both formats are validated by one path. Empty cells are absent values.
 */
final class CsvColumns {

    static final List<String> STUDENT = List.of("lastName", "firstName", "middleName", "birthDate", "birthPlace", "sex", "snils",
            "citizenship");
    static final List<String> DOCUMENT = List.of("Type", "Series", "Number", "IssuedBy", "IssueDate");
    static final List<String> ADDRESSES = List.of("registrationAddress", "residenceAddress");
    static final List<String> REPRESENTATIVE = List.of("Relation", "LastName", "FirstName", "MiddleName", "BirthDate", "Snils", "Citizenship");
    static final List<String> ENROLLMENT = List.of("OrganizationId", "Program", "Level", "Grade", "StartDate", "OrderNumber");
    static final int REPRESENTATIVES = 2;

    private CsvColumns() {
    }

    static ObjectNode toRecord(Function<String, String> cell, ObjectMapper mapper) {
        ObjectNode record = mapper.createObjectNode();
        for (String column : STUDENT) {
            put(record, column, cell.apply(column));
        }
        record.set("identityDocument", document(cell, "document", mapper));
        for (String column : ADDRESSES) {
            put(record, column, cell.apply(column));
        }
        ArrayNode representatives = mapper.createArrayNode();
        for (int i = 1; i <= REPRESENTATIVES; i++) {
            String prefix = "rep" + i;
            if (anyPresent(cell, prefix, REPRESENTATIVE)) {
                ObjectNode representative = mapper.createObjectNode();
                for (String column : REPRESENTATIVE) {
                    put(representative, lowerFirst(column), cell.apply(prefix + column));
                }
                representative.set("identityDocument", document(cell, prefix + "Document", mapper));
                representatives.add(representative);
            }
        }
        record.set("representatives", representatives);
        if (anyPresent(cell, "enrollment", ENROLLMENT)) {
            ObjectNode enrollment = mapper.createObjectNode();
            for (String column : ENROLLMENT) {
                String value = cell.apply("enrollment" + column);
                if (column.equals("Grade") && value != null && value.matches("\\d{1,2}")) {
                    enrollment.put("grade", Integer.parseInt(value));
                } else {
                    put(enrollment, lowerFirst(column), value);
                }
            }
            record.set("enrollment", enrollment);
        }
        return record;
    }

    private static ObjectNode document(Function<String, String> cell, String prefix, ObjectMapper mapper) {
        ObjectNode document = mapper.createObjectNode();
        for (String column : DOCUMENT) {
            put(document, lowerFirst(column), cell.apply(prefix + column));
        }
        return document;
    }

    private static boolean anyPresent(Function<String, String> cell, String prefix, List<String> columns) {
        return columns.stream().map(column -> cell.apply(prefix + column)).anyMatch(value -> value != null);
    }

    private static void put(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static String lowerFirst(String column) {
        return Character.toLowerCase(column.charAt(0)) + column.substring(1);
    }
}
