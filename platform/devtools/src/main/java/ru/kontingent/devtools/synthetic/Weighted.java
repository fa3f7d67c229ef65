package ru.kontingent.devtools.synthetic;

import java.util.ArrayList;
import java.util.List;

/** Picks items in proportion to whole-number weights (people per municipality, per citizenship). */
final class Weighted<T> {

    private final List<T> items = new ArrayList<>();
    private final List<Integer> cumulative = new ArrayList<>();
    private int total;

    Weighted<T> add(int weight, T item) {
        if (weight <= 0) {
            throw new IllegalArgumentException("weight must be positive: " + weight);
        }
        total += weight;
        items.add(item);
        cumulative.add(total);
        return this;
    }

    T pick(SplitMix64 random) {
        int ticket = random.nextInt(total);
        for (int i = 0; i < items.size(); i++) {
            if (ticket < cumulative.get(i)) {
                return items.get(i);
            }
        }
        throw new IllegalStateException("no items");
    }

    /** The item whose share of the total covers the point {@code fraction} in [0, 1): a pick without randomness. */
    int indexAt(double fraction) {
        int ticket = (int) Math.floor(fraction * total);
        for (int i = 0; i < items.size(); i++) {
            if (ticket < cumulative.get(i)) {
                return i;
            }
        }
        return items.size() - 1;
    }

    List<T> items() {
        return List.copyOf(items);
    }
}
