package ru.kontingent.server.scaleout;

import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import ru.kontingent.devtools.ServerBaseDir;
import ru.kontingent.server.testing.Api;
import ru.kontingent.server.testing.FileTrees;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One WildFly of the scale-out test, run as an operator would run it: {@code sh bin/standalone.sh}
 * of the provisioned server with a private {@code jboss.server.base.dir} (its own standalone.xml,
 * data and log), so that a datasource or a deployment added through management survives a restart
 * of this node only. The console goes to {@code console.log} beside the server's {@code log/}.
 */
final class ClusterNode implements AutoCloseable {

    /** WildFly's sockets before the offset: HTTP, management, JGroups TCP. */
    private static final List<Integer> PORTS = List.of(8080, 9990, 7600);
    private static final Duration START_LIMIT = Duration.ofMinutes(4);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path serverHome;
    private final Path baseDir;
    private final int portOffset;
    private final List<String> properties;
    private Process script;

    /**
     * @param properties the system properties every start passes (database, keys, cluster members);
     *                   the node adds its name, offset and base dir
     */
    ClusterNode(String name, Path serverHome, Path baseDir, int portOffset, List<String> properties) {
        this.name = name;
        this.serverHome = serverHome;
        this.baseDir = baseDir;
        this.portOffset = portOffset;
        this.properties = List.copyOf(properties);
        copyConfiguration();
    }

    String name() {
        return name;
    }

    int httpPort() {
        return 8080 + portOffset;
    }

    int managementPort() {
        return 9990 + portOffset;
    }

    int jgroupsPort() {
        return 7600 + portOffset;
    }

    /** What nginx and {@code $upstream_addr} call this node. */
    String upstream() {
        return "127.0.0.1:" + httpPort();
    }

    Api api() {
        return new Api(URI.create("http://" + upstream()));
    }

    Path consoleLog() {
        return baseDir.resolve("console.log");
    }

    Path serverLog() {
        return baseDir.resolve("log").resolve("server.log");
    }

    /** Starts the script and waits for the server (not the application) to run. */
    void start() {
        Optional<Integer> busy = PORTS.stream().map(port -> port + portOffset).filter(ClusterNode::busy).findFirst();
        if (busy.isPresent()) {
            throw new IllegalStateException("port " + busy.get() + " of " + name + " is in use (another run on offset "
                    + portOffset + "?)");
        }
        List<String> command = new ArrayList<>(List.of("sh", serverHome.resolve("bin/standalone.sh").toString(),
                "--stability=community",
                "-Djboss.server.base.dir=" + baseDir.toAbsolutePath(),
                "-Djboss.node.name=" + name,
                "-Djboss.socket.binding.port-offset=" + portOffset));
        command.addAll(properties);
        ProcessBuilder builder = new ProcessBuilder(command).directory(serverHome.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(consoleLog().toFile()));
        builder.environment().put("JBOSS_HOME", serverHome.toAbsolutePath().toString());
        try {
            script = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
        awaitUntil("the server running", () -> "running".equals(attribute(new ModelNode().setEmptyList(), "server-state")));
    }

    /** Waits for readiness (the application deployed, its database and catalog answering): after a restart. */
    void awaitReady() {
        awaitUntil("readiness", () -> {
            try {
                HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort() + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build();
                return HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    /** Deploys the WAR as managed content (kept in the node's own data dir, so a restart deploys it again). */
    void deploy(Path war) {
        ModelNode add = Operations.createAddOperation(Operations.createAddress("deployment", war.getFileName().toString()));
        add.get("content").add().get("url").set(war.toUri().toString());
        add.get("enabled").set(true);
        execute(add);
    }

    /**
     * The members of this node's JGroups channel, as its view names them ({@code [node-a|1] (2) [node-a, node-b]}),
     * or a text saying why there is none.
     */
    String view() {
        try {
            ModelNode names = Operations.createOperation("read-children-names", Operations.createAddress("subsystem", "jgroups"));
            names.get("child-type").set("channel");
            StringBuilder views = new StringBuilder();
            for (ModelNode channel : execute(names).asList()) {
                views.append(channel.asString()).append(": ")
                        .append(attribute(Operations.createAddress("subsystem", "jgroups", "channel", channel.asString()), "view"))
                        .append("; ");
            }
            return views.length() == 0 ? "no JGroups channel" : views.toString();
        } catch (RuntimeException e) {
            return "no view (" + e.getMessage() + ")";
        }
    }

    /**
     * SIGKILL of the server JVM (the script under it then exits): a crash, not a shutdown.
     *
     * @return {@link System#nanoTime()} when the JVM was gone: nothing sent later can be answered by it
     */
    long killJvm() {
        ProcessHandle jvm = script.descendants()
                .filter(process -> process.info().command().map(command -> command.endsWith("/java")).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("no java process under " + name + "'s script"));
        jvm.destroyForcibly();
        jvm.onExit().join();
        long gone = System.nanoTime();
        script.onExit().join();
        return gone;
    }

    /** Where to look when something failed. */
    String logs() {
        return name + ": " + consoleLog() + " and " + serverLog();
    }

    @Override
    public void close() {
        if (script == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(script.descendants().toList());
        tree.add(script.toHandle());
        // standalone.sh in the foreground does not relay signals: the JVM is signalled itself.
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : tree) {
            try {
                process.onExit().get(STOP_GRACE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        }
        script = null;
    }

    ModelNode execute(ModelNode operation) {
        try (ModelControllerClient client = ModelControllerClient.Factory.create(InetAddress.getByName("127.0.0.1"), managementPort())) {
            ModelNode result = client.execute(operation);
            if (!Operations.isSuccessfulOutcome(result)) {
                throw new IllegalStateException(name + ": " + Operations.getFailureDescription(result).asString());
            }
            return Operations.readResult(result);
        } catch (IOException e) {
            throw new UncheckedIOException(name + " management unreachable", e);
        }
    }

    private String attribute(ModelNode address, String attribute) {
        return execute(Operations.createReadAttributeOperation(address, attribute)).asString();
    }

    private void awaitUntil(String what, java.util.function.BooleanSupplier done) {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        RuntimeException notYet = null;
        while (System.nanoTime() < deadline) {
            if (!script.isAlive()) {
                throw new IllegalStateException(name + " exited (code " + script.exitValue() + ") waiting for " + what
                        + "; logs: " + logs());
            }
            try {
                if (done.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                notYet = e; // management not listening yet
            }
            sleep(500);
        }
        throw new IllegalStateException(name + ": no " + what + " within " + START_LIMIT + "; logs: " + logs(), notYet);
    }

    private void copyConfiguration() {
        try {
            FileTrees.delete(baseDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the previous run's " + baseDir, e);
        }
        ServerBaseDir.prepareWithoutDeployments(serverHome, baseDir);
    }

    private static boolean busy(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
