package ru.kontingent.platform.datasource;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LeastLoadedTest {

    private static final List<String> SERVERS = List.of("default", "pg2", "pg3");

    @Test
    void theServerWithTheFewestRegionsWins() {
        assertEquals("pg3", LeastLoaded.choose(SERVERS, Map.of("default", 4L, "pg2", 2L, "pg3", 1L)));
    }

    @Test
    void aServerWithoutRegionsIsTheLeastLoaded() {
        assertEquals("pg2", LeastLoaded.choose(SERVERS, Map.of("default", 1L, "pg3", 1L)));
    }

    @Test
    void tiesGoToTheEarlierConfiguredServer() {
        assertEquals("default", LeastLoaded.choose(SERVERS, Map.of()));
        assertEquals("pg2", LeastLoaded.choose(SERVERS, Map.of("default", 3L, "pg2", 2L, "pg3", 2L)));
    }

    @Test
    void regionsOnAServerNoLongerConfiguredDoNotCount() {
        assertEquals("default", LeastLoaded.choose(List.of("default"), Map.of("gone", 0L, "default", 5L)));
    }
}
