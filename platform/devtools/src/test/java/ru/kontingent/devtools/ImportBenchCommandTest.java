package ru.kontingent.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ImportBenchCommandTest {

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path temp;

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, KontingentCli.run("bench-import", "--students", "0"));
        assertEquals(2, KontingentCli.run("bench-import", "--students", "lots"));
        assertEquals(2, KontingentCli.run("bench-import", "--format", "xml"));
        assertEquals(2, KontingentCli.run("bench-import", "--port-offset", "-5"));
        assertEquals(2, KontingentCli.run("bench-import", "--colour", "blue"));
        assertTrue(console.err().contains("kontingent: --format must be ndjson or csv, got 'xml'"), console.err());
        assertEquals("", console.out());
    }

    @Test
    void withoutAServerItSaysHowToBuildOne() {
        Path emptyHome = temp.resolve("no-server");
        assertEquals(1, KontingentCli.run("bench-import", "--server-home", emptyHome.toString(),
                "--war", "pom.xml", "--results", "none"));
        assertTrue(console.err().contains("no provisioned WildFly at " + emptyHome), console.err());
        assertTrue(console.err().contains("./mvnw -DskipTests package"), console.err());
    }

    @Test
    void resultsGoToBenchmarksMdUnlessTold() {
        DevWorkspace workspace = DevWorkspace.of(temp, null);
        assertEquals(Optional.of(temp.resolve("elsewhere.md")), BenchSettings.results(
                CliArguments.parse(List.of("--results", "elsewhere.md"), Set.of("results")), workspace));
        assertEquals(Optional.empty(), BenchSettings.results(
                CliArguments.parse(List.of("--results", "none"), Set.of("results")), workspace));
    }

    @Test
    void theServerGetsAPrivateBaseDirWithTheWarAlone() throws Exception {
        Path home = temp.resolve("home");
        Files.createDirectories(home.resolve("standalone/configuration/standalone_xml_history"));
        Files.writeString(home.resolve("standalone/configuration/standalone.xml"), "<server/>");
        Files.writeString(home.resolve("standalone/configuration/standalone_xml_history/old.xml"), "old");
        Files.createDirectories(home.resolve("standalone/deployments"));
        Files.writeString(home.resolve("standalone/deployments/other.war"), "not ours");
        Path war = Files.writeString(temp.resolve("built.war"), "war bytes");

        Path base = ServerBaseDir.prepare(home, war, temp.resolve("run/server"));

        assertEquals(temp.resolve("run/server/standalone"), base);
        assertEquals("<server/>", Files.readString(base.resolve("configuration/standalone.xml")));
        assertTrue(Files.notExists(base.resolve("configuration/standalone_xml_history")));
        assertEquals("war bytes", Files.readString(base.resolve("deployments/kontingent.war")));
        assertTrue(Files.notExists(base.resolve("deployments/other.war")));
        assertEquals(List.of("-Djboss.socket.binding.port-offset=700", "-Djboss.server.base.dir=" + base),
                ServerBaseDir.serverArguments(700, base));
        assertEquals(Optional.empty(), ServerBaseDir.deployedWar(home));
    }

    @Test
    void aBusyPortIsFound() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int offset = taken.getLocalPort() - 9990;
            if (offset >= 0) {
                // The management port is taken; an earlier one of the four may be busy too.
                assertTrue(ServerBaseDir.busyPort(offset).isPresent());
            }
        }
    }
}
