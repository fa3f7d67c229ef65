package ru.kontingent.portfolio.reference;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Years from 2000 to next year, by the clock. */
class PlausibleYearTest {

    private static final Clock IN_2025 = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void from2000ToNextYear() {
        assertTrue(PlausibleYearValidator.isPlausible(2000, IN_2025));
        assertTrue(PlausibleYearValidator.isPlausible(2025, IN_2025));
        assertTrue(PlausibleYearValidator.isPlausible(2026, IN_2025));
        assertFalse(PlausibleYearValidator.isPlausible(1999, IN_2025));
        assertFalse(PlausibleYearValidator.isPlausible(2027, IN_2025));
        assertFalse(PlausibleYearValidator.isPlausible(24, IN_2025));
    }
}
