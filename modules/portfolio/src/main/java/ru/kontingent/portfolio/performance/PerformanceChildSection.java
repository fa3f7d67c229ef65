package ru.kontingent.portfolio.performance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.kontingent.platform.citizen.ChildSection;
import ru.kontingent.portfolio.access.PortfolioAccess;
import ru.kontingent.portfolio.access.PortfolioSection;
import ru.kontingent.portfolio.access.StudentRecord;
import ru.kontingent.portfolio.achievement.AchievementService;
import ru.kontingent.portfolio.certificate.CertificateService;
import ru.kontingent.portfolio.exam.ExamResultService;
import ru.kontingent.portfolio.grade.GradeService;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
        performance.put("grades", forParent(GradeService.SECTION, grades.records(studentId)));
        performance.put("examResults", forParent(ExamResultService.SECTION, examResults.records(studentId)));
        performance.put("certificates", forParent(CertificateService.SECTION, certificates.records(studentId)));
        performance.put("achievements", forParent(AchievementService.SECTION, achievements.records(studentId)));
        return performance;
    }

    private List<Map<String, Object>> forParent(PortfolioSection section, List<? extends StudentRecord> records) {
        return records.stream().map(record -> access.shownToParent(section, record)).toList();
    }
}
