package ru.kontingent.health.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.kontingent.platform.module.ReportDefinition;
import ru.kontingent.platform.module.ReportRequest;
import ru.kontingent.platform.module.ReportRows;
import ru.kontingent.platform.security.Roles;

import java.util.List;
import java.util.Set;

import static ru.kontingent.platform.module.ReportColumn.count;
import static ru.kontingent.platform.module.ReportColumn.dimension;

/**
 * Health statistics over the region's contingent at a date: the students with a basic enrollment
 * in force that day (the registry's tables, which every module may reference), each with the
 * health record in force that day (latest {@code valid_from} on or before it).
 */
@ApplicationScoped
public class HealthReports {

    static final String MODULE = "health";
    private static final Set<String> HEALTH = Set.of(Roles.HEALTH_MINISTRY);
    private static final Set<String> SCHOOL_NEEDS = Set.of(Roles.HEALTH_MINISTRY, Roles.EDUCATION_MINISTRY);

    /** Records in force at ?1 of students enrolled at ?1, with the organization they attend. */
    private static final String IN_FORCE = "with in_force as ("
            + " select distinct on (r.student_id) r.* from health_record r"
            + " where r.valid_from <= ?1 order by r.student_id, r.valid_from desc, r.version desc),"
            + " enrolled as ("
            + " select e.student_id, e.organization_id from enrollment e"
            + " where e.program = 'BASIC' and e.start_date <= ?1 and (e.end_date is null or e.end_date > ?1)) ";

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    public List<ReportDefinition> definitions() {
        return List.of(
                new ReportDefinition("health.by-health-group", "Обучающиеся по группам здоровья", MODULE, 2, HEALTH, List.of(),
                        List.of(dimension("healthGroup", "Группа здоровья"), count("students", "Обучающихся")),
                        request -> rows(IN_FORCE + "select h.health_group, count(*) from in_force h"
                                + " join enrolled e on e.student_id = h.student_id group by 1 order by 1", request)),
                new ReportDefinition("health.by-pe-group", "Обучающиеся по медицинским группам для занятий физкультурой",
                        MODULE, 2, HEALTH, List.of(),
                        List.of(dimension("peGroup", "Медицинская группа"), count("students", "Обучающихся")),
                        request -> rows(IN_FORCE + "select h.pe_group, count(*) from in_force h"
                                + " join enrolled e on e.student_id = h.student_id group by 1 order by 1", request)),
                new ReportDefinition("health.disability-by-reason", "Дети-инвалиды по причинам инвалидности",
                        MODULE, 2, HEALTH, List.of(),
                        List.of(dimension("reason", "Причина инвалидности"), count("students", "Обучающихся")),
                        request -> rows(IN_FORCE + "select h.disability_reason, count(*) from in_force h"
                                + " join enrolled e on e.student_id = h.student_id"
                                + " where h.disability_category is not null"
                                + " and (h.disability_from is null or h.disability_from <= ?1)"
                                + " and (h.disability_to is null or h.disability_to >= ?1)"
                                + " group by 1 order by 1", request)),
                new ReportDefinition("health.needs-by-organization",
                        "Потребность в адаптированной программе и длительном лечении по организациям",
                        MODULE, 2, SCHOOL_NEEDS, List.of(),
                        List.of(dimension("municipality", "Муниципальное образование"), dimension("organization", "Организация"),
                                count("adaptedProgram", "Нуждаются в адаптированной программе"),
                                count("longTermTreatment", "Нуждаются в длительном лечении")),
                        request -> rows(IN_FORCE + "select o.municipality, coalesce(o.short_name, o.full_name),"
                                + " count(*) filter (where h.adapted_program_needed),"
                                + " count(*) filter (where h.long_term_treatment_needed)"
                                + " from in_force h join enrolled e on e.student_id = h.student_id"
                                + " join organization o on o.id = e.organization_id"
                                + " where h.adapted_program_needed or h.long_term_treatment_needed"
                                + " group by o.id, o.municipality, o.short_name, o.full_name order by 1, 2", request)));
    }

    private List<Object[]> rows(String sql, ReportRequest request) {
        return ReportRows.of(em, sql, request.asOf());
    }
}
