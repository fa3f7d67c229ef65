package ru.kontingent.platform.datasource;

import java.util.List;
import java.util.Map;

/** Where a region goes when onboarding names no server: the one holding the fewest regions, ties to the earlier-configured. */
public final class LeastLoaded {

    private LeastLoaded() {
    }

    public static String choose(List<String> servers, Map<String, Long> regionsPerServer) {
        String best = null;
        long fewest = Long.MAX_VALUE;
        for (String server : servers) {
            long load = regionsPerServer.getOrDefault(server, 0L);
            if (load < fewest) {
                best = server;
                fewest = load;
            }
        }
        if (best == null) {
            throw new IllegalStateException("no database server configured");
        }
        return best;
    }
}
