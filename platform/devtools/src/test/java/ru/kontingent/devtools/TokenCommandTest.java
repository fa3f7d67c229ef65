package ru.kontingent.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenCommandTest {

    private static TokenSpec spec(String... args) {
        return TokenCommand.spec(CliArguments.parse(List.of(args), new TokenCommand().options()));
    }

    @Test
    void schoolOperatorFromOptions() {
        TokenSpec spec = spec("--role", "school-operator", "--region", "r61", "--org", "7", "--ttl-minutes", "5");

        assertEquals(List.of("school-operator"), spec.groups());
        assertEquals("r61", spec.region());
        assertEquals("7", spec.org());
        assertEquals(Duration.ofMinutes(5), spec.lifetime());
    }

    @Test
    void citizenNeedsOnlyASnils() {
        TokenSpec spec = spec("--role", "citizen", "--snils", "112-233-445 95", "--sub", "parent-1");

        assertEquals("parent-1", spec.sub());
        assertNull(spec.region());
        assertEquals("112-233-445 95", spec.snils());
    }

    @Test
    void missingRoleRequirementsAreUsageErrors() {
        assertThrows(UsageException.class, () -> spec("--role", "regional-admin"));
        assertThrows(UsageException.class, () -> spec("--role", "school-operator", "--region", "r61"));
        assertThrows(UsageException.class, () -> spec("--role", "citizen"));
        assertEquals(Duration.ofHours(1), spec("--role", "federal-operator").lifetime());
    }
}
