package ru.kontingent.platform.student;

import java.time.LocalDate;
import java.util.UUID;

/** Who a student is, at the least: enough to recognise the child, nothing about documents or addresses. */
public record StudentIdentity(UUID id, String lastName, String firstName, String middleName, LocalDate birthDate) {
}
