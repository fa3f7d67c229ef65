package ru.kontingent.server.portfolio;

import ru.kontingent.server.testing.RegistryData;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test data builders for the portfolio: valid bodies unless a test changes a field. */
public final class PortfolioData {

    private PortfolioData() {
    }

    public static Map<String, Object> anAchievement() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "OLYMPIAD");
        body.put("title", "Всероссийская олимпиада школьников по физике, региональный этап");
        body.put("subject", "PHYSICS");
        body.put("level", "REGIONAL");
        body.put("result", "PRIZE");
        body.put("date", "2024-01-20");
        return body;
    }

    public static Map<String, Object> anExamResult(String exam, String subject, int year, Object score) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("exam", exam);
        body.put("subject", subject);
        body.put("year", year);
        body.put("score", score);
        return body;
    }

    public static Map<String, Object> aGrade(int year, String period, String subject, Object grade) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", year);
        body.put("period", period);
        body.put("subject", subject);
        body.put("grade", grade);
        return body;
    }

    public static Map<String, Object> aCertificate(String kind, String issueDate, Object... subjectsAndGrades) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("series", "061");
        body.put("number", "0" + (System.nanoTime() % 10_000_000L));
        body.put("issueDate", issueDate);
        List<Object> lines = new ArrayList<>();
        for (int i = 0; i < subjectsAndGrades.length; i += 2) {
            lines.add(new LinkedHashMap<>(Map.of("subject", subjectsAndGrades[i], "grade", subjectsAndGrades[i + 1])));
        }
        body.put("finalGrades", lines);
        return body;
    }

    /** A student body whose (first) representative has this SNILS. */
}
