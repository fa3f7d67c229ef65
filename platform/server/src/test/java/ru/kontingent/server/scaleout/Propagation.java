package ru.kontingent.server.scaleout;

import ru.kontingent.server.testing.Reply;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * How long a change made on one node takes to be seen on another: the other node is asked every
 * 50 ms for at most 1 s. Each measured delay is kept, so the test can print what it observed.
 */
final class Propagation {

    static final Duration LIMIT = Duration.ofSeconds(1);
    private static final long EVERY_MILLIS = 50;

    private final List<String> observed = Collections.synchronizedList(new ArrayList<>());

    /**
     * @param changedAt {@link System#nanoTime()} just before the change was made on the other node
     * @return the answer that showed the change
     */
    Reply await(String what, long changedAt, Supplier<Reply> ask, Predicate<Reply> changed) {
        Reply last;
        do {
            last = ask.get();
            if (changed.test(last)) {
                long millis = (System.nanoTime() - changedAt) / 1_000_000;
                observed.add(what + ": " + millis + " ms");
                return last;
            }
            ClusterNode.sleep(EVERY_MILLIS);
        } while (System.nanoTime() - changedAt < LIMIT.toNanos());
        observed.add(what + ": not within " + LIMIT.toMillis() + " ms");
        throw new AssertionError(what + ": not seen within " + LIMIT.toMillis() + " ms; last answer " + last.status()
                + " " + last.body());
    }

    List<String> observed() {
        return List.copyOf(observed);
    }
}
