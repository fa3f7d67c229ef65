package ru.kontingent.server.testing;

import ru.kontingent.devtools.Database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Direct SQL on the test database, to check where the server really stored things. */
public final class Sql {

    private Sql() {
    }

    public static List<List<Object>> rows(String sql, Object... parameters) {
        return rows(TestEnvironment.database(), sql, parameters);
    }

    /** On another database server than the suite's (a test's own). */
    public static List<List<Object>> rows(Database database, String sql, Object... parameters) {
        return prepared(database, sql, parameters, statement -> {
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        row.add(result.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        });
    }

    /** A statement for test set-up (a trigger that simulates a failure, say). */
    public static void execute(String sql) {
        execute(TestEnvironment.database(), sql);
    }

    /** A statement with parameters on a test's own database server. */
    public static void execute(Database database, String sql, Object... parameters) {
        prepared(database, sql, parameters, PreparedStatement::execute);
    }

    private interface StatementWork<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    /** Connected as the migration role (the schemas' owner), the parameters bound in order. */
    private static <T> T prepared(Database database, String sql, Object[] parameters, StatementWork<T> work) {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.migrationUser(), database.migrationPassword());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return work.run(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(String sql, Object... parameters) {
        return count(TestEnvironment.database(), sql, parameters);
    }

    public static long count(Database database, String sql, Object... parameters) {
        return ((Number) rows(database, sql, parameters).get(0).get(0)).longValue();
    }
}
