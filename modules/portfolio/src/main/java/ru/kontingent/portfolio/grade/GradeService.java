package ru.kontingent.portfolio.grade;

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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ru.kontingent.portfolio.PortfolioFieldPolicies.GRADE_VIEW;

/** Grades: one per (student, school year, period, subject); a second write of the key replaces the first. */
@ApplicationScoped
public class GradeService {

    public static final PortfolioSection SECTION = new PortfolioSection("grades", GRADE_VIEW, "grade");

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
        return access.written(SECTION, em.find(Grade.class, stored.id()), stored.created());
    }

    /** The student's grades, of one school year when {@code year} is given. */
    @Transactional
    public List<Map<String, Object>> list(UUID studentId, Integer year) {
        return access.readAll(SECTION, studentId, () -> grades(studentId, year));
    }

    @Transactional
    public Map<String, Object> one(UUID studentId, UUID gradeId) {
        return access.readOne(SECTION, studentId, Grade.class, gradeId);
    }

    /** Every grade of the student; the caller checks scope and journals. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Grade> records(UUID studentId) {
        return grades(studentId, null);
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
