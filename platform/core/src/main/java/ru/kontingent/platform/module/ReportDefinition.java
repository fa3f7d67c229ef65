package ru.kontingent.platform.module;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A report a module contributes: who may run it, from which stage, and the query that computes it.
 * The query stays in the module that owns the tables; the reporting engine only lists, authorizes,
 * caches, renders and rolls up. Reports are aggregates: a query returns counts and measures, never
 * rows about one person.
 *
 * @param id         stable identifier, unique over all modules, e.g. {@code registry.contingent-by-grade}
 * @param title      human-readable title (Russian: the console and the exports show it)
 * @param module     id of the contributing module
 * @param stage      rollout stage from which the report is offered
 * @param roles      roles allowed to run it in their region
 * @param parameters accepted query parameters besides {@code asOf} and {@code format}
 * @param columns    the columns every row has, in order
 * @param query      computes the rows for the bound region
 */
public record ReportDefinition(String id, String title, String module, int stage, Set<String> roles,
                               List<ReportParameter> parameters, List<ReportColumn> columns, ReportQuery query) {

    public ReportDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(query, "query");
        roles = Set.copyOf(roles);
        parameters = List.copyOf(parameters);
        columns = List.copyOf(columns);
    }
}
