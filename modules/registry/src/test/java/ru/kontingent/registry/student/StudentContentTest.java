package ru.kontingent.registry.student;

import jakarta.persistence.Cacheable;
import org.junit.jupiter.api.Test;
import ru.kontingent.registry.enrollment.Enrollment;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What a bulk import compares: content normalized exactly as the entity stores it. */
class StudentContentTest {

    private static StudentInput input(String lastName, String middleName, String series, String address, String parentName) {
        return new StudentInput(lastName, "Пётр", middleName, LocalDate.of(2013, 3, 4), "г. Таганрог", Sex.M, "112-233-445 95", "RU",
                new IdentityDocumentInput(DocumentType.BIRTH_CERTIFICATE, series, " 123456 ", null, null), address, "г. Таганрог",
                List.of(new RepresentativeInput(Relation.FATHER, parentName, "Илья", null, LocalDate.of(1980, 1, 1), "11223344595", "RU",
                        new IdentityDocumentInput(DocumentType.PASSPORT, "6005", "654321", null, null))));
    }

    @Test
    void whitespaceAndBlankOptionalPartsNormalizeAsStored() {
        StudentContent content = StudentContent.of(input("  Сёмин ", "  ", " ", "г. Таганрог ", "Сёмин"));
        assertEquals("Сёмин", content.person().lastName());
        assertNull(content.person().middleName());
        assertNull(content.person().documentSeries());
        assertEquals("123456", content.person().documentNumber());
        assertEquals("11223344595", content.snils());
        assertEquals("сёмин пётр".replace('ё', 'е'), content.searchName());
        assertEquals(content, StudentContent.of(input("Сёмин", null, null, "г. Таганрог", "Сёмин")));
    }

    @Test
    void aChangedRepresentativeIsAChange() {
        assertNotEquals(StudentContent.of(input("Сёмин", null, null, "г. Таганрог", "Сёмин")),
                StudentContent.of(input("Сёмин", null, null, "г. Таганрог", "Семин")));
    }

    /** The import writes past JPA: these entities must stay out of the second-level cache (or the import must evict). */
    @Test
    void whatTheImportWritesIsNotInTheSecondLevelCache() {
        for (Class<?> entity : List.of(Student.class, Representative.class, Enrollment.class)) {
            assertFalse(entity.isAnnotationPresent(Cacheable.class), entity.getSimpleName());
            assertFalse(entity.isAnnotationPresent(org.hibernate.annotations.Cache.class), entity.getSimpleName());
        }
    }
}
