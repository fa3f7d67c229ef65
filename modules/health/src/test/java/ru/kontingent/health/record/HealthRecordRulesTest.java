package ru.kontingent.health.record;

import org.junit.jupiter.api.Test;
import ru.kontingent.platform.problem.FieldError;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HealthRecordRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final LocalDate BORN = LocalDate.of(2014, 5, 17);

    private static List<String> fields(LocalDate validFrom, DisabilityInput disability) {
        return HealthRecordRules.check(validFrom, BORN, disability, TODAY).stream().map(FieldError::field).toList();
    }

    private static DisabilityInput disability(LocalDate from, LocalDate to) {
        return new DisabilityInput(DisabilityCategory.CHILD_WITH_DISABILITY, DisabilityReason.DISEASE, from, to);
    }

    @Test
    void aRecordFromTodayOrThePastAfterBirthIsFine() {
        assertEquals(List.of(), fields(TODAY, null));
        assertEquals(List.of(), fields(BORN, disability(BORN, null)));
        assertEquals(List.of(), fields(LocalDate.of(2020, 1, 1), disability(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 1))));
    }

    @Test
    void theFutureAndBeforeBirthAreRefused() {
        assertEquals(List.of("validFrom"), fields(TODAY.plusDays(1), null));
        assertEquals(List.of("validFrom"), fields(BORN.minusDays(1), null));
    }

    @Test
    void aDisabilityPeriodRunsForward() {
        assertEquals(List.of("disability.to"), fields(TODAY, disability(LocalDate.of(2022, 5, 1), LocalDate.of(2022, 4, 30))));
        assertEquals(List.of("disability.from"), fields(TODAY, disability(BORN.minusDays(1), null)));
    }

    @Test
    void everyBrokenRuleIsListed() {
        assertEquals(List.of("validFrom", "disability.to"),
                fields(TODAY.plusDays(3), disability(LocalDate.of(2022, 5, 1), LocalDate.of(2021, 5, 1))));
    }
}
