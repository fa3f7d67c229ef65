package ru.kontingent.platform.tenancy;

import ru.kontingent.platform.region.RegionCode;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The region the current thread works for. Set by {@link TenantFilter} from the verified token
 * (or by a background job, one region at a time) and read by Hibernate's tenant resolver.
 * There is no default: with nothing bound, tenant data cannot be reached at all.
 */
public final class RegionBinding {

    private static final ThreadLocal<RegionCode> CURRENT = new ThreadLocal<>();

    private RegionBinding() {
    }

    public static Optional<RegionCode> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static RegionCode require() {
        RegionCode code = CURRENT.get();
        if (code == null) {
            throw new NoRegionBoundException();
        }
        return code;
    }

    /** Runs work bound to one region, restoring whatever was bound before. */
    public static <T> T callIn(RegionCode region, Supplier<T> work) {
        RegionCode previous = CURRENT.get();
        CURRENT.set(region);
        try {
            return work.get();
        } finally {
            restore(previous);
        }
    }

    public static void runIn(RegionCode region, Runnable work) {
        callIn(region, () -> {
            work.run();
            return null;
        });
    }

    static void bind(RegionCode region) {
        CURRENT.set(region);
    }

    static void clear() {
        CURRENT.remove();
    }

    private static void restore(RegionCode previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }
}
