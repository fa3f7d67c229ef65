package ru.kontingent.registry.handover;

import java.time.LocalDate;

/** What the sending region shows of its own child in its incoming list. */
public record ChildName(String lastName, String firstName, String middleName, LocalDate birthDate) {
}
