package ru.kontingent.platform.citizen;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One access to the child's data as its parent sees it: when, by which role and organization, what
 * was done and to which data. Never the staff member's own identity: that is their personal data.
 */
public record AccessLogEntry(OffsetDateTime at, String role, String organization, String action, List<String> data) {
}
