package ru.kontingent.portfolio.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.kontingent.platform.module.ReportDefinition;
import ru.kontingent.platform.module.ReportRequest;
import ru.kontingent.platform.module.ReportRows;
import ru.kontingent.platform.security.Roles;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static ru.kontingent.platform.module.ReportColumn.count;
import static ru.kontingent.platform.module.ReportColumn.dimension;
import static ru.kontingent.platform.module.ReportColumn.measure;

/**
 * Portfolio statistics for the education ministry. Everything counts what was recorded as of
 * {@code asOf}: achievements by their date, exams by their year, certificates by their issue date.
 */
@ApplicationScoped
public class PortfolioReports {

    static final String MODULE = "portfolio";
    private static final int STAGE = 3;
    private static final Set<String> MINISTRY = Set.of(Roles.EDUCATION_MINISTRY);

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    public List<ReportDefinition> definitions() {
        return List.of(
                new ReportDefinition("portfolio.olympiad-winners", "Победители и призёры олимпиад по уровням и предметам (учебный год)",
                        MODULE, STAGE, MINISTRY, List.of(),
                        List.of(dimension("level", "Уровень"), dimension("subject", "Предмет"), dimension("result", "Результат"),
                                count("students", "Обучающихся")),
                        this::olympiadWinners),
                new ReportDefinition("portfolio.exam-results", "Результаты ГИА: средний балл и медиана по предметам и годам",
                        MODULE, STAGE, MINISTRY, List.of(),
                        List.of(dimension("exam", "Экзамен"), dimension("subject", "Предмет"), dimension("year", "Год"),
                                count("participants", "Участников"), measure("mean", "Средний балл"), measure("median", "Медиана")),
                        request -> rows("select exam, subject, exam_year, count(*),"
                                + " round(avg(score), 2), cast(percentile_cont(0.5) within group (order by score) as numeric(6, 2))"
                                + " from exam_result where exam_year <= ?1 group by exam, subject, exam_year"
                                + " order by exam, subject, exam_year", request.asOf().getYear())),
                new ReportDefinition("portfolio.exam-score-distribution", "Распределение результатов ГИА по баллам",
                        MODULE, STAGE, MINISTRY, List.of(),
                        List.of(dimension("exam", "Экзамен"), dimension("subject", "Предмет"), dimension("year", "Год"),
                                dimension("band", "Баллы / отметка"), count("participants", "Участников")),
                        request -> rows("select exam, subject, exam_year,"
                                // The 100-point EGE in bands; the 2..5 scales (OGE, GVE, basic mathematics) by mark.
                                + " case when exam = 'EGE' and subject <> 'MATHEMATICS_BASIC' then"
                                + "   case when score < 40 then '0-39' when score < 60 then '40-59' when score < 80 then '60-79' else '80-100' end"
                                + " else cast(score as varchar) end as band, count(*)"
                                + " from exam_result where exam_year <= ?1 group by 1, 2, 3, 4 order by 1, 2, 3, 4",
                                request.asOf().getYear())),
                new ReportDefinition("portfolio.certificates-issued", "Выданные аттестаты по видам и годам",
                        MODULE, STAGE, MINISTRY, List.of(),
                        List.of(dimension("kind", "Вид аттестата"), dimension("year", "Год выдачи"), count("certificates", "Аттестатов")),
                        request -> rows("select kind, cast(extract(year from issue_date) as int), count(*) from certificate"
                                + " where issue_date <= ?1 group by 1, 2 order by 1, 2", request.asOf())));
    }

    /** Winners and prize-winners of olympiads in the school year (1 September onwards) that contains {@code asOf}. */
    List<Object[]> olympiadWinners(ReportRequest request) {
        return rows("select level, coalesce(subject, 'UNSPECIFIED'), result, count(distinct student_id) from achievement"
                        + " where kind = 'OLYMPIAD' and result in ('WINNER', 'PRIZE') and achieved_on between ?1 and ?2"
                        + " group by 1, 2, 3 order by 1, 2, 3",
                schoolYearStart(request.asOf()), request.asOf());
    }

    static LocalDate schoolYearStart(LocalDate day) {
        int year = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
        return LocalDate.of(year, 9, 1);
    }

    private List<Object[]> rows(String sql, Object... parameters) {
        return ReportRows.of(em, sql, parameters);
    }
}
