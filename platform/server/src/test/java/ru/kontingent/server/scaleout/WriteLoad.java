package ru.kontingent.server.scaleout;

import ru.kontingent.server.testing.Api;
import ru.kontingent.server.testing.RegistryData;
import ru.kontingent.server.testing.Reply;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Client threads that register students through the load balancer without pause, each with a
 * fresh SNILS, and keep every answer: a 201 is a promise that the student is stored.
 */
final class WriteLoad implements AutoCloseable {

    /** One request: when it was sent and answered ({@link System#nanoTime()}), its status, the nodes nginx tried, the new id. */
    record Write(long sentAt, long answeredAt, int status, String upstreams, String id) {

        boolean acknowledged() {
            return status == 201;
        }

        /** The node that gave the answer: the last one nginx tried. */
        String answeredBy() {
            String[] tried = upstreams == null ? new String[]{""} : upstreams.split(",\\s*");
            return tried[tried.length - 1];
        }
    }

    private final ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();

    WriteLoad(Api api, String token, int clients) {
        for (int i = 0; i < clients; i++) {
            Thread thread = new Thread(() -> {
                while (running.get()) {
                    long sent = System.nanoTime();
                    Write write;
                    try {
                        Reply reply = api.post("/api/registry/students", token, RegistryData.aStudent().build());
                        write = new Write(sent, System.nanoTime(), reply.status(), reply.header("X-Upstream"),
                                reply.status() == 201 ? reply.json().path("id").asText() : reply.body());
                    } catch (RuntimeException e) {
                        write = new Write(sent, System.nanoTime(), -1, null, String.valueOf(e));
                    }
                    writes.add(write);
                }
            }, "scale-out-writer-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    /** Stops the clients and waits for their last answers. */
    List<Write> stop() {
        running.set(false);
        for (Thread thread : threads) {
            try {
                thread.join(150_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new ArrayList<>(writes);
    }

    @Override
    public void close() {
        stop();
    }
}
