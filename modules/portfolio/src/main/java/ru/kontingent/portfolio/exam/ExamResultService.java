package ru.kontingent.portfolio.exam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.kontingent.portfolio.access.PortfolioAccess;
import ru.kontingent.portfolio.access.PortfolioSection;
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

    public static final PortfolioSection SECTION = new PortfolioSection("exam-results", EXAM_RESULT_VIEW, "exam result");

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
        return access.written(SECTION, em.find(ExamResult.class, stored.id()), stored.created());
    }

    @Transactional
    public List<Map<String, Object>> list(UUID studentId) {
        return access.readAll(SECTION, studentId, () -> records(studentId));
    }

    @Transactional
    public Map<String, Object> one(UUID studentId, UUID resultId) {
        return access.readOne(SECTION, studentId, ExamResult.class, resultId);
    }

    /** Every result of the student, latest year first; the caller checks scope and journals. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ExamResult> records(UUID studentId) {
        return em.createQuery("select r from ExamResult r where r.studentId = :student"
                        + " order by r.examYear desc, r.exam, r.subject", ExamResult.class)
                .setParameter("student", studentId).getResultList();
    }
}
