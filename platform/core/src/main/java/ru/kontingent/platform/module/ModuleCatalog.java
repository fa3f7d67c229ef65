package ru.kontingent.platform.module;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The modules deployed in this server, discovered through CDI. */
@ApplicationScoped
public class ModuleCatalog {

    @Inject
    @Any
    Instance<KontingentModule> discovered;

    private List<KontingentModule> modules;
    private Map<String, KontingentModule> byApiPath;

    @PostConstruct
    void discover() {
        modules = discovered.stream()
                .sorted(Comparator.comparingInt(KontingentModule::stage).thenComparing(KontingentModule::id))
                .toList();
        byApiPath = modules.stream().collect(Collectors.toUnmodifiableMap(KontingentModule::apiPath, Function.identity()));
    }

    /** All modules, lower stages first, so changelogs run in a stable order. */
    public List<KontingentModule> all() {
        return modules;
    }

    /** The module owning a request path relative to {@code /api}, e.g. {@code registry/students/1}. */
    public Optional<KontingentModule> owning(String apiRelativePath) {
        String path = apiRelativePath.startsWith("/") ? apiRelativePath.substring(1) : apiRelativePath;
        int slash = path.indexOf('/');
        String first = slash < 0 ? path : path.substring(0, slash);
        return Optional.ofNullable(byApiPath.get(first));
    }
}
