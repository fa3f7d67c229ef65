package ru.kontingent.server.scaleout;

import ru.kontingent.server.testing.Reply;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * How long a change made on one node takes to be seen on another: from the change's answer (it is
 * committed then), the other node is asked every 50 ms until it shows the change or the limit
 * passes. Each measured delay is kept, so the test can print what it observed.
 */
final class Propagation {

    /** The bound for every cache of the application. */
    static final Duration LIMIT = Duration.ofSeconds(1);
    private static final long EVERY_MILLIS = 50;

    private final List<String> observed = Collections.synchronizedList(new ArrayList<>());

    /** @return the answer that showed the change */
    Reply after(String what, Runnable change, Supplier<Reply> ask, Predicate<Reply> changed) {
        return after(what, LIMIT, change, ask, changed);
    }

    Reply after(String what, Duration limit, Runnable change, Supplier<Reply> ask, Predicate<Reply> changed) {
        change.run();
        long changedAt = System.nanoTime();
        Reply last;
        do {
            last = ask.get();
            if (changed.test(last)) {
                observed.add(what + ": " + (System.nanoTime() - changedAt) / 1_000_000 + " ms");
                return last;
            }
            ClusterNode.sleep(EVERY_MILLIS);
        } while (System.nanoTime() - changedAt < limit.toNanos());
        observed.add(what + ": not within " + limit.toMillis() + " ms");
        throw new AssertionError(what + ": not seen within " + limit.toMillis() + " ms; last answer " + last.status()
                + " " + last.body());
    }

    List<String> observed() {
        return List.copyOf(observed);
    }
}
