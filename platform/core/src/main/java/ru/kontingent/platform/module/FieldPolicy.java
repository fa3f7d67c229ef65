package ru.kontingent.platform.module;

import java.util.Set;

/**
 * The fields of one view that one role may see (152-FZ: minimal views per role). Declared by the
 * module that owns the view; an absent policy means the role sees nothing of it.
 *
 * @param view   view name, e.g. {@code registry.student}
 * @param role   role name, e.g. {@code health-ministry}
 * @param fields visible field names
 */
public record FieldPolicy(String view, String role, Set<String> fields) {

    public FieldPolicy {
        fields = Set.copyOf(fields);
    }

    public boolean allows(String field) {
        return fields.contains(field);
    }
}
