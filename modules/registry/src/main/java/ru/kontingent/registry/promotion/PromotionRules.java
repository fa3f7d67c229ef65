package ru.kontingent.registry.promotion;

import ru.kontingent.platform.problem.FieldError;
import ru.kontingent.registry.enrollment.ActiveGeneralEnrollment;
import ru.kontingent.registry.enrollment.EducationLevel;
import ru.kontingent.registry.enrollment.GeneralEnrollments;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The pure rules of the year-end promotion (273-FZ art. 58): every student of a general-education
 * grade moves to the next grade, the last grade of a level earns its certificate, grade 11 leaves,
 * grade 9 continues to grade 10 unless listed as leaving, the held back stay. Preview and apply
 * both plan with these rules, so what a preview shows is what an apply does.
 */
public final class PromotionRules {

    static final String NOT_DUE = "is not a student of this scope due for promotion (an active general-education enrollment"
            + " that began before the date)";
    static final String LEAVING_NOT_NINTH = "only a grade 9 student can be listed as leaving";
    static final String BOTH_LISTS = "is listed both as held back and as leaving";

    private PromotionRules() {
    }

    /** One student's step: what the plan shows and what the apply does. */
    public static PlannedStep decide(ActiveGeneralEnrollment enrollment, boolean heldBack, boolean leaving) {
        EducationLevel from = enrollment.level();
        int grade = enrollment.grade();
        if (heldBack) {
            return new PlannedStep(enrollment, PromotionOutcome.HELD_BACK, from, grade, null);
        }
        Certificate certificate = from.allows(grade + 1) ? null : certificateFor(from);
        EducationLevel next = levelOf(grade + 1);
        if (next == null || (leaving && certificate == Certificate.BASIC_GENERAL)) {
            return new PlannedStep(enrollment, PromotionOutcome.GRADUATED, null, null, certificate);
        }
        return new PlannedStep(enrollment, PromotionOutcome.PROMOTED, next, grade + 1, certificate);
    }

    /**
     * The bad entries of the held-back and leaving lists, all of them, named by their place in the
     * body ({@code heldBack[2]}): ids that are no active student of the scope, leaving outside grade 9,
     * an id in both lists.
     */
    public static List<FieldError> listErrors(List<UUID> heldBack, List<UUID> leaving, Collection<ActiveGeneralEnrollment> due) {
        Map<UUID, ActiveGeneralEnrollment> byStudent = due.stream()
                .collect(Collectors.toMap(ActiveGeneralEnrollment::studentId, Function.identity(), (a, b) -> a));
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> held = new HashSet<>(heldBack);
        for (int i = 0; i < heldBack.size(); i++) {
            UUID id = heldBack.get(i);
            if (id == null) {
                errors.add(new FieldError("heldBack[" + i + "]", "must not be null"));
            } else if (!byStudent.containsKey(id)) {
                errors.add(new FieldError("heldBack[" + i + "]", NOT_DUE));
            }
        }
        for (int i = 0; i < leaving.size(); i++) {
            UUID id = leaving.get(i);
            String field = "leaving[" + i + "]";
            if (id == null) {
                errors.add(new FieldError(field, "must not be null"));
            } else if (!byStudent.containsKey(id)) {
                errors.add(new FieldError(field, NOT_DUE));
            } else if (byStudent.get(id).level() != EducationLevel.BASIC_GENERAL || byStudent.get(id).grade() != 9) {
                errors.add(new FieldError(field, LEAVING_NOT_NINTH));
            } else if (held.contains(id)) {
                errors.add(new FieldError(field, BOTH_LISTS));
            }
        }
        return errors;
    }

    /**
     * The plan per organization, in a stable order (the caller's organization order; students by
     * grade, name, id) so that a preview and the apply that follows list alike.
     */
    public static Map<UUID, List<PlannedStep>> plan(List<UUID> organizationOrder, Collection<ActiveGeneralEnrollment> due,
                                                   Set<UUID> heldBack, Set<UUID> leaving) {
        Map<UUID, List<PlannedStep>> plan = new LinkedHashMap<>();
        for (UUID organization : organizationOrder) {
            List<PlannedStep> steps = due.stream().filter(e -> e.organizationId().equals(organization))
                    .map(e -> decide(e, heldBack.contains(e.studentId()), leaving.contains(e.studentId())))
                    .sorted(ORDER).toList();
            if (!steps.isEmpty()) {
                plan.put(organization, steps);
            }
        }
        return plan;
    }

    private static final Comparator<PlannedStep> ORDER = Comparator
            .comparingInt((PlannedStep step) -> step.enrollment().grade())
            .thenComparing(step -> step.enrollment().lastName())
            .thenComparing(step -> step.enrollment().firstName())
            .thenComparing(step -> step.enrollment().studentId());

    private static EducationLevel levelOf(int grade) {
        return GeneralEnrollments.GENERAL.stream().filter(level -> level.allows(grade)).findFirst().orElse(null);
    }

    private static Certificate certificateFor(EducationLevel completed) {
        return switch (completed) {
            case BASIC_GENERAL -> Certificate.BASIC_GENERAL;
            case SECONDARY_GENERAL -> Certificate.SECONDARY_GENERAL;
            default -> null; // finishing primary school earns no certificate
        };
    }
}
