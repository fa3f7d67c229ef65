package ru.kontingent.registry.student;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Students who may be one child registered twice: the same name (case- and ё/е-insensitive) and
 * birth date under different SNILS. Each as the caller's role sees a student.
 */
public record DuplicateGroup(String lastName, String firstName, String middleName, LocalDate birthDate,
                             List<Map<String, Object>> students) {
}
