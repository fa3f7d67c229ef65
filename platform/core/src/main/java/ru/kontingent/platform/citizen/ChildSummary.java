package ru.kontingent.platform.citizen;

import java.time.LocalDate;
import java.util.UUID;

/** One child in the parent's list: who, and which region keeps its record. */
public record ChildSummary(UUID id, String region, String lastName, String firstName, String middleName,
                           LocalDate birthDate) {
}
