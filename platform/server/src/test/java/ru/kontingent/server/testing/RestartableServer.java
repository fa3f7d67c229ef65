package ru.kontingent.server.testing;

import java.util.Map;

/**
 * The configuration of the manual "restartable" container, always given in full when it starts:
 * Arquillian keeps a configuration override for later starts of the same container, so a test
 * that points it at a database of its own must not leak that into the next test.
 */
public final class RestartableServer {

    public static final String CONTAINER = "restartable";

    private RestartableServer() {
    }

    /** On the suite's database. */
    public static Map<String, String> configuration() {
        return Map.of("javaVmArguments", arguments(System.getProperty("kontingent.server.properties")));
    }

    /** On another database (a fault test's own). */
    public static Map<String, String> configuration(String jdbcUrl) {
        String properties = System.getProperty("kontingent.server.properties")
                .replaceAll("-Dkontingent\\.db\\.url=\\S+", java.util.regex.Matcher.quoteReplacement("-Dkontingent.db.url=" + jdbcUrl));
        return Map.of("javaVmArguments", arguments(properties));
    }

    /** With the suite's properties changed by the caller (another token issuer, say). */
    public static Map<String, String> configuration(java.util.function.UnaryOperator<String> edit) {
        return Map.of("javaVmArguments", arguments(edit.apply(System.getProperty("kontingent.server.properties"))));
    }

    private static String arguments(String properties) {
        return "-Xms64m -Xmx640m -Djava.net.preferIPv4Stack=true " + properties
                + " -Djboss.socket.binding.port-offset=" + System.getProperty("kontingent.it.restart.port.offset");
    }
}
