package ru.kontingent.platform.bulk;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.kontingent.devtools.Database;
import ru.kontingent.devtools.DatabaseLauncher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Hostile values through a real COPY come back exactly as they went in. */
class CopyRowsDatabaseTest {

    private static Database database;

    @BeforeAll
    static void startDatabase() {
        database = DatabaseLauncher.start(null);
    }

    @AfterAll
    static void stopDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void hostileTextSurvivesTheRoundTrip() throws SQLException {
        List<String> values = Arrays.asList("Сёмин Пётр", "tab\there", "new\nline", "carriage\rreturn", "back\\slash", "\\N",
                "\\.", "ends with \\", "'; drop table t; --", "emoji \uD83D\uDE00", "", null);
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             Statement statement = connection.createStatement()) {
            statement.execute("create temporary table t (n int, v text, d date)");
            CopyRows rows = new CopyRows(3);
            for (int i = 0; i < values.size(); i++) {
                rows.add(i, values.get(i), LocalDate.of(2013, 3, 4));
            }
            assertEquals(values.size(), rows.copyInto(connection, "t", "n, v, d"));
            List<String> back = new ArrayList<>();
            try (ResultSet row = statement.executeQuery("select v, d from t order by n")) {
                while (row.next()) {
                    back.add(row.getString(1));
                    assertEquals(LocalDate.of(2013, 3, 4), row.getObject(2, LocalDate.class));
                }
            }
            assertEquals(values, back);
        }
    }
}
