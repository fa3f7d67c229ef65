package ru.kontingent.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class KontingentCliTest {

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void badInputExitsWithTwoAndExplainsOnStderr() {
        assertEquals(2, KontingentCli.run());
        assertEquals(2, KontingentCli.run("launch"));
        assertEquals(2, KontingentCli.run("token"));
        assertEquals(2, KontingentCli.run("token", "--role", "janitor"));
        assertEquals(2, KontingentCli.run("token", "--role", "school-operator", "--region", "r61"));
        assertEquals(2, KontingentCli.run("token", "--role", "federal-operator", "--ttl-minutes", "soon"));
        assertEquals(2, KontingentCli.run("keys", "--colour", "blue"));
        assertEquals(2, KontingentCli.run("run", "--port-offset", "-1"));
        assertEquals(2, KontingentCli.run("import", "--token", "t"));
        assertEquals(2, KontingentCli.run("import", "students.ndjson"));
        assertEquals(2, KontingentCli.run("generate", "--students", "many"));

        String errors = console.err();
        assertTrue(errors.contains("kontingent: role school-operator needs --org ID"), errors);
        assertTrue(errors.contains("Usage: kontingent <command>"), errors);
        assertTrue(errors.contains("kontingent: missing FILE"), errors);
        assertTrue(errors.contains("kontingent: import needs --token TOKEN"), errors);
        assertEquals("", console.out(), "nothing on stdout for scripts to swallow");
    }

    @Test
    void helpGoesToStdoutAndIsNotAnError() {
        assertEquals(0, KontingentCli.run("help"));
        String usage = console.out();
        assertTrue(usage.startsWith("Usage: kontingent"));
        assertTrue(usage.contains("generate --students N"), usage);
        assertTrue(usage.contains("import FILE --token TOKEN"), usage);
    }
}
