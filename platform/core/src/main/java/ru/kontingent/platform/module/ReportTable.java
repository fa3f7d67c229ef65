package ru.kontingent.platform.module;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The result of a report: columns and rows of plain values (String, Long, BigDecimal, Integer,
 * LocalDate or null), immutable so that a cached table can be shared by every reader.
 */
public record ReportTable(List<ReportColumn> columns, List<List<Object>> rows) implements Serializable {

    public ReportTable {
        columns = List.copyOf(columns);
        List<List<Object>> copied = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " values for " + columns.size() + " columns");
            }
            copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copied);
    }

    /** Rows from a native query's {@code Object[]} results, in column order. */
    public static ReportTable of(List<ReportColumn> columns, List<Object[]> results) {
        List<List<Object>> rows = new ArrayList<>(results.size());
        for (Object[] result : results) {
            rows.add(java.util.Arrays.asList(result));
        }
        return new ReportTable(columns, rows);
    }
}
