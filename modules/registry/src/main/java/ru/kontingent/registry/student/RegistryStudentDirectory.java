package ru.kontingent.registry.student;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.kontingent.platform.student.StudentDirectory;
import ru.kontingent.platform.student.StudentIdentity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The registry answers for the students it keeps, to the platform and to the other modules. */
@ApplicationScoped
public class RegistryStudentDirectory implements StudentDirectory {

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    @Inject
    StudentMembership membership;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<StudentIdentity> find(UUID studentId) {
        return em.createQuery("select new ru.kontingent.platform.student.StudentIdentity(s.id, s.person.lastName,"
                        + " s.person.firstName, s.person.middleName, s.person.birthDate) from Student s where s.id = :id and s.mergedInto is null",
                        StudentIdentity.class)
                .setParameter("id", studentId)
                .getResultStream().findFirst();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean belongsTo(UUID studentId, UUID organizationId) {
        Student student = em.find(Student.class, studentId);
        return student != null && !student.isMerged() && membership.belongsTo(student, organizationId);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean representedBy(UUID studentId, String normalizedSnils) {
        return em.createQuery("select count(r) from Representative r where r.student.id = :id and r.person.snils = :snils"
                        + " and r.student.mergedInto is null", Long.class)
                .setParameter("id", studentId).setParameter("snils", normalizedSnils)
                .getSingleResult() > 0;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, String> organizationNames(Collection<UUID> organizationIds) {
        if (organizationIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> names = new HashMap<>();
        List<Object[]> rows = em.createQuery("select o.id, coalesce(o.shortName, o.fullName) from Organization o where o.id in :ids",
                        Object[].class)
                .setParameter("ids", organizationIds).getResultList();
        for (Object[] row : rows) {
            names.put((UUID) row[0], (String) row[1]);
        }
        return names;
    }
}
