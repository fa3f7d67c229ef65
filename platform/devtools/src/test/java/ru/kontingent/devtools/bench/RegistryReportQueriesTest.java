package ru.kontingent.devtools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RegistryReportQueriesTest {

    @Test
    void everyPlaceholderIsTheAsOfDate() {
        for (RegistryReportQueries.Query query : RegistryReportQueries.ALL) {
            assertEquals(query.asOfBindings(), query.sql().chars().filter(c -> c == '?').count(), query.reportId());
            assertTrue(query.sql().contains("e.program = 'BASIC'"), query.reportId());
        }
    }

    @Test
    void foundByReportId() {
        assertEquals(RegistryReportQueries.BY_ORGANIZATION,
                RegistryReportQueries.of("registry.contingent-by-organization").orElseThrow());
        assertTrue(RegistryReportQueries.of("registry.migration").isEmpty());
    }

    @Test
    void onlyARegionCodeBecomesASchemaName() {
        assertThrows(IllegalArgumentException.class, () -> RegistryReportQueries.useRegion(null, "r61; drop"));
    }
}
