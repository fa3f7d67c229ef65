package ru.kontingent.server.scaleout;

import ru.kontingent.server.testing.Api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Debian's nginx in front of the nodes, as docs/operations.md tells an operator to configure it:
 * round robin, the next node on a connection error or timeout only (a 503 of ours is an answer, not
 * a dead node), a node that failed once rested for 2 s, and the answering node in {@code X-Upstream}.
 * Everything it writes (pid, logs, temporary files) stays under its prefix, so it runs as any user.
 */
final class Nginx implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/sbin/nginx");

    private final Path prefix;
    private final int port;
    private Process process;

    private Nginx(Path prefix, int port) {
        this.prefix = prefix;
        this.port = port;
    }

    static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    static String missingReason() {
        return "skipped: the scale-out test needs nginx at " + BINARY + " (Debian package nginx; .ci/run installs it)";
    }

    /** The configuration the test runs with, and the example docs/operations.md gives. */
    static String configuration(int port, List<String> upstreams, boolean asRoot) {
        String servers = upstreams.stream().map(upstream -> "        server " + upstream + " max_fails=1 fail_timeout=2s;")
                .collect(Collectors.joining("\n"));
        return """
                %sworker_processes 1;
                pid nginx.pid;
                error_log logs/error.log warn;
                events { worker_connections 256; }
                http {
                    access_log logs/access.log;
                    client_body_temp_path temp/client_body;
                    proxy_temp_path temp/proxy;
                    fastcgi_temp_path temp/fastcgi;
                    uwsgi_temp_path temp/uwsgi;
                    scgi_temp_path temp/scgi;
                    client_max_body_size 64m;
                    upstream kontingent {
                %s
                    }
                    server {
                        listen 127.0.0.1:%d;
                        location / {
                            proxy_pass http://kontingent;
                            proxy_set_header Host $host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_connect_timeout 2s;
                            proxy_read_timeout 120s;
                            proxy_next_upstream error timeout;
                            add_header X-Upstream $upstream_addr always;
                        }
                    }
                }
                """.formatted(asRoot ? "user nobody nogroup;\n" : "", servers, port);
    }

    static Nginx start(Path prefix, int port, List<String> upstreams) {
        Nginx nginx = new Nginx(prefix, port);
        try {
            Files.createDirectories(prefix.resolve("logs"));
            Files.createDirectories(prefix.resolve("temp"));
            Path conf = prefix.resolve("nginx.conf");
            boolean root = ProcessHandle.current().info().user().map("root"::equals).orElse(false);
            Files.writeString(conf, configuration(port, upstreams, root));
            nginx.process = new ProcessBuilder(BINARY.toString(), "-p", prefix.toAbsolutePath() + "/", "-c", conf.toAbsolutePath().toString(),
                    "-g", "daemon off;").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(prefix.resolve("logs/console.log").toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start nginx in " + prefix, e);
        }
        nginx.awaitListening();
        return nginx;
    }

    Api api() {
        return new Api(URI.create("http://127.0.0.1:" + port));
    }

    String logs() {
        return "nginx: " + prefix.resolve("logs");
    }

    private void awaitListening() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited with " + process.exitValue() + "; see " + logs());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                ClusterNode.sleep(100);
            }
        }
        throw new IllegalStateException("nginx not listening on " + port + "; see " + logs());
    }

    @Override
    public void close() {
        if (process == null) {
            return;
        }
        // SIGTERM to the master: a fast shutdown that takes its workers along.
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        process = null;
    }
}
