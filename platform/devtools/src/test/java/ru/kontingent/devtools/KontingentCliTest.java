package ru.kontingent.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KontingentCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void captureOutput() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

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

        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("kontingent: role school-operator needs --org ID"), errors);
        assertTrue(errors.contains("Usage: kontingent <command>"), errors);
        assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing on stdout for scripts to swallow");
    }

    @Test
    void helpGoesToStdoutAndIsNotAnError() {
        assertEquals(0, KontingentCli.run("help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: kontingent"));
    }
}
