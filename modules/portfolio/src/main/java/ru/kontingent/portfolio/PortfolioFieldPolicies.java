package ru.kontingent.portfolio;

import ru.kontingent.platform.module.FieldPolicy;
import ru.kontingent.platform.security.Roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which fields of each portfolio view a role sees: the one table resources, the parents' section
 * and the docs follow. School operators (their own students) and the education ministry (the
 * region) see whole records; a parent sees the results, not our ids or bookkeeping. The health
 * ministry, the regional administrator and the federal operator have no row: no portfolio data.
 */
public final class PortfolioFieldPolicies {

    public static final String ACHIEVEMENT_VIEW = "portfolio.achievement";
    public static final String EXAM_RESULT_VIEW = "portfolio.exam-result";
    public static final String GRADE_VIEW = "portfolio.grade";
    public static final String CERTIFICATE_VIEW = "portfolio.certificate";

    public static final Set<String> ACHIEVEMENT = Set.of("id", "studentId", "kind", "title", "subject", "level", "result",
            "date", "createdAt", "updatedAt");
    public static final Set<String> ACHIEVEMENT_FOR_PARENT = Set.of("kind", "title", "subject", "level", "result", "date");

    public static final Set<String> EXAM_RESULT = Set.of("id", "studentId", "exam", "subject", "year", "score",
            "createdAt", "updatedAt");
    public static final Set<String> EXAM_RESULT_FOR_PARENT = Set.of("exam", "subject", "year", "score");

    public static final Set<String> GRADE = Set.of("id", "studentId", "year", "period", "subject", "grade",
            "createdAt", "updatedAt");
    public static final Set<String> GRADE_FOR_PARENT = Set.of("year", "period", "subject", "grade");

    public static final Set<String> CERTIFICATE = Set.of("id", "studentId", "kind", "series", "number", "issueDate",
            "finalGrades", "createdAt", "updatedAt");
    public static final Set<String> CERTIFICATE_FOR_PARENT = Set.of("kind", "series", "number", "issueDate", "finalGrades");

    /** View -> (full record, a parent's part). */
    private static final Map<String, List<Set<String>>> VIEWS = Map.of(
            ACHIEVEMENT_VIEW, List.of(ACHIEVEMENT, ACHIEVEMENT_FOR_PARENT),
            EXAM_RESULT_VIEW, List.of(EXAM_RESULT, EXAM_RESULT_FOR_PARENT),
            GRADE_VIEW, List.of(GRADE, GRADE_FOR_PARENT),
            CERTIFICATE_VIEW, List.of(CERTIFICATE, CERTIFICATE_FOR_PARENT));

    public static final List<FieldPolicy> ALL = policies();

    private static List<FieldPolicy> policies() {
        List<FieldPolicy> all = new ArrayList<>();
        VIEWS.forEach((view, fields) -> {
            all.add(new FieldPolicy(view, Roles.SCHOOL_OPERATOR, fields.get(0)));
            all.add(new FieldPolicy(view, Roles.EDUCATION_MINISTRY, fields.get(0)));
            all.add(new FieldPolicy(view, Roles.CITIZEN, fields.get(1)));
        });
        return List.copyOf(all);
    }

    private PortfolioFieldPolicies() {
    }
}
