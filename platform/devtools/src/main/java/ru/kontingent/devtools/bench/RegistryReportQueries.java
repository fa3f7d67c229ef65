package ru.kontingent.devtools.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The hand-written baseline of the reports benchmark: the registry's report queries as
 * {@code modules/registry/.../report/RegistryReports.java} has them (copied, with JDBC's {@code ?}
 * for JPA's {@code ?1}, which the in-force condition uses twice), run over plain JDBC in the
 * region's schema. Keep them in step with that file when it changes.
 */
public final class RegistryReportQueries {

    /** One report's query and how many times its text binds the asOf date. */
    public record Query(String reportId, String sql, int asOfBindings) {
    }

    private static final String IN_FORCE = " e.program = 'BASIC' and e.start_date <= ? and (e.end_date is null or e.end_date > ?)";

    public static final Query BY_LEVEL_GRADE_SEX = new Query("registry.contingent-by-level-grade-sex",
            "select e.level, e.grade, s.sex, count(distinct s.id) from enrollment e join student s on s.id = e.student_id"
                    + " where" + IN_FORCE + " group by e.level, e.grade, s.sex order by e.level, e.grade nulls first, s.sex",
            2);

    public static final Query BY_ORGANIZATION = new Query("registry.contingent-by-organization",
            "select o.municipality, coalesce(o.short_name, o.full_name), count(distinct e.student_id)"
                    + " from organization o left join enrollment e on e.organization_id = o.id and" + IN_FORCE
                    + " group by o.id, o.municipality, o.short_name, o.full_name order by o.municipality, 2",
            2);

    public static final List<Query> ALL = List.of(BY_LEVEL_GRADE_SEX, BY_ORGANIZATION);

    private RegistryReportQueries() {
    }

    public static Optional<Query> of(String reportId) {
        return ALL.stream().filter(query -> query.reportId().equals(reportId)).findFirst();
    }

    /** Sets the connection's schema to the region's, as the server's connection provider does. */
    public static void useRegion(Connection connection, String regionCode) throws SQLException {
        if (!regionCode.matches("[a-z0-9_]{1,30}")) {
            throw new IllegalArgumentException("not a region code: " + regionCode);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("set search_path to region_" + regionCode);
        }
    }

    /** Runs the query as of the date, reads every row; the rows' count. */
    public static int run(Connection connection, Query query, LocalDate asOf) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
            for (int i = 1; i <= query.asOfBindings(); i++) {
                statement.setObject(i, asOf);
            }
            int rows = 0;
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    for (int column = 1; column <= columns; column++) {
                        result.getObject(column);
                    }
                    rows++;
                }
            }
            return rows;
        }
    }
}
