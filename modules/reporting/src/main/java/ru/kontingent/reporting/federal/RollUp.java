package ru.kontingent.reporting.federal;

import ru.kontingent.platform.module.ReportColumn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sums one report over regions and suppresses small cells (statistical disclosure control):
 * <ol>
 *   <li>a count from 1 to {@code threshold - 1} is suppressed, in a region's rows and in the total;</li>
 *   <li>where exactly one region's cell of a combination is suppressed while the total is shown,
 *       the total minus the others would give it away: the next smallest cell of that combination
 *       is suppressed too, or the total when there is none;</li>
 *   <li>a measure (a mean, a median) is suppressed in every row whose first count (its group's
 *       size) is small, since a mean of one pupil is that pupil's score.</li>
 * </ol>
 * Zero counts are shown: there is nobody to single out.
 */
public final class RollUp {

    private RollUp() {
    }

    public static RolledUpReport of(List<ReportColumn> columns, List<RegionTable> tables, int threshold) {
        List<ReportColumn> withRegion = new ArrayList<>();
        withRegion.add(ReportColumn.dimension("region", "Регион"));
        withRegion.addAll(columns);
        List<Integer> dimensions = indexes(columns, ReportColumn.Kind.DIMENSION);
        List<Integer> counts = indexes(columns, ReportColumn.Kind.COUNT);
        List<Integer> measures = indexes(columns, ReportColumn.Kind.MEASURE);

        List<List<Object>> regionRows = new ArrayList<>();
        Map<List<Object>, List<List<Object>>> rowsByKey = new LinkedHashMap<>();
        Map<List<Object>, List<Object>> totals = new LinkedHashMap<>();
        for (RegionTable table : tables) {
            for (List<Object> row : table.table().rows()) {
                List<Object> regionRow = new ArrayList<>(row);
                regionRows.add(regionRow);
                List<Object> key = key(row, dimensions);
                rowsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(regionRow);
                List<Object> total = totals.computeIfAbsent(key, k -> emptyTotal(row, dimensions));
                for (int c : counts) {
                    total.set(c, sum(total.get(c), row.get(c)));
                }
            }
        }
        List<Boolean> smallGroup = new ArrayList<>();
        for (List<Object> row : regionRows) {
            smallGroup.add(!counts.isEmpty() && isSmall(row.get(counts.get(0)), threshold));
        }
        int suppressed = 0;
        for (int c : counts) {
            for (List<Object> row : regionRows) {
                suppressed += suppressIfSmall(row, c, threshold);
            }
            for (List<Object> total : totals.values()) {
                suppressed += suppressIfSmall(total, c, threshold);
            }
            for (Map.Entry<List<Object>, List<List<Object>>> group : rowsByKey.entrySet()) {
                suppressed += protectLoneSuppression(group.getValue(), totals.get(group.getKey()), c);
            }
        }
        for (int r = 0; r < regionRows.size(); r++) {
            if (smallGroup.get(r)) {
                for (int m : measures) {
                    if (regionRows.get(r).get(m) != null) {
                        regionRows.get(r).set(m, null);
                        suppressed++;
                    }
                }
            }
        }
        List<List<Object>> regionsOut = new ArrayList<>();
        int i = 0;
        for (RegionTable table : tables) {
            for (int r = 0; r < table.table().rows().size(); r++) {
                List<Object> out = new ArrayList<>();
                out.add(table.region());
                out.addAll(regionRows.get(i++));
                regionsOut.add(out);
            }
        }
        List<List<Object>> totalOut = new ArrayList<>();
        for (List<Object> total : totals.values()) {
            List<Object> out = new ArrayList<>();
            out.add(null);
            out.addAll(total);
            totalOut.add(out);
        }
        return new RolledUpReport(withRegion, regionsOut, totalOut, threshold, suppressed);
    }

    private static int protectLoneSuppression(List<List<Object>> group, List<Object> total, int c) {
        if (total.get(c) == null) {
            return 0;
        }
        long hidden = group.stream().filter(row -> row.get(c) == null).count();
        if (hidden != 1) {
            return 0;
        }
        List<Object> smallest = group.stream()
                .filter(row -> row.get(c) != null && ((Number) row.get(c)).longValue() > 0)
                .min(Comparator.comparingLong(row -> ((Number) row.get(c)).longValue()))
                .orElse(null);
        if (smallest != null) {
            smallest.set(c, null);
        } else {
            total.set(c, null);
        }
        return 1;
    }

    private static int suppressIfSmall(List<Object> row, int c, int threshold) {
        if (isSmall(row.get(c), threshold)) {
            row.set(c, null);
            return 1;
        }
        return 0;
    }

    private static boolean isSmall(Object value, int threshold) {
        return value instanceof Number number && number.longValue() > 0 && number.longValue() < threshold;
    }

    private static List<Object> emptyTotal(List<Object> row, List<Integer> dimensions) {
        List<Object> total = new ArrayList<>();
        for (int c = 0; c < row.size(); c++) {
            total.add(dimensions.contains(c) ? row.get(c) : null);
        }
        return total;
    }

    private static Object sum(Object total, Object value) {
        long a = total == null ? 0 : ((Number) total).longValue();
        long b = value == null ? 0 : ((Number) value).longValue();
        return a + b;
    }

    private static List<Object> key(List<Object> row, List<Integer> dimensions) {
        List<Object> key = new ArrayList<>();
        for (int c : dimensions) {
            key.add(row.get(c));
        }
        return key;
    }

    private static List<Integer> indexes(List<ReportColumn> columns, ReportColumn.Kind kind) {
        List<Integer> indexes = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).kind() == kind) {
                indexes.add(c);
            }
        }
        return indexes;
    }
}
