package ru.kontingent.platform.module;

import java.util.List;

/**
 * Computes the rows of one report for the region bound to the current thread, inside the
 * engine's transaction: set-based SQL with bind parameters, in the module that owns the tables.
 * Each row holds one value per declared column (a native query's {@code Object[]} as it comes).
 */
@FunctionalInterface
public interface ReportQuery {

    List<Object[]> run(ReportRequest request);
}
