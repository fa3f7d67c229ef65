package ru.kontingent.portfolio.achievement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.kontingent.portfolio.access.PortfolioAccess;
import ru.kontingent.portfolio.access.PortfolioSection;
import ru.kontingent.portfolio.access.Recorded;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ru.kontingent.portfolio.PortfolioFieldPolicies.ACHIEVEMENT_VIEW;

/** Achievements of a student: each call one transaction with its audit event. They have no key: each POST adds one. */
@ApplicationScoped
public class AchievementService {

    public static final PortfolioSection SECTION = new PortfolioSection("achievements", ACHIEVEMENT_VIEW, "achievement");

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    @Inject
    PortfolioAccess access;

    @Transactional
    public Recorded add(UUID studentId, AchievementInput input) {
        access.requireStudent(studentId);
        Achievement achievement = new Achievement(studentId, input, access.recorder());
        em.persist(achievement);
        return access.written(SECTION, achievement, true);
    }

    @Transactional
    public List<Map<String, Object>> list(UUID studentId) {
        return access.readAll(SECTION, studentId, () -> records(studentId));
    }

    @Transactional
    public Map<String, Object> one(UUID studentId, UUID achievementId) {
        return access.readOne(SECTION, studentId, Achievement.class, achievementId);
    }

    /** Every achievement of the student, latest first; the caller checks scope and journals. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Achievement> records(UUID studentId) {
        return em.createQuery("select a from Achievement a where a.studentId = :student order by a.date desc, a.createdAt desc",
                Achievement.class).setParameter("student", studentId).getResultList();
    }
}
