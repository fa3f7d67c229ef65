package ru.kontingent.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CliArgumentsTest {

    private static final Set<String> OPTIONS = Set.of("role", "region", "ttl-minutes");

    @Test
    void readsBothSpellings() {
        CliArguments arguments = CliArguments.parse(List.of("--role", "citizen", "--region=r61"), OPTIONS);

        assertEquals(Optional.of("citizen"), arguments.value("role"));
        assertEquals(Optional.of("r61"), arguments.value("region"));
        assertTrue(arguments.value("ttl-minutes").isEmpty());
        assertEquals(60, arguments.intValue("ttl-minutes", 60, 1, 100));
    }

    @Test
    void operandsAreNamedAndRequired() {
        CliArguments arguments = CliArguments.parse(List.of("--role", "x", "students.csv"), OPTIONS, List.of("FILE"));

        assertEquals("students.csv", arguments.operand("FILE"));
        assertEquals(Optional.of("x"), arguments.value("role"));
        UsageException missing = assertThrows(UsageException.class,
                () -> CliArguments.parse(List.of("--role", "x"), OPTIONS, List.of("FILE")));
        assertEquals("missing FILE", missing.getMessage());
        assertThrows(UsageException.class, () -> CliArguments.parse(List.of("a", "b"), OPTIONS, List.of("FILE")));
    }

    @Test
    void seedsAreLongs() {
        CliArguments arguments = CliArguments.parse(List.of("--role", "-9000000000"), OPTIONS);

        assertEquals(-9_000_000_000L, arguments.longValue("role", 61));
        assertEquals(61, arguments.longValue("region", 61));
        assertThrows(UsageException.class,
                () -> CliArguments.parse(List.of("--role", "1.5"), OPTIONS).longValue("role", 0));
    }

    @Test
    void rejectsWhatItDoesNotKnow() {
        assertThrows(UsageException.class, () -> CliArguments.parse(List.of("--colour", "red"), OPTIONS));
        assertThrows(UsageException.class, () -> CliArguments.parse(List.of("citizen"), OPTIONS));
        assertThrows(UsageException.class, () -> CliArguments.parse(List.of("--role"), OPTIONS));
        assertThrows(UsageException.class, () -> CliArguments.parse(List.of("--role", "a", "--role", "b"), OPTIONS));
        CliArguments outOfRange = CliArguments.parse(List.of("--ttl-minutes", "0"), OPTIONS);
        assertThrows(UsageException.class, () -> outOfRange.intValue("ttl-minutes", 60, 1, 100));
    }
}
