package ru.kontingent.server.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test data builders for the registry: realistic Russian records, valid unless a test changes a
 * field. {@code aStudent().with("snils", ...).build()} rather than JSON literals in every test.
 */
public final class RegistryData {

    private static final AtomicLong INN_SEQUENCE = new AtomicLong(System.nanoTime() % 90_000_000L);

    private RegistryData() {
    }

    public static Builder anOrganization() {
        String inn = nextInn();
        return new Builder(new LinkedHashMap<>(Map.of(
                "inn", inn,
                "ogrn", ogrnFor(inn),
                "kpp", "616401001",
                "fullName", "МБОУ СОШ № " + (inn.hashCode() & 0xfff) + " г. Ростова-на-Дону",
                "shortName", "СОШ № " + (inn.hashCode() & 0xfff),
                "kind", "SCHOOL",
                "municipality", "Ростов-на-Дону",
                "address", "344000, г. Ростов-на-Дону, ул. Большая Садовая, д. 1")));
    }

    public static Builder aStudent() {
        Map<String, Object> student = new LinkedHashMap<>();
        student.put("lastName", "Иванова");
        student.put("firstName", "Алёна");
        student.put("middleName", "Сергеевна");
        student.put("birthDate", "2014-05-17");
        student.put("birthPlace", "г. Ростов-на-Дону");
        student.put("sex", "F");
        student.put("snils", SnilsNumbers.next());
        student.put("citizenship", "RU");
        student.put("identityDocument", birthCertificate());
        student.put("registrationAddress", "344000, г. Ростов-на-Дону, ул. Пушкинская, д. 10, кв. 5");
        student.put("residenceAddress", "344000, г. Ростов-на-Дону, ул. Пушкинская, д. 10, кв. 5");
        List<Object> representatives = new ArrayList<>();
        representatives.add(aRepresentative().build());
        student.put("representatives", representatives);
        return new Builder(student);
    }

    /** A student whose one registered representative has this SNILS (a parent of the parents' view). */
    public static Builder aChildOf(String parentSnils) {
        List<Object> representatives = new ArrayList<>();
        representatives.add(aRepresentative().with("snils", parentSnils).build());
        return aStudent().with("representatives", representatives);
    }

    public static Builder aRepresentative() {
        Map<String, Object> parent = new LinkedHashMap<>();
        parent.put("relation", "MOTHER");
        parent.put("lastName", "Иванова");
        parent.put("firstName", "Ольга");
        parent.put("middleName", "Петровна");
        parent.put("birthDate", "1986-02-11");
        parent.put("snils", SnilsNumbers.next());
        parent.put("citizenship", "RU");
        parent.put("identityDocument", new LinkedHashMap<>(Map.of("type", "PASSPORT", "series", "6010", "number", "123456",
                "issuedBy", "ГУ МВД России по Ростовской области", "issueDate", "2006-03-01")));
        return new Builder(parent);
    }

    public static Map<String, Object> birthCertificate() {
        return new LinkedHashMap<>(Map.of("type", "BIRTH_CERTIFICATE", "series", "IV-АН", "number", "654321",
                "issuedBy", "Отдел ЗАГС г. Ростова-на-Дону", "issueDate", "2014-06-01"));
    }

    public static Builder anEnrollment(String organizationId) {
        return new Builder(new LinkedHashMap<>(Map.of("organizationId", organizationId, "program", "BASIC",
                "level", "PRIMARY_GENERAL", "grade", 1, "startDate", "2021-09-01", "orderNumber", "123-у")));
    }

    /** A valid legal-entity INN (10 digits, check digit per the tax code's weights). */
    public static String nextInn() {
        String nine = String.format("61%07d", INN_SEQUENCE.getAndIncrement() % 10_000_000L);
        int[] weights = {2, 4, 10, 3, 5, 9, 4, 6, 8};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * weights[i];
        }
        return nine + (sum % 11 % 10);
    }

    /** A valid OGRN (13 digits: the first 12 mod 11 mod 10 is the last). */
    public static String ogrnFor(String inn) {
        String twelve = "102" + inn.substring(0, 9);
        long check = Long.parseLong(twelve) % 11 % 10;
        return twelve + check;
    }

    /** A mutable map under construction. */
    public static final class Builder {

        private final Map<String, Object> fields;

        Builder(Map<String, Object> fields) {
            this.fields = fields;
        }

        public Builder with(String field, Object value) {
            fields.put(field, value);
            return this;
        }

        public Builder without(String field) {
            fields.remove(field);
            return this;
        }

        public Map<String, Object> build() {
            return fields;
        }
    }
}
