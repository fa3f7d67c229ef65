package ru.kontingent.devtools.synthetic;

import java.util.List;

/**
 * Steele, Lea and Flood's SplitMix64, written out here rather than taken from the JDK so that the
 * same seed gives the same file on every JDK: the generated data is a published fixture.
 */
final class SplitMix64 {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    SplitMix64(long seed) {
        this.state = seed;
    }

    /**
     * The generator of one item of a stream: mixing both numbers keeps the streams of neighbouring
     * items apart (a plain {@code seed + index} would make item i+1 replay item i shifted by one).
     */
    static SplitMix64 forItem(long seed, long index) {
        return new SplitMix64(mix(mix(seed) + index));
    }

    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** 0 (inclusive) to bound (exclusive); the modulo bias is below 2^-32 for the bounds used here. */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        return (int) Long.remainderUnsigned(nextLong(), bound);
    }

    int between(int min, int maxInclusive) {
        return min + nextInt(maxInclusive - min + 1);
    }

    boolean chance(double probability) {
        return (nextLong() >>> 11) * 0x1.0p-53 < probability;
    }

    <T> T pick(List<T> items) {
        return items.get(nextInt(items.size()));
    }

    /** n decimal digits, leading zeros kept. */
    String digits(int n) {
        char[] text = new char[n];
        for (int i = 0; i < n; i++) {
            text[i] = (char) ('0' + nextInt(10));
        }
        return new String(text);
    }
}
