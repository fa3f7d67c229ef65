package ru.kontingent.server.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Fires calls at the same moment from their own threads (released together by a latch), for race tests. */
public final class Concurrently {

    private Concurrently() {
    }

    /** The same call from {@code callers} threads at once; the function gets the caller's number. */
    @SuppressWarnings("unchecked")
    public static List<Reply> run(int callers, IntFunction<Reply> call) {
        Callable<Reply>[] calls = new Callable[callers];
        for (int i = 0; i < callers; i++) {
            int caller = i;
            calls[i] = () -> call.apply(caller);
        }
        return run(calls);
    }

    @SafeVarargs
    public static <T> List<T> run(Callable<T>... calls) {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        CountDownLatch ready = new CountDownLatch(calls.length);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            if (!ready.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("threads did not start");
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } catch (Exception e) {
            throw new AssertionError("concurrent calls failed", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
