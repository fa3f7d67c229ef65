package ru.kontingent.registry.enrollment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.kontingent.platform.federal.FederalIndex;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What bulk orders over general education (the year-end promotion) may do to enrollments: list the
 * active ones, step a student on (end one enrollment, open the next) and revert such steps. The rules
 * of a single enrollment (one active basic, an end not before the start, the federal index) stay here.
 */
@ApplicationScoped
public class GeneralEnrollments {

    /** The levels with school grades that a promotion moves: preschool, vocational and additional never. */
    public static final List<EducationLevel> GENERAL = List.of(EducationLevel.PRIMARY_GENERAL, EducationLevel.BASIC_GENERAL,
            EducationLevel.SECONDARY_GENERAL);

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    @Inject
    EnrollmentService enrollments;

    @Inject
    FederalIndex federalIndex;

    /** The active basic general-education enrollments of these organizations that began before the date. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ActiveGeneralEnrollment> active(Collection<UUID> organizationIds, LocalDate startedBefore) {
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select new ru.kontingent.registry.enrollment.ActiveGeneralEnrollment(e.id, s.id, o.id,"
                                + " s.person.lastName, s.person.firstName, s.person.middleName, e.level, e.grade, e.startDate)"
                                + " from Enrollment e join e.student s join e.organization o"
                                + " where o.id in :organizations and e.program = :basic and e.endDate is null and e.level in :levels"
                                + " and e.grade is not null and e.startDate < :date",
                        ActiveGeneralEnrollment.class)
                .setParameter("organizations", organizationIds).setParameter("basic", Program.BASIC)
                .setParameter("levels", GENERAL).setParameter("date", startedBefore)
                .getResultList();
    }

    /**
     * Ends the enrollment on the date (the end date is the first day not in it, as for transfers, so
     * as-of reports count the student exactly once on every day) and, unless {@code nextLevel} is
     * null, opens the next one in the same organization from that date.
     *
     * @return the opened enrollment's id, or null
     * @throws EnrollmentAlreadyEndedException when someone ended it since it was listed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID step(UUID enrollmentId, LocalDate date, ExitReason reason, EducationLevel nextLevel, Integer nextGrade,
                     String orderNumber) {
        Enrollment current = em.find(Enrollment.class, enrollmentId, LockModeType.PESSIMISTIC_WRITE);
        enrollments.close(current, date, reason);
        if (nextLevel == null) {
            return null;
        }
        Enrollment next = new Enrollment(current.student(), current.organization(), Program.BASIC, nextLevel, nextGrade, date,
                orderNumber);
        enrollments.open(next);
        return next.id();
    }

    /**
     * The students whose basic enrollments changed since these steps were made: an ended enrollment
     * no longer ended as the step ended it, an opened one gone or ended, or a basic enrollment made
     * after {@code since} (a transfer, a re-enrollment of a graduate). Locks their enrollments.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> changedSince(List<EnrollmentStep> steps, OffsetDateTime since) {
        if (steps.isEmpty()) {
            return Set.of();
        }
        Set<UUID> students = steps.stream().map(EnrollmentStep::studentId).collect(Collectors.toSet());
        Map<UUID, Enrollment> stored = em.createQuery("select e from Enrollment e where e.student.id in :students"
                        + " and e.program = :basic", Enrollment.class)
                .setParameter("students", students).setParameter("basic", Program.BASIC)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().collect(Collectors.toMap(Enrollment::id, e -> e));
        Set<UUID> opened = new HashSet<>();
        Set<UUID> changed = new LinkedHashSet<>();
        for (EnrollmentStep step : steps) {
            Enrollment ended = stored.get(step.endedEnrollmentId());
            if (ended == null || !step.date().equals(ended.endDate()) || ended.endReason() != step.endReason()) {
                changed.add(step.studentId());
            }
            if (step.openedEnrollmentId() != null) {
                opened.add(step.openedEnrollmentId());
                Enrollment next = stored.get(step.openedEnrollmentId());
                if (next == null || !next.isActive()) {
                    changed.add(step.studentId());
                }
            }
        }
        for (Enrollment enrollment : stored.values()) {
            if (!opened.contains(enrollment.id()) && enrollment.createdAt().isAfter(since)) {
                changed.add(enrollment.student().id());
            }
        }
        return changed;
    }

    /** Undoes the steps exactly: the opened enrollments go, the ended ones are active again, the federal index with them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revert(List<EnrollmentStep> steps) {
        List<UUID> opened = steps.stream().map(EnrollmentStep::openedEnrollmentId).filter(java.util.Objects::nonNull).toList();
        List<UUID> ended = steps.stream().map(EnrollmentStep::endedEnrollmentId).toList();
        // The opened ones go first: the ended ones may become active only when no other basic one is.
        if (!opened.isEmpty()) {
            em.createQuery("delete from Enrollment e where e.id in :ids").setParameter("ids", opened).executeUpdate();
            federalIndex.withdrawn(opened.stream().map(UUID::toString).toList());
        }
        if (!ended.isEmpty()) {
            em.createQuery("update Enrollment e set e.endDate = null, e.endReason = null where e.id in :ids")
                    .setParameter("ids", ended).executeUpdate();
            federalIndex.resumed(ended.stream().map(UUID::toString).toList());
        }
    }
}
