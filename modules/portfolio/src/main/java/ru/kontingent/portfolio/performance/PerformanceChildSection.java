package ru.kontingent.portfolio.performance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.kontingent.platform.citizen.ChildSection;
import ru.kontingent.portfolio.access.PortfolioAccess;
import ru.kontingent.portfolio.achievement.AchievementService;
import ru.kontingent.portfolio.certificate.CertificateService;
import ru.kontingent.portfolio.exam.ExamResultService;
import ru.kontingent.portfolio.grade.GradeService;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static ru.kontingent.portfolio.PortfolioFieldPolicies.ACHIEVEMENT_VIEW;
import static ru.kontingent.portfolio.PortfolioFieldPolicies.CERTIFICATE_VIEW;
import static ru.kontingent.portfolio.PortfolioFieldPolicies.EXAM_RESULT_VIEW;
import static ru.kontingent.portfolio.PortfolioFieldPolicies.GRADE_VIEW;

/**
 * How the child is doing, as its parent sees it: grades, exam results, certificates and
 * achievements, each restricted to the citizen's row of the field policy (no ids, no bookkeeping).
 * The platform calls it inside the child region's transaction, after checking the caller
 * represents the child, and journals the read itself under the section's name.
 */
@ApplicationScoped
public class PerformanceChildSection implements ChildSection {

    @Inject
    GradeService grades;

    @Inject
    ExamResultService examResults;

    @Inject
    CertificateService certificates;

    @Inject
    AchievementService achievements;

    @Inject
    PortfolioAccess access;

    @Override
    public String name() {
        return "performance";
    }

    @Override
    public Object read(UUID studentId) {
        Map<String, Object> performance = new LinkedHashMap<>();
        performance.put("grades", forParent(GRADE_VIEW, grades::fullViews, studentId));
        performance.put("examResults", forParent(EXAM_RESULT_VIEW, examResults::fullViews, studentId));
        performance.put("certificates", forParent(CERTIFICATE_VIEW, certificates::fullViews, studentId));
        performance.put("achievements", forParent(ACHIEVEMENT_VIEW, achievements::fullViews, studentId));
        return performance;
    }

    private List<Map<String, Object>> forParent(String view, Function<UUID, List<Map<String, Object>>> read, UUID studentId) {
        return read.apply(studentId).stream().map(full -> access.shownToParent(view, full)).toList();
    }
}
