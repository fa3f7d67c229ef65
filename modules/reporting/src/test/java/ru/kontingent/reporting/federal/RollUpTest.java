package ru.kontingent.reporting.federal;

import org.junit.jupiter.api.Test;
import ru.kontingent.platform.module.ReportColumn;
import ru.kontingent.platform.module.ReportTable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RollUpTest {

    private static final List<ReportColumn> GRADE_COUNT = List.of(ReportColumn.dimension("grade", "Класс"),
            ReportColumn.count("students", "Обучающихся"));

    private static RegionTable region(String code, Object[]... rows) {
        return new RegionTable(code, ReportTable.of(GRADE_COUNT, new ArrayList<>(Arrays.asList(rows))));
    }

    private static Object[] row(Object... values) {
        return values;
    }

    @Test
    void countsAreSummedPerCombinationAndBigCellsShown() {
        RolledUpReport report = RollUp.of(GRADE_COUNT, List.of(
                region("r1", row(1, 10L), row(2, 20L)),
                region("r2", row(1, 7L))), 5);

        assertEquals(List.of(List.of("r1", 1, 10L), List.of("r1", 2, 20L), List.of("r2", 1, 7L)), report.regions());
        assertEquals(List.of(Arrays.asList(null, 1, 17L), Arrays.asList(null, 2, 20L)), report.total());
        assertEquals(0, report.suppressedCells());
        assertEquals("region", report.columns().get(0).name());
    }

    @Test
    void aSmallCellIsSuppressedAndCannotBeRecoveredFromTheTotal() {
        RolledUpReport report = RollUp.of(GRADE_COUNT, List.of(
                region("r1", row(1, 2L)),
                region("r2", row(1, 30L)),
                region("r3", row(1, 40L))), 5);

        assertNull(report.regions().get(0).get(2), "2 < 5");
        assertNull(report.regions().get(1).get(2), "the next smallest cell hides the first from subtraction");
        assertEquals(40L, report.regions().get(2).get(2));
        assertEquals(72L, report.total().get(0).get(2));
        assertEquals(2, report.suppressedCells());
    }

    @Test
    void aLoneSmallCellHidesTheTotalToo() {
        RolledUpReport report = RollUp.of(GRADE_COUNT, List.of(region("r1", row(3, 4L)), region("r2", row(4, 9L))), 5);

        assertNull(report.regions().get(0).get(2));
        assertNull(report.total().get(0).get(2), "the total of grade 3 is r1's 4 alone");
        assertEquals(9L, report.total().get(1).get(2));
    }

    @Test
    void twoSuppressedCellsProtectEachOther() {
        RolledUpReport report = RollUp.of(GRADE_COUNT, List.of(
                region("r1", row(1, 1L)), region("r2", row(1, 3L)), region("r3", row(1, 50L))), 5);

        assertNull(report.regions().get(0).get(2));
        assertNull(report.regions().get(1).get(2));
        assertEquals(50L, report.regions().get(2).get(2));
        assertEquals(54L, report.total().get(0).get(2));
    }

    @Test
    void zeroIsShownAndASmallTotalIsSuppressed() {
        RolledUpReport report = RollUp.of(GRADE_COUNT, List.of(region("r1", row(1, 0L)), region("r2", row(2, 0L))), 5);

        assertEquals(0L, report.regions().get(0).get(2));
        assertEquals(0L, report.total().get(0).get(2));
        assertEquals(0, report.suppressedCells());
    }

    @Test
    void aMeasureOfASuppressedGroupIsSuppressedAndNeverTotalled() {
        List<ReportColumn> columns = List.of(ReportColumn.dimension("subject", "Предмет"), ReportColumn.count("n", "Участников"),
                ReportColumn.measure("mean", "Средний балл"));
        RolledUpReport report = RollUp.of(columns, List.of(
                new RegionTable("r1", ReportTable.of(columns, List.<Object[]>of(row("MATHEMATICS", 1L, new BigDecimal("87.0"))))),
                new RegionTable("r2", ReportTable.of(columns, List.<Object[]>of(row("MATHEMATICS", 120L, new BigDecimal("61.5")))))), 5);

        assertNull(report.regions().get(0).get(3), "one pupil's mean is that pupil's score");
        assertEquals(new BigDecimal("61.5"), report.regions().get(1).get(3));
        assertNull(report.total().get(0).get(3));
    }
}
