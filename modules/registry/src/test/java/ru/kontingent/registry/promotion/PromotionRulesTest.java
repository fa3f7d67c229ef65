package ru.kontingent.registry.promotion;

import org.junit.jupiter.api.Test;
import ru.kontingent.platform.problem.FieldError;
import ru.kontingent.registry.enrollment.ActiveGeneralEnrollment;
import ru.kontingent.registry.enrollment.EducationLevel;
import ru.kontingent.registry.enrollment.ExitReason;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.kontingent.registry.enrollment.EducationLevel.BASIC_GENERAL;
import static ru.kontingent.registry.enrollment.EducationLevel.PRIMARY_GENERAL;
import static ru.kontingent.registry.enrollment.EducationLevel.SECONDARY_GENERAL;
import static ru.kontingent.registry.promotion.PromotionOutcome.GRADUATED;
import static ru.kontingent.registry.promotion.PromotionOutcome.HELD_BACK;
import static ru.kontingent.registry.promotion.PromotionOutcome.PROMOTED;

class PromotionRulesTest {

    private static final UUID SCHOOL = UUID.randomUUID();
    private static final UUID OTHER_SCHOOL = UUID.randomUUID();

    private static ActiveGeneralEnrollment pupil(EducationLevel level, int grade, String lastName) {
        return pupil(SCHOOL, level, grade, lastName);
    }

    private static ActiveGeneralEnrollment pupil(UUID school, EducationLevel level, int grade, String lastName) {
        return new ActiveGeneralEnrollment(UUID.randomUUID(), UUID.randomUUID(), school, lastName, "Анна", null, level, grade,
                LocalDate.of(2024, 9, 1));
    }

    /** [outcome, toLevel, toGrade, certificate, endReason] */
    private static List<Object> decided(EducationLevel level, int grade, boolean heldBack, boolean leaving) {
        PlannedStep step = PromotionRules.decide(pupil(level, grade, "Иванова"), heldBack, leaving);
        return Arrays.asList(step.outcome(), step.toLevel(), step.toGrade(), step.certificate(), step.endReason());
    }

    @Test
    void everyGradeMovesOnWithinItsLevel() {
        for (int grade : new int[]{1, 2, 3}) {
            assertEquals(Arrays.asList(PROMOTED, PRIMARY_GENERAL, grade + 1, null, ExitReason.PROMOTED), decided(PRIMARY_GENERAL, grade, false, false));
        }
        for (int grade : new int[]{5, 6, 7, 8}) {
            assertEquals(Arrays.asList(PROMOTED, BASIC_GENERAL, grade + 1, null, ExitReason.PROMOTED), decided(BASIC_GENERAL, grade, false, false));
        }
        assertEquals(Arrays.asList(PROMOTED, SECONDARY_GENERAL, 11, null, ExitReason.PROMOTED), decided(SECONDARY_GENERAL, 10, false, false));
    }

    @Test
    void grade4MovesToBasicSchoolWithoutACertificate() {
        assertEquals(Arrays.asList(PROMOTED, BASIC_GENERAL, 5, null, ExitReason.PROMOTED), decided(PRIMARY_GENERAL, 4, false, false));
    }

    @Test
    void grade9CompletesBasicGeneralAndContinuesUnlessLeaving() {
        assertEquals(Arrays.asList(PROMOTED, SECONDARY_GENERAL, 10, Certificate.BASIC_GENERAL, ExitReason.COMPLETED),
                decided(BASIC_GENERAL, 9, false, false));
        assertEquals(Arrays.asList(GRADUATED, null, null, Certificate.BASIC_GENERAL, ExitReason.COMPLETED),
                decided(BASIC_GENERAL, 9, false, true));
    }

    @Test
    void grade11Graduates() {
        assertEquals(Arrays.asList(GRADUATED, null, null, Certificate.SECONDARY_GENERAL, ExitReason.COMPLETED),
                decided(SECONDARY_GENERAL, 11, false, false));
    }

    @Test
    void theHeldBackStayInTheirGradeUntouched() {
        for (var level : Map.of(PRIMARY_GENERAL, 4, BASIC_GENERAL, 9, SECONDARY_GENERAL, 11).entrySet()) {
            assertEquals(Arrays.asList(HELD_BACK, level.getKey(), level.getValue(), null, null),
                    decided(level.getKey(), level.getValue(), true, false));
        }
        assertEquals(false, PromotionRules.decide(pupil(BASIC_GENERAL, 6, "Петров"), true, false).changes());
    }

    @Test
    void everyBadListEntryIsNamedByItsPlace() {
        ActiveGeneralEnrollment ninth = pupil(BASIC_GENERAL, 9, "Сидоров");
        ActiveGeneralEnrollment seventh = pupil(BASIC_GENERAL, 7, "Смирнов");
        ActiveGeneralEnrollment eleventh = pupil(SECONDARY_GENERAL, 11, "Кузнецов");
        UUID stranger = UUID.randomUUID();

        List<FieldError> errors = PromotionRules.listErrors(
                Arrays.asList(seventh.studentId(), stranger, null, ninth.studentId()),
                Arrays.asList(ninth.studentId(), seventh.studentId(), eleventh.studentId(), stranger),
                List.of(ninth, seventh, eleventh));

        assertEquals(List.of(
                new FieldError("heldBack[1]", PromotionRules.NOT_DUE),
                new FieldError("heldBack[2]", "must not be null"),
                new FieldError("leaving[0]", PromotionRules.BOTH_LISTS),
                new FieldError("leaving[1]", PromotionRules.LEAVING_NOT_NINTH),
                new FieldError("leaving[2]", PromotionRules.LEAVING_NOT_NINTH),
                new FieldError("leaving[3]", PromotionRules.NOT_DUE)), errors);
        assertEquals(List.of(), PromotionRules.listErrors(List.of(seventh.studentId()), List.of(ninth.studentId()),
                List.of(ninth, seventh, eleventh)));
    }

    @Test
    void thePlanListsOrganizationsInTheGivenOrderAndStudentsByGradeThenName() {
        ActiveGeneralEnrollment b = pupil(BASIC_GENERAL, 5, "Борисов");
        ActiveGeneralEnrollment a = pupil(BASIC_GENERAL, 5, "Абрамов");
        ActiveGeneralEnrollment first = pupil(PRIMARY_GENERAL, 1, "Яковлев");
        ActiveGeneralEnrollment other = pupil(OTHER_SCHOOL, SECONDARY_GENERAL, 11, "Орлов");

        Map<UUID, List<PlannedStep>> plan = PromotionRules.plan(List.of(OTHER_SCHOOL, SCHOOL, UUID.randomUUID()),
                List.of(b, a, other, first), Set.of(a.studentId()), Set.of());

        assertEquals(List.of(OTHER_SCHOOL, SCHOOL), List.copyOf(plan.keySet()), "organizations without students are left out");
        assertEquals(List.of("Яковлев", "Абрамов", "Борисов"), plan.get(SCHOOL).stream().map(step -> step.enrollment().lastName()).toList());
        assertEquals(List.of(PROMOTED, HELD_BACK, PROMOTED), plan.get(SCHOOL).stream().map(PlannedStep::outcome).toList());
        assertEquals(List.of(GRADUATED), plan.get(OTHER_SCHOOL).stream().map(PlannedStep::outcome).toList());
    }
}
