package ru.kontingent.platform.module;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every module's declared field policies in one lookup: which fields of a view a caller with
 * these roles may see (the union over its roles). A view or role without a policy sees nothing.
 */
@ApplicationScoped
public class FieldPolicies {

    @Inject
    ModuleCatalog modules;

    private Map<String, Map<String, Set<String>>> byViewAndRole;

    /**
     * Answers already computed, per view and the caller's roles that have a policy in it: every
     * personal-data read asks, and the answer depends on nothing else. Keys are bounded by the
     * declared policies (roles without one are left out of the key), not by what tokens carry.
     */
    private final Map<VisibleKey, Set<String>> answered = new ConcurrentHashMap<>();

    private record VisibleKey(String view, Set<String> roles) {
    }

    @PostConstruct
    void collect() {
        Map<String, Map<String, Set<String>>> collected = new HashMap<>();
        for (KontingentModule module : modules.all()) {
            for (FieldPolicy policy : module.fieldPolicies()) {
                collected.computeIfAbsent(policy.view(), view -> new HashMap<>())
                        .merge(policy.role(), policy.fields(), FieldPolicies::union);
            }
        }
        byViewAndRole = collected;
    }

    /** The fields visible to these roles, sorted by name; the set is read only. */
    public Set<String> visibleFields(String view, Collection<String> roles) {
        Map<String, Set<String>> policies = byViewAndRole.getOrDefault(view, Map.of());
        Set<String> governing = new HashSet<>();
        for (String role : roles) {
            if (policies.containsKey(role)) {
                governing.add(role);
            }
        }
        return answered.computeIfAbsent(new VisibleKey(view, Set.copyOf(governing)), key -> {
            TreeSet<String> visible = new TreeSet<>();
            for (String role : key.roles()) {
                visible.addAll(policies.get(role));
            }
            return Collections.unmodifiableSortedSet(visible);
        });
    }

    /** Keeps only the visible entries of a full view, in the view's own order. */
    public Map<String, Object> restrict(Map<String, Object> fullView, Set<String> visible) {
        Map<String, Object> restricted = new LinkedHashMap<>();
        fullView.forEach((field, value) -> {
            if (visible.contains(field)) {
                restricted.put(field, value);
            }
        });
        return restricted;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> both = new TreeSet<>(a);
        both.addAll(b);
        return Set.copyOf(both);
    }

    /** For tests and the OpenAPI description: the declared table, view by view. */
    public Map<String, Map<String, Set<String>>> table() {
        return byViewAndRole;
    }

    public List<String> views() {
        return List.copyOf(byViewAndRole.keySet());
    }
}
