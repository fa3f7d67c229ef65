package ru.kontingent.portfolio.achievement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.kontingent.platform.audit.AuditAction;
import ru.kontingent.platform.view.NotFoundProblem;
import ru.kontingent.portfolio.access.PortfolioAccess;
import ru.kontingent.portfolio.access.Recorded;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ru.kontingent.portfolio.PortfolioFieldPolicies.ACHIEVEMENT_VIEW;

/** Achievements of a student: each call one transaction with its audit event. */
@ApplicationScoped
public class AchievementService {

    public static final String SECTION = "achievements";

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    @Inject
    PortfolioAccess access;

    @Transactional
    public Recorded add(UUID studentId, AchievementInput input) {
        access.requireStudent(studentId);
        Achievement achievement = new Achievement(studentId, input, access.recorder());
        em.persist(achievement);
        access.journal(AuditAction.CREATE, studentId, SECTION);
        return new Recorded(achievement.id(), access.shown(ACHIEVEMENT_VIEW, achievement.fullView()), true);
    }

    @Transactional
    public List<Map<String, Object>> list(UUID studentId) {
        access.requireStudent(studentId);
        List<Map<String, Object>> shown = fullViews(studentId).stream().map(full -> access.shown(ACHIEVEMENT_VIEW, full)).toList();
        access.journal(AuditAction.READ, studentId, SECTION);
        return shown;
    }

    @Transactional
    public Map<String, Object> one(UUID studentId, UUID achievementId) {
        access.requireStudent(studentId);
        Achievement achievement = em.find(Achievement.class, achievementId);
        if (achievement == null || !achievement.belongsTo(studentId)) {
            throw new NotFoundProblem("achievement");
        }
        access.journal(AuditAction.READ, studentId, SECTION);
        return access.shown(ACHIEVEMENT_VIEW, achievement.fullView());
    }

    /** Every achievement of the student, newest first, unrestricted and unaudited: for callers that do both. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Map<String, Object>> fullViews(UUID studentId) {
        return em.createQuery("select a from Achievement a where a.studentId = :student order by a.date desc, a.createdAt desc",
                        Achievement.class)
                .setParameter("student", studentId).getResultStream().map(Achievement::fullView).toList();
    }
}
