package ru.kontingent.portfolio.exam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.kontingent.platform.audit.AuditAction;
import ru.kontingent.platform.view.NotFoundProblem;
import ru.kontingent.portfolio.access.PortfolioAccess;
import ru.kontingent.portfolio.access.Recorded;
import ru.kontingent.portfolio.access.ReplaceByKey;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ru.kontingent.portfolio.PortfolioFieldPolicies.EXAM_RESULT_VIEW;

/** Exam results: one per (student, exam, subject, year); a second write of the key replaces the first. */
@ApplicationScoped
public class ExamResultService {

    public static final String SECTION = "exam-results";

    private static final String UPSERT = "insert into exam_result"
            + " (id, student_id, exam, subject, exam_year, score, recorded_by, created_at, updated_at)"
            + " values (:id, :student, :exam, :subject, :year, :score, :recordedBy, :now, :now)"
            + " on conflict on constraint exam_result_key do update set score = excluded.score,"
            + " recorded_by = excluded.recorded_by, updated_at = excluded.updated_at"
            + " returning id";

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    @Inject
    PortfolioAccess access;

    @Transactional
    public Recorded record(UUID studentId, ExamResultInput input) {
        access.requireStudent(studentId);
        ReplaceByKey.Outcome stored = ReplaceByKey.run(em, UPSERT, UUID.randomUUID(), Map.of(
                "student", studentId,
                "exam", input.exam().name(),
                "subject", input.subject().name(),
                "year", input.year(),
                "score", input.score(),
                "recordedBy", access.recorder(),
                "now", OffsetDateTime.now()));
        ExamResult result = em.find(ExamResult.class, stored.id());
        access.journal(stored.created() ? AuditAction.CREATE : AuditAction.UPDATE, studentId, SECTION);
        return new Recorded(stored.id(), access.shown(EXAM_RESULT_VIEW, result.fullView()), stored.created());
    }

    @Transactional
    public List<Map<String, Object>> list(UUID studentId) {
        access.requireStudent(studentId);
        List<Map<String, Object>> shown = fullViews(studentId).stream().map(full -> access.shown(EXAM_RESULT_VIEW, full)).toList();
        access.journal(AuditAction.READ, studentId, SECTION);
        return shown;
    }

    @Transactional
    public Map<String, Object> one(UUID studentId, UUID resultId) {
        access.requireStudent(studentId);
        ExamResult result = em.find(ExamResult.class, resultId);
        if (result == null || !result.belongsTo(studentId)) {
            throw new NotFoundProblem("exam result");
        }
        access.journal(AuditAction.READ, studentId, SECTION);
        return access.shown(EXAM_RESULT_VIEW, result.fullView());
    }

    /** Every result of the student, latest year first, unrestricted and unaudited: for callers that do both. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Map<String, Object>> fullViews(UUID studentId) {
        return em.createQuery("select r from ExamResult r where r.studentId = :student"
                        + " order by r.examYear desc, r.exam, r.subject", ExamResult.class)
                .setParameter("student", studentId).getResultStream().map(ExamResult::fullView).toList();
    }
}
