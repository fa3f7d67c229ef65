package ru.kontingent.registry.enrollment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.kontingent.platform.citizen.ChildSection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where a parent's child studies now: the current enrollments, with the organization's name.
 * No order numbers and no ids of staff: what a parent needs to recognise, nothing more.
 */
@ApplicationScoped
public class EnrollmentChildSection implements ChildSection {

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    @Override
    public String name() {
        return "enrollments";
    }

    @Override
    public Object read(UUID studentId) {
        List<Enrollment> current = em.createQuery("select e from Enrollment e join fetch e.organization"
                        + " where e.student.id = :id and e.endDate is null order by e.startDate, e.id", Enrollment.class)
                .setParameter("id", studentId).getResultList();
        return current.stream().map(EnrollmentChildSection::parentView).toList();
    }

    private static Map<String, Object> parentView(Enrollment enrollment) {
        EnrollmentView full = enrollment.view();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("organizationName", full.organizationName());
        view.put("municipality", full.municipality());
        view.put("program", full.program());
        view.put("level", full.level());
        view.put("grade", full.grade());
        view.put("startDate", full.startDate());
        return view;
    }
}
