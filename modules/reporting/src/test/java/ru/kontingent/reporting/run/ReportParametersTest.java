package ru.kontingent.reporting.run;

import org.junit.jupiter.api.Test;
import ru.kontingent.platform.module.ReportColumn;
import ru.kontingent.platform.module.ReportDefinition;
import ru.kontingent.platform.module.ReportParameter;
import ru.kontingent.platform.problem.FieldError;
import ru.kontingent.platform.problem.InvalidInputException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportParametersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final ReportDefinition MIGRATION = new ReportDefinition("registry.migration", "t", "registry", 1,
            Set.of("education-ministry"), List.of(ReportParameter.requiredDate("from"), ReportParameter.requiredDate("to")),
            List.of(ReportColumn.count("n", "n")), request -> List.of());

    @Test
    void asOfDefaultsToTodayAndTheCanonicalFormIgnoresOrder() {
        ReportParameters.Parsed a = ReportParameters.parse(MIGRATION, Map.of("from", List.of("2023-01-01"), "to", List.of("2023-12-31")), TODAY);
        ReportParameters.Parsed b = ReportParameters.parse(MIGRATION, Map.of("to", List.of("2023-12-31"), "from", List.of("2023-01-01"),
                "asOf", List.of("2026-11-29"), "format", List.of("csv")), TODAY);

        assertEquals(TODAY, a.request().asOf());
        assertEquals(LocalDate.of(2023, 1, 1), a.request().date("from"));
        assertEquals(a.canonical(), b.canonical());
    }

    @Test
    void everyBadMissingOrUnknownParameterIsListed() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> ReportParameters.parse(MIGRATION,
                Map.of("asOf", List.of("2014-02-30"), "to", List.of("yesterday"), "region", List.of("r23")), TODAY));

        assertEquals(List.of("asOf", "from", "region", "to"),
                refused.toProblem().errors().stream().map(FieldError::field).sorted().toList());
    }
}
