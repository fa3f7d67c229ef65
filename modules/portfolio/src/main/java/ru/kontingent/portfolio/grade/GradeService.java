package ru.kontingent.portfolio.grade;

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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ru.kontingent.portfolio.PortfolioFieldPolicies.GRADE_VIEW;

/** Grades: one per (student, school year, period, subject); a second write of the key replaces the first. */
@ApplicationScoped
public class GradeService {

    public static final String SECTION = "grades";

    private static final String UPSERT = "insert into grade"
            + " (id, student_id, school_year, period, subject, mark, recorded_by, created_at, updated_at)"
            + " values (:id, :student, :year, :period, :subject, :mark, :recordedBy, :now, :now)"
            + " on conflict on constraint grade_key do update set mark = excluded.mark,"
            + " recorded_by = excluded.recorded_by, updated_at = excluded.updated_at"
            + " returning id";

    /** Latest school year first; within a year, the periods in their order (not by name), then subjects. */
    private static final Comparator<Grade> SHOWN_ORDER = Comparator.comparingInt(Grade::schoolYear).reversed()
            .thenComparing(Grade::period).thenComparing(Grade::subject);

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    @Inject
    PortfolioAccess access;

    @Transactional
    public Recorded record(UUID studentId, GradeInput input) {
        access.requireStudent(studentId);
        ReplaceByKey.Outcome stored = ReplaceByKey.run(em, UPSERT, UUID.randomUUID(), Map.of(
                "student", studentId,
                "year", input.year(),
                "period", input.period().name(),
                "subject", input.subject().name(),
                "mark", input.grade().stored(),
                "recordedBy", access.recorder(),
                "now", OffsetDateTime.now()));
        Grade grade = em.find(Grade.class, stored.id());
        access.journal(stored.created() ? AuditAction.CREATE : AuditAction.UPDATE, studentId, SECTION);
        return new Recorded(stored.id(), access.shown(GRADE_VIEW, grade.fullView()), stored.created());
    }

    /** The student's grades, of one school year when {@code year} is given. */
    @Transactional
    public List<Map<String, Object>> list(UUID studentId, Integer year) {
        access.requireStudent(studentId);
        List<Map<String, Object>> shown = grades(studentId, year).stream()
                .map(grade -> access.shown(GRADE_VIEW, grade.fullView())).toList();
        access.journal(AuditAction.READ, studentId, SECTION);
        return shown;
    }

    @Transactional
    public Map<String, Object> one(UUID studentId, UUID gradeId) {
        access.requireStudent(studentId);
        Grade grade = em.find(Grade.class, gradeId);
        if (grade == null || !grade.belongsTo(studentId)) {
            throw new NotFoundProblem("grade");
        }
        access.journal(AuditAction.READ, studentId, SECTION);
        return access.shown(GRADE_VIEW, grade.fullView());
    }

    /** Every grade of the student, unrestricted and unaudited: for callers that do both. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Map<String, Object>> fullViews(UUID studentId) {
        return grades(studentId, null).stream().map(Grade::fullView).toList();
    }

    private List<Grade> grades(UUID studentId, Integer year) {
        String filter = year == null ? "" : " and g.schoolYear = :year";
        var query = em.createQuery("select g from Grade g where g.studentId = :student" + filter, Grade.class)
                .setParameter("student", studentId);
        if (year != null) {
            query.setParameter("year", year);
        }
        return query.getResultStream().sorted(SHOWN_ORDER).toList();
    }
}
