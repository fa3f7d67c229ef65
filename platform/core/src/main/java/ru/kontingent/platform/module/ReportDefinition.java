package ru.kontingent.platform.module;

import java.util.List;
import java.util.Set;

/**
 * A report a module contributes: who may run it and from which stage. The query itself stays in
 * the module that owns the tables; the platform only lists, authorizes and caches.
 *
 * @param id         stable identifier, unique over all modules, e.g. {@code registry.contingent-by-grade}
 * @param title      human-readable title
 * @param module     id of the contributing module
 * @param stage      rollout stage from which the report is offered
 * @param roles      roles allowed to run it
 * @param parameters names of accepted query parameters besides {@code asOf} and {@code format}
 */
public record ReportDefinition(String id, String title, String module, int stage, Set<String> roles,
                               List<String> parameters) {

    public ReportDefinition {
        roles = Set.copyOf(roles);
        parameters = List.copyOf(parameters);
    }
}
