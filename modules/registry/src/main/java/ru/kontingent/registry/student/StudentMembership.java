package ru.kontingent.registry.student;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.UUID;

/** Whether a student belongs to an organization: registered by it and not yet elsewhere, or enrolled in it now. */
@ApplicationScoped
public class StudentMembership {

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    public boolean belongsTo(Student student, UUID organization) {
        if (organization.equals(student.registeredByOrg())) {
            return true;
        }
        Long active = em.createQuery("select count(e) from Enrollment e where e.student.id = :student"
                        + " and e.organization.id = :organization and e.endDate is null", Long.class)
                .setParameter("student", student.id()).setParameter("organization", organization)
                .getSingleResult();
        return active > 0;
    }
}
