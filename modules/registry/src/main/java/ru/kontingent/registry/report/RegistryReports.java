package ru.kontingent.registry.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.kontingent.platform.federal.FederalIndex;
import ru.kontingent.platform.module.ReportColumn;
import ru.kontingent.platform.module.ReportDefinition;
import ru.kontingent.platform.module.ReportParameter;
import ru.kontingent.platform.module.ReportRequest;
import ru.kontingent.platform.module.ReportRows;
import ru.kontingent.platform.security.Roles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static ru.kontingent.platform.module.ReportColumn.count;
import static ru.kontingent.platform.module.ReportColumn.dimension;

/**
 * Registry statistics. "The contingent at a date" is every student with a basic (general)
 * enrollment in force that day: started on or before it, not ended on or before it (an exit on
 * day D and a transfer's new enrollment from D never count the child twice).
 */
@ApplicationScoped
public class RegistryReports {

    static final String MODULE = "registry";
    private static final Set<String> MINISTRY = Set.of(Roles.EDUCATION_MINISTRY);
    private static final String IN_FORCE = " e.program = 'BASIC' and e.start_date <= ?1 and (e.end_date is null or e.end_date > ?1)";

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    @Inject
    FederalIndex index;

    public List<ReportDefinition> definitions() {
        return List.of(
                new ReportDefinition("registry.contingent-by-level-grade-sex", "Контингент по уровням образования, классам и полу",
                        MODULE, 1, MINISTRY, List.of(),
                        List.of(dimension("level", "Уровень образования"), dimension("grade", "Класс"), dimension("sex", "Пол"),
                                count("students", "Обучающихся")),
                        this::byLevelGradeSex),
                new ReportDefinition("registry.contingent-by-age-sex", "Контингент по возрасту (полных лет) и полу",
                        MODULE, 1, MINISTRY, List.of(),
                        List.of(dimension("age", "Возраст, полных лет"), dimension("sex", "Пол"), count("students", "Обучающихся")),
                        this::byAgeSex),
                new ReportDefinition("registry.contingent-by-organization", "Контингент по организациям и муниципалитетам",
                        MODULE, 1, MINISTRY, List.of(),
                        List.of(dimension("municipality", "Муниципальное образование"), dimension("organization", "Организация"),
                                count("students", "Обучающихся")),
                        this::byOrganization),
                new ReportDefinition("registry.migration", "Прибытие и выбытие обучающихся по регионам за период",
                        MODULE, 1, MINISTRY, List.of(ReportParameter.requiredDate("from"), ReportParameter.requiredDate("to")),
                        List.of(dimension("direction", "Направление"), dimension("region", "Регион прибытия/выбытия"),
                                count("students", "Обучающихся")),
                        this::migration),
                new ReportDefinition("registry.organizations-by-kind-municipality", "Организации по типам и муниципалитетам",
                        MODULE, 1, MINISTRY, List.of(),
                        List.of(dimension("kind", "Тип организации"), dimension("municipality", "Муниципальное образование"),
                                count("organizations", "Организаций")),
                        this::organizationsByKind));
    }

    List<Object[]> byLevelGradeSex(ReportRequest request) {
        return rows("select e.level, e.grade, s.sex, count(distinct s.id) from enrollment e join student s on s.id = e.student_id"
                + " where" + IN_FORCE + " group by e.level, e.grade, s.sex order by e.level, e.grade nulls first, s.sex", request);
    }

    List<Object[]> byAgeSex(ReportRequest request) {
        return rows("select cast(extract(year from age(cast(?1 as date), s.birth_date)) as int) as age, s.sex, count(distinct s.id)"
                + " from enrollment e join student s on s.id = e.student_id where" + IN_FORCE
                + " group by 1, 2 order by 1, 2", request);
    }

    List<Object[]> byOrganization(ReportRequest request) {
        return rows("select o.municipality, coalesce(o.short_name, o.full_name), count(distinct e.student_id)"
                + " from organization o left join enrollment e on e.organization_id = o.id and" + IN_FORCE
                + " group by o.id, o.municipality, o.short_name, o.full_name order by o.municipality, 2", request);
    }

    /**
     * Departures: enrollments ended in the period because the child moved to another region; the
     * destination is the other region's enrollment (federal index) nearest to the exit date.
     * Arrivals: first basic enrollments in this region started in the period by a child the index
     * shows enrolled in another region before. Matching is by the keyed SNILS hash only. Two steps:
     * the region's enrollments here, then the index (on the primary server, wherever the region is).
     */
    List<Object[]> migration(ReportRequest request) {
        LocalDate from = request.date("from");
        LocalDate to = request.date("to");
        List<FederalIndex.DatedEnrollment> exits = dated("select cast(e.id as varchar), e.end_date from enrollment e"
                + " where e.end_reason = 'MOVED_TO_ANOTHER_REGION' and e.end_date between ?1 and ?2", from, to);
        List<FederalIndex.DatedEnrollment> firstStarts = dated("select cast(e.id as varchar), e.start_date from enrollment e"
                + " where e.program = 'BASIC' and e.start_date between ?1 and ?2"
                + "   and not exists (select 1 from enrollment earlier where earlier.student_id = e.student_id"
                + "     and earlier.program = 'BASIC' and earlier.start_date < e.start_date)", from, to);
        List<Object[]> rows = new ArrayList<>();
        index.origins(firstStarts).forEach((region, students) -> rows.add(new Object[] {"ARRIVAL", region, students}));
        index.destinations(exits).forEach((region, students) -> rows.add(new Object[] {"DEPARTURE", region, students}));
        return rows;
    }

    private List<FederalIndex.DatedEnrollment> dated(String sql, LocalDate from, LocalDate to) {
        return ReportRows.of(em, sql, from, to).stream()
                .map(row -> new FederalIndex.DatedEnrollment((String) row[0], LocalDate.parse(row[1].toString())))
                .toList();
    }

    /** Organizations have no dated history: this one counts the register as it stands. */
    List<Object[]> organizationsByKind(ReportRequest request) {
        return ReportRows.of(em, "select kind, municipality, count(*) from organization"
                + " group by kind, municipality order by kind, municipality");
    }

    private List<Object[]> rows(String sql, ReportRequest request) {
        return ReportRows.of(em, sql, request.asOf());
    }
}
