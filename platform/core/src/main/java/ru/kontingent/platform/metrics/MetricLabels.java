package ru.kontingent.platform.metrics;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Label values of the request metrics, each from a closed set whatever the request carries. */
public final class MetricLabels {

    /** A call bound to no region (platform endpoints, refused tokens) or matched by no resource. */
    public static final String NONE = "none";
    public static final String PLATFORM = "platform";
    public static final String CITIZEN = "citizen";
    public static final String OTHER_METHOD = "OTHER";

    private static final String ROOT_PACKAGE = "ru.kontingent.";
    private static final String PLATFORM_PACKAGE = ROOT_PACKAGE + "platform.";
    private static final String CITIZEN_PACKAGE = PLATFORM_PACKAGE + "citizen.";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");

    private MetricLabels() {
    }

    /** {@code 2xx} .. {@code 5xx}; anything outside 100..599 is {@code other}. */
    public static String statusClass(int status) {
        return status >= 100 && status < 600 ? (status / 100) + "xx" : "other";
    }

    /** The standard methods as sent; any invented method name is one value, not a new series. */
    public static String method(String method) {
        String upper = method == null ? "" : method.toUpperCase(Locale.ROOT);
        return METHODS.contains(upper) ? upper : OTHER_METHOD;
    }

    /**
     * The module owning a resource class, by its package: a deployed module's id, {@code citizen}
     * for the parents' view, {@code platform} for the rest of the platform; {@code none} when no
     * resource matched.
     */
    public static String module(Optional<Class<?>> resourceClass, Collection<String> moduleIds) {
        if (resourceClass.isEmpty()) {
            return NONE;
        }
        String name = resourceClass.get().getName();
        if (name.startsWith(CITIZEN_PACKAGE)) {
            return CITIZEN;
        }
        if (name.startsWith(PLATFORM_PACKAGE)) {
            return PLATFORM;
        }
        for (String id : moduleIds) {
            if (name.startsWith(ROOT_PACKAGE + id + ".")) {
                return id;
            }
        }
        return NONE;
    }
}
