package ru.kontingent.devtools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A private {@code jboss.server.base.dir} for a provisioned WildFly: its configuration copied, the
 * given WAR alone in deployments (the scanner deploys it at boot). The server home is only read,
 * so a benchmark can run beside Arquillian tests or a dev server started from the same home, and
 * its data, temporary files and log stay with the run.
 */
public final class ServerBaseDir {

    static final String DEPLOYED_NAME = "kontingent.war";
    /** WildFly's sockets (HTTP, HTTPS, management HTTP and HTTPS) before the port offset. */
    static final List<Integer> PORTS = List.of(8080, 8443, 9990, 9993);

    private ServerBaseDir() {
    }

    /** @return the new base dir, {@code target/standalone} */
    static Path prepare(Path serverHome, Path war, Path target) {
        Path source = serverHome.resolve("standalone");
        Path base = target.resolve("standalone");
        try {
            copyTree(source.resolve("configuration"), base.resolve("configuration"));
            Files.createDirectories(base.resolve("deployments"));
            Files.copy(war, base.resolve("deployments").resolve(DEPLOYED_NAME), StandardCopyOption.REPLACE_EXISTING);
            return base;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare a server base directory in " + target, e);
        }
    }

    /**
     * A base dir with the home's configuration and an empty deployments folder, for a server that
     * deploys through management (the scale-out test's nodes, which need a datasource first).
     */
    public static Path prepareWithoutDeployments(Path serverHome, Path base) {
        try {
            copyTree(serverHome.resolve("standalone").resolve("configuration"), base.resolve("configuration"));
            Files.createDirectories(base.resolve("deployments"));
            return base;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare a server base directory in " + base, e);
        }
    }

    /** The WAR already deployed in a server home provisioned with the application (the run profile's). */
    static Optional<Path> deployedWar(Path serverHome) {
        Path war = serverHome.resolve("standalone").resolve("deployments").resolve(DEPLOYED_NAME);
        return Files.isRegularFile(war) ? Optional.of(war) : Optional.empty();
    }

    static List<String> serverArguments(int portOffset, Path baseDir) {
        return Stream.concat(RunCommand.serverArguments(portOffset).stream(),
                Stream.of("-Djboss.server.base.dir=" + baseDir.toAbsolutePath())).toList();
    }

    /** The first of the server's ports that something already listens on, if any. */
    static Optional<Integer> busyPort(int portOffset) {
        for (int port : PORTS) {
            int actual = port + portOffset;
            try (ServerSocket socket = new ServerSocket(actual, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                return Optional.of(actual);
            }
        }
        return Optional.empty();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            throw new IOException("no configuration directory at " + from);
        }
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path relative = from.relativize(path);
                // The history of earlier boots of that home is not ours to carry.
                if (relative.startsWith("standalone_xml_history")) {
                    continue;
                }
                Path copy = to.resolve(relative.toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
